// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/** A Casebook workbench application: its perspective, its title, and what it does with the paths given on the command line. */
public abstract class CasebookApplication implements IApplication {

	/** @return the perspective the window opens with */
	protected abstract String perspective();

	/** @return the title of the window */
	protected abstract String title();

	/**
	 * Opens what the command line names, once the window is up.
	 *
	 * @param page the page of the window
	 * @param args the application arguments
	 */
	protected abstract void open(IWorkbenchPage page, String[] args);

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

	/** Opens the application's perspective and saves the workspace on exit. */
	private final class Advisor extends WorkbenchAdvisor {

		@Override
		public String getInitialWindowPerspectiveId() {
			return perspective();
		}

		@Override
		public void initialize(IWorkbenchConfigurer configurer) {
			IDE.registerAdapters();
			configurer.setSaveAndRestore(false);
		}

		@Override
		public IAdaptable getDefaultPageInput() {
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

		@Override
		public void postStartup() {
			open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), Platform.getApplicationArgs());
		}

		@Override
		public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
			return new WorkbenchWindowAdvisor(configurer) {
				@Override
				public void preWindowOpen() {
					configurer.setInitialSize(new Point(1400, 900));
					configurer.setShowStatusLine(true);
					configurer.setTitle(title());
				}
			};
		}
	}
}
