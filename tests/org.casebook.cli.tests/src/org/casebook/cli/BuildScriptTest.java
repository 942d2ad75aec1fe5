// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line of the first build, read from Maven's log by {@code releng/scripts/build-progress.sh}. */
class BuildScriptTest {

	@TempDir
	Path dir;

	private static String bash(String command) throws IOException, InterruptedException {
		Path script = Cli.root().resolve("releng/scripts/build-progress.sh");
		Process process = new ProcessBuilder("bash", "-c", ". '" + script + "'; " + command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
		return output;
	}

	@Test
	void statusNamesTheModuleAndItsRank() throws Exception {
		Path log = dir.resolve("build.log");
		Files.writeString(log, "");
		assertThat(bash("casebook_build_status '" + log + "'")).isEqualTo("démarrage de Maven");
		Files.writeString(log, "[INFO] Scanning for projects...\n");
		assertThat(bash("casebook_build_status '" + log + "'")).startsWith("lecture des projets et de la plate-forme cible");
		Files.writeString(log, """
				[INFO] ------------------< org.casebook:org.casebook.model >-------------------
				[INFO] Building Casebook Model 1.0.0-SNAPSHOT                             [2/9]
				[INFO]   from bundles/org.casebook.model
				[INFO] Building [bundle] Casebook Language 1.0.0-SNAPSHOT                 [3/9]
				[INFO] Compiling 120 source files
				""", java.nio.file.StandardOpenOption.APPEND);
		assertThat(bash("casebook_build_status '" + log + "'")).isEqualTo("[3/9] Casebook Language");
	}

	@Test
	void durationsAreFrench() throws Exception {
		assertThat(bash("casebook_duration 45")).isEqualTo("45 s");
		assertThat(bash("casebook_duration 125")).isEqualTo("2 min 05 s");
	}

	/** Without a terminal, one line per module, then the total time; Maven's own output stays in the log. */
	@Test
	void progressWithoutTerminal() throws Exception {
		Path fake = Files.createDirectory(dir.resolve("fake"));
		Path mvnw = fake.resolve("mvnw");
		Files.writeString(mvnw, """
				#!/usr/bin/env bash
				echo "[INFO] Building Casebook Model 1.0.0-SNAPSHOT                             [1/2]"
				sleep 3
				echo "[INFO] Building Casebook Language 1.0.0-SNAPSHOT                          [2/2]"
				sleep 3
				echo "[INFO] BUILD SUCCESS"
				""");
		mvnw.toFile().setExecutable(true);
		Path log = dir.resolve("out.log");
		String output = bash("cd '" + fake + "' && casebook_build_with_progress 'casebook : construction' '" + log + "' package 2>&1");
		assertThat(output).contains("casebook : construction : [1/2] Casebook Model (").contains("[2/2] Casebook Language")
				.contains("casebook : construction : terminé en").doesNotContain("BUILD SUCCESS").doesNotContain("[INFO]");
		assertThat(Files.readString(log)).contains("BUILD SUCCESS");
	}
}
