// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.casebook.docgen.AtomicFiles;
import org.casebook.docgen.DocumentBuilder;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Settings;
import org.casebook.dsl.CasebookStandaloneSetup;
import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.model.edition.EditionModels;
import org.casebook.model.text.Plural;
import org.casebook.model.text.Printable;

import com.google.inject.Injector;

/** Shared steps of the commands that work on a valid scenario: loading, refusing broken input, writing outputs. */
final class Scenarios {

	/**
	 * @param word the value of {@code --format}: {@code html}, {@code pdf}, {@code docx}, {@code odt} or {@code all}
	 * @return the formats it names, or {@code null} when it names none
	 */
	static List<Format> formats(String word) {
		if (word.equalsIgnoreCase("all")) {
			return Arrays.asList(Format.values());
		}
		Format format = Format.parse(word);
		return format == null ? null : List.of(format);
	}

	/**
	 * @param inputs the scenario's files or folders, as given
	 * @return the folder whose layout settings apply: the first input if it is a folder, else the folder of that file
	 */
	static Path settingsFolder(List<Path> inputs) {
		Path first = inputs.get(0).toAbsolutePath();
		return Files.isDirectory(first) ? first : first.getParent();
	}

	/** Thrown to stop a command with an exit code after its message was printed. */
	static final class Stop extends Exception {
		private static final long serialVersionUID = 1L;
		final int code;

		Stop(int code) {
			super(null, null, false, false);
			this.code = code;
		}
	}

	private Scenarios() {
	}

	/**
	 * Loads and validates a scenario; prints its errors and stops with exit code 2 when it has any.
	 *
	 * @param inputs files or folders
	 * @param err where problems go
	 * @return the loaded models
	 * @throws Stop when the scenario cannot be used
	 */
	static List<Model> loadValid(List<Path> inputs, PrintWriter err) throws Stop {
		return loadValidSet(inputs, err).scenario().getModels();
	}

	/** A valid scenario with the injector that loaded it. */
	record Loaded(ScenarioSet scenario, Injector injector) {
	}

