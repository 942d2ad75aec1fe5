// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion offers the keywords valid at the caret and the visible names of the expected kind, from every file. */
class CompletionTest {

	@TempDir
	Path folder;

	@Test
	void proposesTheVlansOfAnotherFileAtAVlanReference() throws Exception {
		try (LspClient client = LspClient.opening(Scenario.write(folder), "serveurs.orga")) {
			String uri = client.opened;
			int line = Scenario.line(Scenario.SERVEURS, "vlan V10");
			int column = Scenario.column(Scenario.SERVEURS, "V10 hôte");
			assertThat(labels(client, uri, line, column)).contains("V10").doesNotContain("S1", "Demo");
		}
	}

	@Test
	void proposesTheKeywordsOfAnInformationSystemAtTheStartOfALine() throws Exception {
		try (LspClient client = LspClient.opening(Scenario.write(folder), "serveurs.orga")) {
			String uri = client.opened;
			int line = Scenario.line(Scenario.SERVEURS, "serveur S2");
			assertThat(labels(client, uri, line, 1)).contains("serveur", "vlan", "application", "outil").doesNotContain("organisation");
		}
	}

	@Test
	void proposesEnumerationValuesAfterType() throws Exception {
		try (LspClient client = LspClient.opening(Scenario.write(folder), "serveurs.orga")) {
			String uri = client.opened;
			int line = Scenario.line(Scenario.SERVEURS, "compétences B1.1");
			client.change(uri, line, 1, line, 1, "type ");
			assertThat(labels(client, uri, line, 6)).contains("projet");
		}
	}

	static List<String> labels(LspClient client, String uri, int line, int column) throws Exception {
		Either<List<CompletionItem>, org.eclipse.lsp4j.CompletionList> result = client.server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, column))).get(60, TimeUnit.SECONDS);
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		return items.stream().map(CompletionItem::getLabel).toList();
	}
}
