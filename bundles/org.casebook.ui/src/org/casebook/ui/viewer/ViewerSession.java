// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.viewer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Leftovers;
import org.casebook.docgen.Settings;
import org.casebook.docgen.StudentPackage;
import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.ui.CasebookUi;
import org.casebook.ui.Messages;
import org.casebook.ui.editor.ScenarioParser;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourceAttributes;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.serializer.ISerializer;

/**
 * Opens a student package, a scenario folder or a scenario file for a student. Whatever is given, even a teacher's
 * folder, the student sees only the student edition: the scenario is validated, stripped of everything reserved to the
 * teacher and of its comments, and written as read-only files in a project of the viewer's workspace, beside its
 * documents generated again in the student edition.
 */
public final class ViewerSession {

	/** Folder of the scenario files in a consultation project. */
	public static final String SCENARIO = StudentPackage.SCENARIO;

	/** Folder of the documents in a consultation project. */
	public static final String DOCUMENTS = StudentPackage.DOCUMENTS;

	/** Thrown when the source cannot be shown; the message is for the student. */
	public static final class ViewerException extends Exception {
		private static final long serialVersionUID = 1L;

		ViewerException(String message) {
			super(message);
		}
	}

	/**
	 * A consultation open in the workspace.
	 *
	 * @param project the project holding it
	 * @param files the scenario files, the organisation's first
	 * @param documents the documents, as web pages
	 * @param pdf the job that adds the PDF version of each document, in the background
	 */
	public record Opened(IProject project, List<IFile> files, List<IFile> documents, Job pdf) {
	}

	private ViewerSession() {
	}

	/**
	 * Builds the consultation of a source in the workspace, replacing an earlier consultation of the same organisation.
	 *
	 * @param source a student package ({@code .zip}), a scenario folder or a {@code .orga} file
	 * @return the consultation
	 * @throws ViewerException when the source is unreadable, invalid or not a scenario
	 */
	public static Opened prepare(Path source) throws ViewerException {
		Path absolute = source.toAbsolutePath().normalize();
		if (!Files.exists(absolute)) {
			throw new ViewerException(NLS.bind(Messages.Viewer_notFound, absolute));
		}
		String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString().toLowerCase(Locale.ROOT);
		Leftovers.Folder extracted = null;
		try {
			Path input = absolute;
			Settings settings = Settings.defaults();
			if (Files.isRegularFile(absolute) && name.endsWith(".zip")) {
				// removed after use, when the application is stopped, or by the next run after a SIGKILL
				extracted = Leftovers.folder(Leftovers.systemTemp(), "consultation");
				StudentPackage.extractScenario(absolute, extracted.path());
				input = extracted.path();
			} else if (Files.isDirectory(absolute) || name.endsWith(".orga")) {
				try {
					settings = Settings.load(Files.isDirectory(absolute) ? absolute : absolute.getParent());
				} catch (Settings.SettingsException e) {
					settings = Settings.defaults();
				}
			} else {
				throw new ViewerException(NLS.bind(Messages.Viewer_notScenario, absolute));
			}
			return build(absolute, input, extracted == null ? null : extracted.path(), settings);
		} catch (IOException e) {
			throw new ViewerException(e.getMessage() == null ? NLS.bind(Messages.Viewer_unreadable, absolute) : e.getMessage());
		} finally {
			if (extracted != null) {
				extracted.close();
			}
		}
	}

