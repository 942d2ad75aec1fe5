// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.edition;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.eclipse.emf.ecore.EObject;

/**
 * The models an edition is produced from: the whole scenario for the teacher, its {@link StudentProjection} for a
 * student. The only way to get a student edition is the projection, so that generators given a student edition never
 * see teacher-only content and need no filter of their own.
 */
public final class EditionModels {

	private final List<Model> models;
	private final StudentProjection.Projection projection;

	private EditionModels(List<Model> models, StudentProjection.Projection projection) {
		this.models = models;
		this.projection = projection;
	}

	/**
	 * The organisations an edition can be made of. A message naming the organisations of a student edition (« plusieurs
	 * organisations (…) », « présentes : … ») lists these, never one reserved to the teacher.
	 *
	 * @param models every file of a scenario
	 * @param student whether for the student edition
	 * @return its organisations in the order of its files; for the student edition only those it shows
	 */
	public static List<Organisation> organisations(Collection<Model> models, boolean student) {
		Predicate<EObject> absent = student ? StudentProjection.absence(models) : e -> false;
		return models.stream().flatMap(m -> m.getElements().stream()).filter(Organisation.class::isInstance)
				.map(Organisation.class::cast).filter(o -> !absent.test(o)).toList();
	}

	/**
	 * @param models every file of the scenario
	 * @return the teacher edition: the scenario itself
	 */
	public static EditionModels teacher(Collection<Model> models) {
		return new EditionModels(List.copyOf(models), null);
	}

	/**
	 * @param models every file of the scenario, which is not changed
	 * @return the student edition: a copy without anything reserved to the teacher
	 */
	public static EditionModels student(Collection<Model> models) {
		StudentProjection.Projection projection = StudentProjection.project(models);
		return new EditionModels(projection.models(), projection);
	}

	/** @return the models of this edition */
	public List<Model> models() {
		return models;
	}

	/** @return whether this is the student edition */
	public boolean isStudent() {
		return projection != null;
	}

	/** @return the projection of a student edition, or {@code null} for the teacher edition */
	public StudentProjection.Projection projection() {
		return projection;
	}

	/**
	 * @param <T> its type
	 * @param element an element of the original scenario, or already one of this edition
	 * @return the element of this edition it stands for, or {@code null} when the student edition leaves it out
	 */
	@SuppressWarnings("unchecked")
	public <T extends EObject> T resolve(T element) {
		if (element == null || projection == null) {
			return element;
		}
		EObject copy = projection.trace().get(element);
		if (copy != null) {
			return (T) copy;
		}
		EObject root = org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(element);
		return models.contains(root) ? element : null;
	}
}
