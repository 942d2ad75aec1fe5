// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.load;

import java.nio.file.Path;

import org.casebook.model.text.Printable;

/**
 * A problem found in a scenario file, located by line and column (both from 1).
 *
 * @param file the file as the user named it
 * @param line the line, from 1
 * @param column the column, from 1
 * @param severity error or warning
 * @param code the issue code, see {@link org.casebook.dsl.validation.IssueCodes}
 * @param message the French message
 */
public record Problem(Path file, int line, int column, Severity severity, String code, String message) {

	/** Severity of a problem. */
	public enum Severity {
		/** The scenario is wrong and cannot be used as is. */
		ERROR("error"),
		/** The scenario is usable but probably not what the author meant. */
		WARNING("warning");

		private final String label;

		Severity(String label) {
			this.label = label;
		}

		/** @return the word printed on the command line */
		public String label() {
			return label;
		}
	}

	/**
	 * @return {@code path:line:column: severity: CODE: message}, on one line; the control, escape and bidirectional
	 *         characters of the path and the message are shown as {@code \\uXXXX}, and their very long tokens shortened,
	 *         so that quoted input can neither act on the terminal nor flood it
	 */
	public String format() {
		return Printable.path(file) + ":" + line + ":" + column + ": " + severity.label() + ": " + code + ": "
				+ Printable.of(message.replace('\n', ' ').replace('\r', ' '));
	}

	@Override
	public String toString() {
		return format();
	}
}
