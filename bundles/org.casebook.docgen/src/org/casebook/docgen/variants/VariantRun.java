// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.variants;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.casebook.docgen.AtomicFiles;
import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Leftovers;
import org.casebook.docgen.Settings;
import org.casebook.docgen.StudentPackage;
import org.casebook.docgen.variants.ClassList.Student;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.dsl.variants.Variant;
import org.casebook.dsl.variants.VariantGenerator;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.model.text.Printable;
import org.eclipse.emf.ecore.EObject;

/**
 * {@code casebook variantes} and the Studio's « Variantes élèves »: one variant of a scenario per student of a class,
 * with its scenario, its student documents (contexte, sujet), its student package for Casebook Viewer and its corrigé,
 * plus the class answer key and the
 * manifest of what varied. Everything is written to a temporary folder beside the output and put in place at once: a
 * failure leaves an earlier run's folder as it was.
 */
public final class VariantRun {

	/** The manifest of what varied, at the top of the output folder; it marks a folder as an earlier run's. */
	public static final String MANIFEST = "manifeste.csv";
	/** The class answer key, CSV. */
	public static final String KEY_CSV = "corrige-classe.csv";
	/** The class answer key, XLSX. */
	public static final String KEY_XLSX = "corrige-classe.xlsx";
	/**
	 * The folder of the students' folders: each holds only what is handed to its student (student documents and
	 * package), so that a folder handed out whole, copied to a USB stick or an ENT, carries nothing for the teacher.
	 */
	public static final String STUDENTS = "eleves";
	/** The folder of the teacher's folders, one per student: the variant's scenario, its corrigé and what varied. */
	public static final String TEACHER = "enseignant";
	/** The folder of the variant scenario in a student's teacher folder. */
	public static final String SCENARIO = "scenario";
	/** What varied for a student, in the student's teacher folder. */
	public static final String CHANGES = "variante.txt";

	/** The list of the files of the output folder with their SHA-256, that a later run checks before replacing it. */
	public static final String FILES = FileList.NAME;

	/** The student package of a student's variant, in the student's folder: what Casebook Viewer opens. */
	public static final String PACKAGE = "paquet-eleve.zip";

	/** The documents of a student: student edition. */
	public static final List<DocumentKind> STUDENT_DOCUMENTS = List.of(DocumentKind.CONTEXTE, DocumentKind.SUJET);

	/**
	 * One student's outputs.
	 *
	 * @param student the student
	 * @param folder the student's folder, once in place, {@code eleves/01-marie-dupont}: what is handed to the student
	 * @param teacherFolder the teacher's folder of the student, {@code enseignant/01-marie-dupont}: scenario, corrigé
	 * @param variant the variant
	 * @param files the files written in the two folders
	 * @param millis the time taken for this student
	 */
	public record StudentOutput(Student student, Path folder, Path teacherFolder, Variant variant, List<Path> files, long millis) {
	}

	/**
	 * What a run wrote.
	 *
	 * @param out the output folder
	 * @param students each student's outputs, in the order of the class list
	 * @param columns the computed answers of the answer key
	 * @param millis the time of the whole run
	 */
	public record Result(Path out, List<StudentOutput> students, List<AnswerKey.Column> columns, long millis) {
	}

	/** Told before each student. */
	public interface Progress {
		/**
		 * @param done students done
		 * @param total students
		 * @param name the next student
		 */
		void step(int done, int total, String name);
	}

	private VariantRun() {
	}

