// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebook.cli.CasebookCommand;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.referential.conformity.AnnexIIE;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casebook check} and {@code casebook coverage} on the examples and on bad input. */
class ChecksCommandLineTest {

	@TempDir
	Path dir;

	private record Run(int code, String out, String err) {
	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = CasebookCommand.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Run(code, out.toString(), err.toString());
	}

	private static String example(String name) {
		return TestScenarios.root().resolve("examples").resolve(name).toString();
	}

	/** The SISR example meets every rule (exit 0); the small structure does not (exit 1) and says what is missing. */
	@Test
	void checkExitCodeFollowsConformity() {
		Run hexalog = run("check", example("hexalog"), "--option", "sisr");
		assertThat(hexalog.code()).as(hexalog.out()).isZero();
		assertThat(hexalog.out()).contains("C1.1-e   CONFORME").contains("29 conformes, 0 non conforme, 0 information absente sur 29 règles");
		Run lumen = run("check", example("atelier-lumen"), "--option", "sisr");
		assertThat(lumen.code()).isEqualTo(1);
		assertThat(lumen.out()).contains("S2.2-a   NON CONFORME").contains("INFORMATION ABSENTE");
		Run ambulyon = run("check", example("ambulyon"), "--option", "slam");
		assertThat(ambulyon.code()).as(ambulyon.out()).isZero();
		assertThat(ambulyon.out()).contains("L3.2-c   CONFORME");
	}

	/** GSB's check says INFORMATION ABSENTE exactly where its national source is silent, and nowhere else. */
	@Test
	void gsbIsAbsentExactlyWhereItsSourceIsSilent() {
		assertThat(absent(run("check", example("gsb"), "--option", "sisr"))).containsExactly("C1.1-a", "C1.3-a", "C1.3-b", "C1.3-c",
				"S2.1-c", "S2.1-d", "S2.1-e", "S2.1-f", "S2.1-g", "S2.1-j", "S2.2-c", "S2.2-d");
		assertThat(absent(run("check", example("gsb"), "--option", "slam"))).containsExactly("C1.1-a", "C1.3-a", "C1.3-b", "C1.3-c",
				"L3.1-a", "L3.1-b", "L3.1-d", "L3.1-e", "L3.2-a", "L3.2-b");
		// the planned GLPI counts in the target system only
		assertThat(absent(run("check", example("gsb"), "--option", "sisr", "--etat", "cible"))).doesNotContain("S2.1-d").contains("S2.1-f");
		Run wrong = run("check", example("gsb"), "--option", "sisr", "--etat", "futur");
		assertThat(wrong.code()).isEqualTo(2);
		assertThat(wrong.err()).contains("état « futur » inconnu : existant ou cible attendu");
	}

	private static List<String> absent(Run run) {
		return run.out().lines().filter(l -> l.matches("[CSL][0-9.a-z-]+ +INFORMATION ABSENTE.*")).map(l -> l.substring(0, l.indexOf(' '))).toList();
	}

	/** The JSON report lists every rule of the option with id, status, evidence and explanation. */
	@Test
	void jsonListsEveryRule() {
		Run run = run("check", example("hexalog"), "--option", "sisr", "--format", "json");
		assertThat(run.code()).isZero();
		for (String id : AnnexIIE.ids()) {
			if (!id.startsWith("L")) {
				assertThat(run.out()).contains("\"id\": \"" + id + "\"");
			}
		}
		assertThat(run.out()).doesNotContain("\"id\": \"L3.1-a\"").contains("\"status\": \"CONFORME\"")
				.contains("\"evidence\": [").contains("\"explanation\": ").contains("\"reading\": \"stricte\"");
	}

	/** The HTML report is an attestation table, written atomically to the requested file. */
	@Test
	void htmlReportIsWrittenToFile() throws IOException {
		Path file = dir.resolve("rapports/conformite.html");
		Run run = run("check", example("ambulyon"), "--option", "slam", "--format", "html", "--out", file.toString());
		assertThat(run.code()).isZero();
		String html = Files.readString(file);
		assertThat(html).startsWith("<!DOCTYPE html>").contains("Description de l'implantation dans le contexte")
				.contains("<td class=\"ok\">CONFORME</td>");
		assertThat(Files.list(file.getParent()).toList()).containsExactly(file);
	}

