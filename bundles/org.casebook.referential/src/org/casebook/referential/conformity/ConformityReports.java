// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.conformity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casebook.model.text.Plural;
import org.casebook.referential.report.Html;
import org.casebook.referential.report.Json;

/** Writes the Annexe II.E attestation as text, JSON or HTML. */
public final class ConformityReports {

	private ConformityReports() {
	}

	private static String title(ConformityReport report) {
		String name = report.organisationLabel() != null ? report.organisationLabel() : report.organisation();
		return "Conformité à l'annexe II.E – " + name + " – option " + report.option().word().toUpperCase(java.util.Locale.ROOT);
	}

	private static String summary(ConformityReport report) {
		return Plural.count(report.count(Status.CONFORME), "conforme", "conformes") + ", "
				+ Plural.count(report.count(Status.NON_CONFORME), "non conforme", "non conformes") + ", "
				+ Plural.count(report.count(Status.INFORMATION_ABSENTE), "information absente", "informations absentes") + " sur "
				+ Plural.count(report.results().size(), "règle", "règles");
	}

	/**
	 * @param report an attestation
	 * @return plain text, one block per rule
	 */
	public static String text(ConformityReport report) {
		StringBuilder sb = new StringBuilder();
		sb.append(title(report)).append('\n');
		sb.append("Lecture des règles ambiguës : ").append(report.reading().word()).append('\n');
		sb.append(summary(report)).append("\n");
		String section = null;
		for (RuleResult r : report.results()) {
			if (!r.section().equals(section)) {
				section = r.section();
				sb.append('\n').append(section).append('\n');
			}
			sb.append(String.format("%-8s %-19s %s%n", r.id(), r.status().label(), r.text()));
			for (String e : r.evidence()) {
				sb.append("         - ").append(e).append('\n');
			}
			sb.append("         ").append(r.explanation());
			if (r.reading() != null) {
				sb.append(" [lecture ").append(r.reading().word()).append(']');
			}
			sb.append('\n');
		}
		sb.append('\n').append(report.isConforming() ? "Environnement CONFORME à l'annexe II.E."
				: "Environnement NON CONFORME ou incomplet : un élément manquant peut entraîner une pénalité.").append('\n');
		return sb.toString();
	}

	/**
	 * @param report an attestation
	 * @return the JSON document described in the README
	 */
	public static String json(ConformityReport report) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("organisation", report.organisation());
		root.put("libelle", report.organisationLabel());
		root.put("option", report.option().word());
		root.put("lecture", report.reading().word());
		root.put("conforme", report.isConforming());
		Map<String, Object> counts = new LinkedHashMap<>();
		for (Status s : Status.values()) {
			counts.put(s.label(), report.count(s));
		}
		root.put("bilan", counts);
		List<Object> rules = new ArrayList<>();
		for (RuleResult r : report.results()) {
			Map<String, Object> rule = new LinkedHashMap<>();
			rule.put("id", r.id());
			rule.put("section", r.section());
			rule.put("text", r.text());
			rule.put("status", r.status().label());
			rule.put("evidence", r.evidence());
			rule.put("explanation", r.explanation());
			rule.put("reading", r.reading() == null ? null : r.reading().word());
			rules.add(rule);
		}
		root.put("rules", rules);
		return Json.write(root);
	}

	/**
	 * @param report an attestation
	 * @return a self-contained HTML page laid out like the official attestation
	 */
	public static String html(ConformityReport report) {
		StringBuilder sb = new StringBuilder();
		sb.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>").append(Html.escape(title(report)))
				.append("</title><style>").append(Html.STYLE).append("</style></head><body>\n");
		sb.append("<h1>Attestation de conformité de l'environnement technologique</h1>\n");
		sb.append("<p class=\"meta\">Annexe II.E de l'arrêté du 29 avril 2019 – BTS SIO option ")
				.append(report.option().word().toUpperCase(java.util.Locale.ROOT)).append("<br>Organisation : <strong>")
				.append(Html.escape(report.organisationLabel() != null ? report.organisationLabel() : report.organisation()))
				.append("</strong><br>Lecture des règles ambiguës : ").append(report.reading().word()).append("</p>\n");
		sb.append("<table class=\"summary\"><tr><td class=\"ok\">").append(Plural.count(report.count(Status.CONFORME), "conforme", "conformes"))
				.append("</td><td class=\"ko\">").append(Plural.count(report.count(Status.NON_CONFORME), "non conforme", "non conformes"))
				.append("</td><td class=\"na\">").append(Plural.count(report.count(Status.INFORMATION_ABSENTE), "information absente",
						"informations absentes")).append("</td></tr></table>\n");
		String section = null;
		for (RuleResult r : report.results()) {
			if (!r.section().equals(section)) {
				if (section != null) {
					sb.append("</table>\n");
				}
				section = r.section();
				sb.append("<h2>").append(Html.escape(section)).append("</h2>\n<table><tr><th>Élément requis</th>"
						+ "<th>Description de l'implantation dans le contexte</th><th>Statut</th><th>Remarques</th></tr>\n");
			}
			String css = switch (r.status()) {
			case CONFORME -> "ok";
			case NON_CONFORME -> "ko";
			default -> "na";
			};
			sb.append("<tr><td><span class=\"id\">").append(Html.escape(r.id())).append("</span> ").append(Html.escape(r.text()))
					.append("</td><td>");
			if (r.evidence().isEmpty()) {
				sb.append("—");
			} else {
				sb.append("<ul>");
				for (String e : r.evidence()) {
					sb.append("<li>").append(Html.escape(e)).append("</li>");
				}
				sb.append("</ul>");
			}
			sb.append("</td><td class=\"").append(css).append("\">").append(Html.escape(r.status().label())).append("</td><td>")
					.append(Html.escape(r.explanation()));
			if (r.reading() != null) {
				sb.append(" <span class=\"note\">(lecture ").append(r.reading().word()).append(")</span>");
			}
			sb.append("</td></tr>\n");
		}
		if (section != null) {
			sb.append("</table>\n");
		}
		sb.append("<p class=\"note\">Un environnement non conforme à l'annexe II.E expose le candidat à une pénalité "
				+ "lors de l'évaluation. Statut « INFORMATION ABSENTE » : le contexte ne dit pas assez pour conclure.</p>\n");
		sb.append("</body></html>\n");
		return sb.toString();
	}
}
