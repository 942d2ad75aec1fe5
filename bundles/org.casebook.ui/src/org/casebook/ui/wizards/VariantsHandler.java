// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.wizards;

import org.casebook.ui.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Opens « Variantes élèves » on the project of the active editor, once its scenario files are saved. */
public final class VariantsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ProjectRuns.Target target = ProjectRuns.target(event, Messages.Variants_title);
		if (target != null) {
			new CasebookWizardDialog(target.shell(), new VariantsWizard(target.folder(), target.settings(), target.folder().resolve("variantes")),
					Messages.Variants_button).open();
		}
		return null;
	}
}
