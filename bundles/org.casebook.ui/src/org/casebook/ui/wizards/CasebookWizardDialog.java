// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.wizards;

import org.casebook.ui.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/** A wizard dialog whose buttons speak the language of the workbench rather than the one of JFace's bundled labels. */
public final class CasebookWizardDialog extends WizardDialog {

	private final String finishLabel;

	/**
	 * @param finishLabel the label of the button that runs the wizard, such as « Générer »
	 */
	public CasebookWizardDialog(Shell parent, IWizard wizard, String finishLabel) {
		super(parent, wizard);
		this.finishLabel = finishLabel;
		setHelpAvailable(false);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		relabel(IDialogConstants.BACK_ID, Messages.Dialog_back);
		relabel(IDialogConstants.NEXT_ID, Messages.Dialog_next);
		relabel(IDialogConstants.FINISH_ID, finishLabel);
		relabel(IDialogConstants.CANCEL_ID, Messages.Dialog_cancel);
	}

	private void relabel(int id, String label) {
		Button button = getButton(id);
		if (button != null) {
			button.setText(label);
		}
	}
}
