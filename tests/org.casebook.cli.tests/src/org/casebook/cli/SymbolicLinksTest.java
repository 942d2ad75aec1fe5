// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders named through symbolic links: a scenario folder is read where its link leads, a link inside a scenario to a
 * folder outside is reported and not followed, and a link given as the folder to create stays a link.
 */
class SymbolicLinksTest {

	@TempDir
	Path dir;

	@Test
	void aScenarioFolderNamedThroughALinkIsRead() throws IOException {
		Path link = Files.createSymbolicLink(dir.resolve("hexalog"), Cli.root().resolve("examples/hexalog"));
		Cli.Run run = Cli.run("validate", link.toString());
		assertThat(run.code()).as(run.err()).isZero();
		assertThat(run.out() + run.err()).contains("4 fichiers vérifiés : 0 erreur").doesNotContain("aucun fichier");
	}

	@Test
	void aLinkToAFolderOutsideTheScenarioIsReportedAndNotFollowed() throws IOException {
		Path outside = Files.createDirectories(dir.resolve("ailleurs"));
		Files.writeString(outside.resolve("secret.orga"), "paquetage ailleurs\norganisation Ailleurs { }\n");
		Path scenario = Files.createDirectories(dir.resolve("cas"));
		Files.writeString(scenario.resolve("organisation.orga"), "paquetage cas\norganisation Cas \"Cas\" { }\n");
		Files.createSymbolicLink(scenario.resolve("lien"), outside);
		Cli.Run run = Cli.run("validate", scenario.toString());
		assertThat(run.out() + run.err()).contains(scenario.resolve("lien") + ":1:1: warning: casebook.fichier_illisible: lien symbolique vers un dossier hors du dossier du scénario")
				.doesNotContain("Ailleurs");
		assertThat(run.code()).as("a warning, as for the other commands").isZero();
	}

	@Test
	void nouveauWritesWhereTheLinkLeadsAndKeepsTheLink() throws IOException {
		Path target = Files.createDirectories(dir.resolve("cible"));
		Path link = Files.createSymbolicLink(dir.resolve("lien"), target);
		Cli.Run run = Cli.run("nouveau", link.toString());
		assertThat(run.code()).as(run.err()).isZero();
		assertThat(Files.isSymbolicLink(link)).as("the link stays").isTrue();
		// « lien » is a word of the language: the package made from the folder's name is kept apart from it
		assertThat(Files.readString(target.resolve("organisation.orga"))).contains("\npaquetage contexte_lien\n");

		Path dangling = Files.createSymbolicLink(dir.resolve("perdu"), dir.resolve("introuvable"));
		run = Cli.run("nouveau", dangling.toString());
		assertThat(run.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(run.err()).contains("lien symbolique vers un dossier introuvable").contains("rien n'a été écrit");
		assertThat(Files.isSymbolicLink(dangling)).isTrue();
		assertThat(dir.resolve("introuvable")).doesNotExist();
	}
}
