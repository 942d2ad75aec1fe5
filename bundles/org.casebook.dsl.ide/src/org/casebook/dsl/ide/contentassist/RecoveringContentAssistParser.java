// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.ide.contentassist;

import org.casebook.dsl.ide.contentassist.antlr.internal.InternalCasebookParser;
import org.casebook.dsl.load.UnknownStatement;
import org.casebook.dsl.services.CasebookGrammarAccess;
import org.eclipse.emf.ecore.EObject;

/**
 * The generated content assist parser, which reads the statement of an unknown word through as the language's parser
 * does ({@link UnknownStatement}): what is proposed after it is what would be proposed without it.
 */
final class RecoveringContentAssistParser extends InternalCasebookParser {

	/** The identifier of the grammar's {@code UnknownWord}. */
	private EObject unknownWord;

	RecoveringContentAssistParser() {
		super(null);
	}

	@Override
	public void setGrammarAccess(CasebookGrammarAccess grammarAccess) {
		super.setGrammarAccess(grammarAccess);
		unknownWord = grammarAccess.getUnknownWordAccess().getIDTerminalRuleCall_1();
	}

	@Override
	public void after(EObject grammarElement) {
		super.after(grammarElement);
		if (grammarElement == unknownWord && state.backtracking == 0) {
			UnknownStatement.read(input, input.LT(-1), computeContextSensitiveRuleFOLLOW(), RULE_ID, token -> {
			});
		}
	}
}
