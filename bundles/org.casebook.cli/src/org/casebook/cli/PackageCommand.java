// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Settings;
import org.casebook.docgen.StudentEdition;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casebook package}: a student package, the student edition of the scenario and its documents, for the viewer. */
@Command(name = "package", sortOptions = false, synopsisHeading = "Usage : ", optionListHeading = "Options :%n",
		parameterListHeading = "Paramètres :%n",
		description = "Construit le paquet élève : le scénario sans aucun contenu réservé à l'enseignant (éléments @enseignant, "
				+ "notes, corrigés, critères) et ses documents en HTML et PDF, dans une archive ZIP pour la visionneuse.",
		footer = { "", "Codes de sortie : 0 paquet écrit, 2 usage, scénario invalide ou fichier non inscriptible." })
public final class PackageCommand implements Callable<Integer> {

	/** Name of the description file at the root of a package. */
	public static final String DESCRIPTOR = "casebook-paquet.properties";

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
			List<Model> models = loaded.scenario().getModels();
			Organisation org = Scenarios.organisation(models, organisation, err);
			Path work = Files.createTempDirectory("casebook-paquet");
			try {
				List<DocumentKind> kinds = List.of(DocumentKind.CONTEXTE, DocumentKind.SUJET, DocumentKind.CONFORMITE, DocumentKind.COUVERTURE);
				ProgressBar bar = new ProgressBar(err, true);
				Generator.generate(org, models, kinds, Edition.ELEVE, List.of(Format.HTML, Format.PDF), settings, work.resolve("documents"), bar::step);
				int removed = StudentEdition.strip(models);
				ISerializer serializer = loaded.injector().getInstance(ISerializer.class);
				Path scenarioDir = work.resolve("scenario");
				Files.createDirectories(scenarioDir);
				for (Resource resource : loaded.scenario().getResources()) {
					String text = serializer.serialize(resource.getContents().get(0), SaveOptions.newBuilder().format().getOptions());
					Files.writeString(scenarioDir.resolve(loaded.scenario().pathOf(resource).getFileName().toString()), text + "\n",
							StandardCharsets.UTF_8);
				}
				Files.writeString(work.resolve(DESCRIPTOR), "edition=eleve\norganisation=" + org.getName() + "\nelements_retires=" + removed + "\n",
						StandardCharsets.UTF_8);
				Scenarios.writeAtomically(out, stream -> {
					ZipOutputStream zip = new ZipOutputStream(stream);
					try (Stream<Path> files = Files.walk(work)) {
						for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
							ZipEntry entry = new ZipEntry(work.relativize(file).toString().replace('\\', '/'));
							entry.setTime(0);
							zip.putNextEntry(entry);
							zip.write(Files.readAllBytes(file));
							zip.closeEntry();
						}
					}
					zip.finish();
				}, err);
				err.println("casebook : paquet élève écrit dans " + out + " (" + removed + " éléments réservés à l'enseignant retirés)");
				err.flush();
				return CasebookCommand.OK;
			} finally {
				try (Stream<Path> left = Files.walk(work)) {
					for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
						Files.deleteIfExists(p);
					}
				}
			}
		} catch (Scenarios.Stop stop) {
			return stop.code;
		} catch (IOException e) {
			err.println("casebook : paquet impossible : " + e.getMessage());
			err.flush();
			return CasebookCommand.USAGE;
		}
	}
}
