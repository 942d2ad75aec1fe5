// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.Collection;

import org.casebook.dsl.ide.contentassist.antlr.CasebookParser;
import org.casebook.dsl.ide.contentassist.antlr.internal.InternalCasebookParser;
import org.casebook.dsl.load.Nesting;
import org.eclipse.xtext.ide.editor.contentassist.antlr.FollowElement;

/**
 * The content assist parser, which proposes nothing in a text nested deeper than {@link Nesting#MAX_DEPTH} levels
 * instead of exhausting its stack: such a text is refused with a located error anyway. After an unknown word, it reads
 * the word's statement through ({@link RecoveringContentAssistParser}).
 */
public class BoundedContentAssistParser extends CasebookParser {

	@Override
	protected InternalCasebookParser createParser() {
		InternalCasebookParser result = new RecoveringContentAssistParser();
		result.setGrammarAccess(getGrammarAccess());
		return result;
	}

	@Override
	public Collection<FollowElement> getFollowElements(String input, boolean strict) {
		if (Nesting.firstTooDeep(input) != null) {
			return new ArrayList<>();
		}
		return super.getFollowElements(input, strict);
	}
}
