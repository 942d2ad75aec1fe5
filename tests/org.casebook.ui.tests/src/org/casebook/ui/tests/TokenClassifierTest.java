// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Random;

import org.casebook.dsl.tests.TestScenarios;
import org.casebook.ui.editor.TokenClassifier;
import org.junit.jupiter.api.Test;

/** Lexing again only around a change gives exactly the tokens of lexing the whole text. */
class TokenClassifierTest {

	private static final String[] PIECES = { "x", " ", "\n", "\"", "\"\"\"", "/*", "*/", "//", "10.", "1", ".", "/24", "{", "}", "vlan ",
			"10.1.1.1", "é", "\t",
			"B1", "B1.1.4", ".4" };

	/** Changes that make or unmake an address, which spans several tokens of the lexer. */
	@Test
	void addressesFormedOrBrokenByAChange() {
		String[][] changes = { { "vlan V { réseau 10.1.1. }", "vlan V { réseau 10.1.1.1 }" }, { "a 10.1.1 .1 b", "a 10.1.1.1 b" },
				{ "a 10.1.1.1 b", "a 10.1.1. b" }, { "a 10.1.1.1 b", "a 10.1 .1.1 b" }, { "a 10.1.1.1/2 b", "a 10.1.1.1/24 b" } };
		for (String[] change : changes) {
			TokenClassifier incremental = new TokenClassifier();
			incremental.classify(change[0]);
			assertThat(incremental.classify(change[1])).as(change[0] + " → " + change[1]).isEqualTo(new TokenClassifier().classify(change[1]));
		}
	}

	/** A competency code is one token, whatever its depth; a name followed by a spaced number is not a code. */
	@Test
	void competencyCodesAreOneToken() {
		String text = "compétences B1.1.4, B2.3, B1 .2";
		var tokens = new TokenClassifier().classify(text);
		assertThat(tokens).contains(new TokenClassifier.Classified(text.indexOf("B1.1.4"), 6, TokenClassifier.Category.COMPETENCY),
				new TokenClassifier.Classified(text.indexOf("B2.3"), 4, TokenClassifier.Category.COMPETENCY));
		assertThat(tokens).filteredOn(t -> t.offset() == text.indexOf("B1 ")).singleElement()
				.satisfies(t -> assertThat(t.category()).isEqualTo(TokenClassifier.Category.IDENTIFIER));
		String[][] changes = { { "compétences B1.1.", "compétences B1.1.4" }, { "compétences B1.1 .4", "compétences B1.1.4" },
				{ "compétences B1.1.4", "compétences B1. 1.4" } };
		for (String[] change : changes) {
			TokenClassifier incremental = new TokenClassifier();
			incremental.classify(change[0]);
			assertThat(incremental.classify(change[1])).as(change[0] + " → " + change[1]).isEqualTo(new TokenClassifier().classify(change[1]));
		}
	}

	@Test
	void incrementalLexingMatchesAFullLex() throws Exception {
		String text = Files.readString(TestScenarios.root().resolve("examples/hexalog/reseau.orga"));
		TokenClassifier incremental = new TokenClassifier();
		incremental.classify(text);
		Random random = new Random(20261128);
		for (int step = 0; step < 400; step++) {
			int at = random.nextInt(text.length() + 1);
			if (random.nextBoolean() && at < text.length()) {
				int length = Math.min(text.length() - at, 1 + random.nextInt(12));
				text = text.substring(0, at) + text.substring(at + length);
			} else {
				text = text.substring(0, at) + PIECES[random.nextInt(PIECES.length)] + text.substring(at);
			}
			assertThat(incremental.classify(text)).as("modification %d à %d", step, at).isEqualTo(new TokenClassifier().classify(text));
		}
	}
}
