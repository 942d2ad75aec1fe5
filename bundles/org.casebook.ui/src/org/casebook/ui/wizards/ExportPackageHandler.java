// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.wizards;

import java.nio.file.Path;
import java.util.Locale;

import org.casebook.ui.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Opens the student package export on the project of the active editor, once its scenario files are saved. */
public final class ExportPackageHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ProjectRuns.Target target = ProjectRuns.target(event, Messages.Export_title);
		if (target != null) {
			Path archive = target.folder().resolve(target.organisation().getName().toLowerCase(Locale.ROOT) + "-eleve.zip");
			new CasebookWizardDialog(target.shell(), new ExportPackageWizard(target.folder(), target.settings(), archive), Messages.Export_button)
					.open();
		}
		return null;
	}
}
