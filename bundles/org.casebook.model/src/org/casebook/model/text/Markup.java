// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.text;

/** Escaping of scenario text for HTML, XHTML, SVG and other XML outputs: nothing a teacher types is ever read as markup. */
public final class Markup {

	private Markup() {
	}

	/**
	 * @param text any text, possibly {@code null}
	 * @return the text with {@code & < > " '} replaced by entities and the control characters XML forbids removed;
	 *         the empty string for {@code null}
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		int i = 0;
		while (i < text.length() && plain(text.charAt(i))) {
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
				if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
					sb.append(c);
				}
			}
			}
		}
		return sb.toString();
	}

	private static boolean plain(char c) {
		return c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' && (c >= 0x20 || c == '\n' || c == '\t' || c == '\r');
	}
}
