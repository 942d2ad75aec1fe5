// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.viewer;

import org.casebook.ui.CasebookUi;
import org.casebook.ui.editor.CasebookEditor;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A scenario opened by a student: the same colours, outline, folding, hover and navigation as the teacher's editor, but
 * no typing, no content assist, no quick fix, no formatting and no saving.
 */
public final class ViewerEditor extends CasebookEditor {

	/** Identifier of the editor. */
	public static final String ID = CasebookUi.PLUGIN_ID + ".viewer.editor";

	@Override
	public boolean isEditable() {
		return false;
	}

	@Override
	public boolean isEditorInputReadOnly() {
		return true;
	}

	@Override
	public boolean isEditorInputModifiable() {
		return false;
	}

	@Override
	public boolean studentEdition() {
		return true;
	}

	@Override
	protected void createActions() {
		super.createActions();
		setAction("ContentAssistProposal", null);
		setAction(org.eclipse.ui.texteditor.ITextEditorActionConstants.QUICK_ASSIST, null);
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// a student copy is never written back
	}

	@Override
	public void doSaveAs() {
		// a student copy is never written elsewhere
	}
}
