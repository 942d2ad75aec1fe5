// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.viewer;

import java.nio.file.Path;

import org.casebook.ui.CasebookApplication;
import org.eclipse.ui.IWorkbenchPage;

/** Casebook Viewer, for students: opens student packages and scenarios read-only, in their student edition. */
public final class ViewerApplication extends CasebookApplication {

	@Override
	protected String perspective() {
		return ViewerPerspective.ID;
	}

	@Override
	protected String title() {
		return "Casebook Viewer";
	}

	@Override
	protected boolean readOnly() {
		return true;
	}

	@Override
	protected void open(IWorkbenchPage page, String[] args) {
		for (String arg : args) {
			if (!arg.startsWith("-")) {
				OpenHandler.open(page, Path.of(arg));
			}
		}
	}
}
