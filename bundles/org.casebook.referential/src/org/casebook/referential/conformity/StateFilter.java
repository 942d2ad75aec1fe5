// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.conformity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.casebook.model.Asset;
import org.casebook.model.InformationSystem;
import org.casebook.model.Link;
import org.casebook.model.Model;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** A copy of a scenario that keeps only what a {@link StateView} shows, for the diagrams and documents of one state. */
public final class StateFilter {

	/**
	 * A filtered copy and its trace.
	 *
	 * @param models the copied files
	 * @param trace each original element and its copy (elements left out have none)
	 */
	public record Filtered(List<Model> models, Map<EObject, EObject> trace) {
		/**
		 * @param <T> its type
		 * @param original an element of the scenario
		 * @return its copy, or {@code null} when the view leaves it out
		 */
		@SuppressWarnings("unchecked")
		public <T extends EObject> T resolve(T original) {
			return (T) trace.get(original);
		}
	}

	private StateFilter() {
	}

	/**
	 * @param models every file of the scenario, which is not changed
	 * @param view the system to keep
	 * @return a copy without the elements the view does not show, and without the references to them
	 */
	public static Filtered filter(Collection<Model> models, StateView view) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<Model> copies = new ArrayList<>();
		for (Model model : models) {
			copies.add((Model) copier.copy(model));
		}
		copier.copyReferences();
		List<EObject> removed = new ArrayList<>();
		for (Model model : models) {
			model.eAllContents().forEachRemaining(e -> {
				if ((e instanceof Asset || e instanceof Link) && e.eContainer() instanceof InformationSystem && !view.shows(e)) {
					removed.add(copier.get(e));
					copier.remove(e);
				}
			});
		}
		for (EObject gone : removed) {
			for (EStructuralFeature.Setting setting : EcoreUtil.UsageCrossReferencer.find(gone, copies)) {
				if (setting.getEStructuralFeature().isMany()) {
					((List<?>) setting.get(false)).remove(gone);
				} else {
					setting.unset();
				}
			}
			EcoreUtil.remove(gone);
		}
		return new Filtered(copies, copier);
	}
}
