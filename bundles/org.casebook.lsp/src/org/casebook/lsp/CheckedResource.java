// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.validation.IssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A scenario resource that refuses what {@code casebook validate} refuses — a binary file, a file not in UTF-8, a file over
 * 16 MiB — with one located {@code casebook.fichier_illisible} error instead of a cascade of syntax errors.
 */
public class CheckedResource extends LazyLinkingResource {

	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		byte[] bytes = inputStream.readAllBytes();
		Unreadable problem = check(bytes);
		if (problem == null) {
			super.doLoad(new ByteArrayInputStream(bytes), options);
			return;
		}
		super.doLoad(new ByteArrayInputStream(new byte[0]), options);
		getContents().clear();
		getErrors().add(problem);
	}

	/**
	 * @param bytes the content of a file
	 * @return why it cannot be a scenario, or {@code null} when it can
	 */
	static Unreadable check(byte[] bytes) {
		if (bytes.length > ScenarioLoader.DEFAULT_MAX_BYTES) {
			return new Unreadable(1, 1, String.format(Locale.FRANCE,
					"fichier trop volumineux (%.1f Mo, limite %.1f Mo) : découper le scénario en plusieurs fichiers",
					bytes.length / 1048576.0, ScenarioLoader.DEFAULT_MAX_BYTES / 1048576.0));
		}
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		for (int i = start; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				int[] at = position(bytes, start, i);
				return new Unreadable(at[0], at[1], "fichier binaire (octet nul) : ce n'est pas un texte");
			}
		}
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		var result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
		if (result.isError()) {
			int bad = Math.min(in.position(), bytes.length - 1);
			int[] at = position(bytes, start, bad);
			return new Unreadable(at[0], at[1], String.format("octet 0x%02X invalide en UTF-8 : enregistrer le fichier en UTF-8 "
					+ "(il semble encodé en ISO-8859-1 ou Windows-1252)", bytes[bad] & 0xFF));
		}
		return null;
	}

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

	/** The error of an unreadable file, at a line and column from 1. */
	static final class Unreadable extends AbstractDiagnostic {
		private final int line;
		private final int column;
		private final String message;

		Unreadable(int line, int column, String message) {
			this.line = line;
			this.column = column;
			this.message = message;
		}

		@Override
		protected INode getNode() {
			return null;
		}

		@Override
		public String getCode() {
			return IssueCodes.UNREADABLE_FILE;
		}

		@Override
		public String[] getData() {
			return new String[0];
		}

		@Override
		public String getMessage() {
			return message;
		}

		@Override
		public int getOffset() {
			return 0;
		}

		@Override
		public int getLength() {
			return 0;
		}

		@Override
		public int getLine() {
			return line;
		}

		@Override
		public int getColumn() {
			return column;
		}

		@Override
		public int getLineEnd() {
			return line;
		}

		@Override
		public int getColumnEnd() {
			return column + 1;
		}

		@Override
		public URI getUriToProblem() {
			return null;
		}

		@Override
		public String getLocation() {
			return line + ":" + column;
		}
	}
}
