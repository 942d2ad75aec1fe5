// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Go to definition, find references, rename, symbols and hover work across the files of the workspace. */
class NavigationTest {

	@TempDir
	Path folder;

	@Test
	void goesFromAReferenceToItsDeclarationInAnotherFile() throws Exception {
		try (LspClient client = opened()) {
			String uri = LspClient.uri(folder.resolve("serveurs.orga"));
			int line = Scenario.line(Scenario.SERVEURS, "vlan V10");
			int column = Scenario.column(Scenario.SERVEURS, "V10 hôte");
			List<? extends Location> locations = client.server.getTextDocumentService()
					.definition(new DefinitionParams(new TextDocumentIdentifier(uri), new Position(line, column + 1)))
					.get(60, TimeUnit.SECONDS).getLeft();
			assertThat(locations).hasSize(1);
			assertThat(locations.get(0).getUri()).isEqualTo(LspClient.uri(folder.resolve("reseau.orga")));
			assertThat(locations.get(0).getRange().getStart().getLine()).isEqualTo(Scenario.line(Scenario.RESEAU, "vlan V10 \"Serveurs\""));
		}
	}

	@Test
	void aReferenceFromAnotherFileFollowsItsDeclarationWhenTheDeclaringFileIsEdited() throws Exception {
		try (LspClient client = opened()) {
			String reseau = LspClient.uri(folder.resolve("reseau.orga"));
			String serveurs = LspClient.uri(folder.resolve("serveurs.orga"));
			int vlanLine = Scenario.line(Scenario.RESEAU, "vlan V10 \"Serveurs\"");
			int nameColumn = Scenario.column(Scenario.RESEAU, "V10 \"Serveurs\"");

			// two lines written above the declaration: the definition moves down with it
			client.change(reseau, vlanLine, 0, vlanLine, 0, "\t// plan d'adressage\n\n");
			client.awaitDiagnostics(reseau, d -> true);
			awaitDefinitionLine(client, serveurs, vlanLine + 2);

			// the declaration renamed: the other file's reference no longer resolves, and resolves again once it is back
			client.change(reseau, vlanLine + 2, nameColumn, vlanLine + 2, nameColumn + 3, "V99");
			List<org.eclipse.lsp4j.Diagnostic> broken = client.awaitDiagnostics(serveurs,
					d -> d.stream().anyMatch(x -> x.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error && String.valueOf(x.getMessage().isLeft() ? x.getMessage().getLeft() : x.getMessage().getRight().getValue()).contains("V10")));
			assertThat(broken).anyMatch(x -> x.getRange().getStart().getLine() == Scenario.line(Scenario.SERVEURS, "vlan V10"));
			client.change(reseau, vlanLine + 2, nameColumn, vlanLine + 2, nameColumn + 3, "V10");
			client.awaitDiagnostics(serveurs,
					d -> d.stream().noneMatch(x -> x.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error));
			awaitDefinitionLine(client, serveurs, vlanLine + 2);
		}
	}

	/** Waits until the definition of the VLAN reference of serveurs.orga is on a line of reseau.orga. */
	private void awaitDefinitionLine(LspClient client, String serveurs, int expected) throws Exception {
		int line = Scenario.line(Scenario.SERVEURS, "vlan V10");
		int column = Scenario.column(Scenario.SERVEURS, "V10 hôte");
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		List<? extends Location> locations = List.of();
		while (System.nanoTime() < end) {
			locations = client.server.getTextDocumentService()
					.definition(new DefinitionParams(new TextDocumentIdentifier(serveurs), new Position(line, column + 1)))
					.get(60, TimeUnit.SECONDS).getLeft();
			if (locations.size() == 1 && locations.get(0).getRange().getStart().getLine() == expected) {
				break;
			}
			Thread.sleep(50);
		}
		assertThat(locations).hasSize(1);
		assertThat(locations.get(0).getUri()).isEqualTo(LspClient.uri(folder.resolve("reseau.orga")));
		assertThat(locations.get(0).getRange().getStart().getLine()).isEqualTo(expected);
	}

