// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.ide;

import org.casebook.dsl.ide.contentassist.BoundedContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;

/** Binds the editor-independent IDE services (content assist, highlighting) of the Casebook language. */
public class CasebookIdeModule extends AbstractCasebookIdeModule {

	/** @return the content assist parser that bounds nesting, as the language's parser does */
	@Override
	public Class<? extends IContentAssistParser> bindIContentAssistParser() {
		return BoundedContentAssistParser.class;
	}
}
