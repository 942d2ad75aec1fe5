// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.util.List;

/**
 * Widths of the columns of a table on paper: each column is at least as wide as its longest word (an address, a
 * network, a product code is never split), and the rest of the line goes to the columns with the longest texts.
 */
final class ColumnWidths {

	/** Characters of 9 pt DejaVu Sans that fit in the text width of an A4 portrait page, cell padding included. */
	static final int LINE = 96;

	/** Longest text a column asks room for: past it, a text wraps. */
	private static final int WANTED = 42;

	private ColumnWidths() {
	}

	/**
	 * @param header the column titles
	 * @param rows the rows
	 * @return the share of the width of each column, adding up to 1
	 */
	static double[] of(List<String> header, List<List<String>> rows) {
		int n = header.size();
		double[] floor = new double[n];
		double[] wanted = new double[n];
		for (int c = 0; c < n; c++) {
			measure(header.get(c), c, floor, wanted, true);
			for (List<String> row : rows) {
				if (c < row.size()) {
					measure(row.get(c), c, floor, wanted, false);
				}
			}
			// the cell's padding on both sides, about two characters in DOCX
			floor[c] += 2;
			wanted[c] = Math.max(Math.min(wanted[c], WANTED), floor[c]);
		}
		double floors = 0;
		double wants = 0;
		for (int c = 0; c < n; c++) {
			floors += floor[c];
			wants += wanted[c];
		}
		double[] share = new double[n];
		if (floors >= LINE || wants <= floors) {
			for (int c = 0; c < n; c++) {
				share[c] = (wants <= floors ? wanted[c] : floor[c]) / (wants <= floors ? wants : floors);
			}
			return share;
		}
		double room = Math.min(LINE, wants) - floors;
		double extra = wants - floors;
		double total = 0;
		for (int c = 0; c < n; c++) {
			share[c] = floor[c] + (wanted[c] - floor[c]) * room / extra;
			total += share[c];
		}
		for (int c = 0; c < n; c++) {
			share[c] /= total;
		}
		return share;
	}

	private static void measure(String text, int c, double[] floor, double[] wanted, boolean header) {
		if (text == null) {
			return;
		}
		for (String line : text.split("\n")) {
			wanted[c] = Math.max(wanted[c], line.length() * (header ? 1.1 : 1));
			for (String word : line.split("[ \\u00A0\\u202F]+")) {
				// headings are bold, and may break at a hyphen
				floor[c] = Math.max(floor[c], Math.min(width(word), WANTED) * (header ? 1.1 : 1));
			}
		}
	}

	/**
	 * @param word a word
	 * @return its width in average characters of the line: digits and capitals of DejaVu Sans are wider than its
	 *         average letter (an address of 14 characters needs the room of 15), full stops narrower
	 */
	private static double width(String word) {
		double width = 0;
		for (int i = 0; i < word.length(); i++) {
			char ch = word.charAt(i);
			width += Character.isDigit(ch) ? 1.1 : Character.isUpperCase(ch) ? 1.22 : ch == '.' || ch == ',' || ch == ':' ? 0.55 : 1;
		}
		return width;
	}
}
