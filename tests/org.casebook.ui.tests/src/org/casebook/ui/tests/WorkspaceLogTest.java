// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.tests.Workbench.page;
import static org.casebook.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Settings;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.ui.editor.CasebookEditor;
import org.casebook.ui.editor.ScenarioParser;
import org.casebook.ui.wizards.CasebookWizardDialog;
import org.casebook.ui.wizards.GenerateWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The workspace log stays free of errors: at start (the bundles the platform weaves and activates, log4j-api among them)
 * and through a DOCX generation from the Studio, which loads Apache POI and its logging API.
 */
class WorkspaceLogTest {

	/** An entry of the workspace log with the severity ERROR ({@code !ENTRY bundle 4 code date}), and its message. */
	private static final Pattern ERROR_ENTRY = Pattern.compile("(?m)^!ENTRY (\\S+) 4 .*\\R!MESSAGE (.*)$");

	private IProject project;

	@AfterEach
	void deleteProject() throws Exception {
		page().closeAllEditors(false);
		if (project != null) {
			project.delete(true, null);
		}
	}

	/** The error entries of the workspace log file, one line each: bundle and message. */
	static List<String> errorsInLog() throws Exception {
		Path log = Platform.getLogFileLocation().toPath();
		List<String> errors = new ArrayList<>();
		if (Files.exists(log)) {
			Matcher m = ERROR_ENTRY.matcher(Files.readString(log, StandardCharsets.UTF_8));
			while (m.find()) {
				errors.add(m.group(1) + " : " + m.group(2));
			}
		}
		return errors;
	}

	@Test
	void noErrorAtStartNorAfterDocxGeneration() throws Exception {
		assertThat(errorsInLog()).as("erreurs du journal de l'espace de travail au démarrage").isEmpty();

		project = ResourcesPlugin.getWorkspace().getRoot().getProject("journal-hexalog");
		project.create(null);
		project.open(null);
		for (Path file : Files.list(TestScenarios.root().resolve("examples/hexalog")).filter(f -> f.getFileName().toString().endsWith(".orga")).sorted().toList()) {
			project.getFile(file.getFileName().toString()).create(new ByteArrayInputStream(Files.readAllBytes(file)), true, null);
		}
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		try {
			IFile file = project.getFile("sujet.orga");
			CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
			waitUntil(() -> editor.lastParse() != null, "première analyse");
			List<Model> models = ScenarioParser.models(editor.lastParse());
			Organisation organisation = ScenarioParser.organisation(models);
			Path out = project.getLocation().toPath().resolve("documents");
			// twice, each in its own worker thread: the second must not wait for the first's logging set-up
			for (DocumentKind kind : List.of(DocumentKind.SUJET, DocumentKind.CONTEXTE)) {
				GenerateWizard wizard = new GenerateWizard(organisation, models, Settings.defaults(), out);
				WizardDialog dialog = new CasebookWizardDialog(page().getWorkbenchWindow().getShell(), wizard, "Générer");
				dialog.setBlockOnOpen(false);
				dialog.open();
				wizard.choose(List.of(kind), Edition.ELEVE, List.of(Generator.Format.DOCX), out);
				assertThat(wizard.performFinish()).as("génération DOCX " + kind).isTrue();
				dialog.close();
			}
			for (String name : List.of("sujet-eleve.docx", "contexte-eleve.docx")) {
				Path docx = out.resolve(name);
				assertThat(docx).exists();
				try (ZipFile zip = new ZipFile(docx.toFile())) {
					assertThat(zip.getEntry("word/document.xml")).as("un vrai document Word").isNotNull();
				}
			}
		} finally {
			Platform.removeLogListener(listener);
		}
		assertThat(logged).as("entrées du journal pendant la génération").noneMatch(s -> s.matches(IStatus.ERROR));
		assertThat(errorsInLog()).as("erreurs du journal de l'espace de travail après la génération DOCX").isEmpty();
	}
}
