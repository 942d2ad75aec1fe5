// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp;

import org.casebook.model.NamedElement;
import org.casebook.referential.conformity.Describe;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.hover.HoverService;

/** The hover of a declaration or reference: the element's summary as in Casebook Studio, its description and its file. */
public class CasebookHoverService extends HoverService {

	@Override
	public String getContents(EObject element) {
		if (!(element instanceof NamedElement named) || named.eIsProxy()) {
			return null;
		}
		StringBuilder text = new StringBuilder("**").append(markdown(Describe.element(named))).append("**");
		if (named.getDescription() != null && !named.getDescription().isBlank()) {
			text.append("\n\n").append(markdown(named.getDescription().strip()));
		}
		if (named.eResource() != null) {
			text.append("\n\n*déclaré dans ").append(markdown(named.eResource().getURI().lastSegment())).append("*");
		}
		return text.toString();
	}

	private static String markdown(String text) {
		return text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
	}
}
