// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.wizards;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Settings;
import org.casebook.docgen.variants.ClassList;
import org.casebook.docgen.variants.VariantRun;
import org.casebook.dsl.variants.VariantGenerator;
import org.casebook.ui.CasebookUi;
import org.casebook.ui.Messages;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * « Variantes élèves »: the same run as {@code casebook variantes} ({@link VariantRun}) on the saved files of a project:
 * one variant per student of a class list, with its documents, and the class answer key. A failed or cancelled run
 * leaves an earlier run's folder intact.
 */
public final class VariantsWizard extends Wizard {

	private final Path projectFolder;
	private final Settings settings;
	private final Path defaultOut;
	private Page page;
	private VariantRun.Result result;

	/**
	 * @param projectFolder the folder of the project's scenario files
	 * @param settings the look of the documents
	 * @param defaultOut the output folder proposed
	 */
	public VariantsWizard(Path projectFolder, Settings settings, Path defaultOut) {
		this.projectFolder = projectFolder;
		this.settings = settings;
		this.defaultOut = defaultOut;
		setWindowTitle(Messages.Variants_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	/** @return what the last run wrote, or {@code null} */
	public VariantRun.Result result() {
		return result;
	}

	/**
	 * Fills the page, for tests and scripts: the page must have been created.
	 *
	 * @param students the class list
	 * @param seed the seed
	 * @param out the output folder
	 */
	public void choose(Path students, long seed, Path out) {
		page.students.setText(students.toString());
		page.seed.setText(Long.toString(seed));
		page.out.setText(out.toString());
	}

	@Override
	public boolean performFinish() {
		String studentsText = page.students.getText().strip();
		if (studentsText.isEmpty()) {
			page.setErrorMessage(Messages.Variants_chooseList);
			return false;
		}
		long seed;
		try {
			seed = Long.parseLong(page.seed.getText().strip());
		} catch (NumberFormatException e) {
			page.setErrorMessage(NLS.bind(Messages.Variants_badSeed, page.seed.getText()));
			return false;
		}
		Path out = Path.of(page.out.getText().strip());
		List<Format> formats = page.format.getSelectionIndex() == Format.values().length ? Arrays.asList(Format.values())
				: List.of(Format.values()[Math.max(0, page.format.getSelectionIndex())]);
		Path studentsFile = Path.of(studentsText);
		boolean finished = ProjectRuns.run(getContainer(), page, monitor -> {
			ClassList list = ClassList.read(studentsFile);
			SubMonitor progress = SubMonitor.convert(monitor, Messages.Variants_task, list.students().size() + 1);
			progress.subTask(Messages.Export_reading);
			ProjectRuns.Loaded loaded = ProjectRuns.load(projectFolder);
			progress.worked(1);
			result = VariantRun.run(loaded.scenario(), CasebookUi.injector().getInstance(VariantGenerator.class), loaded.organisation(), list, seed,
					formats, settings, out, (done, total, name) -> ProjectRuns.step(progress, done, name));
		}, Messages.Variants_failed, Messages.Variants_cancelled);
		if (finished) {
			WorkspaceFiles.refresh(out.toAbsolutePath().getParent());
		}
		return finished;
	}

	/** The only page: the class list, the seed, the output folder and the format. */
	private final class Page extends WizardPage {
		private Text students;
		private Text seed;
		private Text out;
		private Combo format;

		Page() {
			super("variantes", Messages.Variants_task, null);
			setDescription(Messages.Variants_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite root = ProjectRuns.page(parent, Messages.Variants_contents);
			new Label(root, SWT.NONE).setText(Messages.Variants_list);
			students = new Text(root, SWT.BORDER);
			students.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Button browse = new Button(root, SWT.PUSH);
			browse.setText(Messages.Wizard_browse);
			browse.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.csv", "*" });
				String chosen = dialog.open();
				if (chosen != null) {
					students.setText(chosen);
				}
			});
			new Label(root, SWT.NONE).setText(Messages.Variants_seed);
			seed = new Text(root, SWT.BORDER);
			seed.setText("1");
			seed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			new Label(root, SWT.NONE).setText(Messages.Variants_out);
			out = new Text(root, SWT.BORDER);
			out.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			out.setText(defaultOut.toString());
			Button browseOut = new Button(root, SWT.PUSH);
			browseOut.setText(Messages.Wizard_browse);
			browseOut.addListener(SWT.Selection, e -> {
				String chosen = new DirectoryDialog(getShell()).open();
				if (chosen != null) {
					out.setText(chosen);
				}
			});
			new Label(root, SWT.NONE).setText(Messages.Variants_format);
			format = new Combo(root, SWT.READ_ONLY);
			for (Format f : Format.values()) {
				format.add(f.extension().toUpperCase(java.util.Locale.ROOT));
			}
			format.add(Messages.Variants_allFormats);
			format.select(Format.PDF.ordinal());
			format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			setControl(root);
		}
	}
}
