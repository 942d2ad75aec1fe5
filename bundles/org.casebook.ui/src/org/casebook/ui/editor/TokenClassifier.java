// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.casebook.dsl.parser.antlr.internal.InternalCasebookLexer;
import org.casebook.ui.CasebookUi;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
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
		/** Competency codes of the referential, such as {@code B1.1.4}, coloured as one word. */
		COMPETENCY,
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
	/** The document state the last tokens belong to, when they came from a document. */
	private IDocument lastDocument;
	private long lastStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;

	/**
	 * @param document the document of a scenario
	 * @return the tokens of its text; asked again for an unchanged document, they are returned without reading its text
	 */
	public synchronized List<Classified> classify(IDocument document) {
		long stamp = document instanceof IDocumentExtension4 d ? d.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
		if (document == lastDocument && stamp == lastStamp && stamp != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP) {
			return lastTokens;
		}
		List<Classified> tokens = classify(document.get());
		lastDocument = document;
		lastStamp = stamp;
		return tokens;
	}

	/**
	 * @param text the whole text of a scenario
	 * @return its tokens, in order, covering the whole text. The tokens of the last text are kept: when the text
	 *         differs from it by one change, only the tokens around the change are lexed again
	 */
	public synchronized List<Classified> classify(String text) {
		lastDocument = null;
		if (text.equals(lastText)) {
			return lastTokens;
		}
		List<Classified> tokens = lastText == null ? null : relex(lastText, lastTokens, text);
		lastTokens = Collections.unmodifiableList(tokens != null ? tokens : lex(text, 0, -1, null));
		lastText = text;
		return lastTokens;
	}

	/**
	 * Lexes again from a token boundary before the change up to the first boundary after it where the lexer meets
	 * the old tokens again; the tokens before and after are kept (those after shifted by the change's length).
	 *
	 * @return the tokens of the new text, or {@code null} to lex it whole
	 */
	private List<Classified> relex(String old, List<Classified> oldTokens, String text) {
		int min = Math.min(old.length(), text.length());
		int prefix = 0;
		while (prefix < min && old.charAt(prefix) == text.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < min - prefix && old.charAt(old.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
			suffix++;
		}
		if (oldTokens.isEmpty()) {
			return null;
		}
		int first = Math.max(0, containing(oldTokens, Math.max(0, prefix - 1)) - 1);
		while (first > 0 && !Character.isWhitespace(old.charAt(oldTokens.get(first).offset() - 1))) {
			first--;
		}
		int start = oldTokens.get(first).offset();
		int delta = text.length() - old.length();
		int[] resume = { -1 };
		List<Classified> middle = lex(text, start, text.length() - suffix, (offset) -> {
			if (!Character.isWhitespace(text.charAt(offset - 1))) {
				return false;
			}
			int j = containing(oldTokens, offset - delta);
			if (j >= 0 && oldTokens.get(j).offset() == offset - delta) {
				resume[0] = j;
				return true;
			}
			return false;
		});
		List<Classified> tokens = new ArrayList<>(oldTokens.size() + middle.size());
		tokens.addAll(oldTokens.subList(0, first));
		tokens.addAll(middle);
		if (resume[0] >= 0) {
			for (Classified t : oldTokens.subList(resume[0], oldTokens.size())) {
				tokens.add(delta == 0 ? t : new Classified(t.offset() + delta, t.length(), t.category()));
			}
		}
		return tokens;
	}

	/** @return the index of the token containing an offset, or of the last token before it; -1 when there is none */
	static int containing(List<Classified> tokens, int offset) {
		int low = 0;
		int high = tokens.size() - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			Classified t = tokens.get(mid);
			if (t.offset() + t.length() <= offset) {
				low = mid + 1;
			} else if (t.offset() > offset) {
				high = mid - 1;
			} else {
				return mid;
			}
		}
		return high;
	}

	/**
	 * Lexes from a token boundary.
	 *
	 * @param text the whole text
	 * @param start where to start, a token boundary
	 * @param stopFrom from which offset a token start may stop the lexing, or -1 to lex to the end
	 * @param stopAt whether to stop before a token starting at an offset
	 * @return the tokens lexed
	 */
	private List<Classified> lex(String text, int start, int stopFrom, java.util.function.IntPredicate stopAt) {
		ANTLRStringStream input = new ANTLRStringStream(text);
		input.seek(start);
		InternalCasebookLexer lexer = new InternalCasebookLexer(input);
		List<Classified> tokens = new ArrayList<>();
		List<CommonToken> raw = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			CommonToken t = (CommonToken) token;
			if (stopFrom >= 0 && t.getStartIndex() >= stopFrom && t.getStartIndex() > start && stopAt.test(t.getStartIndex())) {
				break;
			}
			raw.add(t);
		}
		for (int i = 0; i < raw.size(); i++) {
			CommonToken t = raw.get(i);
			int end = address(raw, i);
			if (end > i) {
				tokens.add(new Classified(t.getStartIndex(), raw.get(end).getStopIndex() + 1 - t.getStartIndex(), Category.ADDRESS));
				i = end;
				continue;
			}
			end = competency(raw, i);
			if (end > i) {
				tokens.add(new Classified(t.getStartIndex(), raw.get(end).getStopIndex() + 1 - t.getStartIndex(), Category.COMPETENCY));
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

	/**
	 * @return the index of the last token of a competency code ({@code B1.1.4}: a name followed, without space, by
	 *         numbers after dots) starting at {@code i}, or {@code i} when there is none
	 */
	private int competency(List<CommonToken> raw, int i) {
		if (!"RULE_ID".equals(names.get(raw.get(i).getType()))) {
			return i;
		}
		int j = i;
		while (j + 2 < raw.size() && adjacent(raw.get(j), raw.get(j + 1)) && "'.'".equals(names.get(raw.get(j + 1).getType()))
				&& adjacent(raw.get(j + 1), raw.get(j + 2)) && "RULE_INT".equals(names.get(raw.get(j + 2).getType()))) {
			j += 2;
		}
		return j;
	}

	private static boolean adjacent(CommonToken a, CommonToken b) {
		return a.getStopIndex() + 1 == b.getStartIndex();
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
