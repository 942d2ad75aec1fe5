// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.tests.Workbench.page;
import static org.casebook.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.casebook.ui.CasebookUi;
import org.casebook.ui.editor.CasebookEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Editing commands as units: one Ctrl+Z undoes a whole formatting, a selection formats alone, and discarded text takes its problems away. */
class EditingTest {

	private static final String TEXT = """
			paquetage essai

			organisation Essai "Essai" {
			site A "Site A" {adresse "1 rue"   effectif 3}
			site B "Site B" {adresse "2 rue"   effectif 4}
			}
			""";

	private IProject project;
	private IFile file;

	@BeforeEach
	void createProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("edition-essai");
		project.create(null);
		project.open(null);
		file = project.getFile("essai.orga");
		file.create(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), true, null);
	}

	@AfterEach
	void deleteProject() throws Exception {
		page().closeAllEditors(false);
		project.delete(true, null);
	}

	private static IDocument document(CasebookEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private static void execute(String command) throws Exception {
		org.eclipse.ui.commands.ICommandService commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
		waitUntil(() -> commands.getCommand(command).isEnabled(), "commande disponible : " + command);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
	}

	@Test
	void oneUndoUndoesAWholeFormatting() throws Exception {
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		IDocument document = document(editor);
		assertThat(editor.format()).isTrue();
		String formatted = document.get();
		assertThat(formatted).as("le formatage change le texte").isNotEqualTo(TEXT);
		execute("org.eclipse.ui.edit.undo");
		assertThat(document.get()).as("un seul Ctrl+Z").isEqualTo(TEXT);
		execute("org.eclipse.ui.edit.redo");
		assertThat(document.get()).isEqualTo(formatted);
	}

	@Test
	void aSelectionFormatsAlone() throws Exception {
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		IDocument document = document(editor);
		int siteB = TEXT.indexOf("site B");
		int end = TEXT.indexOf('\n', siteB);
		editor.getSelectionProvider().setSelection(new TextSelection(siteB, end - siteB));
		assertThat(editor.format()).isTrue();
		String text = document.get();
		assertThat(text).as("la ligne non sélectionnée reste telle quelle").contains("site A \"Site A\" {adresse \"1 rue\"   effectif 3}");
		assertThat(text).as("la ligne sélectionnée est formatée, sur sa ligne").contains("site B \"Site B\" { adresse \"2 rue\" effectif 4 }");
	}

	private long errors() {
		try {
			return Arrays.stream(file.findMarkers(CasebookUi.MARKER, false, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	/** The editor tells its parse listeners of each new parse, which it then gives, and stops once they are removed. */
	@Test
	void parseListenersHearOfEachParseUntilRemoved() throws Exception {
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		java.util.List<Object> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
		Runnable listener = () -> heard.add(editor.lastParse());
		editor.addParseListener(listener);
		Object before = editor.lastParse();
		document(editor).replace(TEXT.indexOf("effectif 3"), "effectif 3".length(), "effectif 5");
		waitUntil(() -> !heard.isEmpty(), "analyse annoncée");
		org.assertj.core.api.Assertions.assertThat(heard.get(0)).isNotNull().isNotSameAs(before);
		editor.removeParseListener(listener);
		int count = heard.size();
		Object last = editor.lastParse();
		document(editor).replace(TEXT.indexOf("effectif 4"), "effectif 4".length(), "effectif 6");
		waitUntil(() -> editor.lastParse() != last, "nouvelle analyse");
		org.assertj.core.api.Assertions.assertThat(heard).hasSize(count);
	}

	/** Answering « Ne pas enregistrer » in the dialog of a dirty editor takes the problems of the discarded text away. */
	@Test
	void dontSaveInTheDialogTakesItsProblemsAway() throws Exception {
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		document(editor).replace(TEXT.indexOf("effectif 3"), 0, "vlan_inconnu ");
		waitUntil(() -> errors() > 0, "erreur signalée pendant la frappe");
		org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
		String[] answered = { null };
		Runnable answer = new Runnable() {
			@Override
			public void run() {
				for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
					org.eclipse.swt.widgets.Button button = button(shell, "Ne pas enregistrer");
					if (shell.isVisible() && button != null) {
						answered[0] = shell.getText();
						button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
						return;
					}
				}
				display.timerExec(100, this);
			}
		};
		display.timerExec(100, answer);
		assertThat(page().closeEditor(editor, true)).isTrue();
		assertThat(answered[0]).as("le dialogue en français").isEqualTo("Enregistrer la ressource");
		waitUntil(() -> errors() == 0, "plus d'erreur après « Ne pas enregistrer »");
		assertThat(new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8)).as("rien n'est enregistré").isEqualTo(TEXT);
	}

	private static org.eclipse.swt.widgets.Button button(org.eclipse.swt.widgets.Composite parent, String text) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button b && b.getText().replace("&", "").equals(text)) {
				return b;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite c) {
				org.eclipse.swt.widgets.Button found = button(c, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void closingWithoutSavingTakesItsProblemsAway() throws Exception {
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		document(editor).replace(TEXT.indexOf("effectif 3"), 0, "vlan_inconnu ");
		waitUntil(() -> errors() > 0, "erreur signalée pendant la frappe");
		page().closeEditor(editor, false);
		waitUntil(() -> errors() == 0, "plus d'erreur après fermeture sans enregistrer");
	}
}
