// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram;

/**
 * Estimates the width of text in the diagrams' sans-serif font without asking the platform, so that layouts are the
 * same on every machine.
 */
final class TextMetrics {

	/** Width of each character of the Latin alphabets, in em: the layout of 2,000 nodes measures some 10,000 lines. */
	private static final double[] LATIN = new double[0x250];

	static {
		for (char c = 0; c < LATIN.length; c++) {
			LATIN[c] = em(c);
		}
	}

	private TextMetrics() {
	}

	/**
	 * @param text a line of text
	 * @param size font size in pixels
	 * @param bold whether the text is bold
	 * @return its approximate width in pixels, slightly generous
	 */
	static double width(String text, double size, boolean bold) {
		return width(ems(text), size, bold);
	}

	/**
	 * @param ems the width of a text in em, from {@link #ems(String)}: widths add up, so that a line is measured as it
	 *        grows
	 * @param size font size in pixels
	 * @param bold whether the text is bold
	 * @return its approximate width in pixels, slightly generous
	 */
	static double width(double ems, double size, boolean bold) {
		return ems * size * (bold ? 1.08 : 1.0) + 2;
	}

	/**
	 * @param text a text
	 * @return its width in em
	 */
	static double ems(String text) {
		double em = 0;
		for (int i = 0, length = text.length(); i < length; i++) {
			char c = text.charAt(i);
			em += c < LATIN.length ? LATIN[c] : em(c);
		}
		return em;
	}

	private static double em(char c) {
		if ("il.,;:'|!·".indexOf(c) >= 0) {
			return 0.32;
		} else if (c == ' ') {
			return 0.33;
		} else if ("fjrt()[]/-".indexOf(c) >= 0) {
			return 0.42;
		} else if ("mwMW@%".indexOf(c) >= 0) {
			return 0.92;
		} else if (Character.isUpperCase(c)) {
			return 0.72;
		} else if (Character.isDigit(c)) {
			return 0.64;
		}
		return 0.61;
	}
}
