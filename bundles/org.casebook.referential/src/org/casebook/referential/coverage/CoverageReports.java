// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casebook.referential.Referential.Competency;
import org.casebook.referential.coverage.CoverageReport.MissionColumn;
import org.casebook.referential.coverage.CoverageReport.RealisationRow;
import org.casebook.referential.report.Html;
import org.casebook.referential.report.Json;

/** Writes the competency coverage as text, JSON or HTML. */
public final class CoverageReports {

	/** Title of the Bloc 1 synthesis table, with the exam in both numberings. */
	public static final String SYNTHESIS = "Tableau de synthèse des réalisations – Bloc 1 (épreuve E4 en 2019, E5 depuis 2024)";

	private CoverageReports() {
	}

	static String option(CoverageReport report) {
		return report.option() == null ? "toutes options" : "option " + report.option().word().toUpperCase(java.util.Locale.ROOT);
	}

	static String name(String name, String label) {
		return label != null && !label.isBlank() ? name + " – " + label : name;
	}

	/**
	 * @param report a coverage report
	 * @return plain text with the matrix, the gaps and the synthesis table
	 */
	public static String text(CoverageReport report) {
		StringBuilder sb = new StringBuilder("Couverture des compétences (" + option(report) + ")\n\nMissions :\n");
		List<String> headers = headers(report.missions());
		for (int j = 0; j < report.missions().size(); j++) {
			MissionColumn m = report.missions().get(j);
			sb.append("  ").append(name(headers.get(j), m.label())).append('\n');
		}
		sb.append("\nCompétence ");
		int[] widths = new int[headers.size()];
		for (int j = 0; j < headers.size(); j++) {
			widths[j] = Math.max(3, headers.get(j).length()) + 2;
			sb.append(' ').append(String.format("%-" + (widths[j] - 1) + "s", headers.get(j)));
		}
		trimEnd(sb);
		sb.append('\n');
		for (int i = 0; i < report.competencies().size(); i++) {
			Competency c = report.competencies().get(i);
			sb.append(String.format("%-11s", c.code()));
			for (int j = 0; j < report.missions().size(); j++) {
				// the mark under the middle of the mission's id
				int before = 1 + (Math.max(3, headers.get(j).length()) - 1) / 2;
				sb.append(" ".repeat(before)).append(report.covered()[i][j] ? 'X' : '.').append(" ".repeat(widths[j] - before - 1));
			}
			sb.append(' ').append(c.label()).append('\n');
		}
		sb.append("\nCompétences non couvertes : ");
		sb.append(report.gaps().isEmpty() ? "aucune" : String.join(", ", report.gaps().stream().map(Competency::code).toList())).append('\n');
		if (!report.unknownCodes().isEmpty()) {
			sb.append("Codes inconnus du référentiel : ").append(String.join(", ", report.unknownCodes())).append('\n');
		}
		sb.append('\n').append(SYNTHESIS).append("\n\nRéalisation                     ");
		for (String code : CoverageReport.BLOC1) {
			sb.append(String.format(" %-5s", code));
		}
		sb.append('\n');
		for (RealisationRow r : report.realisations()) {
			String title = r.mission() + "." + r.name();
			sb.append(String.format("%-32s", title.length() > 31 ? title.substring(0, 31) : title));
			for (boolean b : r.bloc1()) {
				sb.append(b ? "  X   " : "  .   ");
			}
			sb.append(r.label() == null ? "" : r.label()).append('\n');
		}
		List<String> bloc1Gaps = report.bloc1Gaps();
		sb.append('\n').append(bloc1Gaps.isEmpty() ? "Les six compétences du bloc 1 sont mobilisées au moins une fois."
				: "Compétences du bloc 1 jamais mobilisées : " + String.join(", ", bloc1Gaps) + ".").append('\n');
		return sb.toString();
	}

	/**
	 * @param missions the missions of a report
	 * @return the heading of each mission's column: its own id, followed by {@code #2}, {@code #3}… when several
	 *         missions of the scenario share it
	 */
	static List<String> headers(List<MissionColumn> missions) {
		Map<String, Integer> seen = new LinkedHashMap<>();
		Map<String, Integer> total = new LinkedHashMap<>();
		missions.forEach(m -> total.merge(m.name(), 1, Integer::sum));
		List<String> headers = new ArrayList<>();
		for (MissionColumn m : missions) {
			int rank = seen.merge(m.name(), 1, Integer::sum);
			headers.add(total.get(m.name()) > 1 && rank > 1 ? m.name() + "#" + rank : m.name());
		}
		return headers;
	}

