// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.casebook.lsp.SemanticTokenKinds;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Semantic tokens tell keywords, declared names, references, addresses, competency codes and enumeration values apart. */
class SemanticTokensTest {

	@TempDir
	Path folder;

	@Test
	void classifiesEachKindOfToken() throws Exception {
		try (LspClient client = new LspClient(Scenario.write(folder))) {
			List<String> legend = client.initialized.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
			assertThat(legend).isEqualTo(SemanticTokenKinds.TYPES);
			String uri = client.open("serveurs.orga");
			client.awaitDiagnostics(uri, d -> true);
			SemanticTokens tokens = client.server.getTextDocumentService()
					.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get(60, TimeUnit.SECONDS);
			List<int[]> decoded = SemanticTokenKinds.decode(tokens.getData());
			String text = Scenario.SERVEURS;
			assertThat(typeAt(decoded, legend, text, "serveur S2", 0)).isEqualTo("keyword");
			assertThat(typeAt(decoded, legend, text, "S2 \"Serveur", 0)).isEqualTo("variable");
			assertThat(modifiersAt(decoded, text, "S2 \"Serveur")).isEqualTo(1);
			assertThat(typeAt(decoded, legend, text, "V10 hôte", 0)).isEqualTo("type");
			assertThat(typeAt(decoded, legend, text, "10.0.10.6", 0)).isEqualTo("number");
			assertThat(typeAt(decoded, legend, text, "linux", 0)).isEqualTo("enumMember");
			assertThat(typeAt(decoded, legend, text, "B1.1", 0)).isEqualTo("enum");
			assertThat(typeAt(decoded, legend, text, "\"Serveur web\"", 0)).isNull();
		}
	}

	private static int[] tokenAt(List<int[]> tokens, String text, String fragment) {
		int line = Scenario.line(text, fragment);
		int column = Scenario.column(text, fragment);
		return tokens.stream().filter(t -> t[0] == line && t[1] <= column && column < t[1] + t[2]).findFirst().orElse(null);
	}

	private static String typeAt(List<int[]> tokens, List<String> legend, String text, String fragment, int ignored) {
		int[] token = tokenAt(tokens, text, fragment);
		return token == null ? null : legend.get(token[3]);
	}

	private static int modifiersAt(List<int[]> tokens, String text, String fragment) {
		return tokenAt(tokens, text, fragment)[4];
	}
}
