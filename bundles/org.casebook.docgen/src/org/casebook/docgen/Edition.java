// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.util.Locale;

/** Who a document is for. */
public enum Edition {
	/** The student edition: nothing marked for the teacher, no answers, no marking criteria. */
	ELEVE("élève"),
	/** The teacher edition: everything. */
	ENSEIGNANT("enseignant");

	private final String label;

	Edition(String label) {
		this.label = label;
	}

	/** @return the French word with accents, for display */
	public String label() {
		return label;
	}

	/** @return the word used on the command line and in file names */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param word {@code eleve}, {@code élève} or {@code enseignant}
	 * @return the edition, or {@code null}
	 */
	public static Edition parse(String word) {
		String w = word.trim().toLowerCase(Locale.ROOT);
		return switch (w) {
		case "eleve", "élève" -> ELEVE;
		case "enseignant" -> ENSEIGNANT;
		default -> null;
		};
	}
}
