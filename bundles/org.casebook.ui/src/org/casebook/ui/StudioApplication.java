// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.casebook.ui.editor.CasebookEditor;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;

/** Casebook Studio, the teachers' workbench: scenario editor, outline and problems, live views, on the workspace. */
public final class StudioApplication extends CasebookApplication {

	@Override
	protected String perspective() {
		return StudioPerspective.ID;
	}

	@Override
	protected String title() {
		return "Casebook Studio";
	}

	/**
	 * Opens the scenario files named on the command line, each folder shown in a project of the workspace, after removing
	 * the projects whose folder of the disk is gone.
	 */
	@Override
	protected void open(IWorkbenchPage page, String[] args) {
		try {
			ScenarioFolders.forgetMissing();
		} catch (CoreException e) {
			ILog.of(StudioApplication.class).error(e.getMessage(), e);
		}
		for (String arg : args) {
			Path path = Path.of(arg).toAbsolutePath().normalize();
			if (Files.isRegularFile(path) && arg.endsWith(".orga")) {
				open(page, path);
			}
		}
		StudioBenchmark.startIfAsked(page, path -> open(page, path));
	}

	/**
	 * Opens a scenario file, its folder shown in a project of the workspace (see {@link ScenarioFolders}).
	 *
	 * @param page the workbench page
	 * @param path the scenario file
	 * @return its editor, or {@code null} when it cannot be opened
	 */
	public static CasebookEditor open(IWorkbenchPage page, Path path) {
		try {
			return IDE.openEditor(page, ScenarioFolders.file(path), CasebookEditor.ID) instanceof CasebookEditor e ? e : null;
		} catch (CoreException e) {
			ILog.of(StudioApplication.class).error(NLS.bind(Messages.Studio_openFailed, path), e);
			return null;
		}
	}
}
