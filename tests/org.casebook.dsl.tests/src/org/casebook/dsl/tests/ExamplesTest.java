// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.model.InformationSystem;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/** The example organisations are valid and complete enough to produce real documents. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class ExamplesTest {

	@Inject
	private ScenarioLoader loader;

	static List<Path> examples() {
		return TestScenarios.exampleFolders();
	}

	/** At least three example organisations are shipped. */
	@Test
	void shipsThreeExamples() {
		assertThat(examples()).hasSizeGreaterThanOrEqualTo(3);
	}

	/** Each example validates without error or warning. */
	@ParameterizedTest
	@MethodSource("examples")
	void exampleHasNoProblem(Path example) {
		ScenarioSet scenario = loader.load(List.of(example));
		assertThat(scenario.getResources()).isNotEmpty();
		assertThat(loader.validate(scenario)).extracting(Problem::format).isEmpty();
	}

	/** Each example describes an organisation, its information system and at least one exam subject or mission. */
	@ParameterizedTest
	@MethodSource("examples")
	void exampleDescribesOrganisationSystemAndMissions(Path example) {
		List<Model> models = loader.load(List.of(example)).getModels();
		List<Object> elements = models.stream().flatMap(m -> m.getElements().stream()).map(Object.class::cast).toList();
		assertThat(elements).anyMatch(Organisation.class::isInstance);
		assertThat(elements).anyMatch(InformationSystem.class::isInstance);
		assertThat(elements).anyMatch(e -> e instanceof org.casebook.model.ExamSubject || e instanceof org.casebook.model.Mission);
	}

	/** The multi-site example has a dozen VLANs, a site-to-site VPN, filtering rules and an organisation chart. */
	@Test
	void multiSiteExampleIsAFullSisrContext() {
		List<Model> models = loader.load(List.of(TestScenarios.root().resolve("examples/hexalog"))).getModels();
		InformationSystem si = models.stream().flatMap(m -> m.getElements().stream())
				.filter(InformationSystem.class::isInstance).map(InformationSystem.class::cast).findFirst().orElseThrow();
		Organisation organisation = si.getOrganisation();
		assertThat(organisation.getSites()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(si.getVlans()).hasSizeGreaterThanOrEqualTo(12);
		assertThat(si.getLinks()).anyMatch(l -> l.getKind() == org.casebook.model.LinkKind.VPN_SITE_ASITE);
		assertThat(si.getFilterRules()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(organisation.getDepartments().get(0).getDepartments()).hasSizeGreaterThanOrEqualTo(3);
	}
}
