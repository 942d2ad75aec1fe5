// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a faulty client sends is refused with a clear line in its log, and the server goes on answering. */
class BadInputTest {

	@TempDir
	Path folder;

	@Test
	void logsMalformedJsonRpcAndKeepsServing() throws Exception {
		try (LspClient client = LspClient.opening(Scenario.write(folder), "reseau.orga")) {
			String uri = client.opened;
			for (String body : List.of("{garbage}", "{\"jsonrpc\":\"2.0\"}", "[1,2]",
					"{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"textDocument/hover\",\"params\":7}",
					"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":\"\\u0000\"}}")) {
				client.sendRaw(body);
			}
			String logged = client.awaitMessage(m -> m.contains("message JSON-RPC invalide ignoré"));
			assertThat(logged).contains("le serveur continue").doesNotContain("\u0000").doesNotContain("Exception");
			var symbols = client.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
					.get(60, TimeUnit.SECONDS);
			assertThat(symbols).isNotEmpty();
			client.change(uri, Scenario.line(Scenario.RESEAU, "numéro 10"), Scenario.column(Scenario.RESEAU, "10 réseau"),
					Scenario.line(Scenario.RESEAU, "numéro 10"), Scenario.column(Scenario.RESEAU, "10 réseau") + 2, "5000");
			assertThat(client.awaitDiagnostics(uri, d -> !d.isEmpty())).extracting(DiagnosticsTest::code)
					.contains("casebook.vlan_numero_invalide");
		}
	}

	@Test
	void refusesABinaryTextOpenedByTheClientAndKeepsServing() throws Exception {
		try (LspClient client = new LspClient(Scenario.write(folder))) {
			String binary = LspClient.uri(folder.resolve("image.orga"));
			client.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
					new TextDocumentItem(binary, "casebook", 1, "PNG\u0000\u0001\u0002")));
			assertThat(client.awaitMessage(m -> m.contains("fichier binaire"))).contains("image.orga").doesNotContain("\u0000");
			String uri = client.open("serveurs.orga");
			assertThat(client.awaitDiagnostics(uri, d -> true)).filteredOn(d -> d.getSeverity() == DiagnosticSeverity.Error).isEmpty();
		}
	}

	/** A named pipe among the scenario's files is refused without being opened: the server starts and answers. */
	@Test
	void refusesANamedPipeInTheWorkspaceWithoutOpeningIt() throws Exception {
		Path workspace = Scenario.write(folder);
		Path pipe = workspace.resolve("tube.orga");
		Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
		assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
		try (LspClient client = LspClient.opening(workspace, "serveurs.orga")) {
			assertThat(client.awaitDiagnostics(LspClient.uri(pipe), d -> !d.isEmpty())).singleElement()
					.satisfies(d -> assertThat(d.getMessage().getLeft()).contains("fichier spécial (tube nommé, périphérique ou socket) : refusé sans être ouvert"));
			var symbols = client.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(client.opened)))
					.get(60, TimeUnit.SECONDS);
			assertThat(symbols).isNotEmpty();
		}
	}

	/** A request on a document that does not exist says so in French, without an internal error and its stack trace. */
	@Test
	void aRequestOnAMissingDocumentSaysSo() throws Exception {
		try (LspClient client = LspClient.opening(Scenario.write(folder), "serveurs.orga")) {
			String missing = LspClient.uri(folder.resolve("absent.orga"));
			com.google.gson.JsonObject diagram = client.server.diagram(java.util.Map.of("uri", missing, "kind", "reseau")).get(60, TimeUnit.SECONDS);
			assertThat(diagram.get("message").getAsString()).contains("absent.orga").contains("illisible : fichier introuvable");
			com.google.gson.JsonObject conformity = client.server.conformity(java.util.Map.of("uri", missing, "option", "sisr"))
					.get(60, TimeUnit.SECONDS);
			assertThat(conformity.get("message").getAsString()).contains("fichier introuvable");
		}
	}
}
