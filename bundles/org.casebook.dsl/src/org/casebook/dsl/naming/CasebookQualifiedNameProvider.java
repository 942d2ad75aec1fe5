// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.naming;

import org.casebook.model.BusinessProcess;
import org.casebook.model.ExamSubject;
import org.casebook.model.Mission;
import org.casebook.model.Model;
import org.casebook.model.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Names elements for cross-references: a package holds one flat namespace.
 *
 * <p>Every named element of a file is named {@code paquetage.Nom}, however deeply it is nested, so that an
 * organisation split over several files of the same package refers to its sites, servers or people by their simple
 * names. Only the elements that naturally repeat from one parent to the next (steps of a process, réalisations of a
 * mission, dossiers and annexes of a subject) are qualified by their parent: {@code paquetage.M1.R1}.</p>
 */
public class CasebookQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	private static final String PACKAGE = CasebookQualifiedNameProvider.class.getName() + ".package";

	@Inject
	private IQualifiedNameConverter converter;

	@Inject
	private IResourceScopeCache cache = IResourceScopeCache.NullImpl.INSTANCE;

	@Override
	public QualifiedName getFullyQualifiedName(EObject obj) {
		if (!(obj instanceof NamedElement named) || named.getName() == null || named.getName().isEmpty()) {
			return null;
		}
		EObject parent = obj.eContainer();
		QualifiedName prefix;
		if (parent instanceof Mission || parent instanceof BusinessProcess || parent instanceof ExamSubject) {
			prefix = getFullyQualifiedName(parent);
			if (prefix == null) {
				return null;
			}
		} else {
			prefix = packageName(obj);
		}
		return prefix.append(named.getName());
	}

	/**
	 * @param obj any element of a scenario
	 * @return the qualified name of the package of its file, empty when the file declares none
	 */
	public QualifiedName packageName(EObject obj) {
		Model model = EcoreUtil2.getContainerOfType(obj, Model.class);
		String namespace = model == null ? null : model.getNamespace();
		if (namespace == null || namespace.isEmpty()) {
			return QualifiedName.EMPTY;
		}
		Resource resource = model.eResource();
		if (resource == null) {
			return converter.toQualifiedName(namespace);
		}
		// asked for every name of the file, by the index, the scopes and the checks: split once per file and change
		return cache.get(Tuples.pair(PACKAGE, namespace), resource, () -> converter.toQualifiedName(namespace));
	}
}
