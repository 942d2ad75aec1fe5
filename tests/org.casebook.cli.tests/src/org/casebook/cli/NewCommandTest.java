// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.casebook.dsl.scaffold.ScenarioTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casebook nouveau}: a scenario that validates at once, the same files as Studio's wizard, or a copy of an example. */
class NewCommandTest {

	@TempDir
	Path dir;

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** The blank scenario validates with no error, and holds exactly the wizard's files for the folder's name. */
	@Test
	void blankScenarioValidates() throws IOException {
		Path folder = dir.resolve("médiathèque-2027");
		Cli.Run run = Cli.run("nouveau", folder.toString(), "--option", "slam");
		assertThat(run.code()).as(run.err()).isZero();
		assertThat(run.err()).contains("scénario créé dans").contains("2 fichiers");
		Map<String, String> expected = ScenarioTemplate.files("mediatheque_2027", "Mediatheque_2027", "médiathèque-2027", true);
		assertThat(names(folder)).containsExactlyInAnyOrderElementsOf(expected.keySet());
		for (Map.Entry<String, String> file : expected.entrySet()) {
			assertThat(Files.readString(folder.resolve(file.getKey()), StandardCharsets.UTF_8)).isEqualTo(file.getValue());
		}
		assertThat(Files.readString(folder.resolve("sujet.orga"))).contains("option slam");
		Cli.Run validate = Cli.run("validate", folder.toString());
		assertThat(validate.code()).isZero();
		assertThat(validate.out()).doesNotContain("error");
		assertThat(validate.err()).contains("2 fichiers vérifiés : 0 erreur");
		assertThat(names(dir)).as("aucun dossier temporaire laissé").containsExactly("médiathèque-2027");
	}

	/** The options name the organisation; the default option is SISR; an empty existing folder is filled. */
	@Test
	void namedOrganisation() throws IOException {
		Path folder = Files.createDirectory(dir.resolve("tp"));
		Cli.Run run = Cli.run("nouveau", folder.toString(), "--organisation", "Tilleuls", "--raison-sociale", "Médiathèque \"Les Tilleuls\"");
		assertThat(run.code()).as(run.err()).isZero();
		String organisation = Files.readString(folder.resolve("organisation.orga"));
		assertThat(organisation).contains("organisation Tilleuls \"Médiathèque \\\"Les Tilleuls\\\"\"");
		assertThat(Files.readString(folder.resolve("sujet.orga"))).contains("option sisr");
		assertThat(Cli.run("check", folder.toString(), "--option", "sisr").code()).as("scénario utilisable par check").isNotEqualTo(2);
	}

	/** A copy of an example holds the example's files, identical. */
	@Test
	void exampleIsCopied() throws IOException {
		Path folder = dir.resolve("tp-reseau");
		Cli.Run run = Cli.run("nouveau", folder.toString(), "--exemple", "hexalog");
		assertThat(run.code()).as(run.err()).isZero();
		Path example = Cli.root().resolve("examples/hexalog");
		List<String> expected = names(example).stream().filter(ScenarioTemplate::isExampleFile).toList();
		assertThat(names(folder)).isEqualTo(expected);
		for (String name : expected) {
			assertThat(Files.readAllBytes(folder.resolve(name))).isEqualTo(Files.readAllBytes(example.resolve(name)));
		}
	}

	/** A folder with files in it is never touched; an unknown example names the known ones; nothing is written. */
	@Test
	void refusals() throws IOException {
		Path full = Files.createDirectory(dir.resolve("plein"));
		Files.writeString(full.resolve("notes.txt"), "à garder");
		Cli.Run run = Cli.run("nouveau", full.toString());
		assertThat(run.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(run.err()).contains("existe déjà et n'est pas vide");
		assertThat(names(full)).containsExactly("notes.txt");
		Cli.Run unknown = Cli.run("nouveau", dir.resolve("x").toString(), "--exemple", "inconnu");
		assertThat(unknown.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(unknown.err()).contains("exemple « inconnu » inconnu").contains("hexalog").contains("atelier-lumen");
		assertThat(Cli.run("nouveau", dir.resolve("y").toString(), "--organisation", "Médiathèque").code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(Cli.run("nouveau", dir.resolve("z").toString(), "--option", "bts").code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(Cli.run("nouveau", dir.resolve("w").toString(), "--exemple", "hexalog", "--option", "slam").code())
				.isEqualTo(CasebookCommand.USAGE);
		assertThat(names(dir)).containsExactly("plein");
	}

	/**
	 * An identifier that is a word of the language is refused before anything is written; a folder named like one gives
	 * a package kept apart from it.
	 */
	@Test
	void wordsOfTheLanguageAreKeptApart() throws IOException {
		Cli.Run run = Cli.run("nouveau", dir.resolve("k").toString(), "--organisation", "serveur");
		assertThat(run.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(run.err()).contains("« serveur » invalide : c'est un mot du langage").doesNotContain("organisation.orga:");
		assertThat(names(dir)).isEmpty();
		for (String word : List.of("serveur", "vlan", "organisation")) {
			run = Cli.run("nouveau", dir.resolve(word).toString());
			assertThat(run.code()).as(run.err()).isZero();
			assertThat(Files.readString(dir.resolve(word).resolve("organisation.orga"))).contains("\npaquetage contexte_" + word + "\n");
		}
	}
}
