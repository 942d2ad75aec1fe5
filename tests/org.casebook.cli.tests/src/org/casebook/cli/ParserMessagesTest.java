// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The parser's own errors are told in French, with exit code 2, and name the help to read. */
class ParserMessagesTest {

	private static final String[] ENGLISH = { "Unknown", "Missing", "should be", "Expected", "Invalid", "Unmatched", "specified", "option '" };

	private static Cli.Run refused(String... args) {
		Cli.Run run = Cli.run(args);
		assertThat(run.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).startsWith("casebook : ").doesNotContain(ENGLISH);
		return run;
	}

	/** An option given twice, even --help, is refused in French. */
	@Test
	void repeatedOption() {
		assertThat(refused("--help", "--help").err()).contains("option « --help » donnée plusieurs fois").contains("Voir « casebook --help ».");
		assertThat(refused("validate", "--taille-max", "2", "--taille-max", "3", "x.orga").err())
				.contains("option « --taille-max » donnée plusieurs fois").contains("Voir « casebook validate --help ».");
	}

	/** An unknown option is named, with the close ones. */
	@Test
	void unknownOption() {
		assertThat(refused("check", "--formt", "json", "--option", "sisr", "x").err()).contains("option inconnue : « --formt »")
				.contains("Vouliez-vous dire : --format ?");
	}

	/** A misspelt required option is named as unknown, with the right one, before the missing one. */
	@Test
	void misspeltRequiredOption() {
		String err = refused("check", "x.orga", "--optoin", "sisr").err();
		assertThat(err).contains("option inconnue : « --optoin »\nVouliez-vous dire : --option ?");
		assertThat(err.indexOf("--optoin")).isLessThan(err.indexOf("option obligatoire manquante : --option=sisr|slam"));
	}

	/** A missing required option or parameter is named with what it expects. */
	@Test
	void missingOptionOrParameter() {
		assertThat(refused("check", "examples").err()).contains("option obligatoire manquante : --option=sisr|slam");
		assertThat(refused("validate").err()).contains("paramètre obligatoire manquant : FICHIER|DOSSIER");
		assertThat(refused("diagram", "x", "--kind", "reseau", "--out").err()).contains("valeur manquante pour l'option « --out » (DOSSIER attendu)");
	}

	/** A value of the wrong type is quoted, control characters escaped. */
	@Test
	void invalidValue() {
		assertThat(refused("validate", "--taille-max", "dix\u001b[31m", "x.orga").err())
				.contains("valeur « dix\\u001b[31m » invalide pour l'option « --taille-max » : nombre entier attendu");
	}

	/** A word left over is refused. */
	@Test
	void unexpectedArgument() {
		assertThat(refused("nouveau", "a", "b").err()).contains("argument inattendu : « b »");
	}

	/** Every key of the bundle is French text that formats without error. */
	@Test
	void bundleIsComplete() {
		assertThat(ParserMessages.get("missingValue", "« --out »", "DOSSIER")).isEqualTo("valeur manquante pour l'option « --out » (DOSSIER attendu)");
		assertThat(ParserMessages.get("seeHelp", "casebook generate")).isEqualTo("Voir « casebook generate --help ».");
	}

	/** A size limit of no megabyte, below zero or beyond what a file read in memory can hold is refused before any reading. */
	@Test
	void sizeLimitOutOfRangeIsRefused() {
		for (String limit : List.of("0", "-1", "99999999999999")) {
			Cli.Run run = Cli.run("validate", "--taille-max", limit, Cli.root().resolve("examples/hexalog").toString());
			assertThat(run.code()).as(limit).isEqualTo(CasebookCommand.USAGE);
			assertThat(run.err()).contains("--taille-max " + limit + " : un nombre de Mo de 1 à 1024 attendu").doesNotContain("fichier trop volumineux");
		}
		assertThat(Cli.run("validate", "--taille-max", "1", Cli.root().resolve("examples/hexalog").toString()).code()).isZero();
	}
}
