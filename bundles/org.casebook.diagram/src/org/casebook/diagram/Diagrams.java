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

	/** Width-to-height ratio of the text area of an A4 portrait page, a little narrower to leave room for the caption. */
	private static final double PORTRAIT_ASPECT = 0.7;

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

	/**
	 * A diagram laid out and placed for print.
	 *
	 * @param diagram the laid-out diagram
	 * @param svg its SVG
	 * @param placement its page and scale
	 */
	public record Printed(Diagram diagram, String svg, PrintFit.Placement placement) {
	}

	/**
	 * Draws the diagrams of a kind so that each can be printed with no text below {@link PrintFit#MIN_TEXT_PT}: the
	 * whole diagram in its own layout, else in the other direction, else cut into parts
	 * ({@link DiagramBuilder#parts(DiagramKind)}), each part again in either direction; the first arrangement whose
	 * every diagram is legible on some page (A4 portrait, A4 landscape, A3 landscape) wins, else the most legible.
	 *
	 * @param edition the models of the edition drawn
	 * @param organisation the organisation drawn
	 * @param kind the kind of diagram
	 * @return the diagrams with their placement
	 */
	public static List<Printed> drawForPrint(EditionModels edition, Organisation organisation, DiagramKind kind) {
		Organisation drawn = edition.resolve(organisation);
		if (drawn == null) {
			return List.of();
		}
		DiagramBuilder builder = new DiagramBuilder(drawn, systemsOf(drawn, edition.models()));
		List<Printed> result = new ArrayList<>();
		for (GraphSpec spec : builder.build(kind)) {
			Printed whole = best(spec);
			if (whole.placement().legible() || spec.nodes().isEmpty() || kind == DiagramKind.PROCESSUS) {
				result.add(whole);
				continue;
			}
			List<Printed> chosen = List.of(whole);
			double chosenSmallest = whole.placement().smallestTextPt();
			for (int level = 1; level <= 4; level++) {
				List<GraphSpec> parts = builder.parts(kind, level);
				if (parts.isEmpty()) {
					continue;
				}
				List<Printed> printed = parts.stream().filter(p -> !p.nodes().isEmpty()).map(Diagrams::best).toList();
				double smallest = printed.stream().mapToDouble(p -> p.placement().smallestTextPt()).min().orElse(0);
				if (smallest > chosenSmallest) {
					chosen = printed;
					chosenSmallest = smallest;
				}
				if (smallest >= PrintFit.MIN_TEXT_PT - 1e-6) {
					break;
				}
			}
			result.addAll(chosen);
		}
		return result;
	}

	private static Printed best(GraphSpec spec) {
		Printed first = print(spec);
		if (first.placement().legible() && first.placement().page() == PrintFit.Page.PORTRAIT) {
			return first;
		}
		Printed other = print(spec.withAlgorithm(spec.algorithm().alternative()));
		if (other.placement().legible() && other.placement().page() == PrintFit.Page.PORTRAIT) {
			return other;
		}
		if (!spec.algorithm().tree()) {
			// packed to the shape of the text area of a portrait page, a part stays in the flow of the text
			for (GraphSpec narrow : List.of(spec.withAspect(PORTRAIT_ASPECT), spec.withAlgorithm(spec.algorithm().alternative()).withAspect(PORTRAIT_ASPECT))) {
				Printed packed = print(narrow);
				if (packed.placement().legible() && packed.placement().page() == PrintFit.Page.PORTRAIT) {
					return packed;
				}
			}
		}
		if (other.placement().legible() && (!first.placement().legible() || other.placement().page().ordinal() < first.placement().page().ordinal())) {
			return other;
		}
		if (first.placement().legible()) {
			return first;
		}
		return other.placement().smallestTextPt() > first.placement().smallestTextPt() ? other : first;
	}

	private static Printed print(GraphSpec spec) {
		Diagram diagram = DiagramLayout.layout(spec);
		String svg = SvgRenderer.render(diagram);
		return new Printed(diagram, svg, PrintFit.place(svg));
	}
}
