// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.tests.Workbench.page;
import static org.casebook.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casebook.dsl.tests.TestScenarios;
import org.casebook.ui.editor.CasebookEditor;
import org.casebook.ui.views.PropertiesView;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Properties view follows the caret and links to what the element references. */
class PropertiesViewTest {

	private IProject project;

	@AfterEach
	void close() throws Exception {
		page().closeAllEditors(false);
		project.delete(true, null);
	}

	@Test
	void showsTheElementUnderTheCaretWithLinks() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("proprietes-hexalog");
		project.create(null);
		project.open(null);
		for (Path file : Files.list(TestScenarios.root().resolve("examples/hexalog")).filter(f -> f.getFileName().toString().endsWith(".orga")).sorted().toList()) {
			project.getFile(file.getFileName().toString()).create(new ByteArrayInputStream(Files.readAllBytes(file)), true, null);
		}
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), project.getFile("reseau.orga"), CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		PropertiesView view = (PropertiesView) page().showView(PropertiesView.ID);
		assertThat(view.getPartName()).isEqualTo("Propriétés");
		page().activate(editor);
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		int inServer = text.indexOf("\"Partages DFS\"");
		editor.selectAndReveal(inServer, 0);
		waitUntil(() -> view.shown() != null && "SRV-FIC".equals(view.shown().getName()), "propriétés du serveur sous le curseur");
		List<PropertiesView.Row> rows = view.rows();
		assertThat(rows).anyMatch(r -> r.value().contains("Serveur de fichiers"));
		assertThat(rows).anyMatch(r -> r.value().contains("Partages DFS"));
		assertThat(rows).as("valeurs d'énumération en français").anyMatch(r -> r.value().equals("Windows"))
				.noneMatch(r -> r.value().equals("windows"));
		int host = -1;
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).target() instanceof org.casebook.model.NamedElement named && "HV02".equals(named.getName())) {
				host = i;
			}
		}
		assertThat(host).as("lien vers l'hôte HV02").isNotNegative();
		view.follow(host);
		int declaration = text.indexOf("serveur HV02");
		waitUntil(() -> editor.getSelectionProvider().getSelection() instanceof ITextSelection s && s.getOffset() >= declaration
				&& s.getOffset() < declaration + 40, "le lien mène à la déclaration de HV02");
	}
}
