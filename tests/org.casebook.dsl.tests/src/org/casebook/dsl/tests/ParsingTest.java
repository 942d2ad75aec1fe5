// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.casebook.model.Application;
import org.casebook.model.ExamSubject;
import org.casebook.model.InformationSystem;
import org.casebook.model.Mission;
import org.casebook.model.Model;
import org.casebook.model.ContinuityCategory;
import org.casebook.model.ToolCategory;
import org.casebook.model.LifecycleState;
import org.casebook.model.ItService;
import org.casebook.model.Organisation;
import org.casebook.model.OsFamily;
import org.casebook.model.Realisation;
import org.casebook.model.Server;
import org.casebook.model.Tier;
import org.casebook.model.Vlan;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Parsing of every construct of the language into the metamodel. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class ParsingTest {

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ValidationTestHelper validation;

	/** An organisation with accented identifiers, a text block and a list of standards is read into the model. */
	@Test
	void readsOrganisationIdentity() throws Exception {
		Model model = parser.parse("""
				paquetage démo.clients
				// commentaire
				organisation Société_Générale-Test "Société test" {
					forme_juridique "SARL"
					effectif 42
					métier \"\"\"
						Première ligne.
						  Seconde ligne indentée.
					\"\"\"
					référentiels "ITIL", "RGPD"
					site Siège { ville "Lyon" effectif 30 }
				}
				""");
		validation.assertNoErrors(model);
		Organisation org = (Organisation) model.getElements().get(0);
		assertThat(model.getNamespace()).isEqualTo("démo.clients");
		assertThat(org.getName()).isEqualTo("Société_Générale-Test");
		assertThat(org.getStaff()).isEqualTo(42.0);
		assertThat(org.getActivity()).isEqualTo("Première ligne.\n  Seconde ligne indentée.");
		assertThat(org.getStandards()).containsExactly("ITIL", "RGPD");
		assertThat(org.getSites()).singleElement().satisfies(site -> assertThat(site.getCity()).isEqualTo("Lyon"));
	}

	/** A yes/no fact is stated oui (the flag alone or with oui), stated non, or not stated at all; states and absences are read. */
	@Test
	void readsTriStateFactsStatesAndAbsences() throws Exception {
		Model model = parser.parse("""
				système_information SI {
					état existant
					aucun_outil ids, ips
					aucune_continuité repartition_charge
					aucune_automatisation
					service A { authentifié chiffré non }
					service B { authentifié oui }
					service C { état prévu }
					serveur S { os windows "Windows Server" libre non }
				}
				""");
		validation.assertNoErrors(model);
		InformationSystem si = (InformationSystem) model.getElements().get(0);
		ItService a = si.getServices().get(0);
		ItService b = si.getServices().get(1);
		ItService c = si.getServices().get(2);
		assertThat(a.isSetAuthentication() && a.isAuthentication()).isTrue();
		assertThat(a.isSetTls()).isTrue();
		assertThat(a.isTls()).isFalse();
		assertThat(b.isAuthentication()).isTrue();
		assertThat(c.isSetAuthentication()).isFalse();
		assertThat(c.isSetTls()).isFalse();
		assertThat(c.getState()).isEqualTo(LifecycleState.PREVU);
		assertThat(si.getState()).isEqualTo(LifecycleState.EXISTANT);
		assertThat(si.getServers().get(0).getOs().isSetOpenSource()).isTrue();
		assertThat(si.getServers().get(0).getOs().isOpenSource()).isFalse();
		assertThat(si.getAbsentTools()).containsExactly(ToolCategory.IDS, ToolCategory.IPS);
		assertThat(si.getAbsentContinuity()).containsExactly(ContinuityCategory.REPARTITION_CHARGE);
		assertThat(si.isNoAutomation()).isTrue();
	}

	/** A line comment ended by a lone carriage return ends there and does not swallow the next character. */
	@Test
	void lineCommentEndedByLoneCarriageReturn() throws Exception {
		Model model = parser.parse("// commentaire\rpaquetage p\rorganisation O\r{ }");
		validation.assertNoErrors(model);
		assertThat(model.getNamespace()).isEqualTo("p");
		assertThat(model.getElements()).hasSize(1);
	}

	/** Addresses, subnets, OS and tiers are kept as written; flags are set only when present. */
	@Test
	void readsNetworkAndApplications() throws Exception {
		Model model = parser.parse("""
				système_information SI {
					vlan V10 { numéro 10 réseau 10.0.10.0/24 passerelle 10.0.10.254 }
					serveur SRV1 "Serveur" { os linux "Debian" "12" libre hébergement virtuel adresse 10.0.10.1 vlan V10 }
					serveur SRV2 { os windows "Windows Server" "2022" }
					application App { exécution navigateur, mobile appelle rest App2 "https://api" en_production }
					application App2 { exécution serveur }
				}
				""");
		validation.assertNoErrors(model);
		InformationSystem si = (InformationSystem) model.getElements().get(0);
		Vlan vlan = si.getVlans().get(0);
		assertThat(vlan.getNumber()).isEqualTo(10);
		assertThat(vlan.getSubnet()).isEqualTo("10.0.10.0/24");
		Server srv1 = si.getServers().get(0);
		assertThat(srv1.getOs().getFamily()).isEqualTo(OsFamily.LINUX);
		assertThat(srv1.getOs().isOpenSource()).isTrue();
		assertThat(si.getServers().get(1).getOs().isOpenSource()).isFalse();
		assertThat(srv1.getInterfaces().get(0).getVlan()).isSameAs(vlan);
		Application app = si.getApplications().get(0);
		assertThat(app.getTiers()).containsExactly(Tier.NAVIGATEUR, Tier.MOBILE);
		assertThat(app.getRemoteCalls().get(0).getTarget()).isSameAs(si.getApplications().get(1));
		assertThat(app.isOperational()).isTrue();
		assertThat(app.isSecureAccess()).isFalse();
	}

	/** Subjects hold dossiers, missions and réalisations with points, answers and competency codes. */
	@Test
	void readsExamSubject() throws Exception {
		Model model = parser.parse("""
				organisation O {}
				sujet S pour O {
					option sisr
					dossier D1 "Dossier 1" {
						mission M1 {
							compétences B1.1, B1.2.3
							réalisation R1 { question "Pourquoi ?" points 2.5 corrigé "Parce que." annexes A1 }
							réalisation R2 { points 3 }
						}
					}
					annexe A1 "Plan" { type schema }
				}
				""");
		validation.assertNoErrors(model);
		ExamSubject subject = (ExamSubject) model.getElements().get(1);
		Mission mission = subject.getDossiers().get(0).getMissions().get(0);
		assertThat(mission.getCompetencies()).containsExactly("B1.1", "B1.2.3");
		Realisation r1 = mission.getRealisations().get(0);
		assertThat(r1.getPoints()).isEqualTo(2.5);
		assertThat(r1.getAnswer()).isEqualTo("Parce que.");
		assertThat(r1.getAnnexes()).containsExactly(subject.getAnnexes().get(0));
		assertThat(mission.getRealisations().get(1).getPoints()).isEqualTo(3.0);
	}

	/** The teacher-only marker and teacher notes are kept on any element. */
	@Test
	void readsTeacherOnlyContent() throws Exception {
		Model model = parser.parse("""
				système_information SI {
					@enseignant serveur Piège { os linux "Debian" note_enseignant "à repérer" }
					serveur Public { os linux "Debian" }
				}
				""");
		InformationSystem si = (InformationSystem) model.getElements().get(0);
		assertThat(si.getServers().get(0).isTeacherOnly()).isTrue();
		assertThat(si.getServers().get(0).getTeacherNote()).isEqualTo("à repérer");
		assertThat(si.getServers().get(1).isTeacherOnly()).isFalse();
	}

	/** A keyword can be used as a name when escaped with ^, and the escape is not part of the name. */
	@Test
	void acceptsEscapedKeywordAsName() throws Exception {
		Model model = parser.parse("système_information SI { serveur ^serveur { os linux \"Debian\" } }");
		validation.assertNoErrors(model);
		assertThat(((InformationSystem) model.getElements().get(0)).getServers().get(0).getName()).isEqualTo("serveur");
	}

	/** A broken file still yields a partial model and a syntax error with a French message. */
	@Test
	void reportsSyntaxErrorsInFrench() throws Exception {
		Model model = parser.parse("organisation O { effectif \"beaucoup\" }");
		assertThat(model.eResource().getErrors()).isNotEmpty();
		assertThat(model.eResource().getErrors().get(0).getMessage()).startsWith("erreur de syntaxe").contains("attendu");
	}
}
