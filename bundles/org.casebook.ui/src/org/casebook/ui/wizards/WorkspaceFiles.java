// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.wizards;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** Files written outside the workspace API, made visible in the workspace when they lie in a project. */
final class WorkspaceFiles {

	private WorkspaceFiles() {
	}

	/**
	 * Refreshes the folders of the workspace that show a folder of the disk, so that files written there appear in
	 * the explorer and the views.
	 *
	 * @param folder a folder of the disk
	 */
	static void refresh(Path folder) {
		for (IContainer container : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(folder.toAbsolutePath().toUri())) {
			try {
				container.refreshLocal(IResource.DEPTH_INFINITE, null);
			} catch (CoreException e) {
				// the files are written; the explorer shows them after its next refresh
			}
		}
	}
}
