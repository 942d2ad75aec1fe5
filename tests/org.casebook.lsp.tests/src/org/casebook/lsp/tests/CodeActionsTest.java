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
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code actions carry the quick fixes of Casebook Studio: closest name, closest competency code, free name for a duplicate,
 * {@code @enseignant} on an element that refers to a teacher-only one.
 */
class CodeActionsTest {

	private static final String TEACHER_ONLY = "casebook.reference_reservee";

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

	@Test
	void marksTheElementThatRefersToATeacherOnlyOneAndTheWarningGoes() throws Exception {
		String serveurs = Scenario.SERVEURS + "\n@enseignant cahier_des_charges CDC_Cache pour Demo {\n\tcontexte \"Réservé\"\n}\n\n"
				+ "mission M_Visible pour Demo {\n\tcahier CDC_Cache\n}\n";
		try (LspClient client = opened(serveurs)) {
			String uri = LspClient.uri(folder.resolve("serveurs.orga"));
			List<CodeAction> actions = actions(client, uri, TEACHER_ONLY);
			assertThat(actions).extracting(CodeAction::getTitle).containsExactly("Réserver aussi « M_Visible » à l'enseignant (@enseignant)");
			List<TextEdit> edits = actions.get(0).getEdit().getChanges().get(uri);
			int line = Scenario.line(serveurs, "mission M_Visible");
			assertThat(edits).singleElement().satisfies(edit -> {
				assertThat(edit.getNewText()).isEqualTo("@enseignant ");
				assertThat(edit.getRange().getStart()).isEqualTo(new Position(line, 0));
				assertThat(edit.getRange().getEnd()).isEqualTo(new Position(line, 0));
			});
			client.change(uri, line, 0, line, 0, edits.get(0).getNewText());
			client.awaitDiagnostics(uri, d -> d.stream().noneMatch(x -> DiagnosticsTest.code(x).equals(TEACHER_ONLY)));
		}
	}

	private List<String> fixes(String serveurs, String code) throws Exception {
		try (LspClient client = opened(serveurs)) {
			return actions(client, LspClient.uri(folder.resolve("serveurs.orga")), code).stream().map(CodeAction::getTitle).toList();
		}
	}

	/** Starts a server on the scenario with another text for {@code serveurs.orga}, which is opened. */
	private LspClient opened(String serveurs) throws Exception {
		Scenario.write(folder);
		Files.writeString(folder.resolve("serveurs.orga"), serveurs);
		return LspClient.opening(folder, "serveurs.orga");
	}

	private static List<CodeAction> actions(LspClient client, String uri, String code) throws Exception {
		List<Diagnostic> diagnostics = client.awaitDiagnostics(uri, d -> d.stream().anyMatch(x -> DiagnosticsTest.code(x).equals(code)));
		Diagnostic diagnostic = diagnostics.stream().filter(x -> DiagnosticsTest.code(x).equals(code)).findFirst().orElseThrow();
		var actions = client.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
				diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)))).get(60, TimeUnit.SECONDS);
		return actions.stream().filter(a -> a.isRight()).map(a -> a.getRight()).toList();
	}
}
