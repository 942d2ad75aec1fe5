// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Ctrl+Maj+F in a scenario editor: formats the whole text. */
public final class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof CasebookEditor editor) {
			editor.format();
		}
		return null;
	}
}