	/**
	 * @param scenario a loaded scenario with no error, with a {@code variantes} block
	 * @param generator the variant generator of the language
	 * @param organisation the organisation of the case, in {@code scenario}
	 * @param students the class
	 * @param seed the seed of the class
	 * @param formats the formats of the documents
	 * @param settings the look of the documents
	 * @param out the output folder: missing, empty, or an earlier run's holding only what that run wrote (replaced as a whole)
	 * @param progress told of each student
	 * @return what was written
	 * @throws IOException when a variant or a document fails, or the folder cannot be written; nothing is then changed
	 */
	public static Result run(ScenarioSet scenario, VariantGenerator generator, Organisation organisation, ClassList students, long seed,
			List<Format> formats, Settings settings, Path out, Progress progress) throws IOException {
		long start = System.nanoTime();
		if (!VariantGenerator.hasVariants(scenario.getModels())) {
			throw new IOException("le scénario ne déclare aucune partie variable : ajouter un bloc variantes { … } (voir le README)");
		}
		AtomicFiles.checkFolder(out);
		// a folder reached through a link is replaced where the link leads, and the link stays
		Path target = Files.isSymbolicLink(out) ? out.toRealPath() : out.toAbsolutePath().normalize();
		checkReplaceable(out, target);
		Path parent = target.getParent();
		Files.createDirectories(parent);
		if (!Files.isWritable(parent)) {
			throw new IOException(Printable.path(parent) + " : dossier non inscriptible");
		}
		Leftovers.clean(parent);
		// a plain folder, not createTempDirectory's, which is private to its owner: moved in place, it is the output folder
		Path temp = Files.createDirectory(parent.resolve(Leftovers.prefix() + Long.toHexString(System.nanoTime())));
		Thread cleaner = new Thread(() -> Leftovers.delete(temp), "casebook-nettoyage");
		boolean hooked = addHook(cleaner);
		try {
			int organisationIndex = organisations(scenario.getModels()).indexOf(organisation);
			List<AnswerKey.Column> columns = AnswerKey.columns(scenario.getModels());
			List<AnswerKey.Row> rows = new ArrayList<>();
			List<StudentOutput> outputs = new ArrayList<>();
			List<MoodleQuiz.Student> quizzes = new ArrayList<>();
			Set<String> taken = new HashSet<>();
			int width = Math.max(2, Integer.toString(students.students().size()).length());
			int rank = 0;
			for (Student student : students.students()) {
				long t0 = System.nanoTime();
				progress.step(rank, students.students().size(), student.name());
				rank++;
				String folderName = student.folder(rank, width);
				Path dir = Files.createDirectories(temp.resolve(STUDENTS).resolve(folderName));
				Path teacherDir = Files.createDirectories(temp.resolve(TEACHER).resolve(folderName));
				Variant variant;
				try {
					variant = generator.generate(scenario, VariantGenerator.seedFor(seed, student.line(), student.raw()), taken);
				} catch (IOException e) {
					throw new IOException(Printable.path(students.file()) + ":" + student.line() + ": " + Printable.of(student.name()) + " : "
							+ e.getMessage(), e);
				}
				taken.add(variant.signature());
				List<Path> files = new ArrayList<>();
				Path scenarioDir = teacherDir.resolve(SCENARIO);
				Files.createDirectories(scenarioDir);
				for (Map.Entry<String, String> file : variant.files().entrySet()) {
					Path f = scenarioDir.resolve(file.getKey());
					Files.writeString(f, file.getValue(), StandardCharsets.UTF_8);
					files.add(f);
				}
				List<Organisation> orgs = organisations(variant.models());
				Organisation org = organisationIndex >= 0 && organisationIndex < orgs.size() ? orgs.get(organisationIndex) : orgs.get(0);
				Generator.Progress quiet = (d, t, n) -> {
				};
				List<Path> studentDocuments = new ArrayList<>();
				for (Generator.Output o : Generator.generate(org, variant.models(), STUDENT_DOCUMENTS, Edition.ELEVE, formats, settings, dir, quiet)) {
					files.add(o.file());
					studentDocuments.add(o.file());
				}
				for (Generator.Output o : Generator.generate(org, variant.models(), List.of(DocumentKind.CORRIGE), Edition.ENSEIGNANT, formats,
						settings, teacherDir, quiet)) {
					files.add(o.file());
				}
				for (Path f : files) {
					Reproducible.normalize(f);
				}
				// the package handed to the student: the student edition of the variant's text and its student documents
				Path studentPackage = dir.resolve(PACKAGE);
				StudentPackage.write(org, variant.scenario(), generator.serializer(), studentDocuments, studentPackage);
				files.add(studentPackage);
				StringBuilder summary = new StringBuilder("Variante de " + student.name() + " (ligne " + student.line() + " de "
						+ students.file().getFileName() + ")\n");
				variant.changes().forEach(c -> summary.append("- ").append(c.what()).append(" : ").append(c.original()).append(" → ")
						.append(c.value()).append('\n'));
				Path note = teacherDir.resolve(CHANGES);
				Files.writeString(note, summary.toString(), StandardCharsets.UTF_8);
				files.add(note);
				quizzes.add(new MoodleQuiz.Student("Casebook/" + organisation.getName() + "/" + folderName, variant.models()));
				rows.add(new AnswerKey.Row(student.line(), student.name(), folderName, AnswerKey.values(variant.models()), variant.changes()));
				List<Path> finalFiles = files.stream().map(f -> target.resolve(temp.relativize(f))).toList();
				outputs.add(new StudentOutput(student, target.resolve(STUDENTS).resolve(folderName), target.resolve(TEACHER).resolve(folderName),
						variant, finalFiles, (System.nanoTime() - t0) / 1_000_000));
			}
			progress.step(rank, students.students().size(), "");
			write(temp.resolve(KEY_CSV), o -> AnswerKey.csv(columns, rows, o));
			write(temp.resolve(MANIFEST), o -> AnswerKey.manifest(rows, o));
			write(temp.resolve(KEY_XLSX), o -> AnswerKey.xlsx(columns, rows, o));
			Reproducible.normalize(temp.resolve(KEY_XLSX));
			write(temp.resolve(MoodleQuiz.FILE), o -> MoodleQuiz.write(quizzes, o));
			FileList.write(temp);
			// the folder in place again, as it may have been changed while this run wrote its own
			checkReplaceable(out, target);
			place(temp, target);
			return new Result(target, List.copyOf(outputs), columns, (System.nanoTime() - start) / 1_000_000);
		} finally {
			Leftovers.delete(temp);
			if (hooked) {
				try {
					Runtime.getRuntime().removeShutdownHook(cleaner);
				} catch (IllegalStateException e) {
					// the machine is stopping: the hook removes the folder
				}
			}
		}
	}

