// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.model.Department;
import org.casebook.model.Element;
import org.casebook.model.ExamSubject;
import org.casebook.model.InformationSystem;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.model.Person;
import org.casebook.model.Realisation;
import org.casebook.model.Specification;
import org.eclipse.xtext.EcoreUtil2;
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

	/** The national example written from the GSB teaching context has a dozen VLANs on several sites, 30+ people on four levels and a full subject. */
	@Test
	void nationalExampleIsALargeRealisticContext() {
		List<Model> models = loader.load(List.of(TestScenarios.root().resolve("examples/gsb"))).getModels();
		List<Object> elements = models.stream().flatMap(m -> m.getElements().stream()).map(Object.class::cast).toList();
		InformationSystem si = elements.stream().filter(InformationSystem.class::isInstance).map(InformationSystem.class::cast)
				.findFirst().orElseThrow();
		Organisation organisation = si.getOrganisation();
		assertThat(si.getVlans()).hasSizeGreaterThanOrEqualTo(12);
		assertThat(si.getVlans().stream().map(v -> v.getSite()).filter(Objects::nonNull).distinct()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(organisation.getDepartments().stream().flatMap(ExamplesTest::people)).hasSizeGreaterThanOrEqualTo(30);
		assertThat(organisation.getDepartments().stream().mapToInt(ExamplesTest::depth).max().orElse(0)).isGreaterThanOrEqualTo(4);
		assertThat(si.getServers()).isNotEmpty().allMatch(server -> server.getOs() != null);
		assertThat(si.getServices()).isNotEmpty();
		assertThat(si.getApplications()).isNotEmpty();
		assertThat(si.getDbms()).isNotEmpty().allMatch(dbms -> !dbms.getDatabases().isEmpty());
		assertThat(si.getTerminals()).isNotEmpty();
		assertThat(si.getTools()).isNotEmpty();
		assertThat(si.getBackups()).isNotEmpty();
		assertThat(si.getContinuity()).isNotEmpty();
		assertThat(si.getZones()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(si.getFilterRules()).hasSizeGreaterThanOrEqualTo(12);
		assertThat(si.getAccessRights()).isNotEmpty();
		assertThat(organisation.getContracts()).anyMatch(contract -> contract.getSla() != null);
		assertThat(organisation.getProcesses()).allMatch(process -> !process.getSteps().isEmpty()).hasSizeGreaterThanOrEqualTo(2);
		assertThat(elements).filteredOn(Specification.class::isInstance).hasSizeGreaterThanOrEqualTo(2);
		ExamSubject subject = elements.stream().filter(ExamSubject.class::isInstance).map(ExamSubject.class::cast).findFirst().orElseThrow();
		assertThat(subject.getDossiers()).hasSizeGreaterThanOrEqualTo(3);
		List<Realisation> realisations = subject.getDossiers().stream().flatMap(d -> d.getMissions().stream())
				.flatMap(m -> m.getRealisations().stream()).toList();
		assertThat(realisations).filteredOn(r -> !r.isTeacherOnly())
				.allMatch(r -> r.getPoints() > 0 && r.getAnswer() != null).anyMatch(r -> !r.getCriteria().isEmpty());
		assertThat(subject.getAnnexes()).hasSizeGreaterThanOrEqualTo(5);
		List<Element> all = models.stream().flatMap(m -> EcoreUtil2.eAllOfType(m, Element.class).stream()).toList();
		assertThat(all).filteredOn(Element::isTeacherOnly).hasSizeGreaterThanOrEqualTo(3);
		assertThat(all).filteredOn(e -> e.getTeacherNote() != null).hasSizeGreaterThanOrEqualTo(5);
	}

	private static Stream<Person> people(Department department) {
		return Stream.concat(department.getPeople().stream(), department.getDepartments().stream().flatMap(ExamplesTest::people));
	}

	private static int depth(Department department) {
		return 1 + department.getDepartments().stream().mapToInt(ExamplesTest::depth).max().orElse(0);
	}
}
