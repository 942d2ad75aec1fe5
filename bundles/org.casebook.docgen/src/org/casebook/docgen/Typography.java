// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** French typography for print: non-breaking spaces before high punctuation and inside guillemets, French dates. */
public final class Typography {

	/** Non-breaking space, before a colon and inside guillemets. */
	public static final char NBSP = '\u00A0';
	/** Narrow non-breaking space, before ; ! ? */
	public static final char NNBSP = '\u202F';

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

	private Typography() {
	}

	/**
	 * @param text French text as typed
	 * @return the same text with non-breaking spaces where French typography wants them; URLs and times are left alone
	 */
	public static String french(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String result = beforeColon(text);
		result = beforeHigh(result);
		result = afterOpen(result);
		return beforeClose(result);
	}

	// Each step is one pass over the text, in linear time: regular expressions such as "[ ]*:(?=\\s|$)" try every
	// position of a long run of spaces again and take quadratic time on it. Each reproduces the replacement the
	// regular expression in its comment would make.

	/** {@code [ \u00A0\u202F]*:(?=\s|$)} becomes a non-breaking space and the colon. */
	private static String beforeColon(String text) {
		if (text.indexOf(':') < 0) {
			return text;
		}
		StringBuilder sb = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ':' && endsWord(text, i + 1)) {
				trimSpaces(sb);
				sb.append(NBSP);
			}
			sb.append(c);
		}
		return sb.toString();
	}

	/** {@code (?<=\S)[ \u00A0\u202F]*([;!?])(?=\s|$|[»"])} becomes a narrow non-breaking space and the sign. */
	private static String beforeHigh(String text) {
		StringBuilder sb = new StringBuilder(text.length() + 8);
		for (int k = 0; k < text.length(); k++) {
			char c = text.charAt(k);
			if ((c == ';' || c == '!' || c == '?') && (endsWord(text, k + 1) || text.charAt(k + 1) == '»' || text.charAt(k + 1) == '"')) {
				int run = k;
				while (run > 0 && space(text.charAt(run - 1))) {
					run--;
				}
				int start = -1;
				for (int p = Math.max(run, 1); p <= k; p++) {
					if (!asciiWhitespace(text.charAt(p - 1))) {
						start = p;
						break;
					}
				}
				if (start >= 0) {
					sb.setLength(sb.length() - (k - start));
					sb.append(NNBSP);
				}
			}
			sb.append(c);
		}
		return sb.toString();
	}

	/** {@code «[ \u00A0\u202F]*} becomes the guillemet and a non-breaking space. */
	private static String afterOpen(String text) {
		if (text.indexOf('«') < 0) {
			return text;
		}
		StringBuilder sb = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			sb.append(c);
			if (c == '«') {
				sb.append(NBSP);
				while (i + 1 < text.length() && space(text.charAt(i + 1))) {
					i++;
				}
			}
		}
		return sb.toString();
	}

	/** {@code [ \u00A0\u202F]*»} becomes a non-breaking space and the guillemet. */
	private static String beforeClose(String text) {
		if (text.indexOf('»') < 0) {
			return text;
		}
		StringBuilder sb = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '»') {
				trimSpaces(sb);
				sb.append(NBSP);
			}
			sb.append(c);
		}
		return sb.toString();
	}

	/** @return whether a space, a non-breaking space or a narrow non-breaking space */
	private static boolean space(char c) {
		return c == ' ' || c == NBSP || c == NNBSP;
	}

	/** @return whether the character is matched by {@code \s} of a Java regular expression */
	private static boolean asciiWhitespace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	/** @return whether {@code (?=\s|$)} holds at the index: whitespace, the end, or a last line terminator */
	private static boolean endsWord(String text, int index) {
		if (index >= text.length()) {
			return true;
		}
		char c = text.charAt(index);
		return asciiWhitespace(c) || index == text.length() - 1 && (c == '\u0085' || c == '\u2028' || c == '\u2029');
	}

	private static void trimSpaces(StringBuilder sb) {
		int end = sb.length();
		while (end > 0 && space(sb.charAt(end - 1))) {
			end--;
		}
		sb.setLength(end);
	}

	/**
	 * @param date a date
	 * @return the date written in French, {@code 28 novembre 2026}
	 */
	public static String date(LocalDate date) {
		String text = DATE.format(date);
		return text.startsWith("1 ") ? "1er " + text.substring(2) : text;
	}

	/**
	 * @param points a score
	 * @return the score in French, the number and its unit joined by a no-break space so that a narrow column never
	 *         puts them on two lines, the unit plural from two on: {@code 2,5 points}, {@code 1,5 point}, {@code 1 point}
	 */
	public static String points(double points) {
		String number = points == Math.rint(points) ? Long.toString((long) points) : String.valueOf(points).replace('.', ',');
		return number + (points >= 2 ? "\u00A0points" : "\u00A0point");
	}
}
