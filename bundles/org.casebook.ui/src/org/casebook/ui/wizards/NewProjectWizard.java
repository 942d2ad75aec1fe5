// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.wizards;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

import org.casebook.dsl.scaffold.ScenarioTemplate;
import org.casebook.ui.Messages;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Creates a Casebook project: either blank — the files of {@link ScenarioTemplate}, the same as {@code casebook nouveau}
 * writes — or a copy of one of the examples shipped with Casebook.
 */
public final class NewProjectWizard extends Wizard implements INewWizard {

	/** Identifier of the wizard. */
	public static final String ID = "org.casebook.ui.wizards.newProject";

	private Page page;
	private IProject created;

	/** Sets the title. */
	public NewProjectWizard() {
		setWindowTitle(Messages.NewProject_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the project does not depend on the selection
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	/** @return the project created by the last run, or {@code null} */
	public IProject created() {
		return created;
	}

	/** Fills the page, for tests and scripts: the page must have been created. */
	public void fill(String project, String identifier, String label, boolean slam) {
		page.start.select(0);
		page.startChanged();
		page.project.setText(project);
		page.identifier.setText(identifier);
		page.label.setText(label);
		page.option.select(slam ? 1 : 0);
		page.validate();
	}

	/**
	 * Chooses an example to start from, for tests and scripts.
	 *
	 * @param project the project name
	 * @param example the example's folder name
	 * @return whether the example exists
	 */
	public boolean fillFromExample(String project, String example) {
		for (int i = 0; i < page.examples.size(); i++) {
			if (page.examples.get(i).name().equals(example)) {
				page.start.select(i + 1);
				page.startChanged();
				page.project.setText(project);
				page.validate();
				return true;
			}
		}
		return false;
	}

	@Override
	public boolean performFinish() {
		String projectName = page.project.getText().strip();
		String id = page.identifier.getText().strip();
		String label = page.label.getText().strip();
		boolean slam = page.option.getSelectionIndex() == 1;
		Examples.Example example = page.example();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		try {
			getContainer().run(true, false, monitor -> {
				IWorkspaceRunnable create = m -> {
					project.create(m);
					project.open(m);
					if (example == null) {
						for (java.util.Map.Entry<String, String> file : ScenarioTemplate
								.files(ScenarioTemplate.packageName(projectName), id, label, slam).entrySet()) {
							write(project.getFile(file.getKey()), file.getValue());
						}
						return;
					}
					for (String file : example.files().keySet()) {
						try {
							write(project.getFile(file), example.read(file));
						} catch (java.io.IOException e) {
							throw new CoreException(org.eclipse.core.runtime.Status.error(file + " : " + e.getMessage(), e));
						}
					}
				};
				try {
					ResourcesPlugin.getWorkspace().run(create, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			page.setErrorMessage(NLS.bind(Messages.NewProject_createFailed, cause.getMessage()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		created = project;
		if (PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null) {
			String first = example == null ? ScenarioTemplate.ORGANISATION_FILE
					: example.files().keySet().stream().filter(f -> f.endsWith(".orga")).findFirst().orElse(ScenarioTemplate.ORGANISATION_FILE);
			try {
				IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), project.getFile(first));
			} catch (PartInitException e) {
				// the project exists; the file can be opened from the explorer
			}
		}
		return true;
	}

	private static void write(IFile file, String text) throws CoreException {
		write(file, text.getBytes(StandardCharsets.UTF_8));
	}

	private static void write(IFile file, byte[] bytes) throws CoreException {
		file.create(new ByteArrayInputStream(bytes), true, null);
		file.setCharset(StandardCharsets.UTF_8.name(), null);
	}

	/** The only page: starting point, project, and for a blank project the organisation identifier and label, option. */
	private final class Page extends WizardPage {
		private final java.util.List<Examples.Example> examples = Examples.list();
		private Combo start;
		private Text project;
		private Text identifier;
		private Text label;
		private Combo option;

		Page() {
			super("projet", Messages.NewProject_title, null);
			setDescription(Messages.NewProject_blankDescription);
		}

		@Override
		public void createControl(Composite parent) {
			Composite root = new Composite(parent, SWT.NONE);
			root.setLayout(new GridLayout(2, false));
			new Label(root, SWT.NONE).setText(Messages.NewProject_start);
			start = new Combo(root, SWT.READ_ONLY);
			start.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			start.add(Messages.NewProject_blank);
			for (Examples.Example example : examples) {
				start.add(NLS.bind(Messages.NewProject_example, example.name()) + (example.summary().isEmpty() ? "" : " – " + example.summary()));
			}
			start.select(0);
			start.addListener(SWT.Selection, e -> startChanged());
			project = field(root, Messages.NewProject_name);
			identifier = field(root, Messages.NewProject_identifier);
			label = field(root, Messages.NewProject_label);
			new Label(root, SWT.NONE).setText(Messages.NewProject_option);
			option = new Combo(root, SWT.READ_ONLY);
			option.setItems("SISR", "SLAM");
			option.select(0);
			identifier.setMessage(Messages.NewProject_identifierHint);
			setControl(root);
			validate();
		}

		private Text field(Composite parent, String title) {
			new Label(parent, SWT.NONE).setText(title);
			Text text = new Text(parent, SWT.BORDER);
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			text.addListener(SWT.Modify, e -> {
				touched = true;
				validate();
			});
			return text;
		}

		/** @return the example chosen, or {@code null} for a blank project */
		Examples.Example example() {
			int index = start.getSelectionIndex();
			return index > 0 ? examples.get(index - 1) : null;
		}

		void startChanged() {
			boolean blank = example() == null;
			identifier.setEnabled(blank);
			label.setEnabled(blank);
			option.setEnabled(blank);
			if (!blank && project.getText().isBlank()) {
				project.setText(example().name());
			}
			setDescription(blank ? Messages.NewProject_blankDescription : NLS.bind(Messages.NewProject_exampleDescription, example().name()));
			validate();
		}

		/** Whether the teacher has typed anything: before that, what is missing is not an error yet. */
		private boolean touched;

		void validate() {
			String error = null;
			boolean blank = start == null || example() == null;
			String name = project.getText().strip();
			if (name.isEmpty()) {
				error = Messages.NewProject_noName;
			} else if (!ResourcesPlugin.getWorkspace().validateName(name, org.eclipse.core.resources.IResource.PROJECT).isOK()) {
				error = Messages.NewProject_badName;
			} else if (ResourcesPlugin.getWorkspace().getRoot().getProject(name).exists()) {
				error = NLS.bind(Messages.NewProject_exists, name);
			} else if (blank && !ScenarioTemplate.isIdentifier(identifier.getText().strip())) {
				error = Messages.NewProject_badIdentifier;
			} else if (blank && label.getText().isBlank()) {
				error = Messages.NewProject_noLabel;
			}
			setErrorMessage(touched ? error : null);
			setPageComplete(error == null);
		}
	}
}