	/**
	 * Like {@link #loadValid(List, PrintWriter)}, keeping the resource set and the language services.
	 *
	 * @throws Stop when the scenario cannot be used
	 */
	static Loaded loadValidSet(List<Path> inputs, PrintWriter err) throws Stop {
		Injector injector = new CasebookStandaloneSetup().createInjectorAndDoEMFRegistration();
		ScenarioLoader loader = injector.getInstance(ScenarioLoader.class);
		ScenarioSet scenario = loader.load(inputs);
		List<Problem> errors = loader.validate(scenario).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			errors.forEach(p -> err.println(p.format()));
			err.println("casebook : le scénario comporte " + Plural.count(errors.size(), "erreur", "erreurs")
					+ " : les corriger d'abord (casebook validate).");
			err.flush();
			throw new Stop(CasebookCommand.USAGE);
		}
		return new Loaded(scenario, injector);
	}

	/**
	 * @param models a scenario
	 * @param name the organisation asked for, or {@code null}
	 * @param student whether the command makes the student edition: an organisation reserved to the teacher is then
	 *            neither chosen nor named
	 * @param err where problems go
	 * @return the organisation: the one named, or the only one
	 * @throws Stop when there is none, or several and none was named
	 */
	static Organisation organisation(List<Model> models, String name, boolean student, PrintWriter err) throws Stop {
		List<Organisation> all = EditionModels.organisations(models, false);
		List<Organisation> shown = student ? EditionModels.organisations(models, true) : all;
		if (name != null) {
			for (Organisation o : all) {
				if (o.getName().equals(name)) {
					if (shown.contains(o)) {
						return o;
					}
					err.println("casebook : " + DocumentBuilder.where(o) + "l'organisation « " + o.getName()
							+ " » est réservée à l'enseignant (@enseignant) : elle n'a pas d'édition élève");
					err.flush();
					throw new Stop(CasebookCommand.USAGE);
				}
			}
			err.println("casebook : organisation « " + Printable.of(name) + " » introuvable ; présentes : " + names(shown));
		} else if (shown.size() == 1) {
			return shown.get(0);
		} else if (!shown.isEmpty()) {
			err.println("casebook : plusieurs organisations (" + names(shown) + ") : choisir avec --organisation NOM.");
		} else if (all.size() == 1) {
			// located, but not named: the messages of a student edition name no organisation reserved to the teacher
			err.println("casebook : " + DocumentBuilder.where(all.get(0))
					+ "l'organisation du scénario est réservée à l'enseignant (@enseignant) : il n'a pas d'édition élève");
		} else if (!all.isEmpty()) {
			err.println("casebook : toute organisation du scénario est réservée à l'enseignant (@enseignant) : il n'a pas d'édition élève.");
		} else {
			err.println("casebook : le scénario ne déclare aucune organisation.");
		}
		err.flush();
		throw new Stop(CasebookCommand.USAGE);
	}

	private static String names(List<Organisation> all) {
		return all.isEmpty() ? "aucune" : String.join(", ", all.stream().map(Organisation::getName).toList());
	}

	/**
	 * Refuses, before any work, an output file that writing would replace although it is not a regular file.
	 *
	 * @param out the path given with {@code --out}, or {@code null}
	 * @param err where problems go
	 * @throws Stop when it is a folder, a symbolic link, a device, a named pipe or a socket
	 */
	static void checkOutFile(Path out, PrintWriter err) throws Stop {
		if (out != null) {
			checkNotEmpty(out, err);
			try {
				AtomicFiles.checkFile(out);
			} catch (IOException e) {
				stop(err, "--out " + e.getMessage());
			}
		}
	}

	/**
	 * Refuses, before any work, an output folder that is neither missing nor a folder.
	 *
	 * @param out the path given with {@code --out}
	 * @param err where problems go
	 * @throws Stop when it is a file, a device, a named pipe or a socket
	 */
	static void checkOutFolder(Path out, PrintWriter err) throws Stop {
		checkNotEmpty(out, err);
		try {
			AtomicFiles.checkFolder(out);
		} catch (IOException e) {
			stop(err, "--out " + e.getMessage());
		}
	}

	/** An empty {@code --out=} would name the current folder: it is refused rather than written into. */
	private static void checkNotEmpty(Path out, PrintWriter err) throws Stop {
		if (out != null && out.toString().isEmpty()) {
			stop(err, "--out vide : un chemin est attendu (rien n'a été écrit)");
		}
	}

	/**
	 * Refuses an output file that the scenario is read from: a report or a package written with {@code --out} over one
	 * of its {@code .orga} files (or a hard link to one), its layout file or its logo would replace the teacher's work.
	 *
	 * @param out the path given with {@code --out}, or {@code null}
	 * @param models the files read
	 * @param inputs the files and folders named on the command line
	 * @param err where problems go
	 * @throws Stop when {@code out} is one of them
	 */
	static void checkOutNotInput(Path out, List<Model> models, List<Path> inputs, PrintWriter err) throws Stop {
		if (out == null || !Files.exists(out)) {
			return;
		}
		List<Path> read = new ArrayList<>();
		for (Model model : models) {
			org.eclipse.emf.common.util.URI uri = model.eResource() == null ? null : model.eResource().getURI();
			if (uri != null && uri.isFile()) {
				read.add(Path.of(uri.toFileString()));
			}
		}
		Path folder = settingsFolder(inputs);
		read.add(folder.resolve(Settings.FILE_NAME));
		try {
			Path logo = Settings.load(folder).logo();
			if (logo != null) {
				read.add(logo);
			}
		} catch (Settings.SettingsException e) {
			// the command reports a faulty layout file itself
		}
		for (Path file : read) {
			try {
				if (Files.exists(file) && Files.isSameFile(out, file)) {
					stop(err, "--out " + Printable.path(out) + " : c'est un fichier du scénario, que l'écriture remplacerait ; "
							+ "choisir un autre fichier (rien n'a été écrit)");
				}
			} catch (IOException e) {
				// a file that cannot be compared is not the one written
			}
		}
	}

	private static void stop(PrintWriter err, String message) throws Stop {
		err.println("casebook : " + message);
		err.flush();
		throw new Stop(CasebookCommand.USAGE);
	}

	/**
	 * Writes an output file atomically: a temporary file beside it, then a move, so that a failure leaves the previous
	 * file intact.
	 *
	 * @param target the file to write
	 * @param content its content
	 * @param err where problems go
	 * @throws Stop when the file cannot be written
	 */
	static void writeAtomically(Path target, AtomicFiles.Content content, PrintWriter err) throws Stop {
		try {
			AtomicFiles.write(target, content);
		} catch (IOException e) {
			err.println("casebook : " + e.getMessage());
			err.flush();
			throw new Stop(CasebookCommand.USAGE);
		}
	}

	/**
	 * Prints a report on the standard output, or writes it atomically to a file when one is given.
	 *
	 * @param text the report
	 * @param file the file, or {@code null} for the standard output
	 * @param out the standard output
	 * @param err where messages go
	 * @throws Stop when the file cannot be written
	 */
	static void emit(String text, Path file, PrintWriter out, PrintWriter err) throws Stop {
		if (file != null) {
			writeAtomically(file, text(text), err);
			err.println("casebook : rapport écrit dans " + file);
		} else {
			out.print(text);
		}
		out.flush();
		err.flush();
	}

	/**
	 * @param text a text report
	 * @return its UTF-8 content
	 */
	static AtomicFiles.Content text(String text) {
		return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
	}

}
