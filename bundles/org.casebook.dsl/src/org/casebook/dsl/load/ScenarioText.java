// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bytes of a file that may be a scenario: what makes them none — too large, binary, not UTF-8 — located at the line
 * and column of the first faulty byte, and their text. {@code casebook validate} and the language server refuse the
 * same files with the same messages.
 */
public final class ScenarioText {

	private ScenarioText() {
	}

	/**
	 * Why some bytes are no scenario.
	 *
	 * @param line the line of the first faulty byte, from 1
	 * @param column its column, from 1, in characters
	 * @param message the reason in French, with what to do
	 */
	public record Refusal(int line, int column, String message) {
	}

	/**
	 * @param bytes the content of a file
	 * @param maxBytes the largest size accepted
	 * @return why it cannot be a scenario, or {@code null} when it can
	 */
	public static Refusal check(byte[] bytes, long maxBytes) {
		if (bytes.length > maxBytes) {
			return new Refusal(1, 1, tooLarge(bytes.length, maxBytes));
		}
		int start = bom(bytes);
		for (int i = start; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				int[] at = position(bytes, start, i);
				return new Refusal(at[0], at[1], "fichier binaire (octet nul) : ce n'est pas un texte");
			}
		}
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		var result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
		if (result.isError()) {
			int bad = Math.min(in.position(), bytes.length - 1);
			int[] at = position(bytes, start, bad);
			return new Refusal(at[0], at[1], String.format("octet 0x%02X invalide en UTF-8 : enregistrer le fichier en UTF-8 "
					+ "(il semble encodé en ISO-8859-1 ou Windows-1252)", bytes[bad] & 0xFF));
		}
		return null;
	}

	/**
	 * @param bytes the content of a file that {@link #check} accepts
	 * @return its text, without the byte order mark
	 */
	public static String decode(byte[] bytes) {
		int start = bom(bytes);
		return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
	}

	/**
	 * @param size the size of a file
	 * @param maxBytes the largest size accepted
	 * @return the message refusing it, with what to do
	 */
	public static String tooLarge(long size, long maxBytes) {
		return String.format(Locale.FRANCE, "fichier trop volumineux (%.1f Mo, limite %.1f Mo) : découper le scénario en plusieurs fichiers",
				size / 1048576.0, maxBytes / 1048576.0);
	}

	private static int bom(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
	}

	/** @return line and column (from 1) of the byte at {@code index} */
	private static int[] position(byte[] bytes, int start, int index) {
		int line = 1;
		int column = 1;
		for (int i = start; i < index; i++) {
			if (bytes[i] == '\n') {
				line++;
				column = 1;
			} else if ((bytes[i] & 0xC0) != 0x80) {
				column++;
			}
		}
		return new int[] { line, column };
	}
}
