// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.model.InformationSystem;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.model.Server;
import org.casebook.referential.conformity.StateFilter;
import org.casebook.referential.conformity.StateView;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The existing system drawn or documented on its own: planned and target elements left out, with the references to them. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class StateFilterTest {

	@Inject
	private ParseHelper<Model> parser;

	/** The existing view drops planned and target elements and the references to them; the scenario itself is unchanged. */
	@Test
	void existingViewLeavesOutPlannedElements() throws Exception {
		Model model = parser.parse("organisation O { } système_information SI pour O { serveur A { os linux \"D\" } "
				+ "serveur B { os linux \"D\" état prévu } serveur C { os linux \"D\" état cible } service W { sur A, B } lien L { de A vers B } }");
		StateFilter.Filtered existing = StateFilter.filter(List.of(model), StateView.EXISTANT);
		InformationSystem si = (InformationSystem) existing.models().get(0).getElements().get(1);
		assertThat(si.getServers()).extracting(Server::getName).containsExactly("A");
		assertThat(si.getServices().get(0).getHostedOn()).extracting(Server::getName).containsExactly("A");
		assertThat(si.getLinks()).singleElement().satisfies(l -> assertThat(l.getTarget()).isNull());
		assertThat(existing.resolve((Organisation) model.getElements().get(0))).isSameAs(existing.models().get(0).getElements().get(0));
		assertThat(((InformationSystem) model.getElements().get(1)).getServers()).hasSize(3);
		StateFilter.Filtered target = StateFilter.filter(List.of(model), StateView.CIBLE);
		assertThat(((InformationSystem) target.models().get(0).getElements().get(1)).getServers()).hasSize(3);
	}
}
