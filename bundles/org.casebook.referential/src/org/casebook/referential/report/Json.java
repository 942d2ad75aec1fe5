// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.report;

import java.util.List;
import java.util.Map;

/** A minimal JSON writer for the reports (strings, numbers, booleans, lists and ordered maps). */
public final class Json {

	private Json() {
	}

	/**
	 * @param value a {@link String}, {@link Number}, {@link Boolean}, {@link List}, {@link Map} or {@code null}
	 * @return its JSON text, indented by two spaces
	 */
	public static String write(Object value) {
		StringBuilder sb = new StringBuilder();
		write(value, sb, 0);
		return sb.append('\n').toString();
	}

	private static void write(Object value, StringBuilder sb, int depth) {
		if (value == null) {
			sb.append("null");
		} else if (value instanceof String s) {
			string(s, sb);
		} else if (value instanceof Number || value instanceof Boolean) {
			sb.append(value);
		} else if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				sb.append("{}");
				return;
			}
			sb.append("{\n");
			int i = 0;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				indent(sb, depth + 1);
				string(String.valueOf(entry.getKey()), sb);
				sb.append(": ");
				write(entry.getValue(), sb, depth + 1);
				sb.append(++i < map.size() ? ",\n" : "\n");
			}
			indent(sb, depth);
			sb.append('}');
		} else if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				sb.append("[]");
				return;
			}
			sb.append("[\n");
			for (int i = 0; i < list.size(); i++) {
				indent(sb, depth + 1);
				write(list.get(i), sb, depth + 1);
				sb.append(i + 1 < list.size() ? ",\n" : "\n");
			}
			indent(sb, depth);
			sb.append(']');
		} else {
			string(value.toString(), sb);
		}
	}

	private static void indent(StringBuilder sb, int depth) {
		sb.append("  ".repeat(depth));
	}

	private static void string(String s, StringBuilder sb) {
		sb.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> sb.append("\\\"");
			case '\\' -> sb.append("\\\\");
			case '\n' -> sb.append("\\n");
			case '\r' -> sb.append("\\r");
			case '\t' -> sb.append("\\t");
			case '<' -> sb.append("\\u003c");
			default -> {
				if (c < 0x20) {
					sb.append(String.format("\\u%04x", (int) c));
				} else {
					sb.append(c);
				}
			}
			}
		}
		sb.append('"');
	}
}
