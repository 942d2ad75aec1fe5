// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The usage help of every command, laid out at 80 and 120 columns: lines within the width, words never broken. */
class HelpLayoutTest {

	static Stream<Arguments> commandsAndWidths() {
		List<Arguments> all = new ArrayList<>();
		for (int width : new int[] { 80, 120 }) {
			all.add(Arguments.of("", width));
			for (String name : CasebookCommand.commandLine().getSubcommands().keySet()) {
				all.add(Arguments.of(name, width));
			}
		}
		return all.stream();
	}

	private static String help(String command, int width) {
		Cli.Run run = command.isEmpty() ? Cli.run(width, "--help") : Cli.run(width, command, "--help");
		assertThat(run.code()).isZero();
		assertThat(run.err()).isEmpty();
		return run.out();
	}

	/** No line is wider than the width, none starts with high punctuation, none ends with a space. */
	@ParameterizedTest(name = "{0} --help à {1} colonnes")
	@MethodSource("commandsAndWidths")
	void linesFitTheWidth(String command, int width) {
		for (String line : help(command, width).split("\n")) {
			assertThat(line.length()).as(line).isLessThanOrEqualTo(width);
			assertThat(line.strip()).as(line).doesNotStartWith(":").doesNotStartWith(";").doesNotStartWith("»").doesNotStartWith("?")
					.doesNotStartWith("!");
			assertThat(line).as(line).doesNotEndWith(" ");
		}
	}

	/** Every word of the descriptions and every option with its values is printed whole, on one line. */
	@ParameterizedTest(name = "{0} --help à {1} colonnes")
	@MethodSource("commandsAndWidths")
	void wordsAreNeverBroken(String command, int width) {
		String help = help(command, width);
		List<String> printed = Arrays.asList(help.split("\\s+"));
		CommandLine cli = command.isEmpty() ? CasebookCommand.commandLine() : CasebookCommand.commandLine().getSubcommands().get(command);
		List<String> expected = new ArrayList<>();
		for (String line : cli.getCommandSpec().usageMessage().description()) {
			expected.addAll(Arrays.asList(line.strip().split("\\s+")));
		}
		for (ArgSpec arg : cli.getCommandSpec().args()) {
			if (arg.hidden()) {
				continue;
			}
			for (String line : arg.description()) {
				expected.addAll(Arrays.asList(line.strip().split("\\s+")));
			}
			if (arg instanceof OptionSpec option && option.arity().max() > 0) {
				assertThat(help).contains(option.longestName() + "=" + option.paramLabel());
			}
		}
		assertThat(printed).containsAll(expected);
	}

	/** At 120 columns the help uses the room it has: some line is longer than 80 columns, and there are fewer lines. */
	@Test
	void widerTerminalGivesLongerLines() {
		String narrow = help("generate", 80);
		String wide = help("generate", 120);
		assertThat(wide.lines().anyMatch(l -> l.length() > 80)).isTrue();
		assertThat(wide.lines().count()).isLessThan(narrow.lines().count());
		assertThat(narrow).contains("[--document=contexte|sujet|corrige|conformite|couverture|all]");
		assertThat(help("diagram", 80)).contains("--kind=reseau|applications|organigramme|processus|securite");
	}

	/** The list of commands gives each one a summary that does not end on a colon. */
	@Test
	void commandSummariesEndCleanly() {
		String help = help("", 80);
		int start = help.indexOf("Commandes :");
		List<String> lines = help.substring(start).lines().skip(1).takeWhile(l -> !l.isBlank()).toList();
		assertThat(lines).isNotEmpty().noneMatch(l -> l.strip().endsWith(":"));
		for (String name : CasebookCommand.commandLine().getSubcommands().keySet()) {
			assertThat(lines).anyMatch(l -> l.startsWith("  " + name + " "));
		}
	}

	/** French punctuation stays with its word: « : » after a space is never the first thing on a line. */
	@Test
	void highPunctuationStaysWithItsWord() {
		assertThat(HelpLayout.words("la certification) : une ligne « mot » fin ?")).containsExactly("la", "certification) :", "une",
				"ligne", "« mot »", "fin ?");
	}

	/** A list of values wider than the line is broken after a « | » and nowhere else. */
	@Test
	void longValueListsBreakAfterBars() {
		String help = help("diagram", 40);
		for (String line : help.split("\n")) {
			assertThat(line.length()).as(line).isLessThanOrEqualTo(40);
		}
		String joined = help.replaceAll("\\|\\n\\s+", "|");
		assertThat(joined).contains("--kind=reseau|applications|organigramme|processus|securite");
	}

	/** The width comes from the script's property, then from COLUMNS. */
	@Test
	void widthComesFromTheScript() {
		String before = System.getProperty("casebook.columns");
		try {
			System.setProperty("casebook.columns", "133");
			assertThat(HelpLayout.terminalWidth()).isEqualTo(133);
			System.setProperty("casebook.columns", "n'importe quoi");
			assertThat(HelpLayout.terminalWidth()).isEqualTo(System.getenv("COLUMNS") != null && System.getenv("COLUMNS").matches("\\d+")
					? Integer.parseInt(System.getenv("COLUMNS")) : HelpLayout.DEFAULT_WIDTH);
		} finally {
			if (before == null) {
				System.clearProperty("casebook.columns");
			} else {
				System.setProperty("casebook.columns", before);
			}
		}
	}
}
