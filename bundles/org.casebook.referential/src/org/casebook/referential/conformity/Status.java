// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.conformity;

/** Outcome of a rule of Annexe II.E for a scenario. */
public enum Status {
	/** The scenario shows the required element. */
	CONFORME("CONFORME"),
	/** The scenario describes the area but does not meet the rule. */
	NON_CONFORME("NON CONFORME"),
	/** The scenario does not say enough to decide. */
	INFORMATION_ABSENTE("INFORMATION ABSENTE");

	private final String label;

	Status(String label) {
		this.label = label;
	}

	/** @return the French label, as printed in reports */
	public String label() {
		return label;
	}
}
