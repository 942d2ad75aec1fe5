// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.wizards;

import java.nio.file.Path;
import java.util.List;

import org.casebook.docgen.Settings;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.ui.Messages;
import org.casebook.ui.editor.CasebookEditor;
import org.casebook.ui.editor.ScenarioParser;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the document generation wizard on the scenario of the active editor. */
public final class GenerateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		var shell = HandlerUtil.getActiveShell(event);
		if (HandlerUtil.getActiveEditor(event) instanceof CasebookEditor viewed && viewed.studentEdition()) {
			return null;
		}
		if (!(HandlerUtil.getActiveEditor(event) instanceof CasebookEditor editor) || editor.lastParse() == null
				|| !(editor.getEditorInput() instanceof IFileEditorInput input)) {
			MessageDialog.openInformation(shell, Messages.Generate_title, Messages.Handler_openScenarioFirst);
			return null;
		}
		List<Model> models = ScenarioParser.models(editor.lastParse());
		Organisation organisation = ScenarioParser.organisation(models);
		if (organisation == null) {
			MessageDialog.openInformation(shell, Messages.Generate_title, Messages.Handler_noOrganisation);
			return null;
		}
		IFile file = input.getFile();
		String error = firstError(file);
		if (error != null) {
			MessageDialog.openError(shell, Messages.Generate_title, NLS.bind(Messages.Handler_fixErrorsFirst, error));
			return null;
		}
		Path folder = org.casebook.ui.ScenarioFolders.folder(file);
		Settings settings = settings(shell, folder);
		if (settings == null) {
			return null;
		}
		GenerateWizard wizard = new GenerateWizard(organisation, models, settings, folder.resolve("documents"));
		if (new CasebookWizardDialog(shell, wizard, Messages.Generate_button).open() == org.eclipse.jface.window.Window.OK
				&& !wizard.outputs().isEmpty()) {
			new GenerationSummary(shell, wizard.outputs(), wizard.outputs().get(0).file().getParent()).open();
		}
		return null;
	}

	/**
	 * @param shell where to tell a problem
	 * @param folder the project's folder
	 * @return the layout chosen in the project's {@code mise-en-page.properties}, or {@code null} after telling why it
	 *         cannot be used
	 */
	static Settings settings(org.eclipse.swt.widgets.Shell shell, Path folder) {
		try {
			return Settings.load(folder);
		} catch (Settings.SettingsException e) {
			MessageDialog.openError(shell, Messages.Handler_layout, e.getMessage());
			return null;
		}
	}

	/** @return the first error of the project as {@code file:line: message}, or {@code null} */
	static String firstError(IFile file) {
		try {
			for (IMarker marker : file.getProject().findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE)) {
				if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
					return marker.getResource().getProjectRelativePath() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, 0) + ": "
							+ marker.getAttribute(IMarker.MESSAGE, "");
				}
			}
			return null;
		} catch (CoreException e) {
			return null;
		}
	}
}
