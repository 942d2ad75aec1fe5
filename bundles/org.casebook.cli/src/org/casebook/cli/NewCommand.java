// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.casebook.dsl.CasebookStandaloneSetup;
import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.scaffold.ScenarioTemplate;
import org.casebook.model.text.Plural;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code casebook nouveau}: a new scenario folder, the same files as Studio's new project wizard writes, or a copy of
 * one of the examples. The folder appears whole or not at all, and only once its scenario validates without error.
 */
@Command(name = "nouveau", sortOptions = false, header = "Crée un scénario prêt à compléter, ou la copie d'un exemple.",
		description = { "Crée un dossier de scénario : organisation.orga (l'organisation et son système d'information) et sujet.orga "
				+ "(un sujet d'examen de l'option choisie), valides dès la création, les mêmes fichiers que l'assistant « Nouveau projet » "
				+ "de Casebook Studio ; ou, avec --exemple, la copie de l'un des exemples livrés avec Casebook." },
		footer = { "", "Exemples : casebook nouveau mediatheque --option slam ; casebook nouveau tp-reseau --exemple hexalog.", "",
				"Codes de sortie : 0 scénario créé, 2 usage, dossier déjà rempli ou non inscriptible (rien n'est écrit)." })
public final class NewCommand implements Callable<Integer> {

	/** System property naming the folder of the examples shipped with Casebook. */
	public static final String EXAMPLES_PROPERTY = "casebook.examples";

	@Spec
	private CommandSpec spec;

	@picocli.CommandLine.Mixin
	private HelpOption help;

	@Parameters(index = "0", paramLabel = "DOSSIER", description = "Dossier à créer (absent ou vide).")
	private Path folder;

	@Option(names = "--option", paramLabel = "sisr|slam", description = "Option du sujet (défaut : sisr).")
	private String option;

	@Option(names = "--exemple", paramLabel = "NOM", description = "Copie cet exemple (hexalog, ambulyon, atelier-lumen…) au lieu du scénario vierge.")
	private String example;

	@Option(names = "--organisation", paramLabel = "IDENTIFIANT",
			description = "Identifiant de l'organisation dans le langage (défaut : tiré du nom du dossier).")
	private String identifier;

	@Option(names = "--raison-sociale", paramLabel = "TEXTE", description = "Raison sociale de l'organisation (défaut : le nom du dossier).")
	private String label;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		try {
			Path target = folder.toAbsolutePath().normalize();
			String name = target.getFileName() == null ? "" : target.getFileName().toString();
			if (Files.isSymbolicLink(target)) {
				// the scenario is written where the link leads, and the link stays
				if (!Files.isDirectory(target)) {
					return refuse(err, ParserMessages.quote(folder.toString()) + " est un lien symbolique vers "
							+ (Files.exists(target) ? "autre chose qu'un dossier" : "un dossier introuvable") + " : rien n'a été écrit");
				}
				try {
					target = target.toRealPath();
				} catch (IOException e) {
					return refuse(err, ParserMessages.quote(folder.toString()) + " : lien symbolique illisible : rien n'a été écrit");
				}
			}
			refuseFilledFolder(target, folder, err);
			Map<String, byte[]> files;
			if (example != null) {
				if (option != null || identifier != null || label != null) {
					return refuse(err, "--exemple copie l'exemple tel quel : --option, --organisation et --raison-sociale ne s'y appliquent pas");
				}
				files = exampleFiles(example, err);
			} else {
				boolean slam = option != null && Options.option(option, err) == org.casebook.referential.Referential.Option.SLAM;
				String id = identifier != null ? identifier : ScenarioTemplate.identifier(name);
				if (ScenarioTemplate.isWordOfTheLanguage(id)) {
					return refuse(err, "identifiant " + ParserMessages.quote(id) + " invalide : c'est un mot du langage ; en choisir un autre (par exemple "
							+ ScenarioTemplate.identifier(id) + ")");
				}
				if (!ScenarioTemplate.isIdentifier(id)) {
					return refuse(err, "identifiant " + ParserMessages.quote(id)
							+ " invalide : lettres sans accents, chiffres et _, sans commencer par un chiffre (par exemple Mediatheque)");
				}
				String company = label != null ? label.strip() : name;
				if (company.isEmpty() || company.codePoints().anyMatch(Character::isISOControl)) {
					return refuse(err, "raison sociale " + ParserMessages.quote(company) + " invalide : un texte sur une ligne attendu");
				}
				files = new LinkedHashMap<>();
				for (Map.Entry<String, String> file : ScenarioTemplate.files(ScenarioTemplate.packageName(name), id, company, slam).entrySet()) {
					files.put(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
				}
			}
			create(target, files, err);
			err.println("casebook : scénario créé dans " + folder + " (" + Plural.count(files.size(), "fichier", "fichiers") + " : "
					+ String.join(", ", files.keySet()) + ")");
			err.println("casebook : ensuite, casebook validate " + folder + " pendant l'écriture, puis casebook generate " + folder
					+ " --edition enseignant --out documents");
			err.flush();
			return CasebookCommand.OK;
		} catch (Scenarios.Stop stop) {
			return stop.code;
		}
	}

