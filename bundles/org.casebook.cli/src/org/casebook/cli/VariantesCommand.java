// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Settings;
import org.casebook.docgen.variants.ClassList;
import org.casebook.docgen.variants.VariantRun;
import org.casebook.dsl.variants.VariantGenerator;
import org.casebook.model.Organisation;
import org.casebook.model.text.Plural;
import org.casebook.model.text.Printable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casebook variantes}: one variant of the scenario per student, with its documents, and the class answer key. */
@Command(name = "variantes", header = "Variantes du cas par élève et corrigé de la classe.",
		sortOptions = false, synopsisHeading = "Usage : ", optionListHeading = "Options :%n",
		parameterListHeading = "Paramètres :%n",
		description = { "Tire pour chaque élève de la liste une variante du scénario selon son bloc variantes (plan d'adressage, "
				+ "numéros de VLAN, noms, effectifs), toujours valide et de mêmes résultats à l'annexe II.E, puis écrit dans "
				+ VariantRun.STUDENTS + "/01-nom, à remettre tel quel à l'élève, ses documents élève (contexte, sujet) et son paquet "
				+ "élève pour Casebook Viewer (" + VariantRun.PACKAGE + "), et dans " + VariantRun.TEACHER + "/01-nom le scénario de la "
				+ "variante, son corrigé, dont les expressions {{ … }} sont calculées sur la variante, et ce qui a varié.",
				"À la racine : le corrigé de la classe (" + VariantRun.KEY_XLSX + " et " + VariantRun.KEY_CSV + " : une ligne par élève, une "
						+ "colonne par réponse calculée), le manifeste de ce qui a varié (" + VariantRun.MANIFEST + ") et la liste des fichiers "
						+ "écrits avec leur SHA-256 (" + VariantRun.FILES + ") : une exécution suivante dans le même dossier le remplace, "
						+ "sauf si un fichier y a été ajouté ou modifié depuis.",
				"La liste des élèves est un CSV exporté d'un tableur (séparateur ; ou , ; UTF-8 ou Windows-1252 ; ligne d'en-tête "
						+ "facultative). La variante d'un élève ne dépend que de la graine et de sa ligne : même graine, mêmes fichiers, "
						+ "octet pour octet." },
		footer = { "", "Codes de sortie : 0 variantes écrites, 2 usage, scénario ou liste invalide, aucune variante possible ou dossier "
				+ "non inscriptible (un dossier d'une exécution précédente reste alors intact)." })
public final class VariantesCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@picocli.CommandLine.Mixin
	private HelpOption help;

	@Parameters(arity = "1..*", paramLabel = "SCÉNARIO", description = "Fichiers .orga ou dossiers du scénario.")
	private List<Path> inputs;

	@Option(names = "--eleves", required = true, paramLabel = "CLASSE.csv", description = "Liste des élèves (CSV).")
	private Path students;

	@Option(names = "--graine", paramLabel = "N", defaultValue = "1", description = "Graine du tirage (défaut : 1).")
	private long seed;

	@Option(names = "--format", paramLabel = "html|pdf|docx|odt|all", defaultValue = "pdf", description = "Format des documents (défaut : pdf).")
	private String format;

	@Option(names = "--out", required = true, paramLabel = "DOSSIER", description = "Dossier de sortie (absent, vide ou d'une exécution précédente).")
	private Path out;

	@Option(names = "--organisation", paramLabel = "NOM", description = "Organisation quand le scénario en décrit plusieurs.")
	private String organisation;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		try {
			List<Format> formats = Scenarios.formats(format);
			if (formats == null) {
				return refuse(err, "format « " + Printable.of(format) + " » inconnu : html, pdf, docx, odt ou all attendu");
			}
			Scenarios.checkOutFolder(out, err);
			ClassList list;
			try {
				list = ClassList.read(students);
			} catch (IOException e) {
				return refuse(err, "liste des élèves refusée : " + e.getMessage());
			}
			Settings settings;
			try {
				settings = Settings.load(Scenarios.settingsFolder(inputs));
			} catch (Settings.SettingsException e) {
				return refuse(err, e.getMessage());
			}
			Scenarios.Loaded loaded = Scenarios.loadValidSet(inputs, err);
			Organisation org = Scenarios.organisation(loaded.scenario().getModels(), organisation, true, err);
			VariantGenerator generator = loaded.injector().getInstance(VariantGenerator.class);
			ProgressBar bar = new ProgressBar(err, list.students().size() > 1);
			VariantRun.Result result;
			try {
				result = VariantRun.run(loaded.scenario(), generator, org, list, seed, formats, settings, out, bar::step);
			} catch (IOException e) {
				bar.clear();
				return refuse(err, "variantes impossibles : " + e.getMessage() + " (rien n'a été changé dans " + out + ")");
			}
			err.println("casebook : " + Plural.count(result.students().size(), "variante écrite", "variantes écrites") + " dans " + out + " ("
					+ list.encoding() + ", séparateur « " + list.delimiter() + " », graine " + seed + ", "
					+ Plural.count(result.columns().size(), "réponse calculée", "réponses calculées") + " par élève)");
			err.println("casebook : corrigé de la classe : " + out.resolve(VariantRun.KEY_XLSX) + ", " + out.resolve(VariantRun.KEY_CSV)
					+ " ; manifeste : " + out.resolve(VariantRun.MANIFEST));
			if (!result.students().isEmpty()) {
				String first = result.students().get(0).folder().getFileName().toString();
				err.println("casebook : à remettre à chaque élève, son dossier " + out.resolve(VariantRun.STUDENTS).resolve(first)
						+ " (documents élève et paquet élève pour Casebook Viewer) ; pour l'enseignant, " + out.resolve(VariantRun.TEACHER).resolve(first)
						+ " (scénario de la variante, corrigé, ce qui a varié)");
			}
			err.flush();
			return CasebookCommand.OK;
		} catch (Scenarios.Stop stop) {
			return stop.code;
		}
	}

	private static int refuse(PrintWriter err, String message) {
		err.println("casebook : " + message);
		err.flush();
		return CasebookCommand.USAGE;
	}
}
