// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.referential.Referential.Option;
import org.casebook.referential.conformity.AnnexIIE;
import org.casebook.referential.conformity.ConformityChecker;
import org.casebook.referential.conformity.Reading;
import org.casebook.referential.conformity.RuleResult;
import org.casebook.referential.conformity.Status;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/** Every rule of Annexe II.E on a scenario that meets it, one that breaks it and one that does not say enough. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class ConformityRulesTest {

	private static final Status OK = Status.CONFORME;
	private static final Status KO = Status.NON_CONFORME;
	private static final Status NA = Status.INFORMATION_ABSENTE;

	private static final String OS = "os linux \"Debian\" libre";

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ValidationTestHelper validation;

	/** id, expected status, organisation body, information system body. */
	static Stream<Arguments> cases() {
		return Stream.of(
				c("C1.1-a", OK, "", "service A { type authentification utilisateurs tous }"),
				c("C1.1-a", KO, "", "service A { type web utilisateurs tous authentifié non }"),
				c("C1.1-a", OK, "", "service A { type web utilisateurs tous authentifié }"),
				c("C1.1-a", NA, "", "service A { type web utilisateurs tous }"),
				c("C1.1-a", NA, "", ""),
				c("C1.1-b", OK, "", "sgbd D"),
				c("C1.1-b", KO, "", "application A aucun_sgbd"),
				c("C1.1-b", NA, "", "application A"),
				c("C1.1-b", NA, "", "sgbd D { état prévu }"),
				c("C1.1-b", NA, "", ""),
				c("C1.1-c", OK, "", "équipement F { type pare_feu } lien I { type internet de F }"),
				c("C1.1-c", KO, "", "équipement R { type routeur } lien I { type internet de R }"),
				c("C1.1-c", NA, "", "équipement F { type pare_feu }"),
				c("C1.1-d", OK, "", "service C { type collaboratif }"),
				c("C1.1-d", KO, "", "service M { type messagerie } aucun_service collaboratif"),
				c("C1.1-d", NA, "", "service M { type messagerie }"),
				c("C1.1-d", NA, "", "service X aucun_service messagerie"),
				c("C1.1-d", NA, "", ""),
				c("C1.1-e", OK, "", "serveur A { " + OS + " } serveur B { os windows \"Windows Server\" }"),
				c("C1.1-e", KO, "", "serveur A { " + OS + " } serveur B { os linux \"Ubuntu\" libre }"),
				c("C1.1-e", NA, "", "serveur A { os linux \"Debian\" } serveur B { os windows \"Windows Server\" libre non }"),
				c("C1.1-e", NA, "", "serveur A { " + OS + " } serveur B"),
				c("C1.1-f", OK, "", "serveur A { " + OS + " } sauvegarde S { cibles A planification \"chaque nuit\" }"),
				c("C1.1-f", KO, "", "aucune_sauvegarde"),
				c("C1.1-f", NA, "", "sauvegarde S"),
				c("C1.1-f", NA, "", ""),
				c("C1.1-g", OK, "", "groupe G ressource R1 ressource R2 habilitation G sur R1 lecture habilitation G sur R2 lecture"),
				c("C1.1-g", KO, "", "groupe G ressource R1 habilitation G sur R1 lecture aucune_habilitation"),
				c("C1.1-g", KO, "", "service W { type web } aucune_habilitation"),
				c("C1.1-g", NA, "", "groupe G ressource R1 habilitation G sur R1 lecture"),
				c("C1.1-g", NA, "", "service W { type web }"),
				c("C1.1-g", NA, "", ""),
				c("C1.1-h", OK, "", "terminaux A { type poste_fixe } terminaux B { type tablette }"),
				c("C1.1-h", KO, "", "terminaux A { type poste_fixe } terminaux B { type portable }"),
				c("C1.1-h", NA, "", ""),
				c("C1.2", OK, "", "serveur A { " + OS + " } outil GNS3 { simulé justification \"maquette\" }"),
				c("C1.2", KO, "", "serveur A { " + OS + " } outil GNS3 { simulé }"),
				c("C1.2", NA, "", ""),
				c("C1.3-a", OK, "", "outil G { catégories gestion_incidents }"),
				c("C1.3-a", KO, "", "outil G { catégories inventaire } aucun_outil gestion_incidents"),
				c("C1.3-a", NA, "", "outil G { catégories inventaire }"),
				c("C1.3-a", NA, "", ""),
				c("C1.3-b", OK, "", "outil S { catégories ids }"),
				c("C1.3-b", KO, "", "outil S { catégories supervision } aucun_outil ids, ips"),
				c("C1.3-b", NA, "", "outil S { catégories supervision } aucun_outil ids"),
				c("C1.3-b", NA, "", ""),
				c("C1.3-c", OK, "", "service W { type web chiffré }"),
				c("C1.3-c", KO, "", "service W { type web chiffré non } aucun_outil chiffrement"),
				c("C1.3-c", NA, "", "service W { type web } aucun_outil chiffrement"),
				c("C1.3-c", NA, "", "service W { type web chiffré non }"),
				c("C1.3-c", NA, "", ""),
				c("C1.3-d", OK, "", "outil W { catégories analyse_trafic }"),
				c("C1.3-d", KO, "", "outil W { catégories analyse_trames } aucun_outil analyse_trafic"),
				c("C1.3-d", NA, "", "outil W { catégories analyse_trames }"),
				c("C1.3-d", NA, "", ""),

				c("S2.0", OK, "", "serveur A { " + OS + " }"),
				c("S2.0", KO, "", "serveur A { " + OS + " simulé justification \"x\" }"),
				c("S2.0", NA, "", ""),
				c("S2.1-a", OK, "", "zone A zone B équipement F { type pare_feu }"),
				c("S2.1-a", KO, "", "zone A"),
				c("S2.1-a", NA, "", "zone A { type lan } zone B { type dmz }"),
				c("S2.1-a", OK, "", "zone A zone B équipement C { type commutateur } filtrage F { de A vers B refuser via C }"),
				c("S2.1-a", OK, "", "zone A zone B service P { type proxy }"),
				c("S2.1-a", NA, "", ""),
				c("S2.1-b", OK, SLA_BOTH, "service W { type web utilisateurs externes contrat K }"),
				c("S2.1-b", KO, SLA_AVAILABILITY, "service W { type web utilisateurs externes contrat K }"),
				c("S2.1-b", NA, "", "service W { type web utilisateurs externes }"),
				c("S2.1-b", OK, SLA_AVAILABILITY_FIELD, "service W { type web utilisateurs externes contrat K }"),
				c("S2.1-b", NA, SLA_BOTH, "service W { type web contrat K }"),
				c("S2.1-c", OK, "", "outil W { catégories analyse_trames }"),
				c("S2.1-c", KO, "", "outil W { catégories analyse_trafic } aucun_outil analyse_trames"),
				c("S2.1-c", NA, "", "outil W { catégories analyse_trafic }"),
				c("S2.1-c", NA, "", ""),
				c("S2.1-d", OK, "", "outil G { catégories gestion_configurations }"),
				c("S2.1-d", KO, "", "outil G { catégories inventaire } aucun_outil gestion_configurations"),
				c("S2.1-d", NA, "", "outil G { catégories inventaire }"),
				c("S2.1-d", NA, "", ""),
				c("S2.1-e", OK, "", "serveur S { " + OS + " } terminaux P outil T { catégories administration_distance cibles S, P }"),
				c("S2.1-e", KO, "", "serveur S { " + OS + " } outil T { catégories administration_distance cibles S }"),
				c("S2.1-e", NA, "", "outil T { catégories administration_distance }"),
				c("S2.1-e", NA, "", "outil T { catégories supervision }"),
				c("S2.1-e", KO, "", "outil T { catégories supervision } aucun_outil administration_distance"),
				c("S2.1-f", OK, "", MONITORED + " outil Z { catégories supervision alertes cibles F, S, W }"),
				c("S2.1-f", KO, "", MONITORED + " outil Z { catégories supervision alertes non cibles F, S, W }"),
				c("S2.1-f", NA, "", MONITORED + " outil Z { catégories supervision cibles F, S, W }"),
				c("S2.1-f", NA, "", "outil Z { catégories ids }"),
				c("S2.1-f", NA, "", "outil Z { catégories supervision alertes }"),
				c("S2.1-g", OK, "", "service W { exposition extranet authentifié chiffré }"),
				c("S2.1-g", KO, "", "service W { exposition extranet authentifié chiffré non accès_vpn non }"),
				c("S2.1-g", NA, "", "service W { exposition extranet authentifié }"),
				c("S2.1-g", KO, "", "service W { exposition extranet authentifié non }"),
				c("S2.1-g", NA, "", ""),
				c("S2.1-h", OK, "", "serveur S { " + OS + " } continuité C { catégorie continuite cibles S }"),
				c("S2.1-h", KO, "", "serveur S { " + OS + " } continuité C { catégorie repartition_charge cibles S } aucune_continuité continuite, pca, pra"),
				c("S2.1-h", NA, "", "serveur S { " + OS + " } continuité C { catégorie repartition_charge cibles S }"),
				c("S2.1-h", NA, "", ""),
				c("S2.1-i", OK, "", "serveur S { " + OS + " } continuité C { catégorie tolerance_panne technologie \"RAID 1\" cibles S }"),
				c("S2.1-i", KO, "", "continuité C { catégorie continuite } aucune_continuité tolerance_panne"),
				c("S2.1-i", NA, "", "continuité C { catégorie continuite }"),
				c("S2.1-i", NA, "", ""),
				c("S2.1-j", OK, "", "continuité C { catégorie repartition_charge technologie \"HAProxy\" }"),
				c("S2.1-j", KO, "", "continuité C { catégorie tolerance_panne } aucune_continuité repartition_charge"),
				c("S2.1-j", NA, "", "continuité C { catégorie tolerance_panne }"),
				c("S2.1-j", NA, "", ""),
				c("S2.2", OK, "", "automatisation A { langage \"bash\" }"),
				c("S2.2", KO, "site P", "aucun_outil deploiement, ids, ips, siem aucune_automatisation"),
				c("S2.2", NA, "site P", "aucun_outil deploiement, ids, ips, siem"),
				c("S2.2", NA, "site P site L", "lien V { type vpn_site_a_site entre P et L état prévu } automatisation A { langage \"bash\" état prévu }"),
				c("S2.2", NA, "", ""),
				c("S2.2-a", OK, "site P site L", "lien V { type vpn_site_a_site entre P et L }"),
				c("S2.2-a", KO, "site P site L", "lien V { type internet entre P et L }"),
				c("S2.2-a", OK, "site P site L", "lien V { type wan entre P et L }"),
				c("S2.2-a", NA, "site P site L", "lien V { type vpn_site_a_site entre P et L état prévu }"),
				c("S2.2-a", NA, "site P site L", "lien V { entre P et L }"),
				c("S2.2-a", NA, "", ""),
				c("S2.2-b", OK, "", "outil D { catégories deploiement }"),
				c("S2.2-b", KO, "", "outil D { catégories inventaire } aucun_outil deploiement"),
				c("S2.2-b", NA, "", "outil D { catégories inventaire }"),
				c("S2.2-b", OK, "", "service D { type deploiement }"),
				c("S2.2-b", NA, "", ""),
				c("S2.2-c", OK, "", "automatisation A { langage \"PowerShell\" }"),
				c("S2.2-c", KO, "", "aucune_automatisation"),
				c("S2.2-c", KO, "", "automatisation A { langage \"bash\" simulé justification \"maquette\" }"),
				c("S2.2-c", NA, "", "automatisation A"),
				c("S2.2-c", NA, "", ""),
				c("S2.2-d", OK, "", "outil S { catégories siem }"),
				c("S2.2-d", KO, "", "outil S { catégories supervision } aucun_outil ids, ips, siem"),
				c("S2.2-d", NA, "", "outil S { catégories supervision }"),
				c("S2.2-d", NA, "", ""),

				c("L3.1-a", OK, "", "environnement_dev E { langages \"Java\", \"SQL\" frameworks \"Spring\" tests \"JUnit\" }"),
				c("L3.1-a", KO, "", "environnement_dev E { langages \"Java\" frameworks \"Spring\" tests \"JUnit\" }"),
				c("L3.1-a", NA, "", ""),
				c("L3.1-a", NA, "", "environnement_dev E { langages \"Java\", \"SQL\" }"),
				c("L3.1-a", NA, "", "environnement_dev E { frameworks \"Spring\" tests \"JUnit\" }"),
				c("L3.1-b", OK, "", "bibliothèque N { type depot }"),
				c("L3.1-b", KO, "", "environnement_dev E aucune_bibliothèque"),
				c("L3.1-b", NA, "", "environnement_dev E"),
				c("L3.1-b", NA, "", ""),
				c("L3.1-c", OK, "", "sgbd D { langage \"PL/pgSQL\" }"),
				c("L3.1-c", KO, "", "sgbd D { produit \"SQLite\" }"),
				c("L3.1-c", NA, "", ""),
				c("L3.1-c", NA, "", "sgbd D"),
				c("L3.1-c", NA, "", "sgbd D { produit \"PostgreSQL\" }"),
				c("L3.1-d", OK, "", "outil G { catégories gestion_versions, suivi_problemes }"),
				c("L3.1-d", KO, "", "outil G { catégories gestion_versions } aucun_outil suivi_problemes"),
				c("L3.1-d", NA, "", "outil G { catégories gestion_versions }"),
				c("L3.1-d", NA, "", ""),
				c("L3.1-e", OK, "", "outil Z { catégories tests_securite }"),
				c("L3.1-e", KO, "", "outil Z { catégories tests } aucun_outil tests_securite"),
				c("L3.1-e", NA, "", "outil Z { catégories tests }"),
				c("L3.1-e", NA, "", ""),
				c("L3.2-a", OK, PROCESS, apps("en_production", "en_production", true)),
				c("L3.2-a", KO, PROCESS, apps("en_production non", "en_production", true)),
				c("L3.2-a", NA, PROCESS, apps("", "en_production", true)),
				c("L3.2-a", KO, PROCESS, apps("en_production état prévu", "en_production", true)),
				c("L3.2-a", NA, "", ""),
				c("L3.2-b", OK, PROCESS, apps("en_production", "en_production", true)),
				c("L3.2-b", KO, PROCESS, apps("en_production", "en_production aucun_appel_distant", false)),
				c("L3.2-b", NA, PROCESS, apps("en_production", "en_production", false)),
				c("L3.2-b", KO, "", "application A { aucun_appel_distant }"),
				c("L3.2-b", NA, "", "application A"),
				c("L3.2-b", NA, "", ""),
				c("L3.2-c", OK, "", "application A { exécution client_lourd, navigateur en_production } application B { exécution mobile en_production }"),
				c("L3.2-c", KO, "", "application A { exécution navigateur en_production } application B { exécution serveur en_production }"),
				c("L3.2-c", NA, "", "application A { en_production }"),
				c("L3.2-c", NA, "", "application A { exécution navigateur en_production } application B { en_production }"),
				c("L3.2-c", NA, "", "application A"),
				c("L3.2-c", KO, "", "application A { en_production non }"),
				c("L3.3", OK, "", "application A { origine developpement_specifique }"),
				c("L3.3", KO, "", "application A { origine progiciel }"),
				c("L3.3", NA, "", "application A"));
	}

	private static final String SLA_BOTH = "contrat K { sla { contrainte_disponibilité \"99,9 %\" contrainte_sécurité \"TLS\" } }";
	private static final String SLA_AVAILABILITY_FIELD = "contrat K { sla { disponibilité \"99,9 %\" contrainte_sécurité \"TLS\" } }";
	private static final String SLA_AVAILABILITY = "contrat K { sla { contrainte_disponibilité \"99,9 %\" } }";
	private static final String MONITORED = "équipement F { type commutateur } serveur S { " + OS + " } service W { type web }";
	private static final String PROCESS = "site P site L processus Pr { applications A, B }";

	private static String apps(String first, String second, boolean bothCall) {
		return "application A { données_sur P utilisée_sur L accès_sécurisé " + first + " appelle rest B } "
				+ "application B { données_sur P utilisée_sur L accès_sécurisé " + second + (bothCall ? " appelle soap A" : "") + " }";
	}

	private static Arguments c(String id, Status expected, String organisation, String system) {
		return Arguments.of(id, expected, "organisation O { " + organisation + " }\nsystème_information SI pour O { " + system + " }");
	}

	/** The rule gives the expected outcome, with a French explanation, and evidence whenever it is met. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("cases")
	void ruleGivesExpectedStatus(String id, Status expected, String scenario) throws Exception {
		Model model = parser.parse(scenario);
		validation.assertNoErrors(model);
		Option option = id.startsWith("L") ? Option.SLAM : Option.SISR;
		RuleResult result = ConformityChecker.check((Organisation) model.getElements().get(0), List.of(model), option, Reading.STRICTE)
				.results().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
		assertThat(result.status()).as(result.explanation()).isEqualTo(expected);
		assertThat(result.explanation()).isNotBlank();
		if (expected == Status.CONFORME) {
			assertThat(result.evidence()).isNotEmpty();
		}
	}

	/** Every rule id of the annex has its three cases. */
	@Test
	void everyRuleHasThreeCases() {
		Set<String> covered = cases().map(a -> a.get()[0] + " " + a.get()[1]).collect(Collectors.toSet());
		for (String id : AnnexIIE.ids()) {
			for (Status status : Status.values()) {
				assertThat(covered).as("%s %s", id, status).contains(id + " " + status);
			}
		}
		assertThat(AnnexIIE.ids()).hasSize(38).contains("C1.1-e", "S2.1-a", "L3.2-c");
	}

	/** Ambiguous rules say which reading was applied, and the lenient reading accepts what the strict one refuses. */
	@Test
	void lenientReadingIsAppliedAndReported() throws Exception {
		Model model = parser.parse("organisation O { } système_information SI pour O { serveur A { " + OS
				+ " } serveur B { os linux \"Ubuntu\" libre } groupe G ressource R habilitation G sur R lecture"
				+ " service C { type messagerie } aucun_service collaboratif aucune_habilitation }");
		Organisation org = (Organisation) model.getElements().get(0);
		for (String id : List.of("C1.1-e", "C1.1-g", "C1.1-d")) {
			RuleResult strict = result(org, model, Reading.STRICTE, id);
			RuleResult lenient = result(org, model, Reading.SOUPLE, id);
			assertThat(strict.status()).as(id).isEqualTo(Status.NON_CONFORME);
			assertThat(strict.reading()).isEqualTo(Reading.STRICTE);
			assertThat(lenient.status()).as(id).isEqualTo(Status.CONFORME);
			assertThat(lenient.reading()).isEqualTo(Reading.SOUPLE);
		}
		assertThat(result(org, model, Reading.STRICTE, "C1.1-b").reading()).isNull();
	}

	private static RuleResult result(Organisation org, Model model, Reading reading, String id) {
		return ConformityChecker.check(org, List.of(model), Option.SISR, reading).results().stream()
				.filter(r -> r.id().equals(id)).findFirst().orElseThrow();
	}
}
