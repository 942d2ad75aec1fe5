// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.conformity;

import java.util.Locale;

/** How an ambiguous sentence of Annexe II.E is read. */
public enum Reading {
	/** The demanding reading, the one a commission may apply: default. */
	STRICTE,
	/** The permissive reading. */
	SOUPLE;

	/** @return the lower-case French word */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param text {@code stricte} or {@code souple}
	 * @return the reading
	 */
	public static Reading parse(String text) {
		return valueOf(text.trim().toUpperCase(Locale.ROOT));
	}
}
