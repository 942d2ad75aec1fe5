// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code actions carry the quick fixes of Casebook Studio: closest name, closest competency code, free name for a duplicate. */
class CodeActionsTest {

	@TempDir
	Path folder;

	@Test
	void proposesTheClosestNameForAnUnknownReference() throws Exception {
		assertThat(fixes(Scenario.SERVEURS.replace("vlan V10", "vlan V1O"), "casebook.reference_inconnue"))
				.contains("Remplacer « V1O » par « V10 »");
	}

	@Test
	void proposesTheClosestCompetencyCodes() throws Exception {
		assertThat(fixes(Scenario.SERVEURS.replace("B1.1", "B1.9"), "casebook.competence_inconnue")).isNotEmpty()
				.allMatch(title -> title.startsWith("Remplacer « B1.9 » par « B"));
	}

	@Test
	void proposesAFreeNameForADuplicate() throws Exception {
		assertThat(fixes(Scenario.SERVEURS.replace("serveur S2", "serveur S1"), "casebook.nom_duplique")).contains("Remplacer « S1 » par « S1_2 »");
	}

	private List<String> fixes(String serveurs, String code) throws Exception {
		Scenario.write(folder);
		Files.writeString(folder.resolve("serveurs.orga"), serveurs);
		try (LspClient client = new LspClient(folder)) {
			String uri = client.open("serveurs.orga");
			List<Diagnostic> diagnostics = client.awaitDiagnostics(uri, d -> d.stream().anyMatch(x -> DiagnosticsTest.code(x).equals(code)));
			Diagnostic diagnostic = diagnostics.stream().filter(x -> DiagnosticsTest.code(x).equals(code)).findFirst().orElseThrow();
			var actions = client.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
					diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)))).get(60, TimeUnit.SECONDS);
			return actions.stream().filter(a -> a.isRight()).map(a -> a.getRight()).map(CodeAction::getTitle).toList();
		}
	}
}
