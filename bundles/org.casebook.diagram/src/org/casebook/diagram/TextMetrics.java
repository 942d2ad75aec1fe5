// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram;

/**
 * Estimates the width of text in the diagrams' sans-serif font without asking the platform, so that layouts are the
 * same on every machine.
 */
final class TextMetrics {

	private TextMetrics() {
	}

	/**
	 * @param text a line of text
	 * @param size font size in pixels
	 * @param bold whether the text is bold
	 * @return its approximate width in pixels, slightly generous
	 */
	static double width(String text, double size, boolean bold) {
		double em = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("il.,;:'|!·".indexOf(c) >= 0) {
				em += 0.32;
			} else if (c == ' ') {
				em += 0.33;
			} else if ("fjrt()[]/-".indexOf(c) >= 0) {
				em += 0.42;
			} else if ("mwMW@%".indexOf(c) >= 0) {
				em += 0.92;
			} else if (Character.isUpperCase(c)) {
				em += 0.72;
			} else if (Character.isDigit(c)) {
				em += 0.64;
			} else {
				em += 0.61;
			}
		}
		return em * size * (bold ? 1.08 : 1.0) + 2;
	}
}
