// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.casebook.model.InformationSystem;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.model.edition.EditionModels;
import org.eclipse.emf.ecore.EObject;

/** Entry point of the diagram service: from the models of a scenario to laid-out diagrams. */
public final class Diagrams {

	private Diagrams() {
	}

	/**
	 * @param organisation the organisation drawn
	 * @param models every file of the scenario
	 * @return the information systems of the organisation (those without {@code pour} when it is the only one)
	 */
	public static List<InformationSystem> systemsOf(Organisation organisation, Collection<Model> models) {
		long organisations = models.stream().flatMap(m -> m.getElements().stream()).filter(Organisation.class::isInstance).count();
		List<InformationSystem> systems = new ArrayList<>();
		for (Model model : models) {
			for (EObject element : model.getElements()) {
				if (element instanceof InformationSystem si
						&& (si.getOrganisation() == organisation || si.getOrganisation() == null && organisations == 1)) {
					systems.add(si);
				}
			}
		}
		return systems;
	}

	/**
	 * Draws the teacher edition: everything the scenario says.
	 *
	 * @param organisation the organisation drawn
	 * @param models every file of the scenario
	 * @param kind the kind of diagram
	 * @return the laid-out diagrams of that kind (one per process for {@link DiagramKind#PROCESSUS})
	 */
	public static List<Diagram> draw(Organisation organisation, Collection<Model> models, DiagramKind kind) {
		return draw(EditionModels.teacher(models), organisation, kind);
	}

	/**
	 * @param edition the models of the edition drawn (for a student, the projection of the scenario)
	 * @param organisation the organisation drawn, from the scenario or from the edition
	 * @param kind the kind of diagram
	 * @return the laid-out diagrams of that kind (one per process for {@link DiagramKind#PROCESSUS}); none when the
	 *         organisation itself is reserved to the teacher
	 */
	public static List<Diagram> draw(EditionModels edition, Organisation organisation, DiagramKind kind) {
		Organisation drawn = edition.resolve(organisation);
		if (drawn == null) {
			return List.of();
		}
		DiagramBuilder builder = new DiagramBuilder(drawn, systemsOf(drawn, edition.models()));
		return builder.build(kind).stream().map(DiagramLayout::layout).toList();
	}
}
