// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.messages;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;

/**
 * The error of a word that is not a keyword, read where a declaration, a property or an element may start: the parser
 * reports it and goes on after the word's statement, and {@link CasebookSyntaxErrorMessageProvider} explains it.
 */
public final class UnknownWordException extends RecognitionException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param word the unknown word
	 * @param input the tokens read
	 */
	public UnknownWordException(Token word, TokenStream input) {
		this.input = input;
		this.token = word;
		this.index = word.getTokenIndex();
		this.line = word.getLine();
		this.charPositionInLine = word.getCharPositionInLine();
	}

	@Override
	public String getMessage() {
		return "unknown word '" + token.getText() + "'";
	}
}
