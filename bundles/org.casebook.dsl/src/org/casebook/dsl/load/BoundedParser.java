// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.casebook.dsl.messages.CasebookSyntaxErrorMessageProvider;
import org.casebook.dsl.parser.antlr.CasebookParser;
import org.casebook.dsl.parser.antlr.internal.InternalCasebookParser;
import org.casebook.dsl.services.CasebookGrammarAccess;
import org.casebook.dsl.validation.IssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.util.ReplaceRegion;

import com.google.inject.Inject;

/**
 * The language's parser, which first bounds the nesting of blocks ({@link Nesting}): a text nested too deep is not
 * given to the recursive parser, whose stack it would exhaust, but comes back without a model and with one syntax
 * error on the first brace beyond the limit. Every path that parses a scenario goes through it: the command line's
 * {@link ScenarioLoader}, the Studio editor's resources and the language server's. After an error, the parser
 * recovers block by block ({@link RecoveringParser}); a file that ends inside a block says so, even when an earlier
 * error made the parser skip the rest of the file, and no error is reported twice at the same place.
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
		IParseResult result = super.doParse(ruleName, in, builder, initialLookAhead);
		// made silent by QuietElementFactory while they were read
		QuietElementFactory.deliver(result.getRootASTElement());
		if (result.hasSyntaxErrors() && result.getRootNode() != null
				&& grammar.getGrammar().getRules().get(0).getName().equals(ruleName)) {
			// a whole file, not a block read again after an edit (which, when wrong, is read again as a whole file)
			dropRepeatedErrors(result.getRootNode(), builder);
			reportUnclosedBlocks(result.getRootNode(), builder);
		}
		return result;
	}

	@Override
	protected XtextTokenStream createTokenStream(TokenSource tokenSource) {
		return new RecoveringTokenStream(tokenSource, getTokenDefProvider());
	}

	@Override
	protected InternalCasebookParser createParser(XtextTokenStream stream) {
		return new RecoveringParser(stream, getGrammarAccess());
	}

	/** Removes an error that repeats, with the same message, one already reported at the same place. */
	private static void dropRepeatedErrors(ICompositeNode root, NodeModelBuilder builder) {
		Set<String> seen = new HashSet<>();
		List<INode> repeated = new ArrayList<>();
		for (INode node : root.getAsTreeIterable()) {
			SyntaxErrorMessage error = node.getSyntaxErrorMessage();
			if (error != null && !seen.add(node.getOffset() + ":" + error.getMessage())) {
				repeated.add(node);
			}
		}
		for (INode node : repeated) {
			builder.setSyntaxError(node, null);
		}
	}

	/**
	 * Reports the blocks still open at the end of the file when no error says so yet: the parser says it when the file
	 * ends inside a block it is reading, but not when an earlier error made it skip the rest of the file.
	 */
	private void reportUnclosedBlocks(ICompositeNode root, NodeModelBuilder builder) {
		Deque<ILeafNode> open = new ArrayDeque<>();
		ILeafNode last = null;
		for (INode node : root.getAsTreeIterable()) {
			SyntaxErrorMessage error = node.getSyntaxErrorMessage();
			if (error != null && error.getMessage() != null && error.getMessage().contains("fin de fichier inattendue")) {
				return; // already said
			}
			if (node instanceof ILeafNode leaf) {
				if (!leaf.isHidden() && "{".equals(leaf.getText())) {
					open.push(leaf);
				} else if (!leaf.isHidden() && "}".equals(leaf.getText()) && !open.isEmpty()) {
					open.pop();
				}
				last = leaf;
			}
		}
		if (open.isEmpty() || last == null) {
			return;
		}
		ILeafNode brace = open.peek();
		SyntaxErrorMessage message = CasebookSyntaxErrorMessageProvider.unclosedBlocks(blockOf(brace), brace.getStartLine(), open.size());
		if (last.getSyntaxErrorMessage() == null) {
			builder.setSyntaxError(last, message);
		} else {
			builder.newLeafNode(root.getTotalEndOffset(), 0, grammar.getWSRule(), true, message, root);
		}
	}

	/**
	 * @return the element whose block the brace opens, when the parser read it as such, else the words before the brace
	 *         (in a part of the text skipped after an error)
	 */
	private static Object blockOf(ILeafNode brace) {
		if (brace.getGrammarElement() instanceof Keyword) {
			EObject element = NodeModelUtils.findActualSemanticObjectFor(brace);
			if (element != null) {
				return element;
			}
		}
		List<String> words = new ArrayList<>();
		for (INode n = brace.getPreviousSibling(); n != null && words.size() < 2; n = n.getPreviousSibling()) {
			if (!(n instanceof ILeafNode leaf)) {
				break; // an element read before: not part of this block's header
			}
			if (!leaf.isHidden() && !leaf.getText().isBlank()) {
				words.add(0, leaf.getText().strip());
			}
		}
		return String.join(" ", words);
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