	/** Hostile strings of a scenario are escaped in the HTML reports. */
	@Test
	void htmlEscapesScenarioStrings() throws IOException {
		Path scenario = dir.resolve("hostile.orga");
		Files.writeString(scenario, "organisation O \"<script>alert('x')</script> & \\\"co\\\"\" { }\n"
				+ "système_information SI pour O { serveur S \"<img src=x onerror=alert(1)>\" { os linux \"Deb<b>ian\" libre } }\n");
		Run run = run("check", scenario.toString(), "--option", "sisr", "--format", "html");
		assertThat(run.out()).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<b>")
				.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;").contains("&lt;img src=x");
		Run json = run("check", scenario.toString(), "--option", "sisr", "--format", "json");
		assertThat(json.out()).doesNotContain("<script>").contains("\\u003cscript>");
	}

	/**
	 * {@code --edition eleve} checks what the students are given: an element reserved to the teacher is no evidence, and
	 * neither the report nor the coverage names it; an organisation reserved to the teacher has no student edition.
	 */
	@Test
	void theStudentEditionChecksWhatTheStudentsAreGiven() throws IOException {
		String secret = "Sentinelle_Zq7";
		Path scenario = dir.resolve("cas.orga");
		Files.writeString(scenario, "organisation O \"O\" { site S \"S\" }\n"
				+ "système_information SI pour O {\n\tserveur Srv \"Serveur\" { os linux \"Debian\" libre }\n"
				+ "\t@enseignant sgbd " + secret + " \"" + secret + " base\" { produit \"PostgreSQL\" sur Srv }\n}\n");
		Run teacher = run("check", scenario.toString(), "--option", "sisr");
		assertThat(teacher.out()).contains("C1.1-b   CONFORME").contains(secret);
		for (String format : List.of("text", "json", "html")) {
			Run student = run("check", scenario.toString(), "--option", "sisr", "--edition", "eleve", "--format", format);
			assertThat(student.err()).isEmpty();
			assertThat(student.out()).as(format).contains("C1.1-b").doesNotContain(secret);
		}
		assertThat(run("check", scenario.toString(), "--option", "sisr", "--edition", "eleve").out())
				.doesNotContain("C1.1-b   CONFORME");
		Run coverage = run("coverage", scenario.toString(), "--edition", "eleve", "--format", "json");
		assertThat(coverage.err()).isEmpty();
		assertThat(coverage.out()).doesNotContain(secret);
		String gsbReserved = "Relance orale";
		assertThat(run("coverage", example("gsb"), "--format", "json").out()).contains(gsbReserved);
		for (String format : List.of("text", "json", "html")) {
			Run gsb = run("coverage", example("gsb"), "--edition", "eleve", "--format", format);
			assertThat(gsb.out()).as(format).contains("R4").doesNotContain(gsbReserved);
		}
		Run unknown = run("check", scenario.toString(), "--option", "sisr", "--edition", "parents");
		assertThat(unknown.code()).isEqualTo(2);
		assertThat(unknown.err()).contains("édition « parents » inconnue : eleve ou enseignant attendu");

		Path hidden = dir.resolve("cache.orga");
		Files.writeString(hidden, "@enseignant organisation " + secret + " \"Cachée\" { site S \"S\" }\n");
		Run none = run("check", hidden.toString(), "--option", "sisr", "--edition", "eleve");
		assertThat(none.code()).isEqualTo(2);
		assertThat(none.err()).contains("cache.orga:1:1: l'organisation du scénario est réservée à l'enseignant").doesNotContain(secret);
	}

