// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.casebook.dsl.naming.CasebookQualifiedNameProvider;
import org.casebook.model.Model;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

import com.google.inject.Inject;

/** Resolves simple names against the file's own package, its {@code importer} clauses and enclosing elements. */
public class CasebookImportedNamespaceAwareLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private CasebookQualifiedNameProvider names;

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = super.internalGetImportedNamespaceResolvers(context, ignoreCase);
		if (context instanceof Model model) {
			QualifiedName own = names.packageName(model);
			if (!own.isEmpty()) {
				resolvers = new ArrayList<>(resolvers);
				resolvers.add(new ImportNormalizer(own, true, ignoreCase));
			}
		}
		return resolvers;
	}
}
