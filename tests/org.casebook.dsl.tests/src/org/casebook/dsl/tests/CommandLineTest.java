// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.casebook.cli.CasebookCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casebook validate}: output format, exit codes and behaviour on bad input. */
class CommandLineTest {

	private static final String LINE = "^.+:\\d+:\\d+: (error|warning): casebook\\.[a-z_]+: .+$";

	@TempDir
	Path dir;

	private record Run(int code, String out, String err) {
		List<String> lines() {
			return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
		}
	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = CasebookCommand.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Run(code, out.toString().replace("\r", ""), err.toString());
	}

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	/** Valid examples exit 0 and print no problem. */
	@Test
	void validExamplesExitZero() {
		Run run = run("validate", TestScenarios.root().resolve("examples").toString());
		assertThat(run.out()).isEmpty();
		assertThat(run.code()).isZero();
		assertThat(run.err()).contains("0 erreur");
	}

	/** Errors exit 1 and each problem is one line path:line:column: severity: CODE: message. */
	@Test
	void errorsExitOneWithOneLinePerProblem() throws IOException {
		Path file = write("faux.orga", "système_information SI {\n\tvlan V { numéro 5000 }\n\tserveur S\n}\n");
		Run run = run("validate", file.toString());
		assertThat(run.code()).isEqualTo(1);
		assertThat(run.lines()).hasSize(2).allMatch(line -> line.matches(LINE));
		assertThat(run.lines().get(0)).isEqualTo(file + ":2:18: error: casebook.vlan_numero_invalide: "
				+ "numéro de vlan 5000 hors de la plage 1 à 4094");
		assertThat(run.lines().get(1)).startsWith(file + ":3:10: warning: casebook.serveur_sans_os: ");
	}

	/** Warnings alone do not fail the run. */
	@Test
	void warningsExitZero() throws IOException {
		Path file = write("s.orga", "système_information SI { serveur S }");
		Run run = run("validate", file.toString());
		assertThat(run.code()).isZero();
		assertThat(run.lines()).singleElement().satisfies(l -> assertThat(l).contains("warning"));
		assertThat(run("validate", "--sans-avertissements", file.toString()).out()).isEmpty();
	}

	/** Syntax errors are located and explained in French. */
	@Test
	void syntaxErrorsAreLocated() throws IOException {
		Path file = write("syntaxe.orga", "organisation O {\n\teffectif \"douze\"\n}\n");
		Run run = run("validate", file.toString());
		assertThat(run.code()).isEqualTo(1);
		assertThat(run.lines()).first().satisfies(l -> assertThat(l).startsWith(file + ":2:11: error: casebook.syntaxe.valeur_attendue: erreur de syntaxe"));
	}

	/** A missing file, no argument and an unknown option are usage errors: exit 2, no stack trace. */
	@Test
	void usageErrorsExitTwo() {
		Run missing = run("validate", dir.resolve("absent.orga").toString());
		assertThat(missing.code()).isEqualTo(2);
		assertThat(missing.out()).contains("absent.orga:1:1: error: casebook.fichier_illisible: fichier ou dossier introuvable");
		assertThat(run("validate").code()).isEqualTo(2);
		Run unknown = run("validate", "--inconnue", "x.orga");
		assertThat(unknown.code()).isEqualTo(2);
		assertThat(unknown.err()).contains("option inconnue").doesNotContain("Exception").doesNotContain("\tat ");
		assertThat(run().code()).isEqualTo(2);
		Run command = run("frobnicate");
		assertThat(command.code()).isEqualTo(2);
		assertThat(command.err()).contains("commande inconnue « frobnicate »");
	}

	/** Every command answers --help in French. */
	@Test
	void helpIsFrench() {
		Run top = run("--help");
		assertThat(top.code()).isZero();
		assertThat(top.out()).contains("Usage : casebook").contains("validate");
		Run validate = run("validate", "--help");
		assertThat(validate.code()).isZero();
		assertThat(validate.out()).contains("chemin:ligne:colonne");
	}

	/** In a folder, .orga files are checked recursively and other files ignored. */
	@Test
	void foldersAreWalkedForScenariosOnly() throws IOException {
		write("a/un.orga", "paquetage p organisation O { site S }");
		write("a/sous/deux.orga", "paquetage p système_information SI pour O { vlan V { site Inconnu } }");
		write("a/notes.txt", "ceci n'est pas un scénario {");
		write("a/image.png", "\u0089PNG");
		Run run = run("validate", dir.resolve("a").toString());
		assertThat(run.code()).isEqualTo(1);
		assertThat(run.lines()).singleElement().satisfies(l -> assertThat(l).contains("deux.orga:1:").contains("reference_inconnue"));
		assertThat(run.err()).contains("2 fichiers vérifiés");
	}

	/** A binary file and a file not encoded in UTF-8 are refused with their position, exit 2. */
	@Test
	void binaryAndNonUtf8FilesAreRefused() throws IOException {
		Path binary = dir.resolve("binaire.orga");
		Files.write(binary, new byte[] { 'a', '\n', 'b', 0, 1, 2 });
		Run run = run("validate", binary.toString());
		assertThat(run.code()).isEqualTo(2);
		assertThat(run.out()).contains("binaire.orga:2:2: error: casebook.fichier_illisible: fichier binaire");
		Path latin1 = dir.resolve("latin1.orga");
		Files.write(latin1, "organisation O {\n\tsecteur \"Santé\"\n}\n".getBytes(StandardCharsets.ISO_8859_1));
		run = run("validate", latin1.toString());
		assertThat(run.code()).isEqualTo(2);
		assertThat(run.out()).contains("latin1.orga:2:15: error: casebook.fichier_illisible: octet 0xE9 invalide en UTF-8");
	}

	/** A file named explicitly must be a scenario. */
	@Test
	void otherExtensionsAreRefused() throws IOException {
		Path file = write("notes.txt", "texte");
		Run run = run("validate", file.toString());
		assertThat(run.code()).isEqualTo(2);
		assertThat(run.out()).contains("extension .orga attendue");
	}

	/** An empty file is accepted with a warning. */
	@Test
	void emptyFileIsAWarning() throws IOException {
		Path file = write("vide.orga", "");
		Run run = run("validate", file.toString());
		assertThat(run.code()).isZero();
		assertThat(run.out()).contains("vide.orga:1:1: warning: casebook.fichier_vide");
	}

	/** A 50 MB file is refused before being read, with its size. */
	@Test
	void hugeFileIsRefused() throws IOException {
		Path file = dir.resolve("enorme.orga");
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.setLength(50L * 1024 * 1024);
		}
		Run run = run("validate", file.toString());
		assertThat(run.code()).isEqualTo(2);
		assertThat(run.out()).contains("enorme.orga:1:1: error: casebook.fichier_illisible: fichier trop volumineux (50,0 Mo");
	}
}
