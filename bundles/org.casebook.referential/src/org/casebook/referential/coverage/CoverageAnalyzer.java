// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casebook.model.Dossier;
import org.casebook.model.ExamSubject;
import org.casebook.model.Mission;
import org.casebook.model.Model;
import org.casebook.model.Realisation;
import org.casebook.model.edition.EditionModels;
import org.casebook.referential.Referential;
import org.casebook.referential.Referential.Competency;
import org.casebook.referential.Referential.Option;
import org.casebook.referential.coverage.CoverageReport.MissionColumn;
import org.casebook.referential.coverage.CoverageReport.RealisationRow;
import org.eclipse.emf.ecore.EObject;

/** Computes which competencies of the referential the missions and réalisations of a scenario cover. */
public final class CoverageAnalyzer {

	private CoverageAnalyzer() {
	}

	/**
	 * @param models every file of the scenario
	 * @param option the option, or {@code null} to take it from the exam subjects (all options when none says)
	 * @return the coverage matrix, its gaps and the Bloc 1 synthesis table
	 */
	public static CoverageReport analyze(Collection<Model> models, Option option) {
		return analyze(EditionModels.teacher(models), option);
	}

	/**
	 * @param edition the models of the edition (for a student, the projection of the scenario, so that missions and
	 *        réalisations reserved to the teacher do not count)
	 * @param option the option, or {@code null} to take it from the exam subjects
	 * @return the coverage matrix, its gaps and the Bloc 1 synthesis table
	 */
	public static CoverageReport analyze(EditionModels edition, Option option) {
		Collection<Model> models = edition.models();
		Referential referential = Referential.get();
		List<Mission> missions = new ArrayList<>();
		Option effective = option;
		String session = null;
		for (Model model : models) {
			for (EObject element : model.getElements()) {
				if (element instanceof Mission mission) {
					missions.add(mission);
				} else if (element instanceof ExamSubject subject) {
					if (session == null && subject.getSession() != null && !subject.getSession().isBlank()) {
						session = subject.getSession().strip();
					}
					if (effective == null && subject.getOption() != null && subject.getOption().getValue() != 0) {
						effective = Option.parse(subject.getOption().getLiteral());
					}
					for (Dossier dossier : subject.getDossiers()) {
						missions.addAll(dossier.getMissions());
					}
				}
			}
		}
		if (effective == Option.COMMUNE) {
			effective = null;
		}
		List<MissionColumn> columns = new ArrayList<>();
		Set<String> unknown = new LinkedHashSet<>();
		Set<String> used = new LinkedHashSet<>();
		List<RealisationRow> rows = new ArrayList<>();
		for (Mission mission : missions) {
			Set<String> codes = new LinkedHashSet<>(mission.getCompetencies());
			for (Realisation realisation : mission.getRealisations()) {
				codes.addAll(realisation.getCompetencies());
				List<String> own = realisation.getCompetencies().isEmpty() ? mission.getCompetencies() : realisation.getCompetencies();
				boolean[] bloc1 = new boolean[CoverageReport.BLOC1.size()];
				for (int i = 0; i < bloc1.length; i++) {
					bloc1[i] = covers(own, CoverageReport.BLOC1.get(i));
				}
				List<String> documents = mission.getSpecification() == null ? List.of() : List.copyOf(mission.getSpecification().getDeliverables());
				rows.add(new RealisationRow(mission.getName(), realisation.getName(), realisation.getLabel(), bloc1, List.copyOf(own),
						mission.getLabel(), documents));
			}
			for (String code : codes) {
				if (referential.competency(code, effective).isEmpty()) {
					unknown.add(code);
				}
				used.add(Referential.competencyOf(code));
			}
			columns.add(new MissionColumn(mission.getName(), mission.getLabel(), List.copyOf(codes)));
		}
		List<Competency> competencies = new ArrayList<>();
		for (Competency c : referential.competencies(effective)) {
			boolean core = c.block().equals("B1") || c.block().equals("B2") || c.block().equals("B3");
			if (core || used.contains(c.code())) {
				competencies.add(c);
			}
		}
		boolean[][] covered = new boolean[competencies.size()][columns.size()];
		List<Competency> gaps = new ArrayList<>();
		for (int i = 0; i < competencies.size(); i++) {
			boolean any = false;
			for (int j = 0; j < columns.size(); j++) {
				covered[i][j] = covers(columns.get(j).codes(), competencies.get(i).code());
				any |= covered[i][j];
			}
			String block = competencies.get(i).block();
			if (!any && (block.equals("B1") || block.equals("B2") || block.equals("B3"))) {
				gaps.add(competencies.get(i));
			}
		}
		return new CoverageReport(effective, columns, competencies, covered, gaps, rows, List.copyOf(unknown), session);
	}

	/**
	 * @param codes codes written in a scenario
	 * @param competency a competency code
	 * @return whether one of the codes is the competency or one of its sub-competencies
	 */
	static boolean covers(Collection<String> codes, String competency) {
		for (String code : codes) {
			if (code.equals(competency) || code.startsWith(competency + ".")) {
				return true;
			}
		}
		return false;
	}
}
