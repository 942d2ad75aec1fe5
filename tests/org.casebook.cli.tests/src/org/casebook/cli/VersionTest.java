// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casebook --version}: the version and the commit the command line was built from. */
class VersionTest {

	@TempDir
	Path dir;

	@Test
	void versionNamesTheBuildCommit() throws IOException {
		Path build = Files.writeString(dir.resolve("build.properties"), "commit=0123456789ab\ndate=2026-12-01T20:30:00Z\n");
		String[] lines = BuildInfo.lines(build.toString());
		assertThat(lines[0]).matches("Casebook \\d+\\.\\d+\\.\\d+.*");
		assertThat(lines[1]).isEqualTo("commit 0123456789ab, construit le 2026-12-01T20:30:00Z");
	}

	@Test
	void unknownCommitIsSaid() {
		assertThat(BuildInfo.lines(null)[1]).startsWith("commit inconnu");
		assertThat(BuildInfo.lines(dir.resolve("absent").toString())[1]).startsWith("commit inconnu");
	}

	@Test
	void versionOption() {
		Cli.Run run = Cli.run("--version");
		assertThat(run.code()).isZero();
		assertThat(run.out()).startsWith("Casebook ").contains("commit ");
	}

	@Test
	void misspeltOptionBesideVersionIsRefused() {
		for (String[] args : new String[][] { { "--version", "--bogus" }, { "--bogus", "--version" }, { "--help", "--versoin" } }) {
			Cli.Run run = Cli.run(args);
			assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
			assertThat(run.out()).isEmpty();
			assertThat(run.err()).contains("option inconnue").contains("casebook --help");
		}
		assertThat(Cli.run("--versoin").err()).contains("--version");
	}
}
