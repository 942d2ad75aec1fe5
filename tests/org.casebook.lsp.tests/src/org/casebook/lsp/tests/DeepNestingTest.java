// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casebook.dsl.load.Nesting;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text nested beyond the limit never reaches the parser of the language server: one located error, no stack overflow. */
class DeepNestingTest {

	private static final String CODE = "casebook.imbrication_trop_profonde";

	@TempDir
	Path folder;

	static String nested(int levels) {
		StringBuilder text = new StringBuilder("organisation O {\n");
		for (int i = 0; i < levels; i++) {
			text.append("entité E").append(i).append(" {\n");
		}
		return text.append("}\n".repeat(levels)).append("}\n").toString();
	}

	/** 13,000 nested entités opened in the server give one error on the first brace beyond the limit, each time. */
	@Test
	void reportsThirteenThousandLevelsAsOneLocatedError() throws Exception {
		Files.writeString(folder.resolve("profond.orga"), nested(13_000));
		try (LspClient client = new LspClient(folder)) {
			String uri = client.open("profond.orga");
			List<Diagnostic> diagnostics = client.awaitDiagnostics(uri, d -> !d.isEmpty());
			assertThat(diagnostics).singleElement().satisfies(d -> {
				assertThat(DiagnosticsTest.code(d)).isEqualTo(CODE);
				assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
				assertThat(d.getRange().getStart().getLine()).isEqualTo(Nesting.MAX_DEPTH);
				assertThat(d.getRange().getStart().getCharacter()).isEqualTo("entité E199 ".length());
				assertThat(DiagnosticsTest.message(d)).contains("imbrication trop profonde");
			});
			// completion deep inside answers without failing, with nothing to propose
			assertThat(CompletionTest.labels(client, uri, 5_000, 0)).isEmpty();
		}
	}

	/** A text at the limit is accepted; one more brace typed inside makes it too deep, and removing it makes it valid again. */
	@Test
	void followsTheLimitAsTheTextChanges() throws Exception {
		int levels = Nesting.MAX_DEPTH - 1;
		Files.writeString(folder.resolve("limite.orga"), nested(levels));
		try (LspClient client = new LspClient(folder)) {
			String uri = client.open("limite.orga");
			client.awaitDiagnostics(uri, d -> d.stream().noneMatch(x -> x.getSeverity() == DiagnosticSeverity.Error));
			int line = levels; // the line of the innermost entité, « entité E198 { »
			String inner = "entité E" + (levels - 1) + " {";
			client.change(uri, line, inner.length(), line, inner.length(), " entité X { }");
			List<Diagnostic> deep = client.awaitDiagnostics(uri, d -> d.stream().anyMatch(x -> CODE.equals(DiagnosticsTest.code(x))));
			assertThat(deep).singleElement().satisfies(d -> {
				assertThat(d.getRange().getStart().getLine()).isEqualTo(line);
				assertThat(d.getRange().getStart().getCharacter()).isEqualTo(inner.length() + " entité X ".length());
			});
			client.change(uri, line, inner.length(), line, inner.length() + " entité X { }".length(), "");
			client.awaitDiagnostics(uri, d -> d.stream().noneMatch(x -> x.getSeverity() == DiagnosticSeverity.Error));
		}
	}
}
