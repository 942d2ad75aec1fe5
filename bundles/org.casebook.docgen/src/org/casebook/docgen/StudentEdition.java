// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.util.ArrayList;
import java.util.List;

import org.casebook.model.CasebookPackage;
import org.casebook.model.Element;
import org.casebook.model.Model;
import org.casebook.model.Realisation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Removes from a scenario everything a student must not see: teacher-only elements and notes, answers and criteria. */
public final class StudentEdition {

	private StudentEdition() {
	}

	/**
	 * Strips the models in place. References to removed elements are removed with them.
	 *
	 * @param models every file of a scenario, loaded in one resource set
	 * @return how many elements were removed
	 */
	public static int strip(List<Model> models) {
		List<EObject> removed = new ArrayList<>();
		for (Model model : models) {
			for (var it = model.eAllContents(); it.hasNext();) {
				EObject e = it.next();
				if (e instanceof Element element && element.isTeacherOnly()) {
					removed.add(e);
					it.prune();
				}
			}
		}
		for (EObject e : removed) {
			EcoreUtil.delete(e, true);
		}
		for (Model model : models) {
			for (var it = model.eAllContents(); it.hasNext();) {
				EObject e = it.next();
				if (e instanceof Element element) {
					element.eUnset(CasebookPackage.Literals.ELEMENT__TEACHER_NOTE);
				}
				if (e instanceof Realisation r) {
					r.eUnset(CasebookPackage.Literals.REALISATION__ANSWER);
					r.getCriteria().clear();
				}
			}
		}
		return removed.size();
	}
}
