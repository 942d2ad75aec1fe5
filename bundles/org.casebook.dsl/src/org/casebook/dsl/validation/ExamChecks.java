// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.validation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import org.casebook.model.CasebookPackage;
import org.casebook.model.ExamSubject;
import org.casebook.referential.Referential;
import org.casebook.referential.Referential.Exam;
import org.eclipse.xtext.validation.Check;

/** Checks that the épreuve a subject names is the written case study of its session's numbering, with its title. */
public class ExamChecks extends ComposedChecks {

	private static final CasebookPackage P = CasebookPackage.eINSTANCE;

	/**
	 * A {@code sujet} is a written case study (cas d'entreprise): the épreuve it names must be E6 up to session 2024 and
	 * E7 from session 2025 (arrêté of 8 July 2024), and the title written after the code must be that épreuve's.
	 */
	@Check
	public void checkExamOfTheSession(ExamSubject subject) {
		String code = Referential.examCode(subject.getExam());
		if (code == null) {
			return;
		}
		String edition = Referential.editionOfSession(subject.getSession());
		String writtenCode = Referential.writtenCaseStudy(edition);
		Referential referential = Referential.get();
		Optional<Exam> written = referential.exams(edition).stream().filter(e -> e.code().equals(writtenCode)).findFirst();
		if (written.isEmpty()) {
			return;
		}
		String expected = writtenCode + " – " + written.get().title();
		String session = session(subject.getSession(), edition);
		if (!code.equals(writtenCode)) {
			Optional<Exam> named = referential.examOfSubject(subject.getSession(), subject.getExam());
			String what = named.map(e -> code + " est « " + e.title() + " »" + (e.form().isBlank() ? "" : " (" + e.form() + ")"))
					.orElse(code + " n'existe pas dans cette numérotation");
			warning("un sujet de cas d'entreprise est l'épreuve écrite : " + session + ", c'est " + expected + " ; " + what
					+ (edition.equals("2024") ? " (épreuves renumérotées par l'arrêté du 8 juillet 2024)" : ""),
					subject, P.getExamSubject_Exam(), IssueCodes.EXAM_OF_ANOTHER_FORM, expected);
			return;
		}
		String title = plain(subject.getExam().replaceFirst("^.*?\\bE\\d\\b", ""));
		String official = plain(written.get().title());
		if (!title.isEmpty() && !official.contains(title) && !title.contains(official)) {
			warning("l'épreuve " + writtenCode + " " + session + " s'intitule « " + written.get().title() + " »", subject,
					P.getExamSubject_Exam(), IssueCodes.EXAM_TITLE_MISMATCH, expected);
		}
	}

	/** @return "à la session 2027", or the span of sessions of an edition when the subject states none */
	private static String session(String session, String edition) {
		Integer year = Referential.sessionYear(session);
		if (year != null) {
			return "à la session " + year;
		}
		return edition.equals("2019") ? "jusqu'à la session 2024" : "à partir de la session 2025";
	}

	/** @return the text in lower case without accents, its words separated by one space */
	private static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
				.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}
}