	/** Missing or unknown option, unknown format and a broken scenario are usage errors with a clear message. */
	@Test
	void badInputExitsTwo() throws IOException {
		Run missing = run("check", example("hexalog"));
		assertThat(missing.code()).isEqualTo(2);
		assertThat(missing.err()).contains("--option");
		Run unknown = run("check", example("hexalog"), "--option", "réseau");
		assertThat(unknown.code()).isEqualTo(2);
		assertThat(unknown.err()).contains("option « réseau » inconnue");
		assertThat(run("check", example("hexalog"), "--option", "sisr", "--format", "pdf").err()).contains("format « pdf » inconnu");
		Path broken = dir.resolve("casse.orga");
		Files.writeString(broken, "organisation O { effectif }\n");
		Run run = run("check", broken.toString(), "--option", "slam");
		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err()).contains("casse.orga:1:").contains("les corriger d'abord").doesNotContain("Exception");
		Run several = run("check", TestScenarios.root().resolve("examples").toString(), "--option", "sisr");
		assertThat(several.code()).isEqualTo(2);
		assertThat(several.err()).contains("--organisation");
		assertThat(run("check", TestScenarios.root().resolve("examples").toString(), "--option", "sisr", "--organisation", "Lumen").code())
				.isEqualTo(1);
	}

	/** An unwritable output leaves the previous report intact. */
	@Test
	void failedWriteKeepsPreviousOutput() throws IOException {
		Path file = dir.resolve("rapport.txt");
		Files.writeString(file, "ancien rapport");
		Path blocked = dir.resolve("fichier");
		Files.writeString(blocked, "x");
		Run run = run("check", example("hexalog"), "--option", "sisr", "--out", blocked.resolve("sous/rapport.txt").toString());
		assertThat(run.code()).isEqualTo(2);
		assertThat(run.err()).contains("écriture impossible");
		assertThat(Files.readString(file)).isEqualTo("ancien rapport");
	}

	/** Coverage: matrix, gaps and the Bloc 1 synthesis table; exit 0 when the six competencies are covered. */
	@Test
	void coverageOfExamples() {
		Run hexalog = run("coverage", example("hexalog"));
		assertThat(hexalog.code()).isZero();
		assertThat(hexalog.out()).contains("option SISR").contains("Tableau de synthèse")
				.contains("Les six compétences du bloc 1 sont mobilisées au moins une fois.");
		Run lumen = run("coverage", example("atelier-lumen"), "--format", "json");
		assertThat(lumen.code()).isEqualTo(1);
		assertThat(lumen.out()).contains("\"bloc1Gaps\": [").contains("\"B1.3\"");
	}

	/** The conformity report names enumeration values with their French labels, never with the keyword of the language. */
	@Test
	void conformityReportShowsFrenchLabels() {
		java.util.Set<String> keywords = new java.util.TreeSet<>();
		for (org.eclipse.emf.ecore.EClassifier classifier : org.casebook.model.CasebookPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof org.eclipse.emf.ecore.EEnum enumeration) {
				for (org.eclipse.emf.ecore.EEnumLiteral literal : enumeration.getELiterals()) {
					String label = org.casebook.model.text.Labels.of(literal.getInstance());
					if (literal.getLiteral().contains("_") && !label.contains("_")) {
						keywords.add(literal.getLiteral());
					}
					// the keyword with spaces for underscores, where the label is spelled otherwise (accents)
					String spaced = literal.getLiteral().replace('_', ' ');
					if (spaced.contains(" ") && !label.toLowerCase(java.util.Locale.ROOT).contains(spaced)) {
						keywords.add(spaced);
					}
				}
			}
		}
		assertThat(keywords).isNotEmpty();
		for (String example : List.of("hexalog", "gsb", "ambulyon", "atelier-lumen")) {
			for (String option : List.of("sisr", "slam")) {
				// the instructions that tell the teacher what to write quote the language between parentheses, with … or | or aucun_
				String report = run("check", example(example), "--option", option).out()
						.replaceAll("\\([^)]*(?:…|aucun_|aucune_|\\|)[^)]*\\)", "");
				assertThat(report).isNotBlank();
				for (String keyword : keywords) {
					assertThat(report).as("%s %s", example, option).doesNotContainPattern("(?<![\\p{L}_])" + keyword + "(?![\\p{L}_])");
				}
			}
		}
	}

	/** The xlsx workbook is a real spreadsheet: two sheets, read back with POI, the synthesis row per réalisation. */
	@Test
	void coverageWorkbookReadsBack() throws IOException {
		Path file = dir.resolve("couverture.xlsx");
		assertThat(run("coverage", example("hexalog"), "--format", "xlsx").code()).isEqualTo(2);
		Run run = run("coverage", example("hexalog"), "--format", "xlsx", "--out", file.toString());
		assertThat(run.code()).isZero();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			Sheet matrix = workbook.getSheet("Matrice");
			assertThat(matrix.getRow(3).getCell(0).getStringCellValue()).isEqualTo("B1.1");
			assertThat(matrix.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Gérer le patrimoine informatique");
			Sheet synthesis = workbook.getSheet("Tableau de synthèse");
			assertThat(text(synthesis, 0, 0)).isEqualTo("BTS SERVICES INFORMATIQUES AUX ORGANISATIONS");
			assertThat(text(synthesis, 0, 6)).isEqualTo("SESSION 2027");
			assertThat(text(synthesis, 1, 0)).as("numérotation de la session 2027")
					.isEqualTo("Épreuve E5 – Support et mise à disposition de services informatiques");
			assertThat(text(synthesis, 2, 0)).isEqualTo("Tableau de synthèse des réalisations professionnelles");
			assertThat(text(synthesis, 4, 0)).isEqualTo("Nom et prénom du candidat :");
			assertThat(text(synthesis, 6, 0)).isEqualTo("Adresse URL du portfolio :");
			assertThat(text(synthesis, 8, 1)).isEqualTo("Période de réalisation (JJ/MM/AA au JJ/MM/AA)");
			assertThat(text(synthesis, 8, 2)).isEqualTo("B1.1 Gérer le patrimoine informatique");
			assertThat(text(synthesis, 9, 2)).as("sous-compétences sous la compétence").startsWith("B1.1.1 ").contains("\nB1.1.2 ");
			assertThat(text(synthesis, 10, 0)).isEqualTo("Réalisations en cours de formation");
			assertThat(text(synthesis, 11, 0)).startsWith("Mission M1").contains("Documents et productions : Procédure d'installation");
			assertThat(java.util.stream.IntStream.range(2, 8).mapToObj(c -> text(synthesis, 11, c))).contains("X");
			int groups = (int) java.util.stream.IntStream.rangeClosed(0, synthesis.getLastRowNum())
					.filter(r -> text(synthesis, r, 0).startsWith("Réalisations en ")).count();
			assertThat(groups).as("en formation, milieu professionnel en première et en seconde année").isEqualTo(3);
			assertThat(workbook.getProperties().getCoreProperties().getCreator()).isNullOrEmpty();
		}
	}

	private static String text(Sheet sheet, int row, int column) {
		var r = sheet.getRow(row);
		var c = r == null ? null : r.getCell(column);
		return c == null ? "" : c.getStringCellValue();
	}

	/** LibreOffice opens the workbook: converted to CSV, it shows the matrix (runs where LibreOffice is installed). */
	@Test
	void libreOfficeOpensWorkbook() throws Exception {
		Path soffice = Path.of("/usr/bin/soffice");
		Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice absent");
		Path file = dir.resolve("couverture.xlsx");
		assertThat(run("coverage", example("hexalog"), "--format", "xlsx", "--out", file.toString()).code()).isZero();
		Process process = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=file://" + dir.resolve("lo"),
				"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir.toString(), file.toString())
				.redirectErrorStream(true).start();
		String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(log).isZero();
		List<String> lines = Files.readAllLines(dir.resolve("couverture.csv"), StandardCharsets.UTF_8);
		assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("B1.1,Gérer le patrimoine informatique,X"));
	}
}
