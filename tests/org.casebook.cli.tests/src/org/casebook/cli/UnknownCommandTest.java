// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A word that is no command is refused with exit code 2 whatever follows it, even --help or --version. */
class UnknownCommandTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "--help", "--version", "-h", "validate", "examples/hexalog" })
	void unknownCommandIsRefused(String after) {
		Cli.Run run = after.isEmpty() ? Cli.run("serveur") : Cli.run("serveur", after);
		assertThat(run.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(run.out()).as("pas d'aide sur la sortie standard").isEmpty();
		assertThat(run.err()).contains("casebook : commande inconnue « serveur »").contains("Voir « casebook --help ».");
	}

	/** After an option of casebook itself, the command is checked too. */
	@Test
	void unknownCommandAfterAnOption() {
		assertThat(Cli.run("--help", "serveur").code()).isEqualTo(CasebookCommand.USAGE);
	}

	/** A misspelt command gets the close names; control characters in it are escaped. */
	@Test
	void closeCommandsAreSuggested() {
		assertThat(Cli.run("valdate", "x").err()).contains("Vouliez-vous dire : validate ?");
		assertThat(Cli.run("gnerate\u0007").err()).contains("« gnerate\\u0007 »").contains("Vouliez-vous dire : generate ?");
	}

	/** Known commands and the bare options still work. */
	@Test
	void knownCommandsRun() {
		assertThat(Cli.run("--version").code()).isZero();
		assertThat(Cli.run("--help").code()).isZero();
		assertThat(Cli.run("validate", "--help").code()).isZero();
		assertThat(Cli.run().code()).as("commande manquante").isEqualTo(CasebookCommand.USAGE);
	}
}
