// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl;

/** Registers the Casebook language and metamodel outside of Eclipse (command line, tests, tools). */
public class CasebookStandaloneSetup extends CasebookStandaloneSetupGenerated {

	/** Registers the language once for this JVM. */
	public static void doSetup() {
		new CasebookStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
