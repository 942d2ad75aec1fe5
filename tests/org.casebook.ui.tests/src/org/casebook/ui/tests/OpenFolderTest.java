// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.tests.Workbench.page;
import static org.casebook.ui.tests.Workbench.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.casebook.dsl.tests.TestScenarios;
import org.casebook.ui.CasebookUi;
import org.casebook.ui.ScenarioFolders;
import org.casebook.ui.StudioApplication;
import org.casebook.ui.editor.CasebookEditor;
import org.casebook.ui.views.ExplorerView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opening a folder of the disk edits its files where they are and writes nothing else into it. */
class OpenFolderTest {

	private Path folder;
	private IProject project;

	@BeforeEach
	void copyHexalog() throws Exception {
		folder = Files.createTempDirectory("casebook-dossier").resolve("hexalog");
		Files.createDirectories(folder);
		try (Stream<Path> files = Files.list(TestScenarios.root().resolve("examples/hexalog"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".orga")).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
	}

	@AfterEach
	void deleteProject() throws Exception {
		page().closeAllEditors(false);
		if (project != null) {
			project.delete(true, true, null);
		}
		assertThat(folder.resolve("reseau.orga")).as("supprimer le projet laisse les fichiers du dossier").exists();
	}

	private List<String> namesOnDisk() throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	private static long errors(IFile file) throws CoreException {
		return Arrays.stream(file.findMarkers(CasebookUi.MARKER, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count();
	}

	@Test
	void openingAFolderWritesNoProjectFileIntoIt() throws Exception {
		List<String> before = namesOnDisk();
		CasebookEditor editor = StudioApplication.open(page(), folder.resolve("reseau.orga"));
		assertThat(editor).isNotNull();
		IFile file = editor.file();
		project = file.getProject();
		assertThat(file.getLocation().toPath()).isEqualTo(folder.resolve("reseau.orga"));
		assertThat(ScenarioFolders.folder(file)).isEqualTo(folder);
		assertThat(project.getName()).isEqualTo("hexalog");
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		assertThat(errors(file)).as("les autres fichiers du dossier sont lus avec lui").isZero();
		assertThat(namesOnDisk()).as("ni .project ni autre fichier écrit dans le dossier").isEqualTo(before);

		CasebookEditor again = StudioApplication.open(page(), folder.resolve("sujet.orga"));
		assertThat(again.file().getProject()).as("le même projet pour le même dossier").isEqualTo(project);

		ExplorerView explorer = (ExplorerView) page().showView(ExplorerView.ID);
		page().activate(again);
		waitUntil(() -> again.file().equals(((IStructuredSelection) explorer.viewer().getSelection()).getFirstElement()),
				"l'explorateur sélectionne le fichier ouvert");
		TreeItem projectItem = Arrays.stream(explorer.viewer().getTree().getItems()).filter(i -> i.getText().equals("hexalog"))
				.findFirst().orElseThrow();
		explorer.viewer().setExpandedState(project, true);
		assertThat(Arrays.stream(projectItem.getItems()).map(TreeItem::getText).toList())
				.as("les fichiers du dossier directement sous le projet").contains("reseau.orga", "sujet.orga", "organisation.orga")
				.doesNotContain("hexalog");

		var document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.replace(0, 0, "// modifié\n");
		editor.doSave(null);
		assertThat(Files.readString(folder.resolve("reseau.orga"))).as("enregistré dans le dossier").startsWith("// modifié\n");
		assertThat(namesOnDisk()).isEqualTo(before);
	}

	@Test
	void aFolderGoneFromTheDiskLeavesTheWorkspaceAndItsNameToTheNextOne() throws Exception {
		Path moved = folder.resolveSibling("deplace");
		CasebookEditor editor = StudioApplication.open(page(), folder.resolve("reseau.orga"));
		IProject first = editor.file().getProject();
		page().closeAllEditors(false);
		Files.move(folder, moved);

		Path other = Files.createTempDirectory("casebook-autre").resolve("hexalog");
		Files.createDirectories(other);
		Files.copy(moved.resolve("reseau.orga"), other.resolve("reseau.orga"));
		try {
			CasebookEditor next = StudioApplication.open(page(), other.resolve("reseau.orga"));
			project = next.file().getProject();
			assertThat(project.getName()).as("le projet d'un dossier disparu est retiré, son nom revient au dossier ouvert ensuite")
					.isEqualTo(first.getName());
			assertThat(ScenarioFolders.folder(next.file())).isEqualTo(other);
			assertThat(ResourcesPlugin.getWorkspace().getRoot().getProjects()).as("un seul projet de ce nom")
					.filteredOn(p -> p.getName().startsWith(first.getName())).hasSize(1);
			assertThat(ScenarioFolders.forgetMissing()).as("un dossier présent reste").isEmpty();
			assertThat(project.exists()).isTrue();
		} finally {
			Files.move(moved, folder);
		}
	}

	@Test
	void twoFoldersOfTheSameNameAreToldApartByTheFolderTheyLieIn() throws Exception {
		project = StudioApplication.open(page(), folder.resolve("reseau.orga")).file().getProject();
		Path other = Files.createDirectories(Files.createTempDirectory("casebook-annees").resolve("2026").resolve("hexalog"));
		Files.copy(folder.resolve("reseau.orga"), other.resolve("reseau.orga"));
		IProject second = StudioApplication.open(page(), other.resolve("reseau.orga")).file().getProject();
		try {
			assertThat(project.getName()).isEqualTo("hexalog");
			assertThat(second.getName()).isEqualTo("hexalog (2026)");
		} finally {
			page().closeAllEditors(false);
			second.delete(true, true, null);
		}
		assertThat(other.resolve("reseau.orga")).as("the folder's files stay").exists();
	}
}
