// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.validation;

import java.util.List;

import org.casebook.model.CasebookPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** A group of checks of the Casebook metamodel composed into {@link CasebookValidator}, never registered on its own. */
public abstract class ComposedChecks extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(CasebookPackage.eINSTANCE);
	}

	/** Composed into {@link CasebookValidator}: the checks run once, through the language's validator. */
	@Override
	public void register(EValidatorRegistrar registrar) {
		// nothing
	}
}