	private static void refuseFilledFolder(Path target, Path shown, PrintWriter err) throws Scenarios.Stop {
		if (Files.isDirectory(target)) {
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
				if (entries.iterator().hasNext()) {
					stop(err, "le dossier " + shown + " existe déjà et n'est pas vide : choisir un dossier absent ou vide (rien n'a été écrit)");
				}
			} catch (IOException e) {
				stop(err, "dossier " + shown + " illisible : " + e.getMessage());
			}
		} else if (Files.exists(target)) {
			stop(err, shown + " existe déjà et n'est pas un dossier (rien n'a été écrit)");
		}
	}

	/** @return the folder of the examples: the one the script names, or the repository's when the tests name it */
	static Path examplesFolder() {
		String examples = System.getProperty(EXAMPLES_PROPERTY);
		if (examples != null && !examples.isBlank()) {
			return Path.of(examples);
		}
		String root = System.getProperty("casebook.root");
		return root == null ? null : Path.of(root, "examples");
	}

	private static Map<String, byte[]> exampleFiles(String name, PrintWriter err) throws Scenarios.Stop {
		Path examples = examplesFolder();
		List<String> known = new ArrayList<>();
		if (examples != null && Files.isDirectory(examples)) {
			try (Stream<Path> list = Files.list(examples)) {
				list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(known::add);
			} catch (IOException e) {
				stop(err, "exemples illisibles dans " + examples + " : " + e.getMessage());
			}
		}
		if (known.isEmpty()) {
			stop(err, "aucun exemple trouvé" + (examples == null ? "" : " dans " + examples));
		}
		if (!known.contains(name)) {
			stop(err, "exemple " + ParserMessages.quote(name) + " inconnu ; exemples livrés : " + String.join(", ", known));
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (Stream<Path> list = Files.list(examples.resolve(name))) {
			for (Path file : list.filter(Files::isRegularFile).sorted().toList()) {
				String fileName = file.getFileName().toString();
				if (ScenarioTemplate.isExampleFile(fileName)) {
					files.put(fileName, Files.readAllBytes(file));
				}
			}
		} catch (IOException e) {
			stop(err, "exemple " + name + " illisible : " + e.getMessage());
		}
		return files;
	}

	/** Writes the files in a temporary folder beside the target, checks the scenario, then moves the folder in place. */
	private static void create(Path target, Map<String, byte[]> files, PrintWriter err) throws Scenarios.Stop {
		Path parent = target.getParent();
		Path temporary = null;
		try {
			Files.createDirectories(parent);
			// a plain folder (not createTempDirectory, which is private to its owner) so that the scenario gets the usual rights
			temporary = Files.createDirectory(parent.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
					+ Long.toHexString(System.nanoTime())));
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				Files.write(temporary.resolve(file.getKey()), file.getValue());
			}
			List<Problem> errors = errors(temporary);
			if (!errors.isEmpty()) {
				String written = temporary.toString();
				errors.forEach(p -> err.println(p.format().replace(written, target.toString())));
				stop(err, "le scénario produit comporte " + Plural.count(errors.size(), "erreur", "erreurs") + " : rien n'a été écrit");
			}
			if (Files.isDirectory(target)) {
				Files.delete(target);
			}
			Files.move(temporary, target);
			temporary = null;
		} catch (IOException e) {
			stop(err, "impossible de créer " + target + " : " + e.getMessage() + " (rien n'a été écrit)");
		} finally {
			if (temporary != null) {
				deleteQuietly(temporary);
			}
		}
	}

	private static List<Problem> errors(Path folder) {
		ScenarioLoader loader = new CasebookStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(ScenarioLoader.class);
		return loader.validate(loader.load(List.of(folder))).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
	}

	private static void deleteQuietly(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			// a temporary folder left behind is hidden and harmless
		}
	}

	private static void stop(PrintWriter err, String message) throws Scenarios.Stop {
		err.println("casebook : " + message);
		err.flush();
		throw new Scenarios.Stop(CasebookCommand.USAGE);
	}

	private static int refuse(PrintWriter err, String message) {
		err.println("casebook : " + message);
		err.flush();
		return CasebookCommand.USAGE;
	}
}
