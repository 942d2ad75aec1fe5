// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.casebook.model.Annex;
import org.casebook.model.Dossier;
import org.casebook.model.ExamSubject;
import org.casebook.model.Mission;
import org.casebook.model.Realisation;
import org.casebook.model.edition.EditionModels;
import org.eclipse.emf.ecore.EObject;

/**
 * Numbers of the dossiers, missions, travaux à faire and annexes of a subject, computed once on the student projection:
 * the student subject has no gap, and the corrigé, which looks its items up through the projection's trace, numbers
 * exactly what the students read. An item reserved to the teacher has no number.
 */
final class Numbering {

	private final EditionModels student;
	private final ExamSubject subject;
	private final Map<EObject, String> numbers = new IdentityHashMap<>();

	/**
	 * @param student the student edition
	 * @param subject the subject the students read, in the student edition, or {@code null}
	 * @param standalone the missions outside any subject, in the student edition
	 */
	Numbering(EditionModels student, ExamSubject subject, List<Mission> standalone) {
		this.student = student;
		this.subject = subject;
		if (subject != null) {
			int d = 1;
			for (Dossier dossier : subject.getDossiers()) {
				numbers.put(dossier, Integer.toString(d));
				missions(dossier.getMissions(), Integer.toString(d));
				d++;
			}
			int a = 1;
			for (Annex annex : subject.getAnnexes()) {
				numbers.put(annex, Integer.toString(a++));
			}
			missions(standalone, "H");
		} else {
			missions(standalone, "1");
		}
	}

	private void missions(List<Mission> missions, String prefix) {
		int m = 1;
		for (Mission mission : missions) {
			String number = prefix + "." + m++;
			numbers.put(mission, number);
			int r = 1;
			for (Realisation realisation : mission.getRealisations()) {
				numbers.put(realisation, number + "." + r++);
			}
		}
	}

	/** @return the subject the students read, in the student edition, or {@code null} */
	ExamSubject subject() {
		return subject;
	}

	/**
	 * @param element a dossier, mission, réalisation or annex, of the scenario or of the student edition
	 * @return its number in the student subject, or {@code null} when the students do not see it
	 */
	String of(EObject element) {
		EObject copy = student.resolve(element);
		return copy == null ? null : numbers.get(copy);
	}
}
