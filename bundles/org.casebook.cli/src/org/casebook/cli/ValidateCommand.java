// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.casebook.dsl.CasebookStandaloneSetup;
import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.model.text.Plural;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casebook validate}: checks scenario files and prints one line per problem. */
@Command(name = "validate", header = "Vérifie des scénarios et affiche un problème par ligne.",
		sortOptions = false,
		description = { "Vérifie des scénarios (fichiers .orga ou dossiers, parcourus récursivement) et affiche "
				+ "un problème par ligne, sous la forme :", "  chemin:ligne:colonne: error|warning: CODE: message",
				"puis un résumé sur la sortie d'erreur." },
		synopsisHeading = "Usage : ", optionListHeading = "Options :%n", parameterListHeading = "Paramètres :%n",
		footer = { "", "Codes de sortie : 0 aucune erreur, 1 erreurs dans les scénarios, 2 usage ou fichier illisible." })
public final class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@picocli.CommandLine.Mixin
	private HelpOption help;

	@Parameters(arity = "1..*", paramLabel = "FICHIER|DOSSIER", description = "Fichiers .orga ou dossiers à vérifier.")
	private List<Path> inputs;

	@Option(names = "--sans-avertissements", description = "N'affiche que les erreurs.")
	private boolean errorsOnly;

	/** Largest --taille-max: a file is read whole in memory, as text of up to 2 G characters. */
	private static final long MAX_MEGABYTES = 1024;

	@Option(names = "--taille-max", paramLabel = "Mo", description = "Taille maximale d'un fichier, en Mo (défaut : 16).")
	private long maxMegabytes = ScenarioLoader.DEFAULT_MAX_BYTES / (1024 * 1024);

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (maxMegabytes < 1 || maxMegabytes > MAX_MEGABYTES) {
			err.println("casebook : --taille-max " + maxMegabytes + " : un nombre de Mo de 1 à " + MAX_MEGABYTES + " attendu");
			return CasebookCommand.USAGE;
		}
		Injector injector = new CasebookStandaloneSetup().createInjectorAndDoEMFRegistration();
		ScenarioLoader loader = injector.getInstance(ScenarioLoader.class);
		loader.setMaxBytes(maxMegabytes * 1024 * 1024);
		ScenarioSet scenario = loader.load(inputs);
		List<Problem> problems = loader.validate(scenario);
		int errors = 0;
		int warnings = 0;
		for (Problem problem : problems) {
			if (problem.severity() == Problem.Severity.ERROR) {
				errors++;
			} else {
				warnings++;
				if (errorsOnly) {
					continue;
				}
			}
			out.println(problem.format());
		}
		out.flush();
		int files = scenario.getResources().size();
		err.println(summary(files, errors, warnings, errorsOnly));
		err.flush();
		if (scenario.hasUnreadableInput()) {
			return CasebookCommand.USAGE;
		}
		return errors > 0 ? CasebookCommand.FAILED : CasebookCommand.OK;
	}

	/** @return the summary line; the warnings that were not printed are not counted either */
	static String summary(int files, int errors, int warnings, boolean errorsOnly) {
		String checked = Plural.count(files, "fichier vérifié", "fichiers vérifiés") + " : " + Plural.count(errors, "erreur", "erreurs");
		return errorsOnly ? checked + " (avertissements non affichés)" : checked + ", " + Plural.count(warnings, "avertissement", "avertissements");
	}
}
