// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formatting of a whole document and of a range uses the language's formatter and is stable. */
class FormattingTest {

	@TempDir
	Path folder;

	private static final String MESSY = "paquetage demo\norganisation   Demo \"Démo SARL\"{secteur    \"Services\"\n}\n";

	@Test
	void formatsAWholeDocumentIntoTheLayoutOfTheFormatter() throws Exception {
		Files.writeString(folder.resolve("demo.orga"), MESSY);
		try (LspClient client = LspClient.opening(folder, "demo.orga")) {
			String uri = client.opened;
			List<? extends TextEdit> edits = client.server.getTextDocumentService()
					.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, false)))
					.get(60, TimeUnit.SECONDS);
			assertThat(edits).isNotEmpty();
			String formatted = apply(MESSY, edits);
			assertThat(formatted).contains("organisation Demo \"Démo SARL\" {\n\tsecteur \"Services\"\n}");
		}
	}

	@Test
	void formatsOnlyTheRangeAsked() throws Exception {
		String text = "paquetage demo\norganisation   Demo {secteur    \"S\"}\norganisation   Autre {secteur    \"T\"}\n";
		Files.writeString(folder.resolve("demo.orga"), text);
		try (LspClient client = LspClient.opening(folder, "demo.orga")) {
			String uri = client.opened;
			List<? extends TextEdit> edits = client.server.getTextDocumentService()
					.rangeFormatting(new DocumentRangeFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, false),
							new Range(new Position(2, 0), new Position(2, 37))))
					.get(60, TimeUnit.SECONDS);
			String formatted = apply(text, edits);
			assertThat(formatted).contains("organisation   Demo {secteur    \"S\"}").contains("organisation Autre {");
		}
	}

	static String apply(String text, List<? extends TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
		StringBuilder sb = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			sb.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
		}
		return sb.toString();
	}

	static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}
}
