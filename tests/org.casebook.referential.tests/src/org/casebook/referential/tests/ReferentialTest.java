// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.casebook.referential.Referential;
import org.casebook.referential.Referential.Option;
import org.junit.jupiter.api.Test;

/** The shipped referential holds the texts of the arrêté of 29 April 2019, with both exam numberings. */
class ReferentialTest {

	private final Referential referential = Referential.get();

	/** Blocks 1 to 7, the option-specific blocks 2 and 3 and the three optional blocks are present. */
	@Test
	void holdsAllBlocks() {
		assertThat(referential.blocks()).hasSize(12);
		assertThat(referential.blocks()).filteredOn(b -> b.code().equals("B2")).extracting(b -> b.title())
				.containsExactly("Administration des systèmes et des réseaux", "Conception et développement d'applications");
	}

	/** Bloc 1 has six competencies, 22 sub-competencies and 38 performance indicators, with their exact labels. */
	@Test
	void holdsBloc1WithExactLabels() {
		assertThat(referential.competencies(Option.SISR)).filteredOn(c -> c.block().equals("B1")).extracting(c -> c.label())
				.containsExactly("Gérer le patrimoine informatique",
						"Répondre aux incidents et aux demandes d'assistance et d'évolution",
						"Développer la présence en ligne de l'organisation", "Travailler en mode projet",
						"Mettre à disposition des utilisateurs un service informatique", "Organiser son développement professionnel");
		assertThat(referential.competencies()).filteredOn(c -> c.isSubCompetency()).hasSize(22);
		assertThat(referential.competency("B1.1.3", null)).get().extracting(c -> c.label())
				.isEqualTo("Mettre en place et vérifier les niveaux d'habilitation associés à un service");
		int indicators = 0;
		for (String code : java.util.List.of("B1.1", "B1.2", "B1.3", "B1.4", "B1.5", "B1.6")) {
			indicators += referential.indicators(code).size();
		}
		assertThat(indicators).isEqualTo(38);
		assertThat(referential.indicators("B1.1").get(5).text()).isEqualTo("Les restaurations sont testées et opérationnelles.");
		assertThat(referential.knowledge("B1.4")).extracting(k -> k.text())
				.contains("Outil de gestion de projet : fonctionnalités et paramétrage");
		assertThat(referential.activities()).hasSize(6);
		assertThat(referential.activities().get(0).tasks()).contains("Gestion des sauvegardes");
	}

	/** A code of block 2 means the competency of the scenario's option. */
	@Test
	void resolvesOptionSpecificCodes() {
		assertThat(referential.competency("B2.3", Option.SISR)).get().extracting(c -> c.label())
				.isEqualTo("Exploiter, dépanner et superviser une solution d'infrastructure réseau");
		assertThat(referential.competency("B2.3", Option.SLAM)).get().extracting(c -> c.label()).isEqualTo("Gérer les données");
		assertThat(referential.competency("B3.5", Option.SLAM)).get().extracting(c -> c.label())
				.isEqualTo("Assurer la cybersécurité d'une solution applicative et de son développement");
		assertThat(referential.competency("B1.7", null)).isEmpty();
	}

	/** The 2019 E4 became E5 in the 2024 numbering; both are kept. */
	@Test
	void keepsExamNumberingPerEdition() {
		assertThat(referential.examOfBlock("2019", "B1")).get().extracting(e -> e.code()).isEqualTo("E4");
		assertThat(referential.examOfBlock("2024", "B1")).get().extracting(e -> e.code()).isEqualTo("E5");
		assertThat(referential.examOfBlock("2024", "B7")).get().extracting(e -> e.code()).isEqualTo("E4");
		assertThat(referential.exams("2024")).filteredOn(e -> !e.verified()).extracting(e -> e.code()).containsExactly("E7");
	}

	/** Close codes are suggested for a mistyped one. */
	@Test
	void suggestsCloseCodes() {
		assertThat(referential.suggestions("B1.7")).isNotEmpty().allMatch(code -> code.startsWith("B1."));
		assertThat(referential.suggestions("b1.2.3")).first().isEqualTo("B1.2.3");
		assertThat(referential.suggestions("XYZ")).isEmpty();
	}
}
