// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui;

import java.nio.file.Path;

import org.casebook.ui.viewer.OpenHandler;
import org.casebook.ui.viewer.ViewerPerspective;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Fichier › Ouvrir un fichier… (Ctrl+O): in the Studio, a scenario file whose folder becomes a project of the workspace;
 * in the Viewer, a student package or a scenario shown read-only.
 */
public final class OpenFileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return null;
		}
		IPerspectiveDescriptor perspective = page.getPerspective();
		if (perspective != null && ViewerPerspective.ID.equals(perspective.getId())) {
			return new OpenHandler().execute(event);
		}
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.Menu_openFileTitle);
		dialog.setFilterExtensions(new String[] { "*.orga" });
		dialog.setFilterNames(new String[] { Messages.Open_filterOrga });
		if (dialog.open() != null) {
			for (String name : dialog.getFileNames()) {
				StudioApplication.open(page, Path.of(dialog.getFilterPath(), name));
			}
		}
		return null;
	}
}
