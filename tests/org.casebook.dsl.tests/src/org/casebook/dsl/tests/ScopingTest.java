// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.casebook.dsl.validation.IssueCodes;
import org.casebook.model.ExamSubject;
import org.casebook.model.InformationSystem;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.model.Realisation;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Cross-references within a file, across the files of a package, and across packages. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class ScopingTest {

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** A file of the same package sees the other file's sites and people by their simple names. */
	@Test
	void resolvesSimpleNamesAcrossFilesOfOnePackage() throws Exception {
		XtextResourceSet set = resourceSets.get();
		Model org = parser.parse("""
				paquetage acme
				organisation Acme { site Paris entité DSI { personne Alice } }
				""", URI.createURI("organisation.orga"), set);
		Model si = parser.parse("""
				paquetage acme
				système_information SI pour Acme { vlan V10 { site Paris } groupe Admins { membres Alice } }
				""", URI.createURI("reseau.orga"), set);
		validation.assertNoErrors(si);
		InformationSystem system = (InformationSystem) si.getElements().get(0);
		Organisation acme = (Organisation) org.getElements().get(0);
		assertThat(system.getOrganisation()).isSameAs(acme);
		assertThat(system.getVlans().get(0).getSite()).isSameAs(acme.getSites().get(0));
		assertThat(system.getGroups().get(0).getMembers().get(0))
				.isSameAs(acme.getDepartments().get(0).getPeople().get(0));
	}

	/** Another package is reached by a qualified name or after importer; without either the name is unknown. */
	@Test
	void requiresImportOrQualifiedNameAcrossPackages() throws Exception {
		XtextResourceSet set = resourceSets.get();
		parser.parse("paquetage commun organisation Groupe { site Siège }", URI.createURI("commun.orga"), set);
		Model bare = parser.parse("paquetage filiale système_information SI { vlan V { site Siège } }",
				URI.createURI("a.orga"), set);
		assertThat(validation.validate(bare)).extracting(Issue::getCode).contains(IssueCodes.UNKNOWN_REFERENCE);
		Model qualified = parser.parse("paquetage filiale2 système_information SI { vlan V { site commun.Siège } }",
				URI.createURI("b.orga"), set);
		validation.assertNoErrors(qualified);
		Model imported = parser.parse("paquetage filiale3 importer commun.* système_information SI { vlan V { site Siège } }",
				URI.createURI("c.orga"), set);
		validation.assertNoErrors(imported);
	}

	/** Réalisations repeat their names from one mission to the next; annexes are found through their subject. */
	@Test
	void qualifiesRealisationsByMissionAndAnnexesBySubject() throws Exception {
		Model model = parser.parse("""
				sujet S {
					dossier D {
						mission M1 { réalisation R1 { annexes A1 } }
						mission M2 { réalisation R1 { annexes A1 } }
					}
					annexe A1
				}
				sujet T { annexe A1 }
				""");
		validation.assertNoErrors(model);
		ExamSubject subject = (ExamSubject) model.getElements().get(0);
		Realisation second = subject.getDossiers().get(0).getMissions().get(1).getRealisations().get(0);
		assertThat(second.getAnnexes()).containsExactly(subject.getAnnexes().get(0));
	}

	/** An element can be referenced before it is declared in the file. */
	@Test
	void resolvesForwardReferences() throws Exception {
		Model model = parser.parse("système_information SI { serveur VM { os linux \"D\" hôte HV } serveur HV { os linux \"D\" } }");
		validation.assertNoErrors(model);
	}
}
