// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** A command line that runs one command holds that one; the help and the search for a misspelt name hold them all. */
class CommandsTest {

	private static final String[] ALL = { "nouveau", "validate", "check", "coverage", "diagram", "generate", "package",
			"variantes", "completion", "lsp" };

	@Test
	void everyCommandIsListedUnderItsOwnName() {
		CommandLine all = CasebookCommand.commandLine();
		assertThat(all.getSubcommands().keySet()).containsExactly(ALL);
		all.getSubcommands().forEach((name, sub) -> assertThat(sub.getCommand().getClass().getAnnotation(CommandLine.Command.class).name())
				.as("nom de %s", sub.getCommand().getClass().getSimpleName()).isEqualTo(name));
	}

	@Test
	void aCommandThatRunsHoldsItselfOnly() {
		assertThat(CasebookCommand.commandLine("validate", "examples/hexalog").getSubcommands().keySet()).containsExactly("validate");
		assertThat(CasebookCommand.commandLine("--version", "generate", "--help").getSubcommands().keySet()).containsExactly("generate");
		assertThat(CasebookCommand.commandLine("--version").getSubcommands()).isEmpty();
	}

	@Test
	void theHelpAndAnUnknownWordHoldThemAll() {
		assertThat(CasebookCommand.commandLine().getSubcommands()).hasSize(ALL.length);
		assertThat(CasebookCommand.commandLine("--help").getSubcommands()).hasSize(ALL.length);
		assertThat(CasebookCommand.commandLine("valdate", "x").getSubcommands()).hasSize(ALL.length);
		assertThat(CasebookCommand.commandLine(new String[0]).getSubcommands()).hasSize(ALL.length);
		assertThat(Cli.run("--help").out()).contains("nouveau").contains("variantes").contains("lsp");
		assertThat(Cli.run("validate", "--help").out()).contains("--sans-avertissements");
	}

	@Test
	void languageServerTakesOneChannelAndSaysWhyAPortIsRefused() throws java.io.IOException {
		Cli.Run both = Cli.run("lsp", "--stdio", "--socket", "0");
		assertThat(both.code()).isEqualTo(2);
		assertThat(both.err()).contains("--stdio et --socket s'excluent");
		try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			Cli.Run busy = Cli.run("lsp", "--socket", String.valueOf(taken.getLocalPort()));
			assertThat(busy.code()).isEqualTo(2);
			assertThat(busy.err()).contains("port " + taken.getLocalPort() + " indisponible : déjà utilisé par un autre programme")
					.doesNotContain("Address already in use");
		}
	}

	/** A line of the protocol library that quotes what the client sent carries its control characters escaped. */
	@Test
	void languageServerLogLinesEscapeTheClientsBytes() {
		java.util.logging.LogRecord record = new java.util.logging.LogRecord(java.util.logging.Level.SEVERE,
				"Missing header Content-Length in input \"\u001B]0;pwned\u0007\u001B[31mRED\"");
		String line = LspCommand.line(record);
		assertThat(line).startsWith("casebook lsp : erreur : Missing header Content-Length").contains("\\u001B]0;pwned\\u0007")
				.doesNotContain("\u001B").doesNotContain("\u0007");
	}
}