	private static Opened build(Path source, Path input, Path extracted, Settings settings) throws ViewerException, IOException {
		ScenarioLoader loader = CasebookUi.injector().getInstance(ScenarioLoader.class);
		ScenarioSet scenario = loader.load(List.of(input));
		List<Problem> errors = loader.validate(scenario).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			StringBuilder message = new StringBuilder(NLS.bind(Messages.Viewer_errors, source)).append('\n');
			errors.stream().limit(20).forEach(p -> message.append('\n').append(located(p, input, extracted, source)));
			if (errors.size() > 20) {
				message.append('\n').append(java.text.MessageFormat.format(Messages.Viewer_moreErrors, errors.size() - 20));
			}
			throw new ViewerException(message.toString());
		}
		List<Model> models = scenario.getModels();
		Organisation organisation = ScenarioParser.organisation(models);
		if (organisation == null) {
			throw new ViewerException(NLS.bind(Messages.Viewer_noOrganisation, source));
		}
		String organisationFile = scenario.pathOf(organisation.eResource()).getFileName().toString();
		try (Leftovers.Folder folder = Leftovers.folder(Leftovers.systemTemp(), "documents")) {
			Path documents = folder.path();
			List<Generator.Output> outputs = Generator.generate(organisation, models, StudentPackage.KINDS, Edition.ELEVE,
					List.of(Generator.Format.HTML), settings, documents, (done, total, file) -> { });
			Map<String, String> texts = StudentPackage.studentTexts(scenario, CasebookUi.injector().getInstance(ISerializer.class)).files();
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("consultation-" + organisation.getName());
			Opened opened = write(project, organisationFile, texts, outputs, pdfJob(organisation, models, settings, project));
			opened.pdf().schedule();
			return opened;
		} catch (CoreException e) {
			throw new ViewerException(NLS.bind(Messages.Viewer_failed, source, e.getStatus().getMessage()));
		}
	}

	/** @return a job writing the PDF documents of the student edition, once the web pages are shown */
	private static Job pdfJob(Organisation organisation, List<Model> models, Settings settings, IProject project) {
		Job job = Job.create(NLS.bind(Messages.Viewer_pdfJob, organisation.getName()), monitor -> {
			try (Leftovers.Folder work = Leftovers.folder(Leftovers.systemTemp(), "pdf")) {
				Path temp = work.path();
				List<Generator.Output> pdfs = Generator.generate(organisation, models, StudentPackage.KINDS, Edition.ELEVE,
						List.of(Generator.Format.PDF), settings, temp, (done, total, file) -> {
							if (monitor.isCanceled()) {
								throw new org.eclipse.core.runtime.OperationCanceledException();
							}
						});
				ResourcesPlugin.getWorkspace().run(m -> {
					IFolder folder = project.getFolder(DOCUMENTS);
					if (!folder.exists()) {
						return;
					}
					for (Generator.Output output : pdfs) {
						IFile file = folder.getFile(output.file().getFileName().toString());
						if (!file.exists()) {
							try {
								file.create(new ByteArrayInputStream(Files.readAllBytes(output.file())), true, m);
							} catch (IOException e) {
								throw new CoreException(org.eclipse.core.runtime.Status.error(file.getName() + " : " + e.getMessage(), e));
							}
							readOnly(file);
						}
					}
				}, project, 0, monitor);
				return org.eclipse.core.runtime.Status.OK_STATUS;
			} catch (IOException | CoreException e) {
				return org.eclipse.core.runtime.Status.warning(NLS.bind(Messages.Viewer_pdfFailed, e.getMessage()), e);
			}
		});
		job.setRule(project);
		return job;
	}

	private static String located(Problem problem, Path input, Path extracted, Path source) {
		String text = problem.format();
		return extracted == null ? text : text.replace(input.toString(), source + "!/" + SCENARIO);
	}

	private static Opened write(IProject project, String first, Map<String, String> texts, List<Generator.Output> outputs, Job pdf)
			throws CoreException, IOException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		List<IFile> files = new ArrayList<>();
		List<IFile> documents = new ArrayList<>();
		workspace.run(monitor -> {
			if (project.exists()) {
				project.open(monitor);
				project.accept(resource -> {
					ResourceAttributes attributes = resource.getResourceAttributes();
					if (resource instanceof IFile && attributes != null && attributes.isReadOnly()) {
						attributes.setReadOnly(false);
						resource.setResourceAttributes(attributes);
					}
					return true;
				});
				project.delete(true, true, monitor);
			}
			project.create(monitor);
			project.open(monitor);
			IFolder scenarioFolder = project.getFolder(SCENARIO);
			scenarioFolder.create(true, true, monitor);
			for (Map.Entry<String, String> text : texts.entrySet()) {
				IFile file = scenarioFolder.getFile(text.getKey());
				file.create(new ByteArrayInputStream(text.getValue().getBytes(StandardCharsets.UTF_8)), true, monitor);
				readOnly(file);
				files.add(text.getKey().equals(first) ? 0 : files.size(), file);
			}
			IFolder documentFolder = project.getFolder(DOCUMENTS);
			documentFolder.create(true, true, monitor);
			for (Generator.Output output : outputs) {
				IFile file = documentFolder.getFile(output.file().getFileName().toString());
				try {
					file.create(new ByteArrayInputStream(Files.readAllBytes(output.file())), true, monitor);
				} catch (IOException e) {
					throw new CoreException(org.eclipse.core.runtime.Status.error(file.getName() + " : " + e.getMessage(), e));
				}
				readOnly(file);
				documents.add(file);
			}
		}, null);
		return new Opened(project, files, documents, pdf);
	}

	private static void readOnly(IFile file) throws CoreException {
		ResourceAttributes attributes = file.getResourceAttributes();
		if (attributes != null) {
			attributes.setReadOnly(true);
			file.setResourceAttributes(attributes);
		}
	}

	/**
	 * Opens the scenario files of a consultation in read-only editors, the organisation's in front.
	 *
	 * @param page the workbench page
	 * @param opened the consultation
	 * @return the editor of the organisation
	 * @throws PartInitException when an editor cannot open
	 */
	public static ViewerEditor show(IWorkbenchPage page, Opened opened) throws PartInitException {
		ViewerEditor front = null;
		for (int i = opened.files().size() - 1; i >= 0; i--) {
			if (IDE.openEditor(page, opened.files().get(i), ViewerEditor.ID, true) instanceof ViewerEditor editor) {
				front = editor;
			}
		}
		return front;
	}
}
