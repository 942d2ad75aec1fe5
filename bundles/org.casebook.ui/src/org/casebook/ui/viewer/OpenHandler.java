// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.viewer;

import java.nio.file.Path;

import org.casebook.ui.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Consultation > Ouvrir: picks a student package or a scenario file and shows it read-only. */
public final class OpenHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText(Messages.Open_title);
		dialog.setFilterExtensions(new String[] { "*.zip;*.orga", "*.zip", "*.orga" });
		dialog.setFilterNames(new String[] { Messages.Open_filterAll, Messages.Open_filterZip, Messages.Open_filterOrga });
		String chosen = dialog.open();
		if (chosen != null) {
			open(window.getActivePage(), Path.of(chosen));
		}
		return null;
	}

	/**
	 * Shows a source read-only, or tells the student why it cannot be shown.
	 *
	 * @param page the workbench page
	 * @param source a package, a folder or a scenario file
	 * @return the editor of the organisation, or {@code null} when nothing could be opened
	 */
	public static ViewerEditor open(IWorkbenchPage page, Path source) {
		Shell shell = page.getWorkbenchWindow().getShell();
		ViewerSession.Opened[] opened = new ViewerSession.Opened[1];
		String[] failure = new String[1];
		BusyIndicator.showWhile(shell.getDisplay(), () -> {
			try {
				opened[0] = ViewerSession.prepare(source);
			} catch (ViewerSession.ViewerException e) {
				failure[0] = e.getMessage();
			}
		});
		if (failure[0] != null) {
			MessageDialog.openError(shell, Messages.Open_failed, failure[0]);
			return null;
		}
		try {
			return ViewerSession.show(page, opened[0]);
		} catch (PartInitException e) {
			MessageDialog.openError(shell, Messages.Open_failed, source + " : " + e.getMessage());
			return null;
		}
	}
}
