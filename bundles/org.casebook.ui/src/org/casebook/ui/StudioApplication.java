// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/** Casebook Studio, the teachers' workbench: scenario editor, outline and problems, on the workspace. */
public final class StudioApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new Advisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (PlatformUI.isWorkbenchRunning()) {
			Display display = PlatformUI.getWorkbench().getDisplay();
			display.syncExec(() -> PlatformUI.getWorkbench().close());
		}
	}

	/** Opens the Casebook perspective and saves the workspace on exit. */
	private static final class Advisor extends WorkbenchAdvisor {

		@Override
		public String getInitialWindowPerspectiveId() {
			return StudioPerspective.ID;
		}

		@Override
		public void initialize(org.eclipse.ui.application.IWorkbenchConfigurer configurer) {
			IDE.registerAdapters();
			configurer.setSaveAndRestore(false);
		}

		@Override
		public org.eclipse.core.runtime.IAdaptable getDefaultPageInput() {
			return ResourcesPlugin.getWorkspace().getRoot();
		}

		@Override
		public boolean preShutdown() {
			try {
				ResourcesPlugin.getWorkspace().save(true, null);
			} catch (CoreException e) {
				// the workspace is saved again at the next start
			}
			return true;
		}

		/** Opens the scenario files named on the command line, each folder becoming a project of the workspace. */
		@Override
		public void postStartup() {
			for (String arg : org.eclipse.core.runtime.Platform.getApplicationArgs()) {
				java.nio.file.Path path = java.nio.file.Path.of(arg).toAbsolutePath().normalize();
				if (!java.nio.file.Files.isRegularFile(path) || !arg.endsWith(".orga")) {
					continue;
				}
				try {
					java.nio.file.Path folder = path.getParent();
					var workspace = ResourcesPlugin.getWorkspace();
					var project = workspace.getRoot().getProject(folder.getFileName().toString());
					if (!project.exists()) {
						var description = workspace.newProjectDescription(project.getName());
						description.setLocation(org.eclipse.core.runtime.IPath.fromOSString(folder.toString()));
						project.create(description, null);
					}
					project.open(null);
					project.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
					IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
							project.getFile(path.getFileName().toString()), org.casebook.ui.editor.CasebookEditor.ID);
				} catch (CoreException e) {
					org.eclipse.core.runtime.ILog.of(getClass()).error("Ouverture impossible : " + arg, e);
				}
			}
		}

		@Override
		public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
			return new WorkbenchWindowAdvisor(configurer) {
				@Override
				public void preWindowOpen() {
					configurer.setInitialSize(new org.eclipse.swt.graphics.Point(1400, 900));
					configurer.setShowStatusLine(true);
					configurer.setTitle("Casebook Studio");
				}
			};
		}
	}
}
