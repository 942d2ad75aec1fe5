// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.casebook.docgen.Settings;
import org.casebook.docgen.StudentPackage;
import org.casebook.ui.CasebookUi;
import org.casebook.ui.Messages;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
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
		boolean finished = ProjectRuns.run(getContainer(), page, monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, Messages.Export_task, StudentPackage.KINDS.size() * 2 + 1);
			progress.subTask(Messages.Export_reading);
			ProjectRuns.Loaded loaded = ProjectRuns.load(projectFolder);
			progress.worked(1);
			written = StudentPackage.write(loaded.organisation(), loaded.scenario(), CasebookUi.injector().getInstance(ISerializer.class), settings,
					archive, (done, total, name) -> ProjectRuns.step(progress, done, name));
		}, Messages.Export_failed, Messages.Export_cancelled);
		if (finished) {
			WorkspaceFiles.refresh(archive.toAbsolutePath().getParent());
		}
		return finished;
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
			Composite root = ProjectRuns.page(parent, Messages.Export_contents);
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
