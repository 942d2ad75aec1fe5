// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.casebook.dsl.CasebookRuntimeModule;
import org.casebook.dsl.CasebookStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/**
 * Initialization support for running Xtext languages as language servers.
 */
/** Creates the injector of the Casebook language with its IDE services. */
public class CasebookIdeSetup extends CasebookStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new CasebookRuntimeModule(), new CasebookIdeModule()));
	}
	
}
