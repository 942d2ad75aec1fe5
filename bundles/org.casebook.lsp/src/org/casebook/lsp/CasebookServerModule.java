// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp;

import org.casebook.dsl.ide.CasebookIdeModule;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.resource.XtextResource;

/** The services of the Casebook language that only its language server uses: hover, code actions, checked reading. */
public class CasebookServerModule extends CasebookIdeModule {

	/** @return the hover showing an element's summary */
	public Class<? extends IHoverService> bindIHoverService() {
		return CasebookHoverService.class;
	}

	/** @return the quick fixes of Casebook Studio */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return CasebookCodeActions.class;
	}

	/** @return the resource refusing binary, non-UTF-8 and oversized files */
	public Class<? extends XtextResource> bindXtextResource() {
		return CheckedResource.class;
	}
}
