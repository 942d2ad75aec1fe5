// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.load;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.casebook.dsl.parser.antlr.CasebookParser;
import org.casebook.dsl.services.CasebookGrammarAccess;
import org.casebook.dsl.validation.IssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.util.ReplaceRegion;

import com.google.inject.Inject;

/**
 * The language's parser, which first bounds the nesting of blocks ({@link Nesting}): a text nested too deep is not
 * given to the recursive parser, whose stack it would exhaust, but comes back without a model and with one syntax
 * error on the first brace beyond the limit. Every path that parses a scenario goes through it: the command line's
 * {@link ScenarioLoader}, the Studio editor's resources and the language server's.
 */
public class BoundedParser extends CasebookParser {

	@Inject
	private CasebookGrammarAccess grammar;

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder builder, int initialLookAhead) {
		String text = in.size() == 0 ? "" : in.substring(0, in.size() - 1);
		Token brace = Nesting.firstTooDeep(text);
		if (brace instanceof CommonToken token) {
			return tooDeep(text, token.getStartIndex(), builder);
		}
		return super.doParse(ruleName, in, builder, initialLookAhead);
	}

	/**
	 * A partial reparse sees only a region of the text: the whole new text is checked first, unless the edit cannot change
	 * which braces the lexer reads (the text it removes and the text it writes hold no brace, quote, backslash, slash, star
	 * or line end) in a text that was parsed.
	 */
	@Override
	protected IParseResult doReparse(IParseResult previous, ReplaceRegion region) {
		if (previous.getRootASTElement() != null && !mayChangeNesting(previous.getRootNode().getText(), region)) {
			return super.doReparse(previous, region);
		}
		StringBuilder text = new StringBuilder(previous.getRootNode().getText());
		region.applyTo(text);
		Token brace = Nesting.firstTooDeep(text.toString());
		if (brace instanceof CommonToken token) {
			return tooDeep(text.toString(), token.getStartIndex(), createNodeModelBuilder());
		}
		if (previous.getRootASTElement() == null) {
			return doParse(text);
		}
		return super.doReparse(previous, region);
	}

	/**
	 * @param text the text before the edit
	 * @param region the edit
	 * @return whether the edit removes or writes a character that may open or close a block, a string or a comment
	 */
	static boolean mayChangeNesting(String text, ReplaceRegion region) {
		int end = Math.min(text.length(), region.getOffset() + region.getLength());
		return region.getOffset() < 0 || end < region.getOffset() || lexicalMark(text, region.getOffset(), end)
				|| lexicalMark(region.getText(), 0, region.getText().length());
	}

	private static boolean lexicalMark(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if ("{}\"'\\/*\n\r".indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return a result without model whose node model, of the entry rule like any parse, covers the text in three
	 *         hidden leaves, the middle one the brace, carrying the error
	 */
	private IParseResult tooDeep(String text, int offset, NodeModelBuilder builder) {
		EObject whitespace = grammar.getWSRule();
		ICompositeNode root = builder.newRootNode(text);
		ICompositeNode entry = builder.newCompositeNode(grammar.getGrammar().getRules().get(0), 0, root);
		if (offset > 0) {
			builder.newLeafNode(0, offset, whitespace, true, null, entry);
		}
		builder.newLeafNode(offset, 1, whitespace, true, new SyntaxErrorMessage(Nesting.message(), IssueCodes.TOO_DEEP), entry);
		if (offset + 1 < text.length()) {
			builder.newLeafNode(offset + 1, text.length() - offset - 1, whitespace, true, null, entry);
		}
		builder.compressAndReturnParent(entry);
		return new ParseResult(null, root, true);
	}
}
