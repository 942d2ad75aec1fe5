// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.casebook.diagram.Diagram;
import org.casebook.diagram.DiagramKind;
import org.casebook.diagram.Diagrams;
import org.casebook.diagram.SvgRenderer;
import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Settings;
import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.dsl.validation.IssueCodes;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.model.edition.EditionModels;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * Seeded mutations of the examples through validation, diagrams and HTML generation, in one JVM: no unexpected
 * exception, and every problem located with a known code and a printable message. The seed and the count can be changed
 * with {@code -Dcasebook.fuzz.seed=} and {@code -Dcasebook.fuzz.count=}; a failure names the seed, the mutant and the
 * file it was written to.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class FuzzTest {

	private static final long SEED = Long.getLong("casebook.fuzz.seed", 20261201L);
	private static final int COUNT = Integer.getInteger("casebook.fuzz.count", 2500);

	/** Pieces inserted by the mutations: syntax, hostile characters, long runs, markup, odd values. */
	private static final String[] PIECES = { "{", "}", "\"", "\"\"\"", "\\", "\"\\uFFFF\"", "\"\\u0007\"", "\"a\\u001B]0;x\\u0007\"", "\uFFFF",
			"\u0007", "\u001B[2J", "\u202E", "\u0000", "\uD800", "^", "@enseignant", "serveur", "vlan V9 { numéro 9 réseau 10.9.0.0/24 }",
			"entité X {", "personne P { supérieur P }", "999999999999", "10.0.0.300/33", "/*", "//", "*/", "<script>alert(1)</script>",
			"&amp;", "]]>", "\"" + "<".repeat(3000) + "\"", "{".repeat(250), "{".repeat(120), "}".repeat(50), "z".repeat(5000),
			" ".repeat(3000), "\"" + " ".repeat(3000) + ":\"", "\n", ",", "pour", "hôte", "importer x.*", "paquetage", "\uD83D\uDE00" };

	@Inject
	private ScenarioLoader loader;

	@TempDir
	Path dir;

	private record Seed(List<String> names, List<String> texts) {
	}

	/** Every mutant is validated with located problems, and every valid one is drawn and written to HTML. */
	@Test
	void mutantsOfTheExamplesNeverBreakTheTools() throws Exception {
		List<Seed> seeds = new ArrayList<>();
		for (Path folder : TestScenarios.exampleFolders()) {
			try (Stream<Path> files = Files.list(folder)) {
				List<Path> orga = files.filter(p -> p.toString().endsWith(".orga")).sorted().toList();
				seeds.add(new Seed(orga.stream().map(p -> p.getFileName().toString()).toList(),
						orga.stream().map(FuzzTest::read).toList()));
			}
		}
		Random random = new Random(SEED);
		int valid = 0;
		int problems = 0;
		for (int n = 0; n < COUNT; n++) {
			Seed seed = seeds.get(random.nextInt(seeds.size()));
			int target = random.nextInt(seed.texts().size());
			String mutant = seed.texts().get(target);
			int mutations = 1 + random.nextInt(3);
			for (int m = 0; m < mutations; m++) {
				mutant = mutate(mutant, random);
			}
			Path folder = Files.createDirectories(dir.resolve("m" + n));
			for (int i = 0; i < seed.names().size(); i++) {
				byte[] bytes = (i == target ? mutant : seed.texts().get(i)).getBytes(StandardCharsets.UTF_8);
				if (i == target && random.nextInt(40) == 0 && bytes.length > 0) {
					bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80)); // a byte that breaks UTF-8, or not
				}
				Files.write(folder.resolve(seed.names().get(i)), bytes);
			}
			String where = "graine " + SEED + ", mutant " + n + " (" + folder.resolve(seed.names().get(target)) + ")";
			try {
				ScenarioSet set = loader.load(List.of(folder));
				List<Problem> found = loader.validate(set);
				for (Problem p : found) {
					assertThat(p.line()).as(where).isPositive();
					assertThat(p.column()).as(where).isPositive();
					assertThat(IssueCodes.ALL).as(where).contains(p.code());
					assertThat(p.message()).as(where).isNotBlank();
					String line = p.format();
					assertThat(line.chars().filter(c -> c < 0x20 || c == 0x7F || c == 0x202E || c == 0xFFFF).count()).as(where + " : " + line).isZero();
					assertThat(line).as(where).doesNotContain("Exception").doesNotContain("erreur inattendue");
				}
				problems += found.size();
				if (found.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR)) {
					valid++;
					if (valid % 3 == 0) {
						drawAndWrite(set.getModels(), folder, n);
					}
				}
			} catch (Throwable t) {
				Files.write(dir.getParent().resolve("casebook-fuzz-" + SEED + "-" + n + ".orga"), mutant.getBytes(StandardCharsets.UTF_8));
				throw new AssertionError(where + " : " + t, t);
			}
			delete(folder);
		}
		System.out.printf("Fuzz : %d mutants (graine %d), %d valides, %d problèmes signalés%n", COUNT, SEED, valid, problems);
		assertThat(valid).as("mutants valides, dessinés et écrits").isPositive();
		assertThat(problems).as("problèmes trouvés").isPositive();
	}

	private void drawAndWrite(List<Model> models, Path folder, int n) throws IOException {
		Organisation organisation = models.stream().flatMap(m -> m.getElements().stream()).filter(Organisation.class::isInstance)
				.map(Organisation.class::cast).findFirst().orElse(null);
		if (organisation == null) {
			return;
		}
		for (DiagramKind kind : DiagramKind.values()) {
			for (Diagram diagram : Diagrams.draw(n % 2 == 0 ? EditionModels.teacher(models) : EditionModels.student(models), organisation, kind)) {
				assertThat(SvgRenderer.render(diagram)).startsWith("<");
			}
		}
		Generator.generate(organisation, models, List.of(DocumentKind.CONTEXTE, DocumentKind.SUJET), n % 2 == 0 ? Edition.ENSEIGNANT : Edition.ELEVE,
				List.of(Format.HTML), Settings.defaults(), folder.resolve("documents"), (d, t, name) -> { });
	}

	private static String mutate(String text, Random random) {
		int length = text.length();
		int at = length == 0 ? 0 : random.nextInt(length);
		int span = Math.min(length - at, 1 + random.nextInt(random.nextBoolean() ? 8 : 80));
		return switch (random.nextInt(8)) {
		case 0 -> text.substring(0, at) + text.substring(at + span); // delete
		case 1 -> text.substring(0, at) + text.substring(at, at + span) + text.substring(at); // duplicate
		case 2, 3 -> text.substring(0, at) + PIECES[random.nextInt(PIECES.length)] + text.substring(at); // insert a piece
		case 4 -> text.substring(0, at) + (char) random.nextInt(0x3000) + text.substring(Math.min(length, at + 1)); // replace a character
		case 5 -> text.substring(0, at); // truncate
		case 6 -> { // move a span elsewhere
			String piece = text.substring(at, at + span);
			String rest = text.substring(0, at) + text.substring(at + span);
			int to = rest.isEmpty() ? 0 : random.nextInt(rest.length());
			yield rest.substring(0, to) + piece + rest.substring(to);
		}
		default -> { // replace a word by another word of the text, as a wrong reference would
			String[] words = text.split("[^\\p{L}\\p{N}_]+");
			if (words.length < 2) {
				yield text;
			}
			String from = words[random.nextInt(words.length)];
			String to = words[random.nextInt(words.length)];
			yield from.isEmpty() ? text : text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
		}
		};
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Deletes a mutant's folder, so that thousands of them do not fill the disk. */
	private static void delete(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