	@Test
	void findsTheReferencesOfADeclarationInEveryFile() throws Exception {
		try (LspClient client = opened()) {
			String uri = LspClient.uri(folder.resolve("reseau.orga"));
			int line = Scenario.line(Scenario.RESEAU, "vlan V10 \"Serveurs\"");
			int column = Scenario.column(Scenario.RESEAU, "V10 \"Serveurs\"");
			List<? extends Location> references = client.server.getTextDocumentService()
					.references(new ReferenceParams(new TextDocumentIdentifier(uri), new Position(line, column + 1), new ReferenceContext(false)))
					.get(60, TimeUnit.SECONDS);
			assertThat(references).extracting(l -> Path.of(java.net.URI.create(l.getUri())).getFileName().toString())
					.containsExactlyInAnyOrder("reseau.orga", "serveurs.orga");
		}
	}

	@Test
	void renamesADeclarationAndItsReferencesInEveryFile() throws Exception {
		try (LspClient client = opened()) {
			String uri = LspClient.uri(folder.resolve("reseau.orga"));
			int line = Scenario.line(Scenario.RESEAU, "serveur S1");
			int column = Scenario.column(Scenario.RESEAU, "S1 \"Serveur");
			WorkspaceEdit edit = client.server.getTextDocumentService()
					.rename(new RenameParams(new TextDocumentIdentifier(uri), new Position(line, column + 1), "NAS1")).get(60, TimeUnit.SECONDS);
			Map<String, List<String>> byFile = new java.util.HashMap<>();
			if (edit.getChanges() != null) {
				edit.getChanges().forEach((file, edits) -> byFile.put(Path.of(java.net.URI.create(file)).getFileName().toString(),
						edits.stream().map(TextEdit::getNewText).toList()));
			}
			if (edit.getDocumentChanges() != null) edit.getDocumentChanges().forEach(change -> byFile.put(
					Path.of(java.net.URI.create(change.getLeft().getTextDocument().getUri())).getFileName().toString(),
					change.getLeft().getEdits().stream().map(e -> e.isLeft() ? e.getLeft().getNewText() : e.getRight().getSnippet().getValue()).toList()));
			assertThat(byFile).containsOnlyKeys("reseau.orga", "serveurs.orga");
			assertThat(byFile.get("reseau.orga")).containsExactly("NAS1");
			assertThat(byFile.get("serveurs.orga")).containsExactly("NAS1");
		}
	}

	@Test
	void listsTheOutlineAndTheWorkspaceSymbols() throws Exception {
		try (LspClient client = opened()) {
			String uri = LspClient.uri(folder.resolve("reseau.orga"));
			List<Either<SymbolInformation, DocumentSymbol>> outline = client.server.getTextDocumentService()
					.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(60, TimeUnit.SECONDS);
			assertThat(outline).extracting(s -> s.isLeft() ? s.getLeft().getName() : s.getRight().getName()).contains("demo.Demo", "demo.SI", "demo.V10", "demo.S1");
			var symbols = client.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("S")).get(60, TimeUnit.SECONDS);
			List<String> names = symbols.isLeft() ? symbols.getLeft().stream().map(SymbolInformation::getName).toList()
					: symbols.getRight().stream().map(org.eclipse.lsp4j.WorkspaceSymbol::getName).toList();
			assertThat(String.join(" ", names)).contains("S1").contains("S2");
		}
	}

	@Test
	void hoversAReferenceWithTheSummaryOfItsElement() throws Exception {
		try (LspClient client = opened()) {
			String uri = LspClient.uri(folder.resolve("serveurs.orga"));
			int line = Scenario.line(Scenario.SERVEURS, "hôte S1");
			int column = Scenario.column(Scenario.SERVEURS, "S1 }");
			Hover hover = client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, column)))
					.get(60, TimeUnit.SECONDS);
			assertThat(hover.getContents().getRight().getValue()).contains("Serveur de fichiers").contains("reseau.orga");
		}
	}

	@Test
	void foldsTheBlocksOfTheDeclarations() throws Exception {
		try (LspClient client = opened()) {
			String uri = LspClient.uri(folder.resolve("reseau.orga"));
			List<org.eclipse.lsp4j.FoldingRange> ranges = client.server.getTextDocumentService()
					.foldingRange(new org.eclipse.lsp4j.FoldingRangeRequestParams(new TextDocumentIdentifier(uri))).get(60, TimeUnit.SECONDS);
			int start = Scenario.line(Scenario.RESEAU, "système_information SI");
			assertThat(ranges).anyMatch(r -> r.getStartLine() == start && r.getEndLine() >= start + 2);
		}
	}

	private LspClient opened() throws Exception {
		return LspClient.opening(Scenario.write(folder), "reseau.orga", "serveurs.orga");
	}
}
