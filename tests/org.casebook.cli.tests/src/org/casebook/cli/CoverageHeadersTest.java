// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage matrix heads its columns with the missions' own ids and lists each mission once. */
class CoverageHeadersTest {

	@TempDir
	Path dir;

	private static List<String> section(String text, String heading) {
		int start = text.indexOf(heading);
		return text.substring(start).lines().skip(1).takeWhile(l -> !l.isBlank()).toList();
	}

	@Test
	void columnsAreTheMissionIds() throws IOException {
		Path file = dir.resolve("c.orga");
		Files.writeString(file, """
				organisation O "O" { }
				mission Audit "Auditer le réseau" pour O { compétences B1.1 }
				mission M7 "Septième mission" pour O { compétences B1.2, B1.1 }
				""", StandardCharsets.UTF_8);
		Cli.Run run = Cli.run("coverage", file.toString());
		assertThat(run.err()).isEmpty();
		assertThat(section(run.out(), "Missions :")).containsExactly("  Audit – Auditer le réseau", "  M7 – Septième mission");
		String header = run.out().lines().filter(l -> l.startsWith("Compétence ")).findFirst().orElseThrow();
		assertThat(header.split("\\s+")).containsExactly("Compétence", "Audit", "M7");
		String b12 = run.out().lines().filter(l -> l.startsWith("B1.2 ")).findFirst().orElseThrow();
		// the marks stand under the ids: B1.2 is worked in M7 only
		assertThat(b12.charAt(header.indexOf("Audit") + 2)).isEqualTo('.');
		assertThat(b12.charAt(header.indexOf("M7") + 1)).isEqualTo('X');
	}

	/** On Hexalog every mission appears once in the list, and each column heading is the id of the mission listed there. */
	@Test
	void hexalogMissionsOnce() {
		Cli.Run run = Cli.run("coverage", Cli.root().resolve("examples/hexalog").toString());
		List<String> missions = section(run.out(), "Missions :");
		assertThat(missions).isNotEmpty();
		List<String> ids = missions.stream().map(l -> l.strip().split(" ")[0]).toList();
		assertThat(ids).doesNotHaveDuplicates();
		for (String line : missions) {
			String id = line.strip().split(" ")[0];
			assertThat(line.strip().indexOf(id, id.length())).as("identifiant répété : " + line).isLessThan(0);
		}
		String header = run.out().lines().filter(l -> l.startsWith("Compétence ")).findFirst().orElseThrow();
		assertThat(List.of(header.split("\\s+")).subList(1, ids.size() + 1)).isEqualTo(ids);
	}
}
