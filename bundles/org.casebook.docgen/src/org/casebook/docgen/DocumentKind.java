// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.util.Locale;

/** The documents generated from a scenario. */
public enum DocumentKind {
	/** The dossier de contexte: the organisation and its information system. */
	CONTEXTE("Dossier de contexte"),
	/** The cas d'entreprise subject: dossiers, missions, questions with points, dossier documentaire. */
	SUJET("Sujet"),
	/** The subject with answers, criteria and the barème: teacher edition only. */
	CORRIGE("Corrigé et barème"),
	/** The Annexe II.E attestation. */
	CONFORMITE("Conformité à l'annexe II.E"),
	/** The competency coverage table. */
	COUVERTURE("Couverture des compétences");

	private final String title;

	DocumentKind(String title) {
		this.title = title;
	}

	/** @return the French title */
	public String title() {
		return title;
	}

	/** @return the word used on the command line and in file names */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return whether the document exists only in the teacher edition */
	public boolean teacherOnly() {
		return this == CORRIGE;
	}

	/**
	 * @param word a word of the command line
	 * @return the kind, or {@code null}
	 */
	public static DocumentKind parse(String word) {
		for (DocumentKind kind : values()) {
			if (kind.word().equals(word.trim().toLowerCase(Locale.ROOT).replace("é", "e"))) {
				return kind;
			}
		}
		return null;
	}
}
