// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** F3 in a scenario editor: opens the declaration of the element referenced under the cursor. */
public final class OpenDeclarationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof CasebookEditor editor
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			editor.openDeclaration(selection.getOffset());
		}
		return null;
	}
}
