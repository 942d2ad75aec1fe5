// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Ctrl+/ in a scenario editor: comments the selected lines out, or back in. */
public final class ToggleCommentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof CasebookEditor editor
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			editor.toggleComment(selection.getStartLine(), selection.getEndLine());
		}
		return null;
	}
}
