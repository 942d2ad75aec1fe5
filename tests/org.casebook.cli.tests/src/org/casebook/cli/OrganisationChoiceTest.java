// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organisation a command works on, when a scenario declares several: for the student edition, one reserved to the
 * teacher is neither chosen nor named, so that a console or a log shown to a class never carries its name.
 */
class OrganisationChoiceTest {

	private static final String SECRET = "Sentinelle_Zq7";

	@TempDir
	Path dir;

	private Path scenario;

	@BeforeEach
	void writeScenario() throws IOException {
		scenario = Files.createDirectories(dir.resolve("cas"));
		Files.writeString(scenario.resolve("cas.orga"), "paquetage cas\norganisation Cas \"Cas\" { site Siege \"Siège\" }\n");
		Files.writeString(scenario.resolve("variante.orga"),
				"paquetage variante\n@enseignant organisation " + SECRET + " \"Variante de l'enseignant\" { site S \"S\" }\n");
	}

	@Test
	void theStudentEditionTakesTheOnlyOrganisationItShows() {
		Cli.Run run = Cli.run("generate", scenario.toString(), "--edition", "eleve", "--format", "html", "--out",
				dir.resolve("sortie").toString());
		assertThat(run.code()).as(run.err()).isZero();
		assertThat(run.out() + run.err()).doesNotContain(SECRET);

		Cli.Run diagram = Cli.run("diagram", scenario.toString(), "--kind", "reseau", "--edition", "eleve", "--out",
				dir.resolve("schemas").toString());
		assertThat(diagram.code()).as(diagram.err()).isZero();
		assertThat(diagram.out() + diagram.err()).doesNotContain(SECRET);
	}

	@Test
	void anUnknownNameListsOnlyTheOrganisationsOfTheEdition() {
		Cli.Run student = Cli.run("generate", scenario.toString(), "--edition", "eleve", "--organisation", "Autre", "--out",
				dir.resolve("sortie").toString());
		assertThat(student.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(student.err()).contains("organisation « Autre » introuvable ; présentes : Cas").doesNotContain(SECRET);

		Cli.Run teacher = Cli.run("generate", scenario.toString(), "--edition", "enseignant", "--out", dir.resolve("sortie").toString());
		assertThat(teacher.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(teacher.err()).as("the teacher edition has both").contains("plusieurs organisations (Cas, " + SECRET + ")");
	}

	@Test
	void theTeacherNamingATeacherOnlyOrganisationIsToldItHasNoStudentEdition() {
		Cli.Run run = Cli.run("package", scenario.toString(), "--organisation", SECRET, "--out", dir.resolve("eleve.zip").toString());
		assertThat(run.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(run.err()).contains("l'organisation « " + SECRET + " » est réservée à l'enseignant (@enseignant) : elle n'a pas d'édition élève");
		assertThat(dir.resolve("eleve.zip")).doesNotExist();
	}
}
