// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.text;

import java.math.BigDecimal;

/** Staff counts written in French: whole people, or full-time equivalents (« 0,75 ETP ») when a count has decimals. */
public final class Quantities {

	private Quantities() {
	}

	/**
	 * @param staff a staff count, possibly in full-time equivalents
	 * @return « 42 personnes », « 1 personne », « 12,5 ETP », or {@code null} when nothing is stated (zero)
	 */
	public static String staff(double staff) {
		if (staff <= 0) {
			return null;
		}
		if (staff == Math.rint(staff)) {
			return Plural.count((long) staff, "personne", "personnes");
		}
		return number(staff) + " ETP";
	}

	/**
	 * @param value a count, possibly with decimals
	 * @return the count with a decimal comma and no trailing zero, or an empty text when zero
	 */
	public static String number(double value) {
		if (value <= 0) {
			return "";
		}
		if (value == Math.rint(value)) {
			return Plural.number((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
	}
}
