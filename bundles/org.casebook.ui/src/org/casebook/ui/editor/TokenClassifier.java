// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.casebook.dsl.parser.antlr.internal.InternalCasebookLexer;
import org.casebook.ui.CasebookUi;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;

/** Splits the text of a scenario into coloured tokens with the language's own lexer, so that colours follow the grammar. */
public final class TokenClassifier {

	/** Categories of tokens, each with its colour in the editor. */
	public enum Category {
		/** Keywords and enumeration values. */
		KEYWORD,
		/** Strings and text blocks. */
		STRING,
		/** Numbers. */
		NUMBER,
		/** IPv4 addresses and networks. */
		ADDRESS,
		/** Comments. */
		COMMENT,
		/** Names and references. */
		IDENTIFIER,
		/** Everything else: punctuation, spaces. */
		DEFAULT
	}

	/**
	 * A classified token.
	 *
	 * @param offset start in the document
	 * @param length length
	 * @param category its category
	 */
	public record Classified(int offset, int length, Category category) {
	}

	private final Map<Integer, String> names;

	/** Reads the token names of the grammar. */
	public TokenClassifier() {
		names = CasebookUi.injector().getInstance(ITokenDefProvider.class).getTokenDefMap();
	}

	private String lastText;
	private List<Classified> lastTokens;

	/**
	 * @param text the whole text of a scenario
	 * @return its tokens, in order, covering the whole text; the tokens of the last text are kept for the next call
	 */
	public synchronized List<Classified> classify(String text) {
		if (text.equals(lastText)) {
			return lastTokens;
		}
		lastTokens = List.copyOf(lex(text));
		lastText = text;
		return lastTokens;
	}

	private List<Classified> lex(String text) {
		InternalCasebookLexer lexer = new InternalCasebookLexer(new ANTLRStringStream(text));
		List<Classified> tokens = new ArrayList<>();
		List<CommonToken> raw = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			raw.add((CommonToken) token);
		}
		for (int i = 0; i < raw.size(); i++) {
			CommonToken t = raw.get(i);
			int end = address(raw, i);
			if (end > i) {
				tokens.add(new Classified(t.getStartIndex(), raw.get(end).getStopIndex() + 1 - t.getStartIndex(), Category.ADDRESS));
				i = end;
				continue;
			}
			tokens.add(new Classified(t.getStartIndex(), t.getStopIndex() + 1 - t.getStartIndex(), category(t.getType())));
		}
		return tokens;
	}

	/** @return the index of the last token of an IPv4 literal starting at {@code i}, or {@code i} when there is none */
	private int address(List<CommonToken> raw, int i) {
		int j = i;
		for (int group = 0; group < 4; group++) {
			if (j >= raw.size() || !"RULE_INT".equals(names.get(raw.get(j).getType()))) {
				return i;
			}
			if (group < 3) {
				if (j + 1 >= raw.size() || !"'.'".equals(names.get(raw.get(j + 1).getType()))) {
					return i;
				}
				j += 2;
			}
		}
		if (j + 2 < raw.size() && "'/'".equals(names.get(raw.get(j + 1).getType()))) {
			j += 2;
		}
		return j;
	}

	private Category category(int type) {
		String name = names.getOrDefault(type, "");
		if (name.startsWith("'") && name.length() > 3 && Character.isLetter(name.charAt(1)) || name.equals("'@enseignant'")) {
			return Category.KEYWORD;
		}
		return switch (name) {
		case "RULE_STRING", "RULE_TEXT_BLOCK" -> Category.STRING;
		case "RULE_INT" -> Category.NUMBER;
		case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> Category.COMMENT;
		case "RULE_ID" -> Category.IDENTIFIER;
		default -> Category.DEFAULT;
		};
	}
}
