// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Generator.Output;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Settings;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.ui.Messages;
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
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Generates the case-study documents of the scenario in the active editor: documents, edition, formats and output
 * folder chosen by the teacher, with a progress bar and cancel. A cancelled or failed run leaves earlier files intact.
 */
public final class GenerateWizard extends Wizard {

	private final Organisation organisation;
	private final List<Model> models;
	private final Settings settings;
	private final Path defaultFolder;
	private Page page;
	private List<Output> outputs = List.of();

	/**
	 * @param organisation the organisation of the case
	 * @param models every file of the scenario
	 * @param settings the look chosen beside the scenario
	 * @param defaultFolder the output folder proposed
	 */
	public GenerateWizard(Organisation organisation, List<Model> models, Settings settings, Path defaultFolder) {
		this.organisation = organisation;
		this.models = models;
		this.settings = settings;
		this.defaultFolder = defaultFolder;
		setWindowTitle(Messages.Generate_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	/** @return the files written by the last run */
	public List<Output> outputs() {
		return outputs;
	}

	/** Chooses what to generate, for tests and scripts: the page must have been created. */
	public void choose(List<DocumentKind> kinds, Edition edition, List<Format> formats, Path folder) {
		for (int i = 0; i < DocumentKind.values().length; i++) {
			page.documents[i].setSelection(kinds.contains(DocumentKind.values()[i]));
		}
		page.student.setSelection(edition == Edition.ELEVE);
		page.teacher.setSelection(edition == Edition.ENSEIGNANT);
		page.updateTeacherOnly();
		for (int i = 0; i < Format.values().length; i++) {
			page.formats[i].setSelection(formats.contains(Format.values()[i]));
		}
		page.folder.setText(folder.toString());
	}

	@Override
	public boolean performFinish() {
		List<DocumentKind> kinds = new ArrayList<>();
		Edition edition = page.student.getSelection() ? Edition.ELEVE : Edition.ENSEIGNANT;
		for (int i = 0; i < DocumentKind.values().length; i++) {
			if (page.documents[i].getSelection() && !(DocumentKind.values()[i].teacherOnly() && edition == Edition.ELEVE)) {
				kinds.add(DocumentKind.values()[i]);
			}
		}
		List<Format> formats = new ArrayList<>();
		for (int i = 0; i < Format.values().length; i++) {
			if (page.formats[i].getSelection()) {
				formats.add(Format.values()[i]);
			}
		}
		if (kinds.isEmpty() || formats.isEmpty()) {
			page.setErrorMessage(Messages.Generate_chooseSome);
			return false;
		}
		Path folder = Path.of(page.folder.getText().trim());
		try {
			getContainer().run(true, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, Messages.Generate_task, kinds.size() * formats.size());
				try {
					outputs = Generator.generate(organisation, models, kinds, edition, formats, settings, folder, (done, total, name) -> {
						if (progress.isCanceled()) {
							throw new OperationCanceledException();
						}
						progress.subTask(name);
						if (done > 0) {
							progress.worked(1);
						}
					});
				} catch (java.io.IOException e) {
					throw new InvocationTargetException(e);
				}
			});
			WorkspaceFiles.refresh(folder);
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			page.setErrorMessage(NLS.bind(Messages.Generate_failed, cause.getMessage()));
			return false;
		} catch (InterruptedException | OperationCanceledException e) {
			page.setErrorMessage(Messages.Generate_cancelled);
			return false;
		}
	}

	/** The only page: documents, edition, formats, folder. */
	private final class Page extends WizardPage {
		private final Button[] documents = new Button[DocumentKind.values().length];
		private final Button[] formats = new Button[Format.values().length];
		private Button student;
		private Button teacher;
		private Text folder;

		Page() {
			super("documents", NLS.bind(Messages.Generate_pageTitle, organisation.getName()), null);
			setDescription(Messages.Generate_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite root = new Composite(parent, SWT.NONE);
			root.setLayout(new GridLayout(1, false));
			Group docs = group(root, Messages.Generate_documents);
			for (int i = 0; i < documents.length; i++) {
				documents[i] = new Button(docs, SWT.CHECK);
				documents[i].setText(DocumentKind.values()[i].title());
				documents[i].setSelection(true);
			}
			Group editions = group(root, Messages.Generate_edition);
			student = new Button(editions, SWT.RADIO);
			student.setText(Messages.Generate_student);
			student.setSelection(true);
			teacher = new Button(editions, SWT.RADIO);
			teacher.setText(Messages.Generate_teacher);
			student.addListener(SWT.Selection, e -> updateTeacherOnly());
			updateTeacherOnly();
			Group types = group(root, Messages.Generate_formats);
			for (int i = 0; i < formats.length; i++) {
				formats[i] = new Button(types, SWT.CHECK);
				formats[i].setText(Format.values()[i].extension().toUpperCase(java.util.Locale.ROOT));
				formats[i].setSelection(Format.values()[i] == Format.PDF || Format.values()[i] == Format.HTML);
			}
			Composite line = new Composite(root, SWT.NONE);
			line.setLayout(new GridLayout(3, false));
			line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			new Label(line, SWT.NONE).setText(Messages.Generate_folder);
			folder = new Text(line, SWT.BORDER);
			folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			folder.setText(defaultFolder.toString());
			Button browse = new Button(line, SWT.PUSH);
			browse.setText(Messages.Wizard_browse);
			browse.addListener(SWT.Selection, e -> {
				DirectoryDialog dialog = new DirectoryDialog(getShell());
				dialog.setFilterPath(folder.getText());
				String chosen = dialog.open();
				if (chosen != null) {
					folder.setText(chosen);
				}
			});
			setControl(root);
		}

		/** The student edition never contains the teacher-only documents: they are shown disabled. */
		private void updateTeacherOnly() {
			for (int i = 0; i < documents.length; i++) {
				documents[i].setEnabled(!(DocumentKind.values()[i].teacherOnly() && student.getSelection()));
			}
		}

		private Group group(Composite parent, String title) {
			Group group = new Group(parent, SWT.NONE);
			group.setText(title);
			group.setLayout(new GridLayout(3, false));
			group.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			return group;
		}
	}
}
