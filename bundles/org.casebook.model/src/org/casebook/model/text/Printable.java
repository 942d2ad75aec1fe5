// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.text;

/**
 * Makes input text safe to print in a message on a terminal: control, escape and bidirectional characters are shown as
 * {@code \\uXXXX} instead of being sent to the terminal, and very long tokens are shortened.
 */
public final class Printable {

	/** Longest run of characters without a space kept whole in a message. */
	public static final int MAX_TOKEN = 120;

	/** Longest text kept whole in a message. */
	public static final int MAX_TEXT = 2000;

	private Printable() {
	}

	/**
	 * @param text any text, possibly {@code null}
	 * @return the text on one line, with every control, escape, bidirectional and non-character shown as {@code \\uXXXX}
	 *         ({@code \\n}, {@code \\r}, {@code \\t} for the usual ones), tokens longer than {@value #MAX_TOKEN}
	 *         characters and texts longer than {@value #MAX_TEXT} characters shortened, with their length
	 */
	public static String of(String text) {
		return of(text, MAX_TOKEN, MAX_TEXT);
	}

	/**
	 * @param path a file path
	 * @return the path with its control, escape and bidirectional characters shown as {@code \\uXXXX}, never shortened
	 */
	public static String path(Object path) {
		return path == null ? "" : of(path.toString(), Integer.MAX_VALUE, Integer.MAX_VALUE);
	}

	private static String of(String text, int maxToken, int maxText) {
		if (text == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(Math.min(text.length(), 4096));
		int token = 0;
		int i = 0;
		int n = text.length();
		while (i < n) {
			if (sb.length() > maxText) {
				sb.append("… (").append(n).append(" caractères en tout)");
				return sb.toString();
			}
			char c = text.charAt(i);
			if (c == ' ') {
				token = 0;
				sb.append(c);
				i++;
				continue;
			}
			if (token == maxToken) {
				int end = i;
				while (end < n && text.charAt(end) != ' ') {
					end++;
				}
				sb.append("… (").append(maxToken + end - i).append(" caractères)");
				token = 0;
				i = end;
				continue;
			}
			token++;
			if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
				sb.append(c).append(text.charAt(i + 1));
				i += 2;
				continue;
			}
			switch (c) {
			case '\n' -> sb.append("\\n");
			case '\r' -> sb.append("\\r");
			case '\t' -> sb.append("\\t");
			default -> {
				if (unsafe(c)) {
					sb.append(String.format("\\u%04X", (int) c));
				} else {
					sb.append(c);
				}
			}
			}
			i++;
		}
		return sb.toString();
	}

	/**
	 * @param c a character
	 * @return whether a terminal could act on it or display it misleadingly: controls (C0, DEL, C1), bidirectional
	 *         marks, embeddings, overrides and isolates, line and paragraph separators, lone surrogates, non-characters
	 */
	public static boolean unsafe(char c) {
		return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u061C' || c == '\u200E' || c == '\u200F'
				|| (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029'
				|| Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || c == '\uFEFF';
	}
}
