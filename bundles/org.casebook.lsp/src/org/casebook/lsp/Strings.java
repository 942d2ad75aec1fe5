// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp;

/** Quoting of client input in messages: control characters are shown escaped, long values are cut. */
final class Strings {

	private static final int LONGEST = 200;

	private Strings() {
	}

	/**
	 * @param value a value sent by the client, or {@code null}
	 * @return the value with control characters escaped ({@code \n}, {@code \u0000}), at most 200 characters
	 */
	static String quote(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < value.length() && sb.length() < LONGEST; i++) {
			char c = value.charAt(i);
			switch (c) {
			case '\n' -> sb.append("\\n");
			case '\r' -> sb.append("\\r");
			case '\t' -> sb.append("\\t");
			default -> {
				if (Character.isISOControl(c)) {
					sb.append(String.format("\\u%04x", (int) c));
				} else {
					sb.append(c);
				}
			}
			}
		}
		return sb.length() >= LONGEST ? sb + "…" : sb.toString();
	}
}
