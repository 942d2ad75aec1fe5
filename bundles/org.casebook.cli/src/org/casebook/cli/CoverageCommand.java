// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.casebook.model.Model;
import org.casebook.model.edition.EditionModels;
import org.casebook.referential.Referential;
import org.casebook.referential.coverage.CoverageAnalyzer;
import org.casebook.referential.coverage.CoverageReport;
import org.casebook.referential.coverage.CoverageReports;
import org.casebook.referential.coverage.CoverageWorkbook;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casebook coverage}: the competencies covered by the missions of a scenario. */
@Command(name = "coverage", header = "Croise les compétences du référentiel et les missions du scénario.",
		sortOptions = false, synopsisHeading = "Usage : ", optionListHeading = "Options :%n",
		parameterListHeading = "Paramètres :%n",
		description = "Matrice compétences × missions, compétences non couvertes et tableau de synthèse des réalisations "
				+ "du bloc 1 (chacune des six compétences mobilisée au moins une fois).",
		footer = { "", "Codes de sortie : 0 les six compétences du bloc 1 sont couvertes, 1 sinon, 2 usage ou scénario invalide." })
public final class CoverageCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@picocli.CommandLine.Mixin
	private HelpOption help;

	@Parameters(arity = "1..*", paramLabel = "SCÉNARIO", description = "Fichiers .orga ou dossiers du scénario.")
	private List<Path> inputs;

	@Option(names = "--format", paramLabel = "text|json|html|xlsx", defaultValue = "text", description = "Format (défaut : text ; xlsx exige --out).")
	private String format;

	@Option(names = "--option", paramLabel = "sisr|slam", description = "Option (par défaut celle du sujet, sinon les deux).")
	private String option;

	@Option(names = "--edition", paramLabel = "eleve|enseignant", defaultValue = "enseignant",
			description = "Missions comptées : toutes, ou celles de l'édition élève, sans les éléments @enseignant (défaut : enseignant).")
	private String edition;

	@Option(names = "--out", paramLabel = "FICHIER", description = "Écrit le rapport dans ce fichier au lieu de la sortie standard.")
	private Path out;

	@Override
	public Integer call() {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			String chosenFormat = Options.format(format, List.of("text", "json", "html", "xlsx"), err);
			Referential.Option chosen = option == null ? null : Options.option(option, err);
			boolean teacher = Options.teacherEdition(edition, err);
			if (chosenFormat.equals("xlsx") && out == null) {
				err.println("casebook : le format xlsx s'écrit dans un fichier : ajouter --out couverture.xlsx");
				err.flush();
				return CasebookCommand.USAGE;
			}
			Scenarios.checkOutFile(out, err);
			List<Model> models = Scenarios.loadValid(inputs, err);
			Scenarios.checkOutNotInput(out, models, inputs, err);
			CoverageReport report = CoverageAnalyzer.analyze(teacher ? EditionModels.teacher(models) : EditionModels.student(models), chosen);
			if (chosenFormat.equals("xlsx")) {
				Scenarios.writeAtomically(out, stream -> CoverageWorkbook.write(report, stream), err);
				err.println("casebook : classeur écrit dans " + out);
			} else {
				String text = switch (chosenFormat) {
				case "json" -> CoverageReports.json(report);
				case "html" -> CoverageReports.html(report);
				default -> CoverageReports.text(report);
				};
				Scenarios.emit(text, out, stdout, err);
			}
			stdout.flush();
			err.flush();
			return report.bloc1Gaps().isEmpty() ? CasebookCommand.OK : CasebookCommand.FAILED;
		} catch (Scenarios.Stop stop) {
			return stop.code;
		}
	}
}
