// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.casebook.docgen.Settings;
import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.model.edition.EditionModels;
import org.casebook.ui.CasebookUi;
import org.casebook.ui.Messages;
import org.casebook.ui.ScenarioFolders;
import org.casebook.ui.editor.CasebookEditor;
import org.casebook.ui.editor.ScenarioParser;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/**
 * What the Studio's commands that work on a whole saved project share (« Exporter le paquet élève », « Variantes
 * élèves »): the checks before their wizard opens, the reading of the saved scenario in the run, the progress and
 * the page that tells why a run failed.
 */
final class ProjectRuns {

	private ProjectRuns() {
	}

	/**
	 * The project of the active editor, saved and without error.
	 *
	 * @param shell the active shell
	 * @param organisation the organisation of the scenario
	 * @param folder the folder of the disk that holds the scenario
	 * @param settings the layout chosen beside the scenario
	 */
	record Target(Shell shell, Organisation organisation, Path folder, Settings settings) {
	}

	/**
	 * Saves the files of the active editor's project and checks that it can be used, telling the teacher why not.
	 *
	 * @param event the command's event
	 * @param title the title of the dialogs
	 * @return the project, or {@code null} once the teacher has been told why it cannot be used
	 */
	static Target target(ExecutionEvent event, String title) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (!(HandlerUtil.getActiveEditor(event) instanceof CasebookEditor editor) || editor.studentEdition() || editor.file() == null
				|| editor.lastParse() == null) {
			MessageDialog.openInformation(shell, title, Messages.Handler_openScenarioFirst);
			return null;
		}
		if (!IDE.saveAllEditors(new IResource[] { editor.file().getProject() }, true)) {
			return null;
		}
		String error = GenerateHandler.firstError(editor.file());
		if (error != null) {
			MessageDialog.openError(shell, title, NLS.bind(Messages.Handler_fixErrorsFirst, error));
			return null;
		}
		Organisation organisation = studentOrganisation(ScenarioParser.models(editor.lastParse()));
		Path folder = ScenarioFolders.folder(editor.file());
		if (organisation == null || folder == null) {
			MessageDialog.openInformation(shell, title, Messages.Handler_noStudentOrganisation);
			return null;
		}
		Settings settings = GenerateHandler.settings(shell, folder);
		return settings == null ? null : new Target(shell, organisation, folder, settings);
	}

	/**
	 * The saved scenario of a project, read again for a run.
	 *
	 * @param scenario the scenario, without error
	 * @param organisation its organisation
	 */
	record Loaded(ScenarioSet scenario, Organisation organisation) {
	}

	/**
	 * @param folder the folder of the project's scenario files
	 * @return the scenario read from the saved files
	 * @throws IOException when it has an error (the first one is named) or no organisation
	 */
	static Loaded load(Path folder) throws IOException {
		ScenarioLoader loader = CasebookUi.injector().getInstance(ScenarioLoader.class);
		ScenarioSet scenario = loader.load(List.of(folder));
		List<Problem> errors = loader.validate(scenario).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new IOException(NLS.bind(Messages.Export_errors, errors.get(0).format()));
		}
		Organisation organisation = studentOrganisation(scenario.getModels());
		if (organisation == null) {
			throw new IOException(Messages.Export_noOrganisation);
		}
		return new Loaded(scenario, organisation);
	}

	/** The runs make student editions: their organisation is the first one that is not reserved to the teacher. */
	private static Organisation studentOrganisation(List<Model> models) {
		List<Organisation> shown = EditionModels.organisations(models, true);
		return shown.isEmpty() ? null : shown.get(0);
	}

	/**
	 * Tells the progress of one step of a run, and stops the run when the teacher cancelled it.
	 *
	 * @param progress the run's progress
	 * @param done the steps done
	 * @param name the step under way
	 */
	static void step(SubMonitor progress, int done, String name) {
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		progress.subTask(name);
		if (done > 0) {
			progress.worked(1);
		}
	}

	/** The work of a run. */
	interface Work {
		/**
		 * @param monitor the progress of the wizard's container
		 * @throws IOException when the run fails; the message is shown on the page
		 */
		void run(IProgressMonitor monitor) throws IOException;
	}

	/**
	 * Runs in the wizard's container, with progress and cancel, and tells on the page why the run did not finish.
	 *
	 * @param container the wizard's container
	 * @param page the page that shows the failure
	 * @param work the run
	 * @param failed the message of a failure, with {@code {0}} for its reason
	 * @param cancelled the message of a cancelled run
	 * @return whether the run finished
	 */
	static boolean run(IWizardContainer container, WizardPage page, Work work, String failed, String cancelled) {
		try {
			container.run(true, true, monitor -> {
				try {
					work.run(monitor);
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			if (cause instanceof OperationCanceledException) {
				page.setErrorMessage(cancelled);
			} else {
				page.setErrorMessage(NLS.bind(failed, cause.getMessage()));
			}
			return false;
		} catch (InterruptedException | OperationCanceledException e) {
			page.setErrorMessage(cancelled);
			return false;
		}
	}

	/**
	 * @param parent the page's parent
	 * @param contents what the run writes, shown at the top of the page
	 * @return the page's area, three columns wide, with its introduction
	 */
	static Composite page(Composite parent, String contents) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(3, false));
		Label label = new Label(root, SWT.WRAP);
		label.setText(contents);
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		wide.widthHint = 560;
		label.setLayoutData(wide);
		return root;
	}
}
