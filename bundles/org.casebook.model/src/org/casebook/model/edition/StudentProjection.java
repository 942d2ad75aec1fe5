// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.edition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.casebook.model.CasebookPackage;
import org.casebook.model.Element;
import org.casebook.model.Model;
import org.casebook.model.expression.Expressions;
import org.casebook.model.expression.ModelScope;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The student edition of a scenario, computed once on the EMF model: a copy without any teacher-only element or text.
 *
 * <p>The rules are declared in {@code casebook.ecore} by annotations of source {@value #SOURCE} and key
 * {@code student}:</p>
 * <ul>
 * <li>an element marked {@code @enseignant} is not copied, nor anything it contains;</li>
 * <li>an attribute annotated {@code omit} ({@code note_enseignant}, {@code corrigé}, {@code critère}) is not copied, nor
 * any element of a class annotated {@code omit} ({@code variantes});</li>
 * <li>an attribute annotated {@code evaluate} (the {@code question} of a réalisation) is copied with its expressions
 * {@code {{ … }}} replaced by their values, computed on what the student edition keeps (an element it leaves out is
 * unknown there, an interface it leaves out has no address, a count counts what students see): a student never sees
 * an expression, nor a value that only the teacher edition holds;</li>
 * <li>a reference annotated {@code ownerRemoved} cannot be left empty: its owner is removed with a hidden target
 * (a habilitation on a hidden resource, a filter rule from a hidden zone, a remote call to a hidden application…), and
 * so on until nothing else depends on a removed element;</li>
 * <li>a reference annotated {@code together:other} is unset with {@code other} when either target is hidden
 * ({@code entre A et B});</li>
 * <li>any other single-valued reference to a hidden element is unset; multi-valued references lose their hidden
 * targets.</li>
 * </ul>
 */
public final class StudentProjection {

	/** Source of the annotations that declare the rules in the metamodel. */
	public static final String SOURCE = "http://www.casebook.org/casebook/edition";

	private static final String KEY = "student";

	/**
	 * The student copy of a scenario.
	 *
	 * @param models the copies, one per original file, in the same order
	 * @param trace the copy of each original element that the student edition keeps
	 * @param removed the original elements left out with all they contain: those marked {@code @enseignant} and those
	 *        removed with a target
	 * @param dependents the original elements removed only because they need a removed target, with that target
	 */
	public record Projection(List<Model> models, Map<EObject, EObject> trace, Set<EObject> removed, Map<EObject, EObject> dependents) {

		/**
		 * @param <T> its type
		 * @param original an element of the original scenario
		 * @return its copy, or {@code null} when the student edition leaves it out
		 */
		@SuppressWarnings("unchecked")
		public <T extends EObject> T copyOf(T original) {
			return (T) trace.get(original);
		}

		/**
		 * @param original an element of the original scenario
		 * @return whether the student edition leaves it out, alone or with an element that contains it
		 */
		public boolean leavesOut(EObject original) {
			return StudentProjection.removed(original, removed);
		}
	}

	private StudentProjection() {
	}

	/**
	 * @param feature a feature of the metamodel
	 * @return whether the student edition never holds its value
	 */
	public static boolean omitted(EStructuralFeature feature) {
		return "omit".equals(rule(feature));
	}

	/**
	 * @param reference a reference of the metamodel
	 * @return whether its owner is removed from the student edition when its target is
	 */
	public static boolean ownerRemoved(EStructuralFeature reference) {
		return "ownerRemoved".equals(rule(reference));
	}

	/**
	 * @param reference a reference of the metamodel
	 * @return the reference unset with it, or {@code null}
	 */
	public static EReference together(EStructuralFeature reference) {
		String rule = rule(reference);
		if (rule != null && rule.startsWith("together:")) {
			return (EReference) reference.getEContainingClass().getEStructuralFeature(rule.substring("together:".length()));
		}
		return null;
	}

	/**
	 * @param eClass a class of the metamodel
	 * @return whether the student edition never holds its instances
	 */
	public static boolean omitted(EClass eClass) {
		for (EClass c : eClass.getEAllSuperTypes()) {
			if (omittedHere(c)) {
				return true;
			}
		}
		return omittedHere(eClass);
	}

	private static boolean omittedHere(EClass eClass) {
		EAnnotation annotation = eClass.getEAnnotation(SOURCE);
		return annotation != null && "omit".equals(annotation.getDetails().get(KEY));
	}

	/**
	 * @param feature a feature of the metamodel
	 * @return whether the student edition holds its text with the expressions evaluated
	 */
	public static boolean evaluated(EStructuralFeature feature) {
		return "evaluate".equals(rule(feature));
	}

	private static String rule(EStructuralFeature feature) {
		EAnnotation annotation = feature.getEAnnotation(SOURCE);
		return annotation == null ? null : annotation.getDetails().get(KEY);
	}

	/**
	 * @param element an element
	 * @return whether it, or an element containing it, is marked {@code @enseignant}
	 */
	public static boolean markedTeacherOnly(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Element el && el.isTeacherOnly()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Computes the student edition of a scenario. The originals are not changed.
	 *
	 * @param models every file of the scenario
	 * @return the copy and its trace
	 */
	public static Projection project(Collection<Model> models) {
		Set<EObject> hidden = Collections.newSetFromMap(new IdentityHashMap<>());
		Map<EObject, EObject> dependents = new LinkedHashMap<>();
		hide(models, hidden, dependents);
		Copier copier = new Copier(hidden, ModelScope.studentEdition(models, e -> removed(e, hidden)));
		List<Model> copies = new ArrayList<>();
		for (Model model : models) {
			copies.add((Model) copier.copy(model));
		}
		copier.copyReferences();
		for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
			for (EReference reference : entry.getKey().eClass().getEAllReferences()) {
				EReference other = together(reference);
				if (other != null && entry.getKey().eIsSet(reference) && !entry.getValue().eIsSet(reference)) {
					entry.getValue().eUnset(other);
				}
			}
		}
		return new Projection(List.copyOf(copies), Collections.unmodifiableMap(copier), Collections.unmodifiableSet(hidden),
				Collections.unmodifiableMap(dependents));
	}

	/**
	 * @param models every file of a scenario
	 * @return whether an element of those files is absent from their student edition: marked {@code @enseignant},
	 *         omitted, removed with a target it cannot exist without, or inside such an element
	 */
	public static Predicate<EObject> absence(Collection<Model> models) {
		Set<EObject> hidden = Collections.newSetFromMap(new IdentityHashMap<>());
		hide(models, hidden, new LinkedHashMap<>());
		return e -> removed(e, hidden);
	}

	/** Collects the elements the student edition leaves out with all they contain, and why each dependent one is. */
	private static void hide(Collection<Model> models, Set<EObject> hidden, Map<EObject, EObject> dependents) {
		for (Model model : models) {
			for (var it = model.eAllContents(); it.hasNext();) {
				EObject e = it.next();
				if (e instanceof Element element && element.isTeacherOnly() || omitted(e.eClass())) {
					hidden.add(e);
					it.prune();
				}
			}
		}
		List<EReference> required = requiredReferences();
		boolean changed = !hidden.isEmpty();
		while (changed) {
			changed = false;
			for (Model model : models) {
				for (var it = model.eAllContents(); it.hasNext();) {
					EObject e = it.next();
					if (hidden.contains(e)) {
						it.prune();
						continue;
					}
					for (EReference reference : e.eClass().getEAllReferences()) {
						if (!required.contains(reference) || !e.eIsSet(reference)) {
							continue;
						}
						EObject target = (EObject) e.eGet(reference); // resolved: a scenario just read holds proxies
						if (target != null && removed(target, hidden)) {
							hidden.add(e);
							dependents.put(e, target);
							changed = true;
							it.prune();
							break;
						}
					}
				}
			}
		}
	}

	private static boolean removed(EObject target, Set<EObject> hidden) {
		for (EObject e = target; e != null; e = e.eContainer()) {
			if (hidden.contains(e)) {
				return true;
			}
		}
		return false;
	}

	private static List<EReference> requiredReferences() {
		List<EReference> result = new ArrayList<>();
		for (EClassifier classifier : CasebookPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				for (EReference reference : eClass.getEReferences()) {
					if (ownerRemoved(reference)) {
						result.add(reference);
					}
				}
			}
		}
		return result;
	}

	/** Copies what the student edition keeps; references to anything not copied are dropped. */
	private static final class Copier extends EcoreUtil.Copier {
		private static final long serialVersionUID = 1L;

		private final transient Set<EObject> hidden;
		private final transient ModelScope scope;

		Copier(Set<EObject> hidden, ModelScope scope) {
			super(true, false);
			this.hidden = hidden;
			this.scope = scope;
		}

		@Override
		public EObject copy(EObject eObject) {
			if (eObject == null || hidden.contains(eObject)) {
				return null;
			}
			return super.copy(eObject);
		}

		@Override
		protected void copyAttribute(EAttribute eAttribute, EObject eObject, EObject copyEObject) {
			if (evaluated(eAttribute) && !eAttribute.isMany() && eObject.eIsSet(eAttribute)) {
				copyEObject.eSet(eAttribute, Expressions.render((String) eObject.eGet(eAttribute), scope));
			} else if (!omitted(eAttribute)) {
				super.copyAttribute(eAttribute, eObject, copyEObject);
			}
		}
	}
}
