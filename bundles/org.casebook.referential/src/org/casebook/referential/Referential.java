// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casebook.model.text.EditDistance;

/**
 * The BTS SIO referential (arrêté of 29 April 2019) as data: blocks, competencies, Bloc 1 sub-competencies with their
 * performance indicators and savoirs, activities and tasks, units and exams per edition of the regulation.
 *
 * <p>Competencies are coded {@code Bk.n} and Bloc 1 sub-competencies {@code B1.n.m}. Blocks 2 and 3 differ by option:
 * {@code B2.1} is a SISR competency for an SISR scenario and a SLAM one for a SLAM scenario.</p>
 */
public final class Referential {

	/** Option of the diploma a block or competency belongs to. */
	public enum Option {
		/** Common to both options. */
		COMMUNE,
		/** Solutions d'infrastructure, systèmes et réseaux. */
		SISR,
		/** Solutions logicielles et applications métiers. */
		SLAM;

		/**
		 * @param text {@code commune}, {@code sisr} or {@code slam}, any case
		 * @return the option
		 */
		public static Option parse(String text) {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}

		/** @return the lower-case word used in files and on the command line */
		public String word() {
			return name().toLowerCase(Locale.ROOT);
		}

		/**
		 * @param scenario the option of a scenario, or {@code null} when unknown
		 * @return whether an element of this option applies to that scenario
		 */
		public boolean appliesTo(Option scenario) {
			return this == COMMUNE || scenario == null || scenario == COMMUNE || scenario == this;
		}
	}

	/** A competency block. */
	public record Block(String code, Option option, String title) {
	}

	/** A competency, or a Bloc 1 sub-competency when {@code parent} is set. */
	public record Competency(String code, String block, Option option, String label, String parent) {

		/** @return whether this is a sub-competency of Bloc 1 */
		public boolean isSubCompetency() {
			return parent != null;
		}
	}

	/** A performance indicator of a Bloc 1 competency. */
	public record Indicator(String code, String competency, String text) {
	}

	/** A savoir associated with a Bloc 1 competency ({@code ST} or {@code SEJM}). */
	public record Knowledge(String competency, String kind, String text) {
	}

	/** A Bloc 1 activity of Annexe I.A, with its tasks. */
	public record Activity(String code, String competency, String label, List<String> tasks) {
	}

	/** A unit of the diploma in one edition of the regulation. */
	public record Unit(String edition, String code, String block, String title) {
	}

	/** An exam in one edition; {@code verified} is false where the numbering is presumed. */
	public record Exam(String edition, String code, String unit, String title, String form, String coefficient,
			boolean verified) {
	}

	private static final String RESOURCE = "/data/bts-sio.txt";

	private static Referential instance;

	private final List<Block> blocks = new ArrayList<>();
	private final List<Competency> competencies = new ArrayList<>();
	private final List<Indicator> indicators = new ArrayList<>();
	private final List<Knowledge> knowledge = new ArrayList<>();
	private final Map<String, Activity> activities = new LinkedHashMap<>();
	private final List<Unit> units = new ArrayList<>();
	private final List<Exam> exams = new ArrayList<>();

	private Referential() {
	}

	/** @return the referential shipped with Casebook */
	public static synchronized Referential get() {
		if (instance == null) {
			try (InputStream in = Referential.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("référentiel introuvable : " + RESOURCE);
				}
				instance = read(in);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return instance;
	}

	static Referential read(InputStream in) throws IOException {
		Referential r = new Referential();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\\|", -1);
			switch (f[0]) {
			case "bloc" -> r.blocks.add(new Block(f[1], Option.parse(f[2]), f[3]));
			case "competence" -> r.competencies.add(new Competency(f[1], f[2], Option.parse(f[3]), f[4], null));
			case "souscompetence" -> r.competencies.add(new Competency(f[1], "B1", Option.COMMUNE, f[3], f[2]));
			case "indicateur" -> r.indicators.add(new Indicator(f[1], f[2], f[3]));
			case "savoir" -> r.knowledge.add(new Knowledge(f[1], f[2], f[3]));
			case "activite" -> r.activities.put(f[1], new Activity(f[1], f[2], f[3], new ArrayList<>()));
			case "tache" -> r.activities.get(f[1]).tasks().add(f[2]);
			case "unite" -> r.units.add(new Unit(f[1], f[2], f[3], f[4]));
			case "epreuve" -> r.exams.add(new Exam(f[1], f[2], f[3], f[4], f[5], f[6], "oui".equals(f[7])));
			default -> throw new IllegalStateException(RESOURCE + ":" + number + ": ligne inconnue « " + f[0] + " »");
			}
		}
		return r;
	}

	/** @return every block, in the order of the text */
	public List<Block> blocks() {
		return Collections.unmodifiableList(blocks);
	}

	/** @return every competency and sub-competency, in the order of the text */
	public List<Competency> competencies() {
		return Collections.unmodifiableList(competencies);
	}

