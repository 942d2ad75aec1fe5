// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.messages;

import org.casebook.dsl.validation.IssueCodes;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Reports unresolved references in French, with the kind of element that was looked for. */
public class CasebookLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String message = "référence inconnue : aucun élément de type " + Kinds.label(type) + " nommé « "
				+ context.getLinkText() + " » n'est visible ici (vérifier le nom, le paquetage ou l'instruction importer)";
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNKNOWN_REFERENCE);
	}
}
