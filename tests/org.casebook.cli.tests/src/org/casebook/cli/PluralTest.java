// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casebook.model.text.Plural;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts agree with their number everywhere the command line prints one. */
class PluralTest {

	@TempDir
	Path dir;

	/** 0 and 1 take the singular, 2 and more the plural; large numbers are grouped by three. */
	@Test
	void helperAgreesWithTheNumber() {
		assertThat(Plural.count(0, "erreur", "erreurs")).isEqualTo("0 erreur");
		assertThat(Plural.count(1, "élément réservé à l'enseignant retiré", "éléments réservés à l'enseignant retirés"))
				.isEqualTo("1 élément réservé à l'enseignant retiré");
		assertThat(Plural.count(2, "élément retiré", "éléments retirés")).isEqualTo("2 éléments retirés");
		assertThat(Plural.count(9999, "fichier", "fichiers")).isEqualTo("9999 fichiers");
		assertThat(Plural.count(1_234_567, "fichier", "fichiers")).isEqualTo("1\u202F234\u202F567 fichiers");
		assertThat(Plural.number(100_000)).isEqualTo("100\u202F000");
		assertThat(Plural.form(1, "est regroupé", "sont regroupés")).isEqualTo("est regroupé");
	}

	/** The summary of validate agrees, and with --sans-avertissements it does not count the warnings it hid. */
	@Test
	void validateSummary() throws IOException {
		Path file = dir.resolve("s.orga");
		Files.writeString(file, "système_information SI { serveur S }", StandardCharsets.UTF_8);
		Cli.Run all = Cli.run("validate", file.toString());
		assertThat(all.err()).contains("1 fichier vérifié : 0 erreur, 1 avertissement");
		Cli.Run errorsOnly = Cli.run("validate", "--sans-avertissements", file.toString());
		assertThat(errorsOnly.out()).isEmpty();
		assertThat(errorsOnly.err()).contains("1 fichier vérifié : 0 erreur").doesNotContain("1 avertissement");
		assertThat(ValidateCommand.summary(3, 2, 5, false)).isEqualTo("3 fichiers vérifiés : 2 erreurs, 5 avertissements");
	}

	/** With a single tool outside the category, the check does not say « Aucun des 1 outils ». */
	@Test
	void singleToolIsNotCountedAsSeveral() throws IOException {
		Path file = dir.resolve("o.orga");
		Files.writeString(file, """
				organisation O "O" { }
				système_information SI pour O { outil Zabbix { catégories supervision } }
				""", StandardCharsets.UTF_8);
		Cli.Run run = Cli.run("check", file.toString(), "--option", "sisr");
		assertThat(run.out()).doesNotContain("Aucun des 1 outils").contains("Le seul outil décrit ne relève pas de la catégorie");
		assertThat(run.out()).containsPattern("\\d+ conformes?, \\d+ non conformes?, \\d+ informations? absentes? sur 29 règles");
		assertThat(run.out()).doesNotContainPattern("\\b[01] (conformes|non conformes|informations absentes)\\b");
	}

	/** The student package counts the removed elements in agreement: one element, singular. */
	@Test
	void packageCountsRemovedElements() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("scenario"));
		Files.writeString(folder.resolve("o.orga"), """
				organisation O "O" { }
				système_information SI pour O { @enseignant outil Piege { catégories supervision } }
				""", StandardCharsets.UTF_8);
		Cli.Run run = Cli.run("package", folder.toString(), "--out", dir.resolve("p.zip").toString());
		assertThat(run.code()).as(run.err()).isZero();
		assertThat(run.err()).contains("(1 élément réservé à l'enseignant retiré)");
	}
}