	/**
	 * @param option the option of the scenario, or {@code null} when unknown
	 * @return the competencies (not sub-competencies) that apply to that option
	 */
	public List<Competency> competencies(Option option) {
		return competencies.stream().filter(c -> !c.isSubCompetency() && c.option().appliesTo(option)).toList();
	}

	/**
	 * @param code a competency code as written in a scenario
	 * @param option the option of the scenario, or {@code null} when unknown
	 * @return the competency, preferring the one of the scenario's option
	 */
	public Optional<Competency> competency(String code, Option option) {
		return competencies.stream().filter(c -> c.code().equals(code) && c.option().appliesTo(option))
				.min(Comparator.comparing(c -> c.option() == option ? 0 : 1));
	}

	/**
	 * @param code a code that is not in the referential
	 * @return up to three known codes that look alike, closest first
	 */
	public List<String> suggestions(String code) {
		return competencies.stream().map(Competency::code).distinct()
				.sorted(Comparator.comparingInt((String known) -> EditDistance.ignoringCase(known, code)).thenComparing(known -> known))
				.filter(known -> EditDistance.ignoringCase(known, code) <= 2).limit(3).toList();
	}


	/**
	 * @param competency a Bloc 1 competency code ({@code B1.1})
	 * @return its performance indicators
	 */
	public List<Indicator> indicators(String competency) {
		return indicators.stream().filter(i -> i.competency().equals(competency)).toList();
	}

	/**
	 * @param competency a Bloc 1 competency code
	 * @return its associated savoirs
	 */
	public List<Knowledge> knowledge(String competency) {
		return knowledge.stream().filter(k -> k.competency().equals(competency)).toList();
	}

	/** @return the Bloc 1 activities of Annexe I.A */
	public List<Activity> activities() {
		return List.copyOf(activities.values());
	}

	/**
	 * @param edition {@code 2019} or {@code 2024}
	 * @return the units of that edition
	 */
	public List<Unit> units(String edition) {
		return units.stream().filter(u -> u.edition().equals(edition)).toList();
	}

	/**
	 * @param edition {@code 2019} or {@code 2024}
	 * @return the exams of that edition
	 */
	public List<Exam> exams(String edition) {
		return exams.stream().filter(e -> e.edition().equals(edition)).toList();
	}

	/**
	 * @param session a session as a teacher writes it ({@code "2027"}, {@code "session 2024"}), or {@code null}
	 * @return the edition whose numbering the session uses: {@code 2019} up to session 2024, {@code 2024} from session
	 *         2025 (arrêté of 8 July 2024) and when the session is unknown
	 */
	public static String editionOfSession(String session) {
		Integer year = sessionYear(session);
		return year != null && year < 2025 ? "2019" : "2024";
	}

	/**
	 * @param session a session as a teacher writes it ({@code "2027"}, {@code "session 2024"}), or {@code null}
	 * @return its year, {@code null} when it names none
	 */
	public static Integer sessionYear(String session) {
		if (session == null) {
			return null;
		}
		java.util.regex.Matcher year = java.util.regex.Pattern.compile("(20\\d\\d)").matcher(session);
		return year.find() ? Integer.valueOf(year.group(1)) : null;
	}

	/**
	 * @param edition {@code 2019} or {@code 2024}
	 * @return the code of the written case study (cas d'entreprise) in that edition: E6, then E7
	 */
	public static String writtenCaseStudy(String edition) {
		return edition.equals("2019") ? "E6" : "E7";
	}

	/**
	 * @param exam an épreuve as a subject names it ({@code "E7 – Cybersécurité…"}), or {@code null}
	 * @return its code ({@code E7}), or {@code null} when it names none
	 */
	public static String examCode(String exam) {
		if (exam == null) {
			return null;
		}
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\bE(\\d)\\b").matcher(exam);
		return m.find() ? "E" + m.group(1) : null;
	}

	/**
	 * @param session the session of a subject, or {@code null}
	 * @param exam the épreuve it names, or {@code null}
	 * @return the épreuve in the numbering of the session: the one it names, the written case study when it names none
	 */
	public Optional<Exam> examOfSubject(String session, String exam) {
		String edition = editionOfSession(session);
		String code = examCode(exam);
		String wanted = code != null ? code : writtenCaseStudy(edition);
		return exams(edition).stream().filter(e -> e.code().equals(wanted)).findFirst();
	}

	/**
	 * @param edition {@code 2019} or {@code 2024}
	 * @param block a block code
	 * @return the exam that certifies the block in that edition
	 */
	public Optional<Exam> examOfBlock(String edition, String block) {
		return units(edition).stream().filter(u -> u.block().equals(block)).findFirst()
				.flatMap(u -> exams(edition).stream().filter(e -> e.unit().equals(u.code())).findFirst());
	}

	/**
	 * @param code a competency or sub-competency code
	 * @return the Bloc 1 competency it belongs to ({@code B1.2.3} → {@code B1.2}), or the code itself
	 */
	public static String competencyOf(String code) {
		String[] parts = code.split("\\.");
		return parts.length > 2 ? parts[0] + "." + parts[1] : code;
	}
}