	private static void trimEnd(StringBuilder sb) {
		while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ') {
			sb.setLength(sb.length() - 1);
		}
	}

	/**
	 * @param report a coverage report
	 * @return a JSON document: missions, matrix, gaps, synthesis table
	 */
	public static String json(CoverageReport report) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("option", report.option() == null ? null : report.option().word());
		List<Object> missions = new ArrayList<>();
		for (MissionColumn m : report.missions()) {
			missions.add(Map.of("name", m.name(), "label", m.label() == null ? "" : m.label(), "codes", m.codes()));
		}
		root.put("missions", missions);
		List<Object> matrix = new ArrayList<>();
		for (int i = 0; i < report.competencies().size(); i++) {
			Competency c = report.competencies().get(i);
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("code", c.code());
			row.put("label", c.label());
			List<Object> in = new ArrayList<>();
			for (int j = 0; j < report.missions().size(); j++) {
				if (report.covered()[i][j]) {
					in.add(report.missions().get(j).name());
				}
			}
			row.put("missions", in);
			matrix.add(row);
		}
		root.put("matrix", matrix);
		root.put("gaps", report.gaps().stream().map(Competency::code).toList());
		root.put("unknownCodes", report.unknownCodes());
		List<Object> synthesis = new ArrayList<>();
		for (RealisationRow r : report.realisations()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("mission", r.mission());
			row.put("realisation", r.name());
			row.put("label", r.label());
			List<Object> codes = new ArrayList<>();
			for (int i = 0; i < r.bloc1().length; i++) {
				if (r.bloc1()[i]) {
					codes.add(CoverageReport.BLOC1.get(i));
				}
			}
			row.put("bloc1", codes);
			synthesis.add(row);
		}
		root.put("synthesis", synthesis);
		root.put("bloc1Gaps", report.bloc1Gaps());
		return Json.write(root);
	}

	/**
	 * @param report a coverage report
	 * @return a self-contained HTML page
	 */
	public static String html(CoverageReport report) {
		StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Couverture des compétences</title><style>")
				.append(Html.STYLE).append("</style></head><body>\n<h1>Couverture des compétences</h1>\n<p class=\"meta\">BTS SIO – ")
				.append(Html.escape(option(report))).append("</p>\n<h2>Matrice compétences × missions</h2>\n<table><tr><th>Compétence</th>");
		List<String> headers = headers(report.missions());
		for (int j = 0; j < report.missions().size(); j++) {
			MissionColumn m = report.missions().get(j);
			sb.append("<th title=\"").append(Html.escape(name(m.name(), m.label()))).append("\">").append(Html.escape(headers.get(j))).append("</th>");
		}
		sb.append("</tr>\n");
		for (int i = 0; i < report.competencies().size(); i++) {
			Competency c = report.competencies().get(i);
			sb.append("<tr><td><span class=\"id\">").append(Html.escape(c.code())).append("</span> ").append(Html.escape(c.label())).append("</td>");
			for (int j = 0; j < report.missions().size(); j++) {
				sb.append(report.covered()[i][j] ? "<td class=\"x ok\">X</td>" : "<td></td>");
			}
			sb.append("</tr>\n");
		}
		sb.append("</table>\n<p><strong>Compétences non couvertes :</strong> ").append(report.gaps().isEmpty() ? "aucune"
				: Html.escape(String.join(", ", report.gaps().stream().map(Competency::code).toList()))).append("</p>\n");
		if (!report.unknownCodes().isEmpty()) {
			sb.append("<p><strong>Codes inconnus du référentiel :</strong> ").append(Html.escape(String.join(", ", report.unknownCodes()))).append("</p>\n");
		}
		sb.append("<h2>").append(Html.escape(SYNTHESIS)).append("</h2>\n<table><tr><th>Réalisation</th>");
		for (String code : CoverageReport.BLOC1) {
			sb.append("<th>").append(code).append("</th>");
		}
		sb.append("</tr>\n");
		for (RealisationRow r : report.realisations()) {
			sb.append("<tr><td>").append(Html.escape(r.mission() + " · " + name(r.name(), r.label()))).append("</td>");
			for (boolean b : r.bloc1()) {
				sb.append(b ? "<td class=\"x ok\">X</td>" : "<td></td>");
			}
			sb.append("</tr>\n");
		}
		sb.append("<tr class=\"summary\"><td>Couverture</td>");
		for (int i = 0; i < CoverageReport.BLOC1.size(); i++) {
			sb.append(report.bloc1Covered(i) ? "<td class=\"ok\">oui</td>" : "<td class=\"ko\">non</td>");
		}
		sb.append("</tr></table>\n</body></html>\n");
		return sb.toString();
	}
}
