// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.ide.contentassist;

import org.antlr.runtime.Token;
import org.casebook.dsl.ide.contentassist.antlr.internal.InternalCasebookParser;
import org.casebook.dsl.load.KeywordPlaces;
import org.casebook.dsl.load.UnknownStatement;
import org.casebook.dsl.services.CasebookGrammarAccess;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.GrammarUtil;

/**
 * The generated content assist parser, which reads the statement of an unknown word through as the language's parser
 * does ({@link UnknownStatement}): what is proposed after it is what would be proposed without it. A word of the
 * language that the block cannot hold (« vlan » in a server), after « @enseignant » or not, is read as an unknown word
 * too, as the language's parser reads it.
 */
final class RecoveringContentAssistParser extends InternalCasebookParser {

	/** The identifier of the grammar's {@code UnknownWord}. */
	private EObject unknownWord;

	private KeywordPlaces places;
	private int teacherMark = -1;

	RecoveringContentAssistParser() {
		super(null);
	}

	@Override
	public void setGrammarAccess(CasebookGrammarAccess grammarAccess) {
		super.setGrammarAccess(grammarAccess);
		unknownWord = grammarAccess.getUnknownWordAccess().getIDTerminalRuleCall_1();
		places = KeywordPlaces.of(grammarAccess, getTokenNames());
		teacherMark = places.type("@enseignant");
	}

	@Override
	public void before(EObject grammarElement) {
		super.before(grammarElement);
		if (places != null && places.isBlockLoop(grammarElement)) {
			retypeOutOfPlace((Alternatives) grammarElement);
		}
	}

	@Override
	public void after(EObject grammarElement) {
		super.after(grammarElement);
		if (grammarElement == unknownWord && state.backtracking == 0) {
			UnknownStatement.read(input, input.LT(-1), computeContextSensitiveRuleFOLLOW(), RULE_ID, token -> {
			});
		}
		if (places != null && grammarElement != null && places.isBlockLoop(grammarElement.eContainer())) {
			retypeOutOfPlace((Alternatives) grammarElement.eContainer());
		}
	}

	/**
	 * Where the loop of a block decides on its next element: a word of the language that the block cannot hold, next or
	 * after « @enseignant », becomes an identifier, which the loop reads as an unknown word.
	 */
	private void retypeOutOfPlace(Alternatives loop) {
		if (input == null) {
			return;
		}
		Token next = input.LT(1);
		if (next != null && next.getType() == teacherMark) {
			next = input.LT(2);
		}
		if (next != null && places.outOfPlace(next.getType(), GrammarUtil.containingRule(loop))) {
			next.setType(RULE_ID);
		}
	}
}