	/**
	 * Refuses to replace a folder that replacing would empty of something else than a run's own files: a folder that is
	 * not empty and not an earlier run's, or an earlier run's that holds files it did not write, or changed ones.
	 */
	private static void checkReplaceable(Path out, Path target) throws IOException {
		if (!Files.isDirectory(target)) {
			return;
		}
		if (!Files.exists(target.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
			try (Stream<Path> entries = Files.list(target)) {
				if (entries.findAny().isPresent()) {
					throw new IOException(Printable.path(out) + " : ce dossier n'est pas vide et ne vient pas de casebook variantes (pas de "
							+ MANIFEST + ") : choisir un dossier absent ou vide");
				}
			}
			return;
		}
		List<String> changes = FileList.changes(target);
		if (!changes.isEmpty()) {
			throw new IOException(Printable.path(out) + " : ce dossier vient de casebook variantes mais a changé depuis : "
					+ Printable.path(String.join(", ", changes)) + " ; le remplacer effacerait ces changements : les mettre à l'abri "
					+ "et retirer le dossier, ou choisir un autre dossier");
		}
	}

	private static void write(Path file, AtomicFiles.Content content) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			content.writeTo(out);
		}
	}

	/** Puts the new folder in place of the old one: two renames, the old folder deleted afterwards. */
	private static void place(Path temp, Path target) throws IOException {
		Path old = null;
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			old = target.resolveSibling(Leftovers.prefix() + "ancien");
			move(target, old);
		}
		try {
			move(temp, target);
		} catch (IOException e) {
			if (old != null) {
				move(old, target);
			}
			throw e;
		}
		if (old != null) {
			Leftovers.delete(old);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	private static List<Organisation> organisations(List<Model> models) {
		List<Organisation> result = new ArrayList<>();
		for (Model m : models) {
			for (EObject e : m.getElements()) {
				if (e instanceof Organisation o) {
					result.add(o);
				}
			}
		}
		return result;
	}

	private static boolean addHook(Thread cleaner) {
		try {
			Runtime.getRuntime().addShutdownHook(cleaner);
			return true;
		} catch (IllegalStateException | SecurityException e) {
			return false;
		}
	}
}
