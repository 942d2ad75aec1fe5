// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.ide.contentassist;

import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.antlr.runtime.Token;
import org.casebook.dsl.ide.contentassist.antlr.internal.InternalCasebookParser;
import org.casebook.dsl.load.KeywordPlaces;
import org.casebook.dsl.load.UnknownStatement;
import org.casebook.dsl.services.CasebookGrammarAccess;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;

/**
 * The generated content assist parser, which reads the statement of an unknown word through as the language's parser
 * does ({@link UnknownStatement}): what is proposed after it is what would be proposed without it. A word of the
 * language that the block cannot hold (« vlan » in a server), after « @enseignant » or not, is read as an unknown word
 * too, as the language's parser reads it.
 */
final class RecoveringContentAssistParser extends InternalCasebookParser {

	/** The identifier of the grammar's {@code UnknownWord}. */
	private EObject unknownWord;

	/** The loops of the grammar's blocks and of the file, which read an unknown word where an element may start. */
	private final Set<Alternatives> blockLoops = Collections.newSetFromMap(new IdentityHashMap<>());

	private KeywordPlaces places;
	private int teacherMark = -1;

	RecoveringContentAssistParser() {
		super(null);
	}

	@Override
	public void setGrammarAccess(CasebookGrammarAccess grammarAccess) {
		super.setGrammarAccess(grammarAccess);
		unknownWord = grammarAccess.getUnknownWordAccess().getIDTerminalRuleCall_1();
		places = KeywordPlaces.of(grammarAccess.getGrammar(), getTokenNames());
		for (ParserRule rule : GrammarUtil.allParserRules(grammarAccess.getGrammar())) {
			for (Alternatives loop : EcoreUtil2.getAllContentsOfType(rule, Alternatives.class)) {
				if (GrammarUtil.isMultipleCardinality(loop) && loop.getElements().stream()
						.anyMatch(e -> e instanceof RuleCall call && call.getRule() == grammarAccess.getUnknownWordRule())) {
					blockLoops.add(loop);
				}
			}
		}
		String[] names = getTokenNames();
		for (int type = 0; type < names.length; type++) {
			if ("'@enseignant'".equals(names[type])) {
				teacherMark = type;
			}
		}
	}

	@Override
	public void before(EObject grammarElement) {
		super.before(grammarElement);
		if (grammarElement instanceof Alternatives loop && blockLoops.contains(loop)) {
			retypeOutOfPlace(loop);
		}
	}

	@Override
	public void after(EObject grammarElement) {
		super.after(grammarElement);
		if (grammarElement == unknownWord && state.backtracking == 0) {
			UnknownStatement.read(input, input.LT(-1), computeContextSensitiveRuleFOLLOW(), RULE_ID, token -> {
			});
		}
		if (grammarElement instanceof AbstractElement element && element.eContainer() instanceof Alternatives loop && blockLoops.contains(loop)) {
			retypeOutOfPlace(loop);
		}
	}

	/**
	 * Where the loop of a block decides on its next element: a word of the language that the block cannot hold, next or
	 * after « @enseignant », becomes an identifier, which the loop reads as an unknown word.
	 */
	private void retypeOutOfPlace(Alternatives loop) {
		if (input == null || places == null) {
			return;
		}
		AbstractRule rule = GrammarUtil.containingRule(loop);
		BitSet read = places.readBy(rule);
		Token next = input.LT(1);
		if (next != null && next.getType() == teacherMark) {
			next = input.LT(2);
		}
		if (read != null && next != null && places.isWord(next.getType()) && !read.get(next.getType())) {
			next.setType(RULE_ID);
		}
	}
}
