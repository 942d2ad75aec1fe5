// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.edition;

import org.casebook.model.Asset;
import org.casebook.model.InformationSystem;
import org.casebook.model.LifecycleState;
import org.casebook.model.Link;
import org.eclipse.emf.ecore.EObject;

/** The state of an element of an information system — existing, planned or target — as the checks, documents and diagrams read it. */
public final class States {

	private States() {
	}

	/**
	 * @param element an element of an information system
	 * @return its state: its own, else that of the element holding it, else that of its information system, else existing
	 */
	public static LifecycleState effective(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			LifecycleState state = e instanceof Asset a ? a.getState() : e instanceof Link l ? l.getState()
					: e instanceof InformationSystem si ? si.getState() : LifecycleState.NON_PRECISE;
			if (state != null && state != LifecycleState.NON_PRECISE) {
				return state;
			}
		}
		return LifecycleState.EXISTANT;
	}

	/**
	 * @param element an element of an information system
	 * @return whether it exists today: neither planned nor only part of the target system
	 */
	public static boolean existing(EObject element) {
		return effective(element) == LifecycleState.EXISTANT;
	}
}
