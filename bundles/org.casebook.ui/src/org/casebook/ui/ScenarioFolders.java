// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.QualifiedName;

/**
 * Folders of the disk opened in Casebook Studio. A folder opened from the command line is not made a project in place,
 * which would write the workspace's {@code .project} file into the teacher's folder (or into an example of the
 * repository): the project lives in the workspace and links the folder, whose files are edited where they are. The
 * explorer shows the linked folder's files directly under the project.
 */
public final class ScenarioFolders {

	/** Marks a project made to show one folder of the disk. */
	private static final QualifiedName LINKED = new QualifiedName(CasebookUi.PLUGIN_ID, "dossierLie");

	private ScenarioFolders() {
	}

	/**
	 * @param path a file of the disk
	 * @return the workspace file that shows it: in a project or linked folder already showing its folder, else in a new
	 *         project of the workspace linking its folder (nothing is written into the folder)
	 * @throws CoreException when the project cannot be made
	 */
	public static IFile file(Path path) throws CoreException {
		Path folder = path.toAbsolutePath().normalize().getParent();
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		forgetMissing();
		for (IContainer container : root.findContainersForLocationURI(folder.toUri())) {
			if (container.getProject().exists() && container.getProject().isOpen()
					&& (container instanceof IProject || container.isLinked())) {
				container.refreshLocal(IResource.DEPTH_INFINITE, null);
				return container.getFile(org.eclipse.core.runtime.IPath.fromOSString(path.getFileName().toString()));
			}
		}
		String name = folder.getFileName() == null ? "scenario" : folder.getFileName().toString();
		IProject project = root.getProject(name);
		if (project.exists() && folder.getParent() != null && folder.getParent().getFileName() != null) {
			// another folder of that name is shown already: the folder it lies in tells them apart, « hexalog (2026) »
			project = root.getProject(name + " (" + folder.getParent().getFileName() + ")");
		}
		for (int n = 2; project.exists(); n++) {
			project = root.getProject(name + " (" + n + ")");
		}
		project.create(null);
		project.open(null);
		project.setPersistentProperty(LINKED, "true");
		IFolder link = project.getFolder(name);
		link.createLink(folder.toUri(), IResource.NONE, null);
		return link.getFile(path.getFileName().toString());
	}

	/**
	 * Removes from the workspace the projects made to show a folder of the disk that is no longer there (moved, renamed,
	 * deleted, or a clone of the repository removed): the explorer no longer lists them, and a folder opened later gets
	 * their name back instead of « hexalog (2) ». Only the workspace's own project is deleted: its folder of the disk is
	 * already gone, and a link is never followed when its project is deleted.
	 *
	 * @return the names of the projects removed
	 * @throws CoreException when a project cannot be deleted
	 */
	public static List<String> forgetMissing() throws CoreException {
		List<String> removed = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			IFolder link = linkedFolder(project);
			URI target = link == null ? null : link.getLocationURI();
			if (target != null && "file".equals(target.getScheme()) && !Files.isDirectory(Path.of(target))) {
				project.delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
				removed.add(project.getName());
			}
		}
		return removed;
	}

	/**
	 * @param project a project of the workspace
	 * @return whether it was made to show one folder of the disk
	 */
	public static boolean isLinked(IProject project) {
		try {
			return project.isOpen() && "true".equals(project.getPersistentProperty(LINKED));
		} catch (CoreException e) {
			return false;
		}
	}

	/**
	 * @param project a project
	 * @return the folder it links when it was made to show one folder of the disk, else {@code null}
	 */
	public static IFolder linkedFolder(IProject project) {
		if (!isLinked(project)) {
			return null;
		}
		try {
			for (IResource member : project.members()) {
				if (member instanceof IFolder folder && folder.isLinked()) {
					return folder;
				}
			}
		} catch (CoreException e) {
			// a closed project shows nothing
		}
		return null;
	}

	/**
	 * @param file a scenario file of the workspace
	 * @return the container of its scenario: the linked folder of the disk it lies in, else its project. Documents and
	 *         the layout file {@code mise-en-page.properties} are there
	 */
	public static IContainer scenario(IFile file) {
		for (IContainer c = file.getParent(); c != null && !(c instanceof IWorkspaceRoot); c = c.getParent()) {
			if (c.isLinked()) {
				return c;
			}
		}
		return file.getProject();
	}

	/**
	 * @param file a scenario file of the workspace
	 * @return the folder of the disk of its scenario
	 */
	public static Path folder(IFile file) {
		IContainer scenario = scenario(file);
		return scenario.getLocation() == null ? null : scenario.getLocation().toPath();
	}
}
