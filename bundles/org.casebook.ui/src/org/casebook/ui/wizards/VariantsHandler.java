// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.wizards;

import java.nio.file.Path;

import org.casebook.docgen.Settings;
import org.casebook.model.Organisation;
import org.casebook.ui.Messages;
import org.casebook.ui.editor.CasebookEditor;
import org.casebook.ui.editor.ScenarioParser;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/** Opens « Variantes élèves » on the project of the active editor, once its scenario files are saved. */
public final class VariantsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		var shell = HandlerUtil.getActiveShell(event);
		if (!(HandlerUtil.getActiveEditor(event) instanceof CasebookEditor editor) || editor.studentEdition() || editor.file() == null
				|| editor.lastParse() == null) {
			MessageDialog.openInformation(shell, Messages.Variants_title, Messages.Handler_openScenarioFirst);
			return null;
		}
		IProject project = editor.file().getProject();
		if (!IDE.saveAllEditors(new IResource[] { project }, true)) {
			return null;
		}
		String error = GenerateHandler.firstError(editor.file());
		if (error != null) {
			MessageDialog.openError(shell, Messages.Variants_title, NLS.bind(Messages.Handler_fixErrorsFirst, error));
			return null;
		}
		Organisation organisation = ScenarioParser.organisation(ScenarioParser.models(editor.lastParse()));
		if (organisation == null || project.getLocation() == null) {
			MessageDialog.openInformation(shell, Messages.Variants_title, Messages.Handler_noOrganisation);
			return null;
		}
		Path folder = project.getLocation().toPath();
		Settings settings = GenerateHandler.settings(shell, folder);
		if (settings == null) {
			return null;
		}
		new CasebookWizardDialog(shell, new VariantsWizard(folder, settings, folder.resolve("variantes")), Messages.Variants_button).open();
		return null;
	}
}
