// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.tests.Workbench.page;
import static org.casebook.ui.tests.Workbench.screenshot;
import static org.casebook.ui.tests.Workbench.settle;
import static org.casebook.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.casebook.dsl.tests.TestScenarios;
import org.casebook.ui.editor.CasebookEditor;
import org.casebook.ui.views.ExplorerView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Studio's window as a teacher meets it: the standard menus with their usual keys and working commands, the Project
 * Explorer, and the platform's own texts (views, dialogs, wizard buttons, status bar) in French.
 */
class MenusTest {

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("menus-hexalog");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		for (Path file : Files.list(TestScenarios.root().resolve("examples/hexalog")).filter(f -> f.getFileName().toString().endsWith(".orga")).sorted().toList()) {
			IFile target = project.getFile(file.getFileName().toString());
			if (!target.exists()) {
				target.create(new ByteArrayInputStream(Files.readAllBytes(file)), true, null);
			}
		}
	}

	@AfterEach
	void deleteProject() throws Exception {
		page().closeAllEditors(false);
		project.delete(true, null);
	}

	/** The texts of a menu's items as shown (label and key), after the menu was asked to fill itself. */
	private static List<String> items(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		List<String> texts = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				texts.add(item.getText());
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
		return texts;
	}

	private static Menu menu(String label) {
		Menu bar = page().getWorkbenchWindow().getShell().getMenuBar();
		for (MenuItem item : bar.getItems()) {
			if (item.getText().replace("&", "").equals(label)) {
				return item.getMenu();
			}
		}
		throw new AssertionError("menu absent : " + label + " parmi " + Arrays.stream(bar.getItems()).map(MenuItem::getText).toList());
	}

	@Test
	void standardMenusInFrenchWithTheirKeys() throws Exception {
		IDE.openEditor(page(), project.getFile("reseau.orga"), CasebookEditor.ID);
		settle(300);
		List<String> bar = Arrays.stream(page().getWorkbenchWindow().getShell().getMenuBar().getItems()).map(i -> i.getText().replace("&", "")).toList();
		assertThat(bar).containsSubsequence("Fichier", "Édition", "Casebook", "Fenêtre", "Aide");

		List<String> file = items(menu("Fichier"));
		assertThat(file).anyMatch(t -> t.startsWith("&Nouveau"));
		assertThat(file).contains("&Ouvrir un fichier…\tCtrl+O", "&Enregistrer\tCtrl+S", "Enregistrer &sous…", "&Quitter\tCtrl+Q");
		assertThat(file).anyMatch(t -> t.startsWith("&Revenir à la version enregistrée"));
		assertThat(file).anyMatch(t -> t.startsWith("&Fermer l'éditeur\tCtrl+W"));
		assertThat(file).as("pas d'entrée anglaise de la plateforme").noneMatch(t -> t.startsWith("Open File") || t.startsWith("Con&vert"));
		List<String> edit = items(menu("Édition"));
		assertThat(edit).anyMatch(t -> t.startsWith("&Annuler") && t.endsWith("Ctrl+Z"));
		assertThat(edit).anyMatch(t -> t.startsWith("&Rétablir\t"));
		assertThat(edit).contains("Co&uper\tCtrl+X", "&Copier\tCtrl+C", "C&oller\tCtrl+V", "&Tout sélectionner\tCtrl+A",
				"&Rechercher/remplacer…\tCtrl+F");
		List<String> window = items(menu("Fenêtre"));
		assertThat(window).contains("Afficher la &vue", "&Préférences…");
		assertThat(items(menu("Aide"))).contains("À &propos de Casebook Studio");

		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertThat(bindings.getBestActiveBindingFormattedFor("org.eclipse.ui.file.exit")).as("Ctrl+Q dans l'éditeur").isEqualTo("Ctrl+Q");
		assertThat(bindings.getBestActiveBindingFormattedFor("org.eclipse.ui.newWizard")).isEqualTo("Ctrl+N");
		screenshot(page().getWorkbenchWindow().getShell(), "studio-menus.png");
	}

	/** Runs a command as its menu item or key does, once the active editor has made it available. */
	private static void execute(String command) throws Exception {
		org.eclipse.ui.commands.ICommandService commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
		waitUntil(() -> commands.getCommand(command).isEnabled(), "commande disponible : " + command);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
	}

	@Test
	void saveRevertAndUndoCommandsWork() throws Exception {
		IFile file = project.getFile("reseau.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
		String original = document.get();
		page().activate(editor);
		settle(300);

		document.replace(0, 0, "// ajout\n");
		assertThat(editor.isDirty()).isTrue();
		execute("org.eclipse.ui.edit.undo");
		assertThat(document.get()).as("Annuler").isEqualTo(original);
		execute("org.eclipse.ui.edit.redo");
		assertThat(document.get()).as("Rétablir").startsWith("// ajout\n");
		execute("org.eclipse.ui.file.revert");
		assertThat(document.get()).as("Revenir à la version enregistrée").isEqualTo(original);
		assertThat(editor.isDirty()).isFalse();

		document.replace(0, 0, "// enregistré\n");
		execute("org.eclipse.ui.file.save");
		assertThat(editor.isDirty()).isFalse();
		assertThat(Files.readString(file.getLocation().toPath())).startsWith("// enregistré\n");
		execute("org.eclipse.ui.file.close");
		assertThat(page().getEditorReferences()).isEmpty();
	}

	@Test
	void projectExplorerListsProjectsAndFollowsTheEditor() throws Exception {
		ExplorerView explorer = (ExplorerView) page().showView(ExplorerView.ID);
		waitUntil(() -> Arrays.stream(explorer.viewer().getTree().getItems()).anyMatch(i -> i.getText().equals("menus-hexalog")),
				"projet dans l'explorateur");
		IFile file = project.getFile("sujet.orga");
		IDE.openEditor(page(), file, CasebookEditor.ID);
		page().activate(page().getActiveEditor());
		waitUntil(() -> file.equals(((IStructuredSelection) explorer.viewer().getSelection()).getFirstElement()),
				"l'explorateur sélectionne le fichier de l'éditeur actif");
		assertThat(explorer.getTitle()).isEqualTo("Explorateur de projets");
		screenshot(page().getWorkbenchWindow().getShell(), "studio-explorateur.png");
	}

	@Test
	void platformTextsAreFrenchAndEnglishStaysAvailable() throws Exception {
		assertThat(IDialogConstants.FINISH_LABEL).isEqualTo("&Terminer");
		assertThat(IDialogConstants.CANCEL_LABEL).isEqualTo("Annuler");
		assertThat(JFaceResources.getString("backButton")).isEqualTo("< &Précédent");
		IViewPart problems = page().showView(IPageLayout.ID_PROBLEM_VIEW);
		assertThat(problems.getTitle()).startsWith("Problèmes (");
		page().activate(problems);
		settle(300);
		List<String> columns = new ArrayList<>();
		columns(page().getWorkbenchWindow().getShell(), columns);
		assertThat(columns).as("colonnes de la vue Problèmes").contains("Ressource", "Chemin").doesNotContain("Resource", "Path");
		assertThat(page().showView(IPageLayout.ID_OUTLINE).getTitle()).isEqualTo("Plan");

		ClassLoader workbench = PlatformUI.class.getClassLoader();
		ResourceBundle fr = ResourceBundle.getBundle("org.eclipse.ui.internal.messages", Locale.FRENCH, workbench);
		assertThat(fr.getString("Save_Resource")).isEqualTo("Enregistrer la ressource");
		assertThat(fr.getString("SaveableHelper_Dont_Save")).isEqualTo("&Ne pas enregistrer");
		ClassLoader texteditor = ITextEditor.class.getClassLoader();
		assertThat(ResourceBundle.getBundle("org.eclipse.ui.texteditor.EditorMessages", Locale.FRENCH, texteditor)
				.getString("Editor_statusline_state_writable_label")).isEqualTo("Modifiable");
		// -nl en: the hosts' own English texts, untouched by the French fragments
		ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
		assertThat(ResourceBundle.getBundle("org.eclipse.ui.internal.messages", Locale.ENGLISH, workbench, noFallback).getString("Save_Resource"))
				.isEqualTo("Save Resource");
		assertThat(ResourceBundle.getBundle("org.eclipse.jface.messages", Locale.ENGLISH, JFaceResources.class.getClassLoader(), noFallback)
				.getString("finish")).isEqualTo("&Finish");
		// every French key exists in the host's English file, so that none is a misspelt key that changes nothing
		for (String[] pair : new String[][] { { "org.eclipse.ui.internal.messages", "ui" }, { "org.eclipse.jface.messages", "jface" },
				{ "org.eclipse.ui.views.markers.internal.messages", "ide" }, { "org.eclipse.ui.texteditor.EditorMessages", "texteditor" } }) {
			ClassLoader loader = switch (pair[1]) {
				case "ui" -> workbench;
				case "jface" -> JFaceResources.class.getClassLoader();
				case "ide" -> IDE.class.getClassLoader();
				default -> texteditor;
			};
			ResourceBundle english = ResourceBundle.getBundle(pair[0], Locale.ENGLISH, loader, noFallback);
			ResourceBundle french = ResourceBundle.getBundle(pair[0], Locale.FRENCH, loader);
			assertThat(french.getLocale().getLanguage()).as(pair[0]).isEqualTo("fr");
			assertThat(english.keySet()).as(pair[0]).containsAll(french.keySet());
		}
	}

	private static void columns(org.eclipse.swt.widgets.Control control, List<String> texts) {
		if (control instanceof org.eclipse.swt.widgets.Tree tree && control.isVisible()) {
			for (org.eclipse.swt.widgets.TreeColumn column : tree.getColumns()) {
				texts.add(column.getText());
			}
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				columns(child, texts);
			}
		}
	}

	@Test
	void noEncodingWarningOnProjects() throws Exception {
		assertThat(Platform.getPreferencesService().getInt(ResourcesPlugin.PI_RESOURCES, ResourcesPlugin.PREF_MISSING_ENCODING_MARKER_SEVERITY, 1, null))
				.isEqualTo(-1);
		settle(1500);
		IMarker[] markers = project.findMarkers("org.eclipse.core.resources.noExplicitEncoding", true, IResource.DEPTH_ZERO);
		assertThat(markers).isEmpty();
	}
}
