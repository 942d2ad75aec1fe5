// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.text;

/**
 * The Levenshtein distance between two words — the fewest insertions, deletions and substitutions of one character that
 * turn one into the other — by which mistyped names, codes and options find their closest correct spelling.
 */
public final class EditDistance {

	private EditDistance() {
	}

	/**
	 * @param a a word
	 * @param b another word
	 * @return the number of one-character edits between them, letters of a different case counting as different
	 */
	public static int between(String a, String b) {
		return distance(a, b, false);
	}

	/**
	 * @param a a word
	 * @param b another word
	 * @return the number of one-character edits between them, {@code v10} and {@code V10} being the same word
	 */
	public static int ignoringCase(String a, String b) {
		return distance(a, b, true);
	}

	private static int distance(String a, String b, boolean ignoreCase) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			char x = ignoreCase ? Character.toUpperCase(a.charAt(i - 1)) : a.charAt(i - 1);
			for (int j = 1; j <= b.length(); j++) {
				char y = ignoreCase ? Character.toUpperCase(b.charAt(j - 1)) : b.charAt(j - 1);
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (x == y ? 0 : 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
