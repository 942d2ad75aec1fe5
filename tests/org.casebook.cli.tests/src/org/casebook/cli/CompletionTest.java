// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script completes commands and options in a real bash, and installs where bash and zsh find it. */
class CompletionTest {

	@TempDir
	Path dir;

	private Path script() throws IOException {
		Cli.Run run = Cli.run("completion", "bash");
		assertThat(run.code()).isZero();
		return Files.writeString(dir.resolve("casebook-completion.bash"), run.out(), StandardCharsets.UTF_8);
	}

	/** @return what bash proposes after the words typed, the last one being completed */
	private static List<String> complete(Path script, String shell, String... words) throws IOException, InterruptedException {
		String array = String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList());
		String command = "source '" + script + "'; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
				+ "; COMP_LINE='" + String.join(" ", words) + "'; COMP_POINT=${#COMP_LINE}; _complete_casebook; printf '%s\\n' \"${COMPREPLY[@]}\"";
		// compopt complains on the error output when called outside a real completion: only the proposals matter
		Process process = new ProcessBuilder(shell, "-c", command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	@Test
	void bashCompletesCommandsAndOptions() throws Exception {
		Path script = script();
		assertThat(complete(script, "bash", "casebook", "")).contains("nouveau", "validate", "generate", "completion");
		assertThat(complete(script, "bash", "casebook", "gen")).containsExactly("generate");
		assertThat(complete(script, "bash", "casebook", "nouveau", "--")).contains("--option", "--exemple", "--organisation");
		assertThat(complete(script, "bash", "casebook", "diagram", "--kind", "")).containsExactlyInAnyOrder("reseau", "applications",
				"organigramme", "processus", "securite");
		assertThat(complete(script, "bash", "casebook", "check", "--option", "s")).containsExactlyInAnyOrder("sisr", "slam");
	}

	/** zsh runs the same script through its bash compatibility, when zsh is installed. */
	@Test
	void zshCompletesCommands() throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")) || Files.isExecutable(Path.of("/bin/zsh")), "zsh absent");
		Cli.Run run = Cli.run("completion", "zsh");
		Path script = Files.writeString(dir.resolve("completion.zsh"), run.out(), StandardCharsets.UTF_8);
		// zsh registers the function for casebook and calls it with bash's 0-based arrays (ksharrays); zsh filters by prefix
		String command = "source '" + script + "'; print -r -- $_comps[casebook]; setopt ksharrays; COMP_WORDS=(casebook diagram --kind '');"
				+ " COMP_CWORD=3; _complete_casebook; print -r -- ${COMPREPLY[@]}";
		Process process = new ProcessBuilder("zsh", "-f", "-c", command).redirectErrorStream(true).start();
		List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		assertThat(process.waitFor()).isZero();
		assertThat(lines).contains("_bash_complete -F _complete_casebook -o default", "reseau applications organigramme processus securite");
	}

	/** --installer writes the script where bash-completion loads it, and for zsh adds one source line to .zshrc, once. */
	@Test
	void installerWritesWhereShellsLook() throws IOException {
		Path home = Files.createDirectory(dir.resolve("home"));
		Cli.Run bash = Cli.run("completion", "bash", "--installer", "--home", home.toString());
		assertThat(bash.code()).as(bash.err()).isZero();
		Path bashFile = home.resolve(".local/share/bash-completion/completions/casebook");
		assertThat(Files.readString(bashFile)).contains("_complete_casebook");
		Files.writeString(home.resolve(".zshrc"), "export EDITOR=vi");
		assertThat(Cli.run("completion", "zsh", "--installer", "--home", home.toString()).code()).isZero();
		assertThat(Cli.run("completion", "zsh", "--installer", "--home", home.toString()).code()).isZero();
		Path zshFile = home.resolve(".local/share/casebook/completion.zsh");
		assertThat(Files.readString(zshFile)).contains("bashcompinit");
		String zshrc = Files.readString(home.resolve(".zshrc"));
		assertThat(zshrc).startsWith("export EDITOR=vi\n");
		assertThat(zshrc.split("source ", -1)).as("une seule ligne source").hasSize(2);
		assertThat(zshrc).contains(zshFile.toString());
	}

	/** A ~/.zshrc that is a link is refused, and refused before the script is written: nothing is left half installed. */
	@Test
	void linkedZshrcIsRefusedBeforeAnythingIsWritten() throws IOException {
		Path home = Files.createDirectory(dir.resolve("maison"));
		Path real = Files.writeString(dir.resolve("zshrc-reel"), "export EDITOR=vi\n");
		Files.createSymbolicLink(home.resolve(".zshrc"), real);
		Cli.Run run = Cli.run("completion", "zsh", "--installer", "--home", home.toString());
		assertThat(run.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(run.err()).contains(".zshrc").contains("lien symbolique");
		assertThat(home.resolve(".local/share/casebook/completion.zsh")).doesNotExist();
		assertThat(Files.readString(real)).isEqualTo("export EDITOR=vi\n");
	}

	@Test
	void unknownShellIsRefused() {
		Cli.Run run = Cli.run("completion", "fish");
		assertThat(run.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(run.err()).contains("shell « fish » non pris en charge");
	}
}
