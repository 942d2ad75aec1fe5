// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.casebook.model.CasebookPackage;
import org.casebook.model.text.Elision;
import org.casebook.model.text.Labels;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.junit.jupiter.api.Test;

/** One table of French labels covers every value of every enumeration; « de » is elided and contracted before names. */
class LabelsTest {

	/** Every literal of every enumeration of the metamodel, but « not stated », has its own French label, without underscore. */
	@Test
	void labelsEveryLiteralOfEveryEnumeration() {
		List<String> missing = new ArrayList<>();
		int count = 0;
		for (EClassifier c : CasebookPackage.eINSTANCE.getEClassifiers()) {
			if (c instanceof EEnum e) {
				for (EEnumLiteral literal : e.getELiterals()) {
					if (literal.getValue() == 0) {
						assertThat(Labels.of(literal.getInstance())).isEmpty();
						continue;
					}
					count++;
					String label = Labels.lookup(e.getName(), literal.getLiteral());
					if (label == null) {
						missing.add(e.getName() + "." + literal.getLiteral());
					} else {
						assertThat(label).doesNotContain("_");
						assertThat(Labels.of((Enumerator) literal.getInstance())).isEqualTo(label);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
		assertThat(count).isGreaterThan(150);
	}

	/** The keywords a teacher saw printed raw are printed in French. */
	@Test
	void printsFrenchWordsInsteadOfKeywords() {
		assertThat(Labels.lookup("MissionType", "securite")).isEqualTo("sécurité");
		assertThat(Labels.lookup("MissionType", "evolution")).isEqualTo("évolution");
		assertThat(Labels.lookup("ProviderKind", "mixte")).doesNotContain("mixte");
		assertThat(Labels.lookup("ApplicationOrigin", "developpement_specifique")).isEqualTo("développement spécifique");
		assertThat(Labels.lookup("ContinuityCategory", "tolerance_panne")).isEqualTo("tolérance aux pannes");
	}

	/** « de » elides before a vowel or a mute h and contracts with an article. */
	@Test
	void elidesAndContractsDe() {
		assertThat(Elision.de("Hexalog SAS")).isEqualTo("d'Hexalog SAS");
		assertThat(Elision.de("Atelier Lumen, architectes")).isEqualTo("d'Atelier Lumen, architectes");
		assertThat(Elision.de("AmbuLyon")).isEqualTo("d'AmbuLyon");
		assertThat(Elision.de("GSB")).isEqualTo("de GSB");
		assertThat(Elision.de("Le Groupe Martin")).isEqualTo("du Groupe Martin");
		assertThat(Elision.de("Les Ambulances du Rhône")).isEqualTo("des Ambulances du Rhône");
		assertThat(Elision.de("La Poste")).isEqualTo("de la Poste");
		assertThat(Elision.de("L'Atelier")).isEqualTo("de l'Atelier");
		assertThat(Elision.de("Hauts-de-France Logistique")).isEqualTo("de Hauts-de-France Logistique");
		assertThat(Elision.de("Éditions Delta")).isEqualTo("d'Éditions Delta");
	}
}
