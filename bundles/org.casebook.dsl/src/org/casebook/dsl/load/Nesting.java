// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.load;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.casebook.dsl.parser.antlr.internal.InternalCasebookLexer;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;

/**
 * Bounds the nesting of blocks before a file is parsed ({@link BoundedParser}): the parser, the checks, the diagrams
 * and the documents walk nested blocks recursively, and a text nested thousands of levels deep would exhaust their
 * stack. The text is read by the language's lexer, in linear time, so that braces in strings and comments do not
 * count.
 */
public final class Nesting {

	/** Deepest nesting of blocks accepted, far above any real context (an organisation chart has fewer than ten). */
	public static final int MAX_DEPTH = 200;

	private Nesting() {
	}

	/**
	 * @param text the text of a file
	 * @return the first opening brace beyond {@value #MAX_DEPTH} levels, or {@code null}
	 */
	public static Token firstTooDeep(String text) {
		int braces = 0;
		for (int i = text.indexOf('{'); i >= 0 && braces <= MAX_DEPTH; i = text.indexOf('{', i + 1)) {
			braces++;
		}
		if (braces <= MAX_DEPTH) {
			return null; // too few braces in all to be too deep: no need to read the tokens
		}
		QuietLexer lexer = new QuietLexer(new ANTLRStringStream(text));
		int depth = 0;
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			String t = token.getText();
			if ("{".equals(t)) {
				depth++;
				if (depth > MAX_DEPTH) {
					return token;
				}
			} else if ("}".equals(t) && depth > 0) {
				depth--;
			}
		}
		return null;
	}

	/**
	 * The same bound on a parsed text, from the tokens its node model already holds (no second reading by the lexer).
	 *
	 * @param root the root node of a parsed file
	 * @return the offset of the first opening brace beyond {@value #MAX_DEPTH} levels, or {@code -1}
	 */
	public static int firstTooDeep(ICompositeNode root) {
		String text = root.getText();
		int braces = 0;
		for (int i = text.indexOf('{'); i >= 0 && braces <= MAX_DEPTH; i = text.indexOf('{', i + 1)) {
			braces++;
		}
		if (braces <= MAX_DEPTH) {
			return -1;
		}
		int depth = 0;
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.getTotalLength() != 1 || leaf.isHidden()) {
				continue;
			}
			char c = text.charAt(leaf.getTotalOffset() - root.getTotalOffset());
			if (c == '{') {
				depth++;
				if (depth > MAX_DEPTH) {
					return leaf.getTotalOffset();
				}
			} else if (c == '}' && depth > 0) {
				depth--;
			}
		}
		return -1;
	}

	/** @return the message of a nesting too deep */
	public static String message() {
		return "imbrication trop profonde : plus de " + MAX_DEPTH + " blocs { } les uns dans les autres (limite de Casebook ; "
				+ "un contexte réel en compte moins de vingt)";
	}

	/** The language's lexer, without its messages on the error output: the parser reports syntax errors later. */
	private static final class QuietLexer extends InternalCasebookLexer {
		QuietLexer(ANTLRStringStream input) {
			super(input);
		}

		@Override
		public void reportError(RecognitionException e) {
			// syntax errors are reported by the parser, with their position
		}
	}
}
