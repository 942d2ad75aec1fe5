// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code --out} may name: never a file the scenario is read from, never an empty path; and option values quoted
 * in a message never send their control characters to the terminal.
 */
class OutputPathsTest {

	@TempDir
	Path dir;

	private Path scenario;
	private String text;

	@BeforeEach
	void copyScenario() throws IOException {
		scenario = Files.createDirectories(dir.resolve("cas"));
		text = "organisation O \"O\" { site S \"S\" }\nsystème_information SI pour O { serveur Srv \"Serveur\" { os linux \"Debian\" libre } }\n";
		Files.writeString(scenario.resolve("o.orga"), text);
	}

	@Test
	void aReportOrAPackageNeverReplacesAFileOfTheScenario() throws IOException {
		Path orga = scenario.resolve("o.orga");
		Path link = Files.createLink(dir.resolve("lien-dur.orga"), orga);
		Files.writeString(scenario.resolve("mise-en-page.properties"), "etablissement = Lycée\n");
		for (List<String> args : List.of(List.of("check", "--option", "sisr", "--out", orga.toString()),
				List.of("check", "--option", "sisr", "--out", link.toString()),
				List.of("coverage", "--out", orga.toString()), List.of("coverage", "--format", "xlsx", "--out", orga.toString()),
				List.of("package", "--out", orga.toString()),
				List.of("check", "--option", "sisr", "--out", scenario.resolve("mise-en-page.properties").toString()))) {
			String[] command = new String[args.size() + 1];
			command[0] = args.get(0);
			command[1] = scenario.toString();
			for (int i = 1; i < args.size(); i++) {
				command[i + 1] = args.get(i);
			}
			Cli.Run run = Cli.run(command);
			assertThat(run.code()).as(String.join(" ", args)).isEqualTo(CasebookCommand.USAGE);
			assertThat(run.err()).contains("c'est un fichier du scénario").contains("rien n'a été écrit");
			assertThat(Files.readString(orga)).isEqualTo(text);
			assertThat(Files.readString(scenario.resolve("mise-en-page.properties"))).isEqualTo("etablissement = Lycée\n");
		}
		assertThat(Cli.run("check", scenario.toString(), "--option", "sisr", "--out", dir.resolve("rapport.txt").toString()).code())
				.as("any other file").isNotEqualTo(CasebookCommand.USAGE);
	}

	@Test
	void anEmptyOutIsRefused() throws IOException {
		for (String command : List.of("generate", "diagram", "check", "package")) {
			List<String> args = new java.util.ArrayList<>(List.of(command, scenario.toString(), "--out="));
			switch (command) {
			case "generate" -> args.addAll(List.of("--edition", "eleve"));
			case "diagram" -> args.addAll(List.of("--kind", "reseau"));
			case "check" -> args.addAll(List.of("--option", "sisr"));
			default -> {
			}
			}
			Cli.Run run = Cli.run(args.toArray(String[]::new));
			assertThat(run.code()).as(command).isEqualTo(CasebookCommand.USAGE);
			assertThat(run.err()).as(command).contains("--out vide : un chemin est attendu");
		}
		Cli.Run emptyInput = Cli.run("validate", "");
		assertThat(emptyInput.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(emptyInput.out()).contains("chemin vide : un fichier .orga ou un dossier de scénario est attendu");
	}

	@Test
	void optionValuesAreQuotedWithTheirControlCharactersEscaped() {
		String hostile = "\u001B[31msisr\u202E";
		List<Cli.Run> runs = List.of(Cli.run("check", scenario.toString(), "--option", hostile),
				Cli.run("check", scenario.toString(), "--option", "sisr", "--lecture", hostile),
				Cli.run("check", scenario.toString(), "--option", "sisr", "--edition", hostile),
				Cli.run("coverage", scenario.toString(), "--format", hostile),
				Cli.run("diagram", scenario.toString(), "--kind", hostile, "--out", dir.resolve("d").toString()),
				Cli.run("generate", scenario.toString(), "--edition", hostile, "--out", dir.resolve("g").toString()),
				Cli.run("generate", scenario.toString(), "--edition", "eleve", "--document", hostile, "--out", dir.resolve("g").toString()),
				Cli.run("generate", scenario.toString(), "--edition", "eleve", "--format", hostile, "--out", dir.resolve("g").toString()));
		for (Cli.Run run : runs) {
			assertThat(run.code()).isEqualTo(CasebookCommand.USAGE);
			assertThat(run.err()).contains("\\u001B[31msisr\\u202E").doesNotContain("\u001B").doesNotContain("\u202E");
		}
		Cli.Run longValue = Cli.run("check", scenario.toString(), "--option", "x".repeat(100_000));
		assertThat(longValue.err().length()).as("a long value is shortened").isLessThan(1000);
	}
}
