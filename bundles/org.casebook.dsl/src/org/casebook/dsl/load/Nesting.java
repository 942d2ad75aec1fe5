// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.load;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.casebook.dsl.parser.antlr.internal.InternalCasebookLexer;

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
		if (!deeperThanLimit(text)) {
			return null; // the braces out of strings, text blocks and comments never go that deep
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
	 * Reads the text the way the lexer splits it as far as braces go, several times faster and without a token per
	 * word: strings ({@code "…"} with their escapes), text blocks ({@code """…"""}) and comments are skipped; an
	 * unterminated one is skipped by its first character only, as the lexer does when it recovers.
	 *
	 * @return whether some brace opens a block beyond {@value #MAX_DEPTH} levels
	 */
	static boolean deeperThanLimit(String text) {
		int depth = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '{') {
				if (++depth > MAX_DEPTH) {
					return true;
				}
			} else if (c == '}') {
				if (depth > 0) {
					depth--;
				}
			} else if (c == '"') {
				int end = text.startsWith("\"\"\"", i) ? text.indexOf("\"\"\"", i + 3) : -1;
				if (end >= 0) {
					i = end + 2;
				} else {
					i = endOfString(text, i);
				}
			} else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
				int end = text.indexOf("*/", i + 2);
				if (end >= 0) {
					i = end + 1;
				}
			} else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
				while (i + 1 < length && text.charAt(i + 1) != '\n' && text.charAt(i + 1) != '\r') {
					i++;
				}
			}
		}
		return false;
	}

	/** @return the index of the quote closing the string opened at {@code start}, or {@code start} when none does */
	private static int endOfString(String text, int start) {
		for (int i = start + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '"') {
				return i;
			}
		}
		return start;
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
