// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casebook.dsl.CasebookStandaloneSetup;
import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics of the language server: the codes and French messages of {@code casebook validate}, kept up to date as the text changes. */
class DiagnosticsTest {

	@TempDir
	Path folder;

	@Test
	void publishesNoErrorForAValidTwoFileScenarioAfterOpen() throws Exception {
		try (LspClient client = new LspClient(Scenario.write(folder))) {
			String uri = client.open("serveurs.orga");
			List<Diagnostic> diagnostics = client.awaitDiagnostics(uri, d -> true);
			assertThat(diagnostics).filteredOn(d -> d.getSeverity() == DiagnosticSeverity.Error).isEmpty();
		}
	}

	@Test
	void reportsATypedErrorAfterIncrementalChangesAndClearsItWhenFixed() throws Exception {
		try (LspClient client = new LspClient(Scenario.write(folder))) {
			String uri = client.open("serveurs.orga");
			client.awaitDiagnostics(uri, List::isEmpty);
			int line = Scenario.line(Scenario.SERVEURS, "vlan V10");
			int column = Scenario.column(Scenario.SERVEURS, "V10 hôte");
			// the reference V10 becomes V1, then V19: one character at a time
			client.change(uri, line, column + 2, line, column + 3, "");
			client.change(uri, line, column + 2, line, column + 2, "9");
			// the diagnostics of the state between the two changes (« V1 ») may be published first: wait for those of the last
			java.util.function.Predicate<Diagnostic> v19 = x -> code(x).equals("casebook.reference_inconnue") && message(x).contains("« V19 »");
			List<Diagnostic> broken = client.awaitDiagnostics(uri, d -> d.stream().anyMatch(v19));
			Diagnostic unknown = broken.stream().filter(v19).findFirst().orElseThrow();
			assertThat(unknown.getRange().getStart().getLine()).isEqualTo(line);
			assertThat(unknown.getRange().getStart().getCharacter()).isEqualTo(column);
			assertThat(unknown.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
			assertThat(message(unknown)).contains("« V19 »");
			client.change(uri, line, column + 2, line, column + 3, "0");
			client.awaitDiagnostics(uri, List::isEmpty);
		}
	}

	@Test
	void givesTheSameCodesMessagesAndPlacesAsValidate() throws Exception {
		String broken = Scenario.RESEAU.replace("numéro 10", "numéro 5000").replace("adresse 10.0.10.5", "adresse 10.0.11.5")
				.replace("vlan V10 }", "vlan V11 }");
		Scenario.write(folder);
		Files.writeString(folder.resolve("reseau.orga"), broken);
		ScenarioLoader loader = new CasebookStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(ScenarioLoader.class);
		List<Problem> expected = loader.validate(loader.load(List.of(folder.resolve("reseau.orga"), folder.resolve("serveurs.orga"))))
				.stream().filter(p -> p.file().getFileName().toString().equals("reseau.orga")).toList();
		assertThat(expected).extracting(Problem::code).contains("casebook.vlan_numero_invalide", "casebook.reference_inconnue");
		try (LspClient client = new LspClient(folder)) {
			String uri = client.open("reseau.orga");
			List<Diagnostic> actual = client.awaitDiagnostics(uri, d -> d.size() >= expected.size());
			assertThat(actual).extracting(d -> code(d) + " " + (d.getRange().getStart().getLine() + 1) + ":"
					+ (d.getRange().getStart().getCharacter() + 1) + " " + message(d))
					.containsExactlyInAnyOrderElementsOf(expected.stream()
							.map(p -> p.code() + " " + p.line() + ":" + p.column() + " " + p.message()).toList());
		}
	}

	@Test
	void reportsABinaryFileOfTheWorkspaceAsUnreadable() throws Exception {
		Scenario.write(folder);
		Files.write(folder.resolve("image.orga"), new byte[] { 'o', 'r', 'g', 0, 1, 2, (byte) 0xFF });
		try (LspClient client = new LspClient(folder)) {
			String uri = LspClient.uri(folder.resolve("image.orga"));
			List<Diagnostic> diagnostics = client.awaitDiagnostics(uri, d -> !d.isEmpty());
			assertThat(diagnostics).extracting(DiagnosticsTest::code).containsExactly("casebook.fichier_illisible");
			assertThat(message(diagnostics.get(0))).contains("binaire");
			assertThat(diagnostics.get(0).getRange().getStart().getCharacter()).isEqualTo(3);
		}
	}

	@Test
	void tellsTheClientAboutAFileOutsideTheWorkspaceAndKeepsServing() throws Exception {
		Path workspace = Files.createDirectories(folder.resolve("espace"));
		Scenario.write(workspace);
		Path outside = Files.writeString(folder.resolve("dehors.orga"), "organisation Dehors { }\n");
		try (LspClient client = new LspClient(workspace)) {
			client.server.getTextDocumentService().didOpen(new org.eclipse.lsp4j.DidOpenTextDocumentParams(
					new org.eclipse.lsp4j.TextDocumentItem(LspClient.uri(outside), "casebook", 1, Files.readString(outside))));
			long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
			while (client.messages.isEmpty() && System.nanoTime() < end) {
				Thread.sleep(50);
			}
			String uri = client.open("reseau.orga");
			assertThat(client.awaitDiagnostics(uri, d -> true)).isNotNull();
			assertThat(client.messages).anyMatch(m -> m.contains("hors de l'espace de travail") && m.contains("dehors.orga"));
		}
	}

	static String message(Diagnostic diagnostic) {
		return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
	}

	static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? "" : diagnostic.getCode().getLeft();
	}
}
