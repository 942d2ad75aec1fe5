// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioText;
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

	/** Why the file is refused before it is opened, while it is loaded as empty. */
	private Unreadable refused;

	/**
	 * Loads the file, unless it is a named pipe, a device or a socket: opening a pipe would wait for a writer and block
	 * the server, reading a device might never end. Such a file is loaded as empty, with one error.
	 */
	@Override
	public void load(Map<?, ?> options) throws IOException {
		Unreadable special = isLoaded() ? null : special(getURI());
		if (special == null) {
			super.load(options);
			return;
		}
		refused = special;
		try {
			load(new ByteArrayInputStream(new byte[0]), options);
		} finally {
			refused = null;
		}
	}

	/** @return the error of a file URI that names something other than a regular file, or {@code null} */
	static Unreadable special(URI uri) {
		if (uri == null || !uri.isFile()) {
			return null;
		}
		try {
			BasicFileAttributes attributes = Files.readAttributes(Path.of(uri.toFileString()), BasicFileAttributes.class);
			return attributes.isRegularFile() || attributes.isDirectory() ? null
					: new Unreadable(1, 1, "fichier spécial (tube nommé, périphérique ou socket) : refusé sans être ouvert");
		} catch (IOException | RuntimeException e) {
			return null; // missing or unreachable: the load says why
		}
	}

	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		byte[] bytes = inputStream.readAllBytes();
		Unreadable problem = refused != null ? refused : check(bytes);
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
		ScenarioText.Refusal refusal = ScenarioText.check(bytes, ScenarioLoader.DEFAULT_MAX_BYTES);
		return refusal == null ? null : new Unreadable(refusal.line(), refusal.column(), refusal.message());
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
