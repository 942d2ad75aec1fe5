// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.conformity;

import java.util.Locale;

import org.casebook.model.LifecycleState;
import org.eclipse.emf.ecore.EObject;

/** Which system a check or a diagram looks at: the existing one, or the target one (existing, planned and target elements). */
public enum StateView {
	/** Only existing elements (an element whose state is not written is existing). */
	EXISTANT,
	/** Existing, planned ({@code prévu}) and target ({@code cible}) elements. */
	CIBLE;

	/** @return the word of the command line, {@code existant} or {@code cible} */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param word {@code existant} or {@code cible}
	 * @return the view, or {@code null} for another word
	 */
	public static StateView of(String word) {
		for (StateView view : values()) {
			if (view.word().equals(word)) {
				return view;
			}
		}
		return null;
	}

	/**
	 * @param element an element of an information system
	 * @return its state: its own, else that of its information system, else existing
	 */
	public static LifecycleState effective(EObject element) {
		return org.casebook.model.edition.States.effective(element);
	}

	/**
	 * @param element an element of an information system
	 * @return whether the view shows it
	 */
	public boolean shows(EObject element) {
		return this == CIBLE || effective(element) == LifecycleState.EXISTANT;
	}
}
