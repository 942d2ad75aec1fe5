// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.model.edition.EditionModels;

import org.casebook.referential.conformity.ConformityChecker;
import org.casebook.referential.conformity.ConformityReport;
import org.casebook.referential.conformity.ConformityReports;
import org.casebook.referential.conformity.Reading;
import org.casebook.referential.conformity.StateView;

import picocli.CommandLine.Command;

import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casebook check}: the Annexe II.E attestation of a scenario. */
@Command(name = "check", header = "Vérifie que le scénario respecte l'annexe II.E, exigence par exigence.",
		sortOptions = false, synopsisHeading = "Usage : ", optionListHeading = "Options :%n",
		parameterListHeading = "Paramètres :%n",
		description = "Vérifie que l'environnement décrit par le scénario respecte l'annexe II.E (environnement technologique "
				+ "pour la certification) : une ligne par exigence, CONFORME, NON CONFORME ou INFORMATION ABSENTE.",
		footer = { "", "Codes de sortie : 0 toutes les exigences conformes, 1 au moins une ne l'est pas, 2 usage ou scénario invalide." })
public final class CheckCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@picocli.CommandLine.Mixin
	private HelpOption help;

	@Parameters(arity = "1..*", paramLabel = "SCÉNARIO", description = "Fichiers .orga ou dossiers du scénario.")
	private List<Path> inputs;

	@picocli.CommandLine.Option(names = "--option", required = true, paramLabel = "sisr|slam", description = "Option du BTS SIO à vérifier.")
	private String option;

	@picocli.CommandLine.Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text", description = "Format du rapport (défaut : text).")
	private String format;

	@picocli.CommandLine.Option(names = "--lecture", paramLabel = "stricte|souple", defaultValue = "stricte",
			description = "Lecture des exigences ambiguës (défaut : stricte).")
	private String reading;

	@picocli.CommandLine.Option(names = "--etat", paramLabel = "existant|cible", defaultValue = "existant",
			description = "Système vérifié : l'existant, ou la cible avec les éléments prévus (défaut : existant).")
	private String state;

	@picocli.CommandLine.Option(names = "--edition", paramLabel = "eleve|enseignant", defaultValue = "enseignant",
			description = "Environnement vérifié : tout le scénario, ou l'édition élève, sans les éléments @enseignant (défaut : enseignant).")
	private String edition;

	@picocli.CommandLine.Option(names = "--organisation", paramLabel = "NOM", description = "Organisation à vérifier quand le scénario en décrit plusieurs.")
	private String organisation;

	@picocli.CommandLine.Option(names = "--out", paramLabel = "FICHIER", description = "Écrit le rapport dans ce fichier au lieu de la sortie standard.")
	private Path out;

	@Override
	public Integer call() {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			org.casebook.referential.Referential.Option chosen = Options.option(option, err);
			Reading chosenReading = Options.reading(reading, err);
			String chosenFormat = Options.format(format, List.of("text", "json", "html"), err);
			StateView view = Options.state(state, err);
			boolean teacher = Options.teacherEdition(edition, err);
			Scenarios.checkOutFile(out, err);
			List<Model> models = Scenarios.loadValid(inputs, err);
			Scenarios.checkOutNotInput(out, models, inputs, err);
			Organisation org = Scenarios.organisation(models, organisation, !teacher, err);
			ConformityReport report = ConformityChecker.check(teacher ? EditionModels.teacher(models) : EditionModels.student(models), org,
					chosen, chosenReading, view);
			String text = switch (chosenFormat) {
			case "json" -> ConformityReports.json(report);
			case "html" -> ConformityReports.html(report);
			default -> ConformityReports.text(report);
			};
			Scenarios.emit(text, out, stdout, err);
			return report.isConforming() ? CasebookCommand.OK : CasebookCommand.FAILED;
		} catch (Scenarios.Stop stop) {
			return stop.code;
		}
	}

}
