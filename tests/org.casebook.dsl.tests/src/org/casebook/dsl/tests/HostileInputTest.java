// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.casebook.cli.CasebookCommand;
import org.casebook.dsl.CasebookStandaloneSetup;
import org.casebook.dsl.load.Nesting;
import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.dsl.validation.IssueCodes;
import org.casebook.model.text.Printable;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

/** Hostile and broken inputs: devices, pipes, links, forbidden characters, deep nesting, terminal escapes. */
class HostileInputTest {

	private static Injector injector;

	@TempDir
	Path dir;

	@BeforeAll
	static void setUp() {
		injector = new CasebookStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	private record Run(int code, String out, String err) {
	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = CasebookCommand.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Run(code, out.toString(), err.toString());
	}

	private static List<Problem> validate(Path... inputs) {
		ScenarioLoader loader = injector.getInstance(ScenarioLoader.class);
		ScenarioSet set = loader.load(List.of(inputs));
		return loader.validate(set);
	}

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static void mkfifo(Path path) throws Exception {
		Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
		assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo indisponible");
	}

	/** A scenario that is a link to /dev/zero is refused as a special file, without reading it. */
	@Test
	@Timeout(120)
	void refusesDeviceAsScenario() throws IOException {
		assumeTrue(Files.exists(Path.of("/dev/zero")));
		Path link = Files.createSymbolicLink(dir.resolve("z.orga"), Path.of("/dev/zero"));
		Run run = run("validate", link.toString());
		assertThat(run.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(run.out()).contains("z.orga:1:1: error: casebook.fichier_illisible:");
		assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("erreur inattendue");
	}

	/** A named pipe is refused without being opened: reading it would wait forever. */
	@Test
	@Timeout(120)
	void refusesNamedPipeAsScenario() throws Exception {
		Path fifo = dir.resolve("p.orga");
		mkfifo(fifo);
		List<Problem> problems = validate(fifo);
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(IssueCodes.UNREADABLE_FILE);
			assertThat(p.message()).contains("fichier ordinaire");
		});
		Path folder = Files.createDirectories(dir.resolve("scenario"));
		write("scenario/a.orga", "organisation A { }\n");
		mkfifo(folder.resolve("b.orga"));
		assertThat(validate(folder)).singleElement().satisfies(p -> assertThat(p.file().getFileName().toString()).isEqualTo("b.orga"));
	}

