// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.casebook.dsl.naming.CasebookQualifiedNameProvider;
import org.casebook.model.BusinessProcess;
import org.casebook.model.ExamSubject;
import org.casebook.model.Mission;
import org.casebook.model.Model;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Resolves simple names against the file's own package, its {@code importer} clauses and enclosing elements.
 *
 * <p>A package holds one flat namespace ({@link CasebookQualifiedNameProvider}): only a mission, a business process
 * and an exam subject qualify the names of their children, and only the file declares imports. The scope of a
 * reference is therefore that of its closest such element, or of the file: it is built once per element, reference
 * and file version, instead of once per reference written.</p>
 */
public class CasebookImportedNamespaceAwareLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	private static final String SCOPE = CasebookImportedNamespaceAwareLocalScopeProvider.class.getName() + ".scope";

	@Inject
	private CasebookQualifiedNameProvider names;

	@Inject
	private IResourceScopeCache scopes = IResourceScopeCache.NullImpl.INSTANCE;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		EObject owner = context;
		while (owner != null && !opensNamespace(owner)) {
			owner = owner.eContainer();
		}
		Resource resource = context.eResource();
		if (owner == null || resource == null) {
			return super.getScope(context, reference);
		}
		EObject scopeOwner = owner;
		return scopes.get(Tuples.create(SCOPE, scopeOwner, reference), resource, () -> super.getScope(scopeOwner, reference));
	}

	/** @return whether names are resolved differently inside the element than around it */
	private static boolean opensNamespace(EObject element) {
		return element instanceof Model || element instanceof Mission || element instanceof BusinessProcess
				|| element instanceof ExamSubject;
	}

	/** Only the elements that qualify their children's names open a namespace of their own. */
	@Override
	protected QualifiedName getQualifiedNameOfLocalElement(EObject context) {
		return opensNamespace(context) ? super.getQualifiedNameOfLocalElement(context) : null;
	}

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
