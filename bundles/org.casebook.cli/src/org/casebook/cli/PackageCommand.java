// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.casebook.docgen.Edition;
import org.casebook.docgen.Settings;
import org.casebook.docgen.StudentPackage;
import org.casebook.model.Organisation;
import org.casebook.model.text.Plural;
import org.eclipse.xtext.serializer.ISerializer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casebook package}: a student package, the student edition of the scenario and its documents, for the viewer. */
@Command(name = "package", header = "Construit le paquet élève pour la visionneuse.",
		sortOptions = false, synopsisHeading = "Usage : ", optionListHeading = "Options :%n",
		parameterListHeading = "Paramètres :%n",
		description = "Construit le paquet élève : le scénario sans aucun contenu réservé à l'enseignant (éléments @enseignant, "
				+ "notes, corrigés, critères) et ses documents en HTML et PDF, dans une archive ZIP pour la visionneuse.",
		footer = { "", "Codes de sortie : 0 paquet écrit, 2 usage, scénario invalide ou fichier non inscriptible." })
public final class PackageCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@picocli.CommandLine.Mixin
	private HelpOption help;

	@Parameters(arity = "1..*", paramLabel = "SCÉNARIO", description = "Fichiers .orga ou dossiers du scénario.")
	private List<Path> inputs;

	@Option(names = "--edition", defaultValue = "eleve", paramLabel = "eleve", description = "Édition du paquet : seule l'édition élève existe.")
	private String edition;

	@Option(names = "--out", required = true, paramLabel = "FICHIER.zip", description = "Archive à écrire.")
	private Path out;

	@Option(names = "--organisation", paramLabel = "NOM", description = "Organisation quand le scénario en décrit plusieurs.")
	private String organisation;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		try {
			if (Edition.parse(edition) != Edition.ELEVE) {
				err.println("casebook : un paquet est toujours en édition élève (--edition eleve)");
				err.flush();
				return CasebookCommand.USAGE;
			}
			Scenarios.checkOutFile(out, err);
			Settings settings;
			try {
				Path first = inputs.get(0).toAbsolutePath();
				settings = Settings.load(Files.isDirectory(first) ? first : first.getParent());
			} catch (Settings.SettingsException e) {
				err.println("casebook : " + e.getMessage());
				err.flush();
				return CasebookCommand.USAGE;
			}
			Scenarios.Loaded loaded = Scenarios.loadValidSet(inputs, err);
			Scenarios.checkOutNotInput(out, loaded.scenario().getModels(), inputs, err);
			Organisation org = Scenarios.organisation(loaded.scenario().getModels(), organisation, true, err);
			ProgressBar bar = new ProgressBar(err, true);
			StudentPackage.Written written = StudentPackage.write(org, loaded.scenario(), loaded.injector().getInstance(ISerializer.class),
					settings, out, bar::step);
			err.println("casebook : paquet élève écrit dans " + out + " (" + Plural.count(written.removedElements(),
					"élément réservé à l'enseignant retiré", "éléments réservés à l'enseignant retirés") + ")");
			err.flush();
			return CasebookCommand.OK;
		} catch (Scenarios.Stop stop) {
			return stop.code;
		} catch (IOException e) {
			err.println("casebook : paquet impossible : " + e.getMessage());
			err.flush();
			return CasebookCommand.USAGE;
		}
	}
}
