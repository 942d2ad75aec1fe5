// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.Collection;

import org.casebook.dsl.ide.contentassist.antlr.CasebookParser;
import org.casebook.dsl.load.Nesting;
import org.eclipse.xtext.ide.editor.contentassist.antlr.FollowElement;

/**
 * The content assist parser, which proposes nothing in a text nested deeper than {@link Nesting#MAX_DEPTH} levels
 * instead of exhausting its stack: such a text is refused with a located error anyway.
 */
public class BoundedContentAssistParser extends CasebookParser {

	@Override
	public Collection<FollowElement> getFollowElements(String input, boolean strict) {
		if (Nesting.firstTooDeep(input) != null) {
			return new ArrayList<>();
		}
		return super.getFollowElements(input, strict);
	}
}
