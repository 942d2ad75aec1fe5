// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui;

import org.casebook.dsl.CasebookStandaloneSetup;

import com.google.inject.Injector;

/** Access to the language services from the workbench: one injector for the whole application. */
public final class CasebookUi {

	/** Identifier of the plug-in. */
	public static final String PLUGIN_ID = "org.casebook.ui";

	/** Marker type of the problems found in scenarios. */
	public static final String MARKER = PLUGIN_ID + ".problem";

	private static Injector injector;

	private CasebookUi() {
	}

	/** @return the injector of the Casebook language */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new CasebookStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
