// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.load;

import java.util.BitSet;

import org.antlr.runtime.IntStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.casebook.dsl.messages.UnknownWordException;
import org.casebook.dsl.parser.antlr.internal.InternalCasebookParser;
import org.casebook.dsl.services.CasebookGrammarAccess;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * The generated parser with four changes to its error recovery, so that each error is reported once and the next one
 * still is: a word that the language does not know where a block expects a property or an element is reported and
 * skipped with what follows it on its line and its own block, the block going on after it; so is a word of the language
 * that the block cannot hold (« serveur » in an organisation), which the parser sees as an identifier there
 * ({@link RecoveringTokenStream}); a value that the parser
 * already reported as wrong is not reported a second time by its conversion; and a block given up after an error is
 * skipped up to its own closing brace, instead of up to the first word that may follow it, which made the braces that
 * close it look extraneous to the enclosing blocks.
 */
final class RecoveringParser extends InternalCasebookParser {

	/** Children of a block read before its opening brace: the header (keyword, name, label, references). */
	private static final int HEADER = 32;

	/** The identifier of the grammar's {@code UnknownWord}, which every block and the file accept where an element may start. */
	private final EObject unknownWord;

	private final AbstractRule unknownWordRule;
	private final AbstractRule fileRule;
	private final KeywordPlaces places;

	/** The node last asked about by {@link #lookAhead(int)}, its rule, and the words that rule may read. */
	private ICompositeNode lastNode;
	private AbstractRule lastRule;
	private BitSet lastRead;

	RecoveringParser(TokenStream input, CasebookGrammarAccess grammar) {
		super(input, grammar);
		this.unknownWord = grammar.getUnknownWordAccess().getIDTerminalRuleCall_1();
		this.unknownWordRule = grammar.getUnknownWordRule();
		this.fileRule = grammar.getModelRule();
		this.places = KeywordPlaces.of(grammar, getTokenNames());
		if (input instanceof RecoveringTokenStream tokens) {
			tokens.readBy(this, places.type("@enseignant"));
		}
	}

	/**
	 * The type of a token as the parser's decisions see it: a word of the language that the block being read cannot read
	 * anywhere (« serveur » in an organisation, after « @enseignant » or not) is seen as an identifier, where the block
	 * expects an element: the block then reads it as an unknown word and goes on after its statement, instead of giving up
	 * up to its closing brace. Inside the unknown word, a word of the language is its identifier.
	 *
	 * @param type the token's type
	 * @return the type the parser sees
	 */
	int lookAhead(int type) {
		if (!places.isWord(type) || state.backtracking > 0) {
			return type;
		}
		ICompositeNode node = getCurrentNode();
		if (node != lastNode) {
			// the decisions of a rule ask for the same node many times in a row
			lastNode = node;
			lastRule = node == null ? null : KeywordPlaces.ruleOf(node.getGrammarElement());
			lastRead = lastRule == null ? null : places.readBy(lastRule);
		}
		if (lastRule == unknownWordRule) {
			return RULE_ID;
		}
		if (lastRead == null || lastRead.get(type)) {
			return type;
		}
		return lastRule == fileRule || openedBlock(node) == 1 ? RULE_ID : type;
	}

	/**
	 * An unknown word read where a property or an element may start is reported on the word (the closest keyword as a
	 * hint), then the rest of its statement is read with it ({@link UnknownStatement}), into the word's node, so the
	 * elements that follow are read as if the unknown word were not there.
	 */
	@Override
	protected void newLeafNode(Token token, EObject grammarElement) {
		if (grammarElement != unknownWord || token == null || state.backtracking > 0) {
			super.newLeafNode(token, grammarElement);
			return;
		}
		reportError(new UnknownWordException(token, input));
		super.newLeafNode(token, grammarElement);
		// the tokens that may follow the word in the block being read: the first words of its elements, its closing brace
		UnknownStatement.read(input, token, computeContextSensitiveRuleFOLLOW(), RULE_ID, next -> super.newLeafNode(next, null));
		// the statement is read through: what follows is parsed in a known state, and its own errors are reported
		state.errorRecovery = false;
	}

	/**
	 * A value the parser could not read already carries the parser's error on its text (« effectif deux »), or the
	 * parser has just reported it missing and reads on (it is still recovering: no word read since); its conversion then
	 * fails too, on the same text, and would say the same thing a second time.
	 */
	@Override
	protected void handleValueConverterException(ValueConverterException e) {
		if (e.getNode() != null && hasSyntaxError(e.getNode()) || state.errorRecovery) {
			return;
		}
		super.handleValueConverterException(e);
	}

	/**
	 * Recovers as the generated parser does (skipping to a word that may follow the rule), then, when the rule given up
	 * had opened its block or the words skipped open one, skips on to the brace that closes it, nested blocks included:
	 * the enclosing block goes on after it as if the block had been read.
	 */
	@Override
	public void recover(IntStream stream, RecognitionException e) {
		int open = openedBlock(getCurrentNode());
		int from = stream.index();
		super.recover(stream, e);
		if (!(stream instanceof TokenStream tokens)) {
			return;
		}
		// the braces the skipped words opened count too: « site S extra { … } » skips its whole block
		int depth = open;
		for (int i = Math.max(from, 0); i < tokens.index(); i++) {
			depth += brace(tokens.get(i));
		}
		beginResync();
		while (depth > 0 && tokens.LA(1) != Token.EOF) {
			depth += brace(tokens.LT(1));
			tokens.consume();
		}
		endResync();
	}

	/** @return 1 when the rule being read has opened its block, else 0 (every block of the grammar has one brace pair) */
	private static int openedBlock(ICompositeNode node) {
		if (node == null) {
			return 0;
		}
		int read = 0;
		for (INode child : node.getChildren()) {
			if (child instanceof ILeafNode leaf) {
				if (!leaf.isHidden() && "{".equals(leaf.getText())) {
					return 1;
				}
				if (!leaf.isHidden() && "}".equals(leaf.getText())) {
					return 0;
				}
			} else if (child.hasDirectSemanticElement()) {
				return 0; // an element inside: past the header without a brace
			}
			if (++read > HEADER) {
				return 0;
			}
		}
		return 0;
	}

	private static int brace(Token token) {
		String text = token.getText();
		return "{".equals(text) ? 1 : "}".equals(text) ? -1 : 0;
	}

	private static boolean hasSyntaxError(INode node) {
		if (node.getSyntaxErrorMessage() != null) {
			return true;
		}
		if (node instanceof ICompositeNode composite) {
			for (INode child : composite.getAsTreeIterable()) {
				if (child.getSyntaxErrorMessage() != null) {
					return true;
				}
			}
		}
		return false;
	}
}
