// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.dsl.parser.antlr.internal.InternalCasebookLexer;
import org.casebook.docgen.Generator.Format;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;

/**
 * The student package: the student edition of a scenario's text and of its documents, in a ZIP archive that the viewer
 * opens. The text keeps nothing reserved to the teacher: no {@code @enseignant} element, note, answer or criterion, and
 * no comment, since comments are the author's own remarks.
 */
public final class StudentPackage {

	/** Name of the description file at the root of a package. */
	public static final String DESCRIPTOR = "casebook-paquet.properties";

	/** Folder of the scenario files in a package. */
	public static final String SCENARIO = "scenario";

	/** Folder of the documents in a package. */
	public static final String DOCUMENTS = "documents";

	/** Documents of a package: every document that exists in the student edition. */
	public static final List<DocumentKind> KINDS = List.of(DocumentKind.CONTEXTE, DocumentKind.SUJET, DocumentKind.CONFORMITE,
			DocumentKind.COUVERTURE);

	private StudentPackage() {
	}

	/**
	 * Strips the scenario in place and returns its student text.
	 *
	 * @param scenario a loaded, valid scenario; its models are changed
	 * @param serializer the language's serializer
	 * @return the student text of each file, by file name, in the order of the scenario
	 */
	public static StudentText studentTexts(ScenarioSet scenario, ISerializer serializer) {
		int removed = StudentEdition.strip(scenario.getModels());
		Map<String, String> texts = new LinkedHashMap<>();
		for (Resource resource : scenario.getResources()) {
			String text = serializer.serialize(resource.getContents().get(0), SaveOptions.newBuilder().format().getOptions());
			texts.put(scenario.pathOf(resource).getFileName().toString(), withoutComments(text));
		}
		return new StudentText(texts, removed);
	}

	/**
	 * The student text of a scenario.
	 *
	 * @param files the text of each file, by file name
	 * @param removedElements how many teacher-only elements were removed
	 */
	public record StudentText(Map<String, String> files, int removedElements) {
	}

	/**
	 * @param text the text of a scenario
	 * @return the same text without its comments; lines left empty by a removed comment are dropped
	 */
	public static String withoutComments(String text) {
		InternalCasebookLexer lexer = new InternalCasebookLexer(new ANTLRStringStream(text));
		StringBuilder out = new StringBuilder(text.length());
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			if (token.getType() == InternalCasebookLexer.RULE_SL_COMMENT || token.getType() == InternalCasebookLexer.RULE_ML_COMMENT) {
				int lineStart = out.lastIndexOf("\n") + 1;
				if (out.substring(lineStart).isBlank()) {
					out.setLength(lineStart);
					if (token.getText().endsWith("\n")) {
						continue;
					}
				}
				if (token.getText().endsWith("\n")) {
					out.append('\n');
				}
				continue;
			}
			out.append(token.getText());
		}
		return withoutTrailingBlanks(out).replaceAll("\n{3,}", "\n\n").strip() + "\n";
	}

	/**
	 * @param text a text
	 * @return the text without the spaces and tabs that end its lines, in one pass: the regular expression
	 *         {@code (?m)[ \t]+$} took quadratic time on a long run of spaces inside a line
	 */
	static String withoutTrailingBlanks(CharSequence text) {
		StringBuilder sb = new StringBuilder(text.length());
		int blanks = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t') {
				blanks++;
				continue;
			}
			if (c != '\n' && c != '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029') {
				sb.append(text, i - blanks, i);
			}
			blanks = 0;
			sb.append(c);
		}
		return sb.toString();
	}

	/** What a package holds. */
	public record Written(int removedElements, int documents) {
	}

	/**
	 * Writes a student package atomically: a failure leaves an earlier archive of the same name intact.
	 *
	 * @param organisation the organisation described
	 * @param scenario the loaded, valid scenario; its models are stripped
	 * @param serializer the language's serializer
	 * @param settings the look of the documents
	 * @param out the archive to write
	 * @param progress told of each document
	 * @return what was written
	 * @throws IOException when a document or the archive cannot be written
	 */
	public static Written write(Organisation organisation, ScenarioSet scenario, ISerializer serializer, Settings settings, Path out,
			Generator.Progress progress) throws IOException {
		List<Model> models = scenario.getModels();
		Path work = Files.createTempDirectory("casebook-paquet");
		try {
			List<Generator.Output> documents = Generator.generate(organisation, models, KINDS, Edition.ELEVE, List.of(Format.HTML, Format.PDF),
					settings, work.resolve(DOCUMENTS), progress);
			StudentText student = studentTexts(scenario, serializer);
			int removed = student.removedElements();
			Path scenarioDir = Files.createDirectories(work.resolve(SCENARIO));
			for (Map.Entry<String, String> text : student.files().entrySet()) {
				Files.writeString(scenarioDir.resolve(text.getKey()), text.getValue(), StandardCharsets.UTF_8);
			}
			Files.writeString(work.resolve(DESCRIPTOR), "edition=eleve\norganisation=" + organisation.getName() + "\nelements_retires=" + removed
					+ "\n", StandardCharsets.UTF_8);
			AtomicFiles.write(out, stream -> {
				try (ZipOutputStream zip = new ZipOutputStream(stream); Stream<Path> files = Files.walk(work)) {
					for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
						ZipEntry entry = new ZipEntry(work.relativize(file).toString().replace('\\', '/'));
						entry.setTime(0);
						zip.putNextEntry(entry);
						zip.write(Files.readAllBytes(file));
						zip.closeEntry();
					}
				}
			});
			return new Written(removed, documents.size());
		} finally {
			delete(work);
		}
	}

	/**
	 * Extracts the scenario files of a package; see {@link PackageReader} for what is refused.
	 *
	 * @param zip the package
	 * @param dir an empty folder
	 * @return the files extracted
	 * @throws IOException when the archive cannot be read or is not a student package
	 */
	public static List<Path> extractScenario(Path zip, Path dir) throws IOException {
		return PackageReader.extractScenario(zip, dir);
	}

	/**
	 * Deletes a folder and everything in it.
	 *
	 * @param dir the folder
	 * @throws IOException when something cannot be deleted
	 */
	public static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> left = Files.walk(dir)) {
			for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