	/** A link in a scenario folder to a file outside it is refused: nothing is read from outside the scenario. */
	@Test
	void refusesLinkLeavingTheScenarioFolder() throws IOException {
		Path outside = write("secret/notes.orga", "organisation Secret { }\n");
		Path folder = Files.createDirectories(dir.resolve("scenario"));
		write("scenario/a.orga", "organisation A { }\n");
		Files.createSymbolicLink(folder.resolve("b.orga"), outside);
		Files.createSymbolicLink(folder.resolve("c.orga"), Path.of("a.orga"));
		List<Problem> problems = validate(folder);
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file().getFileName().toString()).isEqualTo("b.orga");
			assertThat(p.message()).contains("hors du dossier du scénario");
		});
	}

	/** The size limit counts the bytes read, not the size the file system reports. */
	@Test
	void sizeLimitCountsBytesRead() throws IOException {
		Path file = write("grand.orga", "organisation A { }\n" + "// commentaire\n".repeat(1000));
		ScenarioLoader loader = injector.getInstance(ScenarioLoader.class);
		loader.setMaxBytes(1000);
		List<Problem> problems = loader.validate(loader.load(List.of(file)));
		assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("trop volumineux"));
	}

	/** U+FFFF typed raw or as an escape is refused at validation, located, before any document is written. */
	@Test
	void refusesCharactersXmlForbids() throws IOException {
		Path raw = write("brut.orga", "organisation A \"Nom \uFFFF\" { }\n");
		assertThat(validate(raw)).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(IssueCodes.FORBIDDEN_CHARACTER);
			assertThat(p.line()).isEqualTo(1);
			assertThat(p.column()).isEqualTo(21);
			assertThat(p.message()).contains("U+FFFF");
		});
		Path escaped = write("echappe.orga", "organisation A {\n\tmétier \"texte \\uFFFF\"\n}\n");
		assertThat(validate(escaped)).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(IssueCodes.FORBIDDEN_CHARACTER);
			assertThat(p.line()).isEqualTo(2);
		});
		Path control = write("controle.orga", "organisation A {\n\tmétier \"a\\u0007b\"\n}\n");
		assertThat(validate(control)).extracting(Problem::code).containsExactly(IssueCodes.FORBIDDEN_CHARACTER);
	}

	/**
	 * C1 controls and bidirectional overrides are allowed by XML but print as nothing and, in a report shown on a
	 * terminal or in an editor, command the terminal or reverse the text: refused, raw or escaped, where they are.
	 */
	@Test
	void refusesInvisibleControlCharacters() throws IOException {
		Path csi = write("csi.orga", "organisation A \"Ambu\u009B31mLyon\" { }\n");
		assertThat(validate(csi)).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(IssueCodes.FORBIDDEN_CHARACTER);
			assertThat(p.column()).isEqualTo(21);
			assertThat(p.message()).contains("U+009B").contains("caractère de contrôle");
		});
		Path bidi = write("bidi.orga", "organisation A {\n\tmétier \"texte \u202Eetrevni\"\n}\n");
		assertThat(validate(bidi)).singleElement().satisfies(p -> assertThat(p.message()).contains("U+202E"));
		Path escaped = write("bidi-echappe.orga", "organisation A {\n\tmétier \"texte \\u2066x\"\n}\n");
		assertThat(validate(escaped)).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(2);
			assertThat(p.message()).contains("U+2066");
		});
		assertThat(validate(write("francais.orga", "organisation A \"Société « Ŝ » – 12 €\" { }\n"))).isEmpty();
	}

	/** 13,000 nested departments give one located, deterministic error instead of a stack overflow. */
	@Test
	void boundsNestingWithALocatedError() throws IOException {
		int levels = 13_000;
		StringBuilder text = new StringBuilder("organisation O {\n");
		for (int i = 0; i < levels; i++) {
			text.append("entité E").append(i).append(" {\n");
		}
		text.append("}\n".repeat(levels)).append("}\n");
		Path file = write("profond.orga", text.toString());
		for (int attempt = 0; attempt < 2; attempt++) {
			assertThat(validate(file)).singleElement().satisfies(p -> {
				assertThat(p.code()).isEqualTo(IssueCodes.TOO_DEEP);
				assertThat(p.line()).isEqualTo(Nesting.MAX_DEPTH + 1);
				assertThat(p.column()).isEqualTo("entité E199 ".length() + 1);
			});
		}
		Run run = run("validate", file.toString());
		assertThat(run.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(run.out()).contains("profond.orga:201:13: error: casebook.imbrication_trop_profonde:");
	}

	private static String nested(int levels) {
		StringBuilder text = new StringBuilder("organisation O {\n");
		for (int i = 0; i < levels; i++) {
			text.append("entité E").append(i).append(" {\n");
		}
		return text.append("}\n".repeat(levels)).append("}\n").toString();
	}

	private static void assertTooDeep(XtextResource resource, int line, int column) {
		assertThat(resource.getContents()).isEmpty();
		assertThat(resource.getErrors()).singleElement().satisfies(d -> {
			assertThat(d).isInstanceOf(AbstractDiagnostic.class);
			assertThat(((AbstractDiagnostic) d).getCode()).isEqualTo(IssueCodes.TOO_DEEP);
			assertThat(d.getLine()).isEqualTo(line);
			assertThat(d.getColumn()).isEqualTo(column);
			assertThat(d.getMessage()).isEqualTo(Nesting.message());
		});
	}

	/**
	 * Every way a resource is parsed is bounded, as in the Studio editor and the language server, which load resources
	 * of this injector: a load, a full reparse and a partial update typed inside the innermost block.
	 */
	@Test
	void everyParseOfAResourceIsBounded() throws IOException {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(dir.resolve("profond.orga").toString()));
		for (int attempt = 0; attempt < 2; attempt++) {
			resource.unload();
			resource.load(new ByteArrayInputStream(nested(13_000).getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			assertTooDeep(resource, Nesting.MAX_DEPTH + 1, "entité E199 ".length() + 1);
		}
		String limit = nested(Nesting.MAX_DEPTH - 1);
		resource.reparse(limit);
		assertThat(resource.getErrors()).isEmpty();
		assertThat(resource.getContents()).hasSize(1);
		String inner = "entité E" + (Nesting.MAX_DEPTH - 2) + " {";
		int at = limit.indexOf(inner) + inner.length();
		resource.update(at, 0, " entité X { }");
		assertTooDeep(resource, Nesting.MAX_DEPTH, (inner + " entité X ").length() + 1);
		resource.update(at, " entité X { }".length(), "");
		assertThat(resource.getErrors()).isEmpty();
		assertThat(resource.getContents()).hasSize(1);
		resource.reparse(nested(20_000));
		assertTooDeep(resource, Nesting.MAX_DEPTH + 1, "entité E199 ".length() + 1);
	}

	/**
	 * Braces in strings, text blocks and comments are text, not blocks: thousands of them do not make a file too deep,
	 * and real blocks opened after them are still counted.
	 */
	@Test
	void countsOnlyTheBracesOfBlocks() throws IOException {
		String braces = "{".repeat(Nesting.MAX_DEPTH + 50);
		String text = "organisation O {\n\tmétier \"" + braces + " \\\" " + braces + "\"\n\tdescription \"\"\"\n" + braces + "\n\"\"\"\n\t// "
				+ braces + "\n\t/* " + braces + " */\n}\n";
		assertThat(Nesting.firstTooDeep(text)).isNull();
		assertThat(validate(write("accolades.orga", text))).isEmpty();
		StringBuilder deep = new StringBuilder(text.replace("}\n", ""));
		for (int i = 0; i < Nesting.MAX_DEPTH; i++) {
			deep.append("entité E").append(i).append(" {\n");
		}
		deep.append("}\n".repeat(Nesting.MAX_DEPTH + 1));
		assertThat(validate(write("profond-apres-texte.orga", deep.toString()))).singleElement()
				.satisfies(p -> assertThat(p.code()).isEqualTo(IssueCodes.TOO_DEEP));
	}

	/** A nesting just within the limit is accepted: real contexts are far below it. */
	@Test
	void acceptsNestingUpToTheLimit() throws IOException {
		int levels = Nesting.MAX_DEPTH - 1;
		StringBuilder text = new StringBuilder("organisation O {\n");
		for (int i = 0; i < levels; i++) {
			text.append("entité E").append(i).append(" {\n");
		}
		text.append("}\n".repeat(levels)).append("}\n");
		assertThat(validate(write("limite.orga", text.toString()))).isEmpty();
	}

	/** Control, escape and bidirectional characters of the input are escaped in messages, and long tokens shortened. */
	@Test
	void messagesEscapeControlCharactersAndShortenTokens() throws IOException {
		Path file = write("terminal.orga", "organisation O { responsable X\u001B]0;titre\u0007\u202Eabc }\n" + "z".repeat(1_000_000) + "\n");
		List<Problem> problems = validate(file);
		assertThat(problems).isNotEmpty();
		for (Problem p : problems) {
			String line = p.format();
			assertThat(line.chars().filter(c -> c < 0x20 || c == 0x7F || c == 0x202E).count()).as(line).isZero();
			assertThat(line.length()).as("longueur").isLessThan(Printable.MAX_TEXT + 400);
		}
		Path weird = write("nom\u001B[2J.orga", "organisation O {\n");
		assertThat(validate(weird)).allSatisfy(p -> assertThat(p.format()).doesNotContain("\u001B").contains("\\u001B[2J"));
	}

	/** A file named with a link to a file outside its folder is refused as well. */
	@Test
	void refusesNamedLinkToAnotherFolder() throws IOException {
		Path outside = write("ailleurs/x.orga", "organisation X { }\n");
		Path folder = Files.createDirectories(dir.resolve("ici"));
		Path link = Files.createSymbolicLink(folder.resolve("x.orga"), outside);
		assertThat(validate(link)).singleElement().satisfies(p -> assertThat(p.message()).contains("hors du dossier"));
		assertThat(Files.isSymbolicLink(link)).isTrue();
	}
}
