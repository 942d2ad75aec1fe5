// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui;

import org.casebook.dsl.CasebookRuntimeModule;
import org.casebook.dsl.CasebookStandaloneSetup;
import org.casebook.dsl.ide.contentassist.BoundedContentAssistParser;
import org.casebook.dsl.ide.contentassist.antlr.internal.InternalCasebookLexer;
import org.eclipse.xtext.ide.DefaultIdeModule;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.FQNPrefixMatcher;
import org.eclipse.xtext.ide.editor.contentassist.IPrefixMatcher;
import org.eclipse.xtext.ide.editor.contentassist.IProposalConflictHelper;
import org.eclipse.xtext.ide.editor.contentassist.antlr.AntlrProposalConflictHelper;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.name.Names;

/** Access to the language services from the workbench: one injector for the whole application. */
public final class CasebookUi {

	/** Identifier of the plug-in. */
	public static final String PLUGIN_ID = "org.casebook.ui";

	/** Marker type of the problems found in scenarios. */
	public static final String MARKER = PLUGIN_ID + ".problem";

	private static Injector injector;

	private CasebookUi() {
	}

	/**
	 * @return the injector of the Casebook language with the parser-based content assist of its IDE services; the
	 *         language-server services (rename) are left out, the workbench has no language server
	 */
	public static synchronized Injector injector() {
		if (injector == null) {
			Module contentAssist = binder -> {
				binder.bind(Lexer.class).annotatedWith(Names.named(LexerIdeBindings.CONTENT_ASSIST)).to(InternalCasebookLexer.class);
				binder.bind(IContentAssistParser.class).to(BoundedContentAssistParser.class);
				binder.bind(IProposalConflictHelper.class).to(AntlrProposalConflictHelper.class);
				binder.bind(IPrefixMatcher.class).to(FQNPrefixMatcher.class);
			};
			injector = new CasebookStandaloneSetup() {
				@Override
				public Injector createInjector() {
					return Guice.createInjector(Modules2.mixin(new CasebookRuntimeModule(), new DefaultIdeModule(), contentAssist));
				}
			}.createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
