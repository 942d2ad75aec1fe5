// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.casebook.docgen.Settings;
import org.casebook.docgen.StudentPackage;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.dsl.tests.TestScenarios;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** The student text of a scenario and the reading of a package. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class StudentPackageTest {

	@Inject
	private ScenarioLoader loader;

	@Inject
	private ISerializer serializer;

	@TempDir
	Path dir;

	private static final String TEACHER_SCENARIO = """
			// Réponse attendue : le pare-feu filtre le port 3389
			organisation demo "Démo" {
				/* à ne pas montrer : VLAN piège */
				métier "Négoce" // commentaire de fin de ligne
				site siege "Siège" {
					adresse "1 rue du Port"
				}
				@enseignant site cache "Site secret du corrigé" {
					adresse "2 rue Cachée"
				}
			}
			""";

	@Test
	void studentTextHasNeitherCommentsNorTeacherElements() throws IOException {
		Path file = dir.resolve("demo.orga");
		Files.writeString(file, TEACHER_SCENARIO);
		ScenarioSet scenario = loader.load(List.of(file));
		assertThat(loader.validate(scenario)).filteredOn(p -> p.severity() == org.casebook.dsl.load.Problem.Severity.ERROR).isEmpty();
		StudentPackage.StudentText student = StudentPackage.studentTexts(scenario, serializer);
		assertThat(student.removedElements()).isEqualTo(1);
		String text = student.files().get("demo.orga");
		assertThat(text).contains("site siege", "1 rue du Port", "métier \"Négoce\"")
				.doesNotContain("Réponse attendue", "piège", "commentaire de fin", "secret", "Cachée", "//", "/*");
		Path again = dir.resolve("again/demo.orga");
		Files.createDirectories(again.getParent());
		Files.writeString(again, text);
		assertThat(loader.validate(loader.load(List.of(again)))).as("the student text is a valid scenario").isEmpty();
	}

	/** Texts are quoted as a teacher writes them: an apostrophe is never escaped, a quote and a backslash are. */
	@Test
	void studentTextQuotesTextsAsWritten() throws IOException {
		Path file = dir.resolve("quotes.orga");
		Files.writeString(file, """
				organisation demo "L'atelier d'Anne" {
					métier "Réseau \\\\serveur\\\\partage et \\"salle\\" d'accueil"
					site siege
				}
				""");
		ScenarioSet scenario = loader.load(List.of(file));
		assertThat(loader.validate(scenario)).filteredOn(p -> p.severity() == org.casebook.dsl.load.Problem.Severity.ERROR).isEmpty();
		String text = StudentPackage.studentTexts(scenario, serializer).files().get("quotes.orga");
		assertThat(text).contains("\"L'atelier d'Anne\"").doesNotContain("\\'");
		assertThat(text).contains("métier \"Réseau \\\\serveur\\\\partage et \\\"salle\\\" d'accueil\"");
		Path again = dir.resolve("again/quotes.orga");
		Files.createDirectories(again.getParent());
		Files.writeString(again, text);
		ScenarioSet reread = loader.load(List.of(again));
		assertThat(((org.casebook.model.Organisation) reread.getModels().get(0).getElements().get(0)).getActivity())
				.isEqualTo("Réseau \\serveur\\partage et \"salle\" d'accueil");
	}

	@Test
	void commentMarkersInsideStringsAreKept() {
		assertThat(StudentPackage.withoutComments("site s \"Siège // pas un commentaire\" // vrai commentaire\n"))
				.isEqualTo("site s \"Siège // pas un commentaire\"\n");
	}

	@Test
	void examplePackageRoundTrips() throws IOException {
		Path example = TestScenarios.exampleFolders().get(0);
		Path zip = dir.resolve("paquet.zip");
		ScenarioSet scenario = loader.load(List.of(example));
		var organisation = DocumentsTest.organisation(scenario.getModels());
		StudentPackage.Written written = StudentPackage.write(organisation, scenario, serializer, Settings.defaults(), zip,
				(d, t, n) -> { });
		assertThat(written.documents()).isEqualTo(8);
		Path out = Files.createDirectories(dir.resolve("lu"));
		List<Path> files = StudentPackage.extractScenario(zip, out);
		assertThat(files).isNotEmpty().allSatisfy(f -> assertThat(f.getParent()).isEqualTo(out));
		assertThat(loader.validate(loader.load(List.of(out)))).isEmpty();
		// the same scenario gives the same package, byte for byte: its PDFs carry no date nor identifier of the run
		Path second = dir.resolve("paquet-2.zip");
		StudentPackage.write(organisation, scenario, serializer, Settings.defaults(), second, (d, t, n) -> { });
		assertThat(second).hasSameBinaryContentAs(zip);
	}

	/** An archive that cannot be written is reported with its path and the reason; an earlier archive stays. */
	@Test
	void unwritableArchiveIsReported() throws IOException {
		Path blocker = Files.writeString(dir.resolve("fichier"), "pas un dossier");
		ScenarioSet scenario = loader.load(List.of(TestScenarios.exampleFolders().get(0)));
		var organisation = DocumentsTest.organisation(scenario.getModels());
		assertThatThrownBy(() -> StudentPackage.write(organisation, scenario, serializer, Settings.defaults(), blocker.resolve("p.zip"),
				(d, t, n) -> { })).isInstanceOf(IOException.class).hasMessageContaining("p.zip: écriture impossible");
		assertThat(blocker).hasContent("pas un dossier");
	}

	@Test
	void hostilePackagesAreRefused() throws IOException {
		Path slip = zip("slip.zip", Map.of(StudentPackage.DESCRIPTOR, "edition=eleve\n", "scenario/../../evil.orga", "organisation x {}"));
		Path out = Files.createDirectories(dir.resolve("out"));
		assertThatThrownBy(() -> StudentPackage.extractScenario(slip, out)).isInstanceOf(IOException.class)
				.hasMessageContaining("hors du dossier");
		assertThat(dir.resolve("evil.orga")).doesNotExist();
		assertThat(dir.getParent().resolve("evil.orga")).doesNotExist();

		Path notPackage = zip("autre.zip", Map.of("lisezmoi.txt", "bonjour"));
		assertThatThrownBy(() -> StudentPackage.extractScenario(notPackage, out)).hasMessageContaining("pas un paquet élève");

		Map<String, String> many = new java.util.HashMap<>();
		many.put(StudentPackage.DESCRIPTOR, "edition=eleve\n");
		for (int i = 0; i < 501; i++) {
			many.put("scenario/f" + i + ".orga", "organisation O" + i + " {}");
		}
		Path flood = zip("flood.zip", many);
		Path floodOut = Files.createDirectories(dir.resolve("flood"));
		assertThatThrownBy(() -> StudentPackage.extractScenario(flood, floodOut)).hasMessageContaining("trop de scénario");

		Path garbage = dir.resolve("faux.zip");
		Files.writeString(garbage, "ceci n'est pas une archive");
		assertThatThrownBy(() -> StudentPackage.extractScenario(garbage, out)).isInstanceOf(IOException.class);
	}

	private Path zip(String name, Map<String, String> entries) throws IOException {
		Path zip = dir.resolve(name);
		try (OutputStream stream = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(stream)) {
			for (Map.Entry<String, String> e : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(e.getKey()));
				out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return zip;
	}
}
