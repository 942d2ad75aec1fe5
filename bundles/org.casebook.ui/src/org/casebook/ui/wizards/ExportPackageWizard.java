// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casebook.docgen.Settings;
import org.casebook.docgen.StudentPackage;
import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.model.Organisation;
import org.casebook.ui.CasebookUi;
import org.casebook.ui.Messages;
import org.casebook.ui.editor.ScenarioParser;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.xtext.serializer.ISerializer;

/**
 * Exports the student package of a project: the scenario without anything reserved to the teacher and its student
 * documents in HTML and PDF, in one ZIP archive for Casebook Viewer. The saved files of the project are read; a failed
 * or cancelled export leaves an earlier archive intact.
 */
public final class ExportPackageWizard extends Wizard {

	private final Path projectFolder;
	private final Settings settings;
	private final Path defaultArchive;
	private Page page;
	private StudentPackage.Written written;

	/**
	 * @param projectFolder the folder of the project's scenario files
	 * @param settings the look of the documents
	 * @param defaultArchive the archive proposed
	 */
	public ExportPackageWizard(Path projectFolder, Settings settings, Path defaultArchive) {
		this.projectFolder = projectFolder;
		this.settings = settings;
		this.defaultArchive = defaultArchive;
		setWindowTitle(Messages.Export_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	/** @return what the last export wrote, or {@code null} */
	public StudentPackage.Written written() {
		return written;
	}

	/** Chooses the archive, for tests and scripts: the page must have been created. */
	public void choose(Path archive) {
		page.archive.setText(archive.toString());
	}

	@Override
	public boolean performFinish() {
		String chosen = page.archive.getText().strip();
		if (chosen.isEmpty()) {
			page.setErrorMessage(Messages.Export_chooseFile);
			return false;
		}
		if (Files.isDirectory(Path.of(chosen))) {
			page.setErrorMessage(NLS.bind(Messages.Export_isFolder, chosen));
			return false;
		}
		Path archive = Path.of(chosen.endsWith(".zip") ? chosen : chosen + ".zip");
		try {
			getContainer().run(true, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, Messages.Export_task, StudentPackage.KINDS.size() * 2 + 1);
				progress.subTask(Messages.Export_reading);
				ScenarioLoader loader = CasebookUi.injector().getInstance(ScenarioLoader.class);
				ScenarioSet scenario = loader.load(List.of(projectFolder));
				List<Problem> errors = loader.validate(scenario).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
				if (!errors.isEmpty()) {
					throw new InvocationTargetException(new IOException(NLS.bind(Messages.Export_errors, errors.get(0).format())));
				}
				Organisation organisation = ScenarioParser.organisation(scenario.getModels());
				if (organisation == null) {
					throw new InvocationTargetException(new IOException(Messages.Export_noOrganisation));
				}
				progress.worked(1);
				try {
					written = StudentPackage.write(organisation, scenario, CasebookUi.injector().getInstance(ISerializer.class), settings, archive,
							(done, total, name) -> {
								if (progress.isCanceled()) {
									throw new OperationCanceledException();
								}
								progress.subTask(name);
								if (done > 0) {
									progress.worked(1);
								}
							});
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				}
			});
			WorkspaceFiles.refresh(archive.toAbsolutePath().getParent());
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			page.setErrorMessage(NLS.bind(Messages.Export_failed, cause.getMessage()));
			return false;
		} catch (InterruptedException | OperationCanceledException e) {
			page.setErrorMessage(Messages.Export_cancelled);
			return false;
		}
	}

	/** The only page: the archive to write. */
	private final class Page extends WizardPage {
		private Text archive;

		Page() {
			super("paquet", Messages.Export_task, null);
			setDescription(Messages.Export_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite root = new Composite(parent, SWT.NONE);
			root.setLayout(new GridLayout(3, false));
			Label contents = new Label(root, SWT.WRAP);
			contents.setText(Messages.Export_contents);
			GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
			wide.widthHint = 560;
			contents.setLayoutData(wide);
			new Label(root, SWT.NONE).setText(Messages.Export_file);
			archive = new Text(root, SWT.BORDER);
			archive.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			archive.setText(defaultArchive.toString());
			Button browse = new Button(root, SWT.PUSH);
			browse.setText(Messages.Wizard_browse);
			browse.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
				dialog.setFilterExtensions(new String[] { "*.zip" });
				dialog.setFileName(Path.of(archive.getText()).getFileName().toString());
				dialog.setOverwrite(true);
				String chosen = dialog.open();
				if (chosen != null) {
					archive.setText(chosen);
				}
			});
			setControl(root);
		}
	}
}
