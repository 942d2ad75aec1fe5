// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
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

	/** @return whether the application only shows scenarios, so that its menus offer nothing that changes them */
	protected boolean readOnly() {
		return false;
	}

	/**
	 * Opens what the command line names, once the window is up.
	 *
	 * @param page the page of the window
	 * @param args the application arguments
	 */
	protected abstract void open(IWorkbenchPage page, String[] args);

	@Override
	public Object start(IApplicationContext context) throws Exception {
		platformDefaults();
		Log4jBridge.install();
		Preparation.start();
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new Advisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	/**
	 * The platform's defaults for Casebook, set before the workspace is used: scenarios are UTF-8 files, so the workspace
	 * reads them as UTF-8 whatever the system's locale, and a project without an explicit encoding gets no warning (a
	 * teacher's folder must not be filled with Eclipse settings files to silence it); the Casebook key scheme.
	 */
	public static void platformDefaults() {
		IEclipsePreferences resources = DefaultScope.INSTANCE.getNode(ResourcesPlugin.PI_RESOURCES);
		resources.put(ResourcesPlugin.PREF_ENCODING, "UTF-8");
		resources.putInt(ResourcesPlugin.PREF_MISSING_ENCODING_MARKER_SEVERITY, -1);
		// the key scheme of plugin.xml: the platform's keys, and Ctrl+Q quits
		DefaultScope.INSTANCE.getNode(PlatformUI.PLUGIN_ID).put(org.eclipse.ui.IWorkbenchPreferenceConstants.KEY_CONFIGURATION_ID, KEY_SCHEME);
	}

	/**
	 * The platform's menu entries that Casebook replaces or has no use for: Fichier › Ouvrir un fichier… is Casebook's own
	 * (the platform's opens any file outside the workspace), and scenarios are UTF-8 text whose line ends need no
	 * conversion.
	 */
	private static final java.util.List<String> HIDDEN_ACTION_SETS = java.util.List.of("org.eclipse.ui.actionSet.openFiles",
			"org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo");

	/**
	 * Hides the platform's menu entries that Casebook replaces in a page of the window.
	 *
	 * @param page the page, or {@code null}
	 */
	public static void hidePlatformActionSets(IWorkbenchPage page) {
		if (page != null) {
			HIDDEN_ACTION_SETS.forEach(page::hideActionSet);
		}
	}

	/** Identifier of the Casebook key scheme. */
	public static final String KEY_SCHEME = "org.casebook.ui.scheme";

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

				@Override
				public void postWindowOpen() {
					IWorkbenchWindow window = configurer.getWindow();
					hidePlatformActionSets(window.getActivePage());
					window.addPerspectiveListener(new org.eclipse.ui.PerspectiveAdapter() {
						@Override
						public void perspectiveActivated(IWorkbenchPage page, org.eclipse.ui.IPerspectiveDescriptor perspective) {
							hidePlatformActionSets(page);
						}
					});
				}

				@Override
				public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
					return new CasebookActionBarAdvisor(actionBars, readOnly());
				}
			};
		}
	}
}
