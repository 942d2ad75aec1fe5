// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.text;

/** Escaping of scenario text for HTML, XHTML, SVG and other XML outputs: nothing a teacher types is ever read as markup. */
public final class Markup {

	private Markup() {
	}

	/**
	 * @param text any text, possibly {@code null}
	 * @return the text with {@code & < > " '} replaced by entities and the characters XML 1.0 forbids (controls,
	 *         U+FFFE, U+FFFF, lone surrogates) removed; the empty string for {@code null}
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		int i = 0;
		while (i < text.length() && plain(text.charAt(i)) && !Character.isSurrogate(text.charAt(i))) {
			i++;
		}
		if (i == text.length()) {
			return text;
		}
		StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> sb.append("&amp;");
			case '<' -> sb.append("&lt;");
			case '>' -> sb.append("&gt;");
			case '"' -> sb.append("&quot;");
			case '\'' -> sb.append("&#39;");
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					sb.append(c).append(text.charAt(++i));
				} else if (allowed(c) && !Character.isSurrogate(c)) {
					sb.append(c);
				}
			}
			}
		}
		return sb.toString();
	}

	/**
	 * @param text any text, possibly {@code null}
	 * @return the text without the characters XML 1.0 forbids, for libraries that escape markup themselves but write
	 *         forbidden characters as they are; the empty string for {@code null}
	 */
	public static String xmlChars(String text) {
		if (text == null) {
			return "";
		}
		if (firstForbidden(text) < 0) {
			return text;
		}
		StringBuilder sb = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				sb.append(c).append(text.charAt(++i));
			} else if (allowed(c) && !Character.isSurrogate(c)) {
				sb.append(c);
			}
		}
		return sb.toString();
	}

	/**
	 * @param text any text
	 * @return the index of the first character XML 1.0 forbids (a control other than tab, line feed and carriage
	 *         return, U+FFFE, U+FFFF, a lone surrogate), or -1
	 */
	public static int firstForbidden(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			} else if (!allowed(c) || Character.isSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * @param text a text
	 * @return the index of its first C1 control character (U+0080 to U+009F) or bidirectional embedding, override or
	 *         isolate (U+202A to U+202E, U+2066 to U+2069), or -1: XML allows them, but they print as nothing and, shown
	 *         on a terminal or in an editor, command the terminal or reverse the order in which the text is displayed
	 */
	public static int firstControl(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (isControl(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * @param c a character
	 * @return whether it is one of those {@link #firstControl} looks for
	 */
	public static boolean isControl(char c) {
		return c >= 0x80 && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
	}

	/** @return whether XML 1.0 allows the character, surrogates aside */
	private static boolean allowed(char c) {
		return (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') && c != '\uFFFE' && c != '\uFFFF';
	}

	private static boolean plain(char c) {
		return c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' && allowed(c);
	}
}
