// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.casebook.diagram.Diagram;
import org.casebook.diagram.DiagramKind;
import org.casebook.diagram.Diagrams;
import org.casebook.diagram.PngRenderer;
import org.casebook.diagram.SvgRenderer;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.model.edition.EditionModels;
import org.casebook.model.text.Plural;
import org.casebook.model.text.Printable;
import org.casebook.referential.conformity.StateFilter;
import org.casebook.referential.conformity.StateView;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casebook diagram}: draws the diagrams of an organisation, laid out automatically. */
@Command(name = "diagram", header = "Dessine un schéma de l'organisation : réseau, sécurité, applications, organigramme, processus.",
		sortOptions = false, synopsisHeading = "Usage : ", optionListHeading = "Options :%n",
		parameterListHeading = "Paramètres :%n",
		description = "Dessine un schéma de l'organisation, disposé automatiquement : réseau (sites, VLAN, équipements, "
				+ "serveurs, liens), applications, organigramme, processus (un fichier par processus) ou sécurité (zones et filtrage).",
		footer = { "", "Codes de sortie : 0 schémas écrits, 2 usage, scénario invalide ou dossier non inscriptible." })
public final class DiagramCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@picocli.CommandLine.Mixin
	private HelpOption help;

	@Parameters(arity = "1..*", paramLabel = "SCÉNARIO", description = "Fichiers .orga ou dossiers du scénario.")
	private List<Path> inputs;

	@Option(names = "--kind", required = true, paramLabel = "reseau|applications|organigramme|processus|securite",
			description = "Type de schéma.")
	private String kind;

	@Option(names = "--format", paramLabel = "svg|png", defaultValue = "svg", description = "Format (défaut : svg).")
	private String format;

	@Option(names = "--out", required = true, paramLabel = "DOSSIER", description = "Dossier où écrire les schémas.")
	private Path out;

	@Option(names = "--organisation", paramLabel = "NOM", description = "Organisation à dessiner quand le scénario en décrit plusieurs.")
	private String organisation;

	@Option(names = "--etat", paramLabel = "existant|cible", defaultValue = "cible",
			description = "Système dessiné : l'existant seul, ou la cible avec les éléments prévus (défaut : cible).")
	private String state;

	@Option(names = "--edition", paramLabel = "eleve|enseignant", defaultValue = "enseignant",
			description = "L'édition élève omet les éléments réservés à l'enseignant (défaut : enseignant).")
	private String edition;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		try {
			DiagramKind chosen = DiagramKind.parse(kind);
			if (chosen == null) {
				err.println("casebook : type de schéma « " + Printable.of(kind) + " » inconnu : reseau, applications, organigramme, processus ou securite attendu");
				err.flush();
				return CasebookCommand.USAGE;
			}
			String chosenFormat = Options.format(format, List.of("svg", "png"), err);
			boolean teacher = Options.teacherEdition(edition, err);
			Scenarios.checkOutFolder(out, err);
			StateView view = Options.state(state, err);
			List<Model> models = Scenarios.loadValid(inputs, err);
			Organisation org = Scenarios.organisation(models, organisation, !teacher, err);
			if (view == StateView.EXISTANT) {
				StateFilter.Filtered filtered = StateFilter.filter(models, view);
				models = filtered.models();
				org = filtered.resolve(org);
			}
			EditionModels edition = teacher ? EditionModels.teacher(models) : EditionModels.student(models);
			if (edition.resolve(org) == null) {
				err.println("casebook : l'organisation « " + org.getName() + " » est réservée à l'enseignant (@enseignant) : "
						+ "elle n'a pas d'édition élève");
				err.flush();
				return CasebookCommand.USAGE;
			}
			List<Diagram> diagrams = Diagrams.draw(edition, org, chosen);
			if (diagrams.isEmpty()) {
				err.println("casebook : aucun schéma « " + chosen.word() + " » : le scénario ne décrit aucun processus.");
				err.flush();
				return CasebookCommand.FAILED;
			}
			for (Diagram diagram : diagrams) {
				String svg = SvgRenderer.render(diagram);
				Path file = out.resolve(diagram.name() + "." + chosenFormat);
				if (chosenFormat.equals("png")) {
					byte[] png = PngRenderer.render(svg, 2);
					Scenarios.writeAtomically(file, stream -> stream.write(png), err);
				} else {
					Scenarios.writeAtomically(file, stream -> stream.write(svg.getBytes(StandardCharsets.UTF_8)), err);
				}
				err.println("casebook : " + file + " (" + Plural.count(diagram.shapes().size(), "élément", "éléments") + ", "
						+ Plural.count(diagram.connectors().size(), "liaison", "liaisons") + ")");
				diagram.notes().forEach(note -> err.println("casebook :   " + note));
			}
			err.flush();
			return CasebookCommand.OK;
		} catch (Scenarios.Stop stop) {
			return stop.code;
		}
	}
}
