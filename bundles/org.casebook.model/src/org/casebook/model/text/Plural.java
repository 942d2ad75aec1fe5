// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.text;

/**
 * Counts written in French: the number followed by the singular or the plural form of what it counts, so that every
 * message agrees with its number (« 0 erreur », « 1 élément retiré », « 2 éléments retirés »).
 */
public final class Plural {

	private Plural() {
	}

	/**
	 * @param count a number of things
	 * @return whether French writes it with the singular: 0 and 1, as in « 0 erreur », « 1 avertissement »
	 */
	public static boolean singular(long count) {
		return count > -2 && count < 2;
	}

	/**
	 * @param count a number of things
	 * @param singular the words after the number when there is zero or one (« élément réservé à l'enseignant »)
	 * @param plural the words after the number from two on (« éléments réservés à l'enseignant »)
	 * @return the number, written with a narrow no-break space between groups of three digits from 10 000 on, a space
	 *         and the form that agrees with it
	 */
	public static String count(long count, String singular, String plural) {
		return number(count) + " " + form(count, singular, plural);
	}

	/**
	 * @param count a number of things
	 * @param singular the form for zero or one
	 * @param plural the form from two on
	 * @return the form that agrees with the number, without the number
	 */
	public static String form(long count, String singular, String plural) {
		return singular(count) ? singular : plural;
	}

	/**
	 * @param count a number
	 * @return the number as French prints it: {@code 9999}, {@code 10 000} (groups separated by a narrow no-break space)
	 */
	public static String number(long count) {
		String digits = Long.toString(Math.abs(count));
		if (digits.length() <= 4) {
			return count < 0 ? "-" + digits : digits;
		}
		StringBuilder sb = new StringBuilder();
		int head = digits.length() % 3;
		sb.append(digits, 0, head == 0 ? 3 : head);
		for (int i = head == 0 ? 3 : head; i < digits.length(); i += 3) {
			sb.append('\u202F').append(digits, i, i + 3);
		}
		return count < 0 ? "-" + sb : sb.toString();
	}
}
