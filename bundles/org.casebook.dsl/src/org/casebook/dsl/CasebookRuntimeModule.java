// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl;

import org.casebook.dsl.conversion.CasebookValueConverters;
import org.casebook.dsl.formatting2.CasebookFormatter;
import org.casebook.dsl.load.BoundedParser;
import org.casebook.dsl.load.QuietElementFactory;
import org.casebook.dsl.messages.CasebookLinkingDiagnosticMessageProvider;
import org.casebook.dsl.messages.CasebookSyntaxErrorMessageProvider;
import org.casebook.dsl.naming.CasebookQualifiedNameProvider;
import org.casebook.dsl.scoping.CasebookImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IAstFactory;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Binds the Casebook services into the Xtext runtime. */
public class CasebookRuntimeModule extends AbstractCasebookRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return CasebookValueConverters.class;
	}

	/** @return the parser that bounds nesting before parsing, for every path that reads a scenario */
	@Override
	public Class<? extends IParser> bindIParser() {
		return BoundedParser.class;
	}

	/** @return the factory of the parsed elements, which stay silent until their parse ends */
	@Override
	public Class<? extends IAstFactory> bindIAstFactory() {
		return QuietElementFactory.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return CasebookQualifiedNameProvider.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(CasebookImportedNamespaceAwareLocalScopeProvider.class);
	}

	/**
	 * The checks of EMF's own constraints (multiplicities, values of data types, references held) find nothing the
	 * grammar, the linker and the language's checks do not already report: they are left out.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).toInstance(Boolean.FALSE);
	}

	/** @return the French syntax error messages */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return CasebookSyntaxErrorMessageProvider.class;
	}

	/** @return the French unresolved reference messages */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return CasebookLinkingDiagnosticMessageProvider.class;
	}

	/** @return the formatter */
	public Class<? extends IFormatter2> bindIFormatter2() {
		return CasebookFormatter.class;
	}
}
