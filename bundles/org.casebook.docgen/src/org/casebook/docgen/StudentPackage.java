// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
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
import org.casebook.docgen.variants.Reproducible;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.model.edition.EditionModels;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;

/**
 * The student package: the student edition of a scenario's text and of its documents, in a ZIP archive that the viewer
 * opens. Both come from the scenario's {@link EditionModels#student student projection}: the text keeps nothing reserved
 * to the teacher (no {@code @enseignant} element, note, answer or criterion, and no comment, since comments are the
 * author's own remarks), and it is validated again before it is written.
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
	 * Serializes the student projection of a scenario with the language's serializer, then reads and validates that
	 * text again: a student scenario always validates with no error.
	 *
	 * @param scenario a loaded, valid scenario; it is not changed
	 * @param serializer the language's serializer
	 * @return the student text of each file, by file name, in the order of the scenario
	 * @throws IOException when the student text would not validate (the problems are named by file and line)
	 */
	public static StudentText studentTexts(ScenarioSet scenario, ISerializer serializer) throws IOException {
		EditionModels student = EditionModels.student(scenario.getModels());
		XtextResourceSet copies = new XtextResourceSet();
		Map<Resource, Resource> placed = new LinkedHashMap<>();
		for (Resource resource : scenario.getResources()) {
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
				continue;
			}
			Model projected = student.resolve(model);
			if (!model.getElements().isEmpty() && projected.getElements().isEmpty()) {
				continue; // a file of teacher-only content (variantes…): not even its name reaches the student
			}
			Resource copy = factory(scenario, resource).createResource(resource.getURI());
			copies.getResources().add(copy);
			copy.getContents().add(projected);
			placed.put(resource, copy);
		}
		Map<String, String> texts = new LinkedHashMap<>();
		for (Map.Entry<Resource, Resource> entry : placed.entrySet()) {
			String text = serializer.serialize(entry.getValue().getContents().get(0), SaveOptions.newBuilder().format().getOptions());
			texts.put(scenario.pathOf(entry.getKey()).getFileName().toString(), withoutComments(text));
		}
		revalidate(scenario, placed.keySet(), texts);
		return new StudentText(texts, student.projection().removed().size());
	}

	private static Resource.Factory factory(ScenarioSet scenario, Resource resource) {
		return scenario.getResourceSet().getResourceFactoryRegistry().getFactory(resource.getURI());
	}

	/** Reads the student text again, as the viewer will, and refuses it if it has an error. */
	private static void revalidate(ScenarioSet scenario, Collection<Resource> originals, Map<String, String> texts) throws IOException {
		XtextResourceSet again = new XtextResourceSet();
		List<Resource> loaded = new java.util.ArrayList<>();
		for (Resource original : originals) {
			String name = scenario.pathOf(original).getFileName().toString();
			Resource resource = factory(scenario, original).createResource(original.getURI());
			again.getResources().add(resource);
			resource.load(new java.io.ByteArrayInputStream(texts.get(name).getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			loaded.add(resource);
		}
		for (Resource resource : loaded) {
			EcoreUtil.resolveAll(resource);
		}
		List<String> errors = new java.util.ArrayList<>();
		for (Resource resource : loaded) {
			IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				if (issue.getSeverity() == Severity.ERROR) {
					errors.add(resource.getURI().lastSegment() + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": " + issue.getCode()
							+ ": " + issue.getMessage());
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new IOException("le scénario de l'édition élève ne se valide pas : " + String.join(" ; ", errors));
		}
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
	 * @param scenario the loaded, valid scenario; it is not changed: the package holds its student projection
	 * @param serializer the language's serializer
	 * @param settings the look of the documents
	 * @param out the archive to write
	 * @param progress told of each document
	 * @return what was written
	 * @throws IOException when a document or the archive cannot be written
	 */
	public static Written write(Organisation organisation, ScenarioSet scenario, ISerializer serializer, Settings settings, Path out,
			Generator.Progress progress) throws IOException {
		// removed after use, when the process is stopped, or by the next run after a SIGKILL (Leftovers)
		try (Leftovers.Folder folder = Leftovers.folder(Leftovers.systemTemp(), "paquet")) {
			Path work = folder.path();
			StudentText student = studentTexts(scenario, serializer);
			List<Generator.Output> documents = Generator.generate(organisation, scenario.getModels(), KINDS, Edition.ELEVE,
					List.of(Format.HTML, Format.PDF), settings, work.resolve(DOCUMENTS), progress);
			// the same scenario, the same package: the dates and identifiers of the run are taken out of the PDFs
			for (Generator.Output document : documents) {
				Reproducible.normalize(document.file());
			}
			return pack(organisation, student, work, documents.size(), out);
		}
	}

	/**
	 * Writes a student package atomically with documents already generated in the student edition (those of a
	 * student's variant): a failure leaves an earlier archive of the same name intact.
	 *
	 * @param organisation the organisation described
	 * @param scenario the loaded, valid scenario; it is not changed: the package holds its student projection
	 * @param serializer the language's serializer
	 * @param documents documents of the student edition of {@code scenario}, put in the package's {@value #DOCUMENTS}
	 *        folder under their own names
	 * @param out the archive to write
	 * @return what was written
	 * @throws IOException when the student text would not validate, or a document or the archive cannot be written
	 */
	public static Written write(Organisation organisation, ScenarioSet scenario, ISerializer serializer, List<Path> documents, Path out)
			throws IOException {
		try (Leftovers.Folder folder = Leftovers.folder(Leftovers.systemTemp(), "paquet")) {
			Path work = folder.path();
			StudentText student = studentTexts(scenario, serializer);
			Path documentDir = Files.createDirectories(work.resolve(DOCUMENTS));
			for (Path document : documents) {
				Files.copy(document, documentDir.resolve(document.getFileName().toString()));
			}
			return pack(organisation, student, work, documents.size(), out);
		}
	}

	/** Adds the scenario and the description beside the documents of {@code work}, then writes the archive. */
	private static Written pack(Organisation organisation, StudentText student, Path work, int documents, Path out) throws IOException {
		int removed = student.removedElements();
		Path scenarioDir = Files.createDirectories(work.resolve(SCENARIO));
		for (Map.Entry<String, String> text : student.files().entrySet()) {
			Files.writeString(scenarioDir.resolve(text.getKey()), text.getValue(), StandardCharsets.UTF_8);
		}
		// not how many elements were left out: students would learn that some are
		Files.writeString(work.resolve(DESCRIPTOR), "edition=eleve\norganisation=" + organisation.getName() + "\n", StandardCharsets.UTF_8);
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
		return new Written(removed, documents);
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
