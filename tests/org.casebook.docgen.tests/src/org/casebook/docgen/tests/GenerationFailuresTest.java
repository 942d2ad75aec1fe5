// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casebook.cli.CasebookCommand;
import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Settings;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** Bad input and failures: clear messages, and earlier outputs left intact. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class GenerationFailuresTest {

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ScenarioLoader loader;

	@TempDir
	Path dir;

	private record Run(int code, String err) {
	}

	private static Run run(String... args) {
		StringWriter err = new StringWriter();
		int code = CasebookCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
		return new Run(code, err.toString());
	}

	/** Hostile strings of the model are escaped in the HTML: nothing executable gets through. */
	@Test
	void htmlEscapesHostileStrings() throws Exception {
		Model model = parser.parse("""
				organisation O "<script>alert('x')</script>" {
					métier "Tom & Jerry \\"<img src=x onerror=alert(1)>\\""
					site S "<iframe src=//evil>"
				}
				système_information SI pour O { serveur A "</td><script>" { os linux "Debian" } }
				""");
		Organisation org = (Organisation) model.getElements().get(0);
		Generator.generate(org, List.of(model), List.of(DocumentKind.CONTEXTE), Edition.ELEVE, List.of(Format.HTML),
				Settings.defaults(), dir, (d, t, n) -> { });
		String html = Files.readString(dir.resolve("contexte-eleve.html"));
		assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<iframe").doesNotContain("</td><script>")
				.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").contains("Tom &amp; Jerry");
	}

	/** A failure in the middle of a generation leaves the earlier outputs as they were, and no temporary file behind. */
	@Test
	void failureKeepsPreviousOutputs() throws Exception {
		Model model = parser.parse("organisation O { } système_information SI pour O { }");
		Organisation org = (Organisation) model.getElements().get(0);
		Path previous = dir.resolve("contexte-enseignant.html");
		Files.writeString(previous, "version précédente");
		Path logo = dir.resolve("logo.png");
		Files.write(logo, new byte[] { 1, 2, 3 });
		Settings settings = new Settings("Lycée", logo, null, null, "#1f4e79", null, null);
		Files.delete(logo);
		assertThatThrownBy(() -> Generator.generate(org, List.of(model), List.of(DocumentKind.CONTEXTE), Edition.ENSEIGNANT,
				List.of(Format.HTML, Format.PDF), settings, dir, (d, t, n) -> { })).isInstanceOf(IOException.class);
		assertThat(Files.readString(previous)).isEqualTo("version précédente");
		try (var files = Files.list(dir)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactly("contexte-enseignant.html");
		}
	}

	/**
	 * The files of a run are written on several threads, and progress is told on the caller's thread, once at the start
	 * and once after each file, in any order; the run returns its files in the order of the documents and formats asked.
	 */
	@Test
	void progressIsToldOnTheCallersThreadAfterEachFile() throws Exception {
		List<Model> models = loader.load(List.of(TestScenarios.root().resolve("examples/hexalog"))).getModels();
		Organisation org = DocumentsTest.organisation(models);
		List<DocumentKind> kinds = List.of(DocumentKind.SUJET, DocumentKind.CONTEXTE);
		List<Format> formats = List.of(Format.ODT, Format.HTML, Format.PDF, Format.DOCX);
		List<String> told = new java.util.ArrayList<>();
		Thread caller = Thread.currentThread();
		List<Generator.Output> outputs = Generator.generate(org, models, kinds, Edition.ELEVE, formats, Settings.defaults(), dir,
				(done, total, name) -> {
					assertThat(Thread.currentThread()).isSameAs(caller);
					assertThat(total).isEqualTo(8);
					assertThat(done).isEqualTo(told.size());
					told.add(name);
				});
		List<String> expected = kinds.stream().flatMap(k -> formats.stream().map(f -> Generator.fileName(k, Edition.ELEVE, f))).toList();
		assertThat(outputs.stream().map(o -> o.file().getFileName().toString())).containsExactlyElementsOf(expected);
		assertThat(told.get(0)).isEmpty();
		assertThat(told.subList(1, told.size())).containsExactlyInAnyOrderElementsOf(expected);
		for (Generator.Output output : outputs) {
			assertThat(Files.size(output.file())).isEqualTo(output.bytes()).isPositive();
		}
	}

	/**
	 * Documents are written one per processor, four at most, and only as many as the heap holds beside the model: a
	 * 10,000-element scenario in the command line's heap of about 420 MB is written one document at a time.
	 */
	@Test
	void documentsWrittenAtOnceFitTheHeap() {
		long mb = 1L << 20;
		assertThat(Generator.threads(200, 420 * mb, 2)).isEqualTo(2);
		assertThat(Generator.threads(200, 420 * mb, 16)).isEqualTo(4);
		assertThat(Generator.threads(200, 420 * mb, 1)).isEqualTo(1);
		assertThat(Generator.threads(10_000, 420 * mb, 2)).isEqualTo(1);
		assertThat(Generator.threads(10_000, 1200 * mb, 4)).isEqualTo(3);
		assertThat(Generator.threads(2_000, 200 * mb, 4)).isEqualTo(2);
		assertThat(Generator.threads(100_000, 420 * mb, 4)).isEqualTo(1);
	}

	/** A progress callback that stops the run (the workbench's Cancel) leaves the folder as it was, once every thread stopped. */
	@Test
	void progressThatStopsTheRunLeavesTheFolderAsItWas() throws Exception {
		List<Model> models = loader.load(List.of(TestScenarios.root().resolve("examples/hexalog"))).getModels();
		Organisation org = DocumentsTest.organisation(models);
		Path previous = dir.resolve("sujet-eleve.html");
		Files.writeString(previous, "version précédente");
		assertThatThrownBy(() -> Generator.generate(org, models, List.of(DocumentKind.CONTEXTE, DocumentKind.SUJET), Edition.ELEVE,
				List.of(Format.values()), Settings.defaults(), dir, (done, total, name) -> {
					if (done == 2) {
						throw new IllegalStateException("annulé");
					}
				})).hasMessage("annulé");
		assertThat(Files.readString(previous)).isEqualTo("version précédente");
		try (var files = Files.list(dir)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactly("sujet-eleve.html");
		}
	}

	/** An output folder that cannot be created, a missing logo, a broken scenario and the student corrigé are refused (exit 2). */
	@Test
	void commandLineRefusesBadInput() throws IOException {
		String hexalog = TestScenarios.root().resolve("examples/hexalog").toString();
		Path file = dir.resolve("fichier");
		Files.writeString(file, "x");
		Run notWritable = run("generate", hexalog, "--edition", "eleve", "--document", "sujet", "--format", "html", "--out",
				file.resolve("sortie").toString());
		assertThat(notWritable.code()).isEqualTo(2);
		assertThat(notWritable.err()).contains("génération impossible").doesNotContain("Exception");
		Run corrige = run("generate", hexalog, "--edition", "eleve", "--document", "corrige", "--out", dir.toString());
		assertThat(corrige.code()).isEqualTo(2);
		assertThat(corrige.err()).contains("le corrigé n'existe qu'en édition enseignant");
		Path scenario = dir.resolve("cas");
		Files.createDirectories(scenario);
		Files.writeString(scenario.resolve("o.orga"), "organisation O { }\n");
		Files.writeString(scenario.resolve(Settings.FILE_NAME), "etablissement=Lycée\nlogo=absent.png\n");
		Run logo = run("generate", scenario.toString(), "--edition", "eleve", "--out", dir.resolve("out").toString());
		assertThat(logo.code()).isEqualTo(2);
		assertThat(logo.err()).contains("logo « absent.png » introuvable");
		Files.writeString(scenario.resolve(Settings.FILE_NAME), "couleur=bleu\n");
		assertThat(run("generate", scenario.toString(), "--edition", "eleve", "--out", dir.resolve("out").toString()).err())
				.contains("couleur « bleu » invalide");
		Files.delete(scenario.resolve(Settings.FILE_NAME));
		Files.writeString(scenario.resolve("o.orga"), "organisation O { effectif }\n");
		Run broken = run("generate", scenario.toString(), "--edition", "eleve", "--out", dir.resolve("out").toString());
		assertThat(broken.code()).isEqualTo(2);
		assertThat(broken.err()).contains("o.orga:1:").contains("les corriger d'abord");
		assertThat(dir.resolve("out")).doesNotExist();
	}

	/** An organisation reserved to the teacher has no student edition: every command says so, with its place. */
	@Test
	void teacherOnlyOrganisationHasNoStudentEdition() throws IOException {
		Path scenario = dir.resolve("cache");
		Files.createDirectories(scenario);
		Files.writeString(scenario.resolve("o.orga"), "\n@enseignant organisation O \"Cachée\" { site S }\n");
		Run generate = run("generate", scenario.toString(), "--edition", "eleve", "--document", "contexte", "--format", "html", "--out",
				dir.resolve("out").toString());
		assertThat(generate.code()).isEqualTo(2);
		assertThat(generate.err()).contains("o.orga:2:1: l'organisation du scénario est réservée à l'enseignant").doesNotContain("inattendue")
				.doesNotContain("« O »");
		Run pack = run("package", scenario.toString(), "--out", dir.resolve("p.zip").toString());
		assertThat(pack.code()).isEqualTo(2);
		assertThat(pack.err()).contains("o.orga:2:1:", "réservée à l'enseignant").doesNotContain("inattendue");
		assertThat(dir.resolve("p.zip")).doesNotExist();
		Run diagram = run("diagram", scenario.toString(), "--kind", "reseau", "--edition", "eleve", "--out", dir.resolve("d").toString());
		assertThat(diagram.code()).isEqualTo(2);
		assertThat(diagram.err()).contains("réservée à l'enseignant").doesNotContain("inattendue");
		assertThat(run("generate", scenario.toString(), "--edition", "enseignant", "--document", "contexte", "--format", "html", "--out",
				dir.resolve("out").toString()).code()).isZero();
	}

	/** The settings file changes the look: school, header, colour appear in the documents. */
	@Test
	void settingsFileIsApplied() throws IOException {
		Path scenario = dir.resolve("cas");
		Files.createDirectories(scenario);
		Files.writeString(scenario.resolve("o.orga"), "organisation O \"Organisation test\" { }\n");
		Files.writeString(scenario.resolve(Settings.FILE_NAME), "etablissement=Lycée Ampère\nentete=BTS SIO – session 2027\ncouleur=#aa3300\n");
		Run run = run("generate", scenario.toString(), "--edition", "eleve", "--document", "contexte", "--format", "html", "--out",
				dir.resolve("out").toString());
		assertThat(run.code()).as(run.err()).isZero();
		String html = Files.readString(dir.resolve("out/contexte-eleve.html"));
		assertThat(html).contains("Lycée Ampère").contains("#aa3300");
	}
}
