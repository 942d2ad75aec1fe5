// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.load;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.TokenSource;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

/**
 * The parser's tokens, through which {@link RecoveringParser} sees a word of the language out of its place as an
 * identifier, next or after « @enseignant »: where a block reads an element, it is then read as an unknown word.
 */
final class RecoveringTokenStream extends XtextTokenStream {

	private RecoveringParser parser;
	private int teacherMark = -1;

	RecoveringTokenStream(TokenSource source, ITokenDefProvider tokens) {
		super(source, tokens);
	}

	void readBy(RecoveringParser reader, int teacherMarkType) {
		this.parser = reader;
		this.teacherMark = teacherMarkType;
	}

	@Override
	public int LA(int i) {
		int type = super.LA(i);
		if (parser == null || i > 2 || i < 1 || i == 2 && super.LA(1) != teacherMark) {
			return type;
		}
		return parser.lookAhead(type);
	}

	/**
	 * @return the whole text, which the parser keeps in its node model: read at once from the characters the tokens
	 *         cover (the lexer leaves none out, an unknown one becomes a token of its own) rather than joined token by
	 *         token
	 */
	@Override
	public String toString() {
		if (p == -1) {
			fillBuffer();
		}
		if (tokenSource instanceof Lexer lexer && lexer.getCharStream() != null) {
			CharStream in = lexer.getCharStream();
			return in.size() == 0 ? "" : in.substring(0, in.size() - 1);
		}
		return super.toString();
	}
}
