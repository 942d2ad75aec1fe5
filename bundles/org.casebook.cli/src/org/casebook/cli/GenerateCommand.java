// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Generator.Output;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Settings;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.model.text.Printable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casebook generate}: the case-study documents in HTML, PDF, DOCX and ODT, teacher or student edition. */
@Command(name = "generate", header = "Produit les documents du cas en HTML, PDF, DOCX et ODT.",
		sortOptions = false, synopsisHeading = "Usage : ", optionListHeading = "Options :%n",
		parameterListHeading = "Paramètres :%n",
		description = { "Produit les documents du cas : dossier de contexte, sujet, corrigé et barème, attestation de conformité, "
				+ "couverture des compétences. L'édition élève ne contient aucun élément réservé à l'enseignant.",
				"La mise en page se règle dans un fichier " + Settings.FILE_NAME + " placé à côté du scénario (etablissement, logo, "
						+ "entete, pied, couleur, session, duree)." },
		footer = { "", "Codes de sortie : 0 documents écrits, 2 usage, scénario invalide, mise en page invalide ou dossier non inscriptible "
				+ "(les documents déjà présents restent intacts)." })
public final class GenerateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@picocli.CommandLine.Mixin
	private HelpOption help;

	@Parameters(arity = "1..*", paramLabel = "SCÉNARIO", description = "Fichiers .orga ou dossiers du scénario.")
	private List<Path> inputs;

	@Option(names = "--document", paramLabel = "contexte|sujet|corrige|conformite|couverture|all", defaultValue = "all",
			description = "Document à produire (défaut : all).")
	private String document;

	@Option(names = "--edition", required = true, paramLabel = "eleve|enseignant", description = "Édition.")
	private String edition;

	@Option(names = "--format", paramLabel = "html|pdf|docx|odt|all", defaultValue = "all", description = "Format (défaut : all).")
	private String format;

	@Option(names = "--out", required = true, paramLabel = "DOSSIER", description = "Dossier de sortie.")
	private Path out;

	@Option(names = "--organisation", paramLabel = "NOM", description = "Organisation quand le scénario en décrit plusieurs.")
	private String organisation;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		try {
			Edition chosenEdition = Edition.parse(edition);
			if (chosenEdition == null) {
				return refuse(err, "édition « " + Printable.of(edition) + " » inconnue : eleve ou enseignant attendu");
			}
			List<DocumentKind> kinds = new ArrayList<>();
			if (document.equalsIgnoreCase("all")) {
				Arrays.stream(DocumentKind.values()).filter(k -> !(k.teacherOnly() && chosenEdition == Edition.ELEVE)).forEach(kinds::add);
			} else {
				DocumentKind kind = DocumentKind.parse(document);
				if (kind == null) {
					return refuse(err, "document « " + Printable.of(document) + " » inconnu : contexte, sujet, corrige, conformite, couverture ou all attendu");
				}
				if (kind.teacherOnly() && chosenEdition == Edition.ELEVE) {
					return refuse(err, "le corrigé n'existe qu'en édition enseignant");
				}
				kinds.add(kind);
			}
			List<Format> formats = Scenarios.formats(format);
			if (formats == null) {
				return refuse(err, "format « " + Printable.of(format) + " » inconnu : html, pdf, docx, odt ou all attendu");
			}
			Scenarios.checkOutFolder(out, err);
			Settings settings;
			try {
				settings = Settings.load(Scenarios.settingsFolder(inputs));
			} catch (Settings.SettingsException e) {
				return refuse(err, e.getMessage());
			}
			List<Model> models = Scenarios.loadValid(inputs, err);
			Organisation org = Scenarios.organisation(models, organisation, chosenEdition == Edition.ELEVE, err);
			ProgressBar bar = new ProgressBar(err, kinds.size() * formats.size() > 1);
			List<Output> outputs;
			try {
				outputs = Generator.generate(org, models, kinds, chosenEdition, formats, settings, out, bar::step);
			} catch (IOException e) {
				bar.clear();
				return refuse(err, "génération impossible : " + e.getMessage() + " (les documents déjà présents dans " + out + " sont intacts)");
			}
			for (Output o : outputs) {
				err.println("casebook : " + o.file() + " (" + (o.bytes() + 1023) / 1024 + " Ko)");
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
