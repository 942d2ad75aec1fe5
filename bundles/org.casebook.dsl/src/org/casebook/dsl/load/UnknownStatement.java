// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.load;

import java.util.function.Consumer;

import org.antlr.runtime.BitSet;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;

/**
 * The statement of a word that the language does not know, read where a declaration, a property or an element may
 * start: the words, values and punctuation that follow it on its line, and the block it opens, braces balanced, wherever
 * that block ends. A word of the language that may start an element there, the brace that closes the enclosing block
 * and a word on a later line end it (a line that ends with a comma goes on with the next one). The parser that builds
 * the model and the one that proposes completions both read it through, so that what follows is read as if the unknown
 * word were not there.
 */
public final class UnknownStatement {

	private UnknownStatement() {
	}

	/**
	 * Consumes the rest of the statement from the tokens.
	 *
	 * @param input the tokens, just after the unknown word
	 * @param word the unknown word
	 * @param follow the token types that may follow the word where it is: the first words of the elements of the
	 *        enclosing block and its closing brace
	 * @param identifier the token type of an identifier
	 * @param read told of each token consumed, in order
	 */
	public static void read(TokenStream input, Token word, BitSet follow, int identifier, Consumer<Token> read) {
		int line = lastLine(word);
		boolean continued = false;
		while (true) {
			// LA before consume, as generated parsers do, keeps the lookahead the parser records consistent
			if (input.LA(1) == Token.EOF) {
				return;
			}
			Token next = input.LT(1);
			if (brace(next) > 0) {
				readBlock(input, read);
				return;
			}
			boolean sameStatement = next.getLine() <= line || continued;
			if (!sameStatement || follow.member(next.getType()) && next.getType() != identifier) {
				return;
			}
			input.consume();
			read.accept(next);
			line = lastLine(next);
			continued = ",".equals(next.getText());
		}
	}

	/** Consumes a block up to its closing brace, nested blocks included, or to the end. */
	private static void readBlock(TokenStream input, Consumer<Token> read) {
		int depth = 0;
		do {
			if (input.LA(1) == Token.EOF) {
				return;
			}
			Token next = input.LT(1);
			depth += brace(next);
			input.consume();
			read.accept(next);
		} while (depth > 0);
	}

	/** @return the line on which the token ends (a text block may span several) */
	private static int lastLine(Token token) {
		String text = token.getText();
		int line = token.getLine();
		for (int i = text == null ? -1 : text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
			line++;
		}
		return line;
	}

	private static int brace(Token token) {
		String text = token.getText();
		return "{".equals(text) ? 1 : "}".equals(text) ? -1 : 0;
	}
}
