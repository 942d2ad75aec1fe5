// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.tests.Workbench.page;

import java.nio.file.Path;
import java.util.List;

import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Generator;
import org.casebook.ui.wizards.CasebookWizardDialog;
import org.casebook.ui.wizards.GenerationSummary;
import org.casebook.ui.wizards.NewProjectWizard;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.junit.jupiter.api.Test;

/** The wizards speak only when there is something to say. */
class WizardsTest {

	@Test
	void newProjectWizardOpensWithoutError() {
		NewProjectWizard wizard = new NewProjectWizard();
		WizardDialog dialog = new CasebookWizardDialog(page().getWorkbenchWindow().getShell(), wizard, "Créer");
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			IWizardPage first = wizard.getPages()[0];
			assertThat(first.getErrorMessage()).as("aucune erreur avant la saisie").isNull();
			assertThat(wizard.canFinish()).as("rien à créer encore").isFalse();
			wizard.fill("", "Essai", "Essai", false);
			assertThat(first.getErrorMessage()).as("une fois la saisie commencée, ce qui manque est dit").isEqualTo("Donner un nom au projet.");
		} finally {
			dialog.close();
		}
	}

	@Test
	void generationEndsWithASummaryAndLinks() {
		Path folder = Path.of("/tmp/documents");
		List<Generator.Output> outputs = List.of(
				new Generator.Output(folder.resolve("sujet-eleve.pdf"), DocumentKind.SUJET, Generator.Format.PDF, 1000, 10),
				new Generator.Output(folder.resolve("sujet-eleve.docx"), DocumentKind.SUJET, Generator.Format.DOCX, 1000, 10));
		GenerationSummary summary = new GenerationSummary(page().getWorkbenchWindow().getShell(), outputs, folder);
		summary.setBlockOnOpen(false);
		summary.open();
		try {
			assertThat(summary.getShell().getText()).isEqualTo("Générer les documents");
			assertThat(summary.links()).contains("<a href=\"/tmp/documents\">Ouvrir le dossier</a>")
					.contains(">sujet-eleve.pdf</a>").contains(">sujet-eleve.docx</a>");
		} finally {
			summary.close();
		}
	}
}
