// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.casebook.diagram.Diagram;
import org.casebook.diagram.Diagram.Connector;
import org.casebook.diagram.Diagram.Point;
import org.casebook.diagram.Diagram.Shape;

/** The layout invariants every diagram keeps: no overlap, containers hold their children, edges end on their nodes, all inside the picture. */
final class Invariants {

	private static final double TOLERANCE = 2.5;

	private Invariants() {
	}

	/** @param diagram a laid-out diagram, whose invariants are asserted */
	static void check(Diagram diagram) {
		Map<String, Shape> shapes = new HashMap<>();
		diagram.shapes().forEach(s -> shapes.put(s.id(), s));
		for (Shape a : diagram.shapes()) {
			assertThat(a.x()).as("%s inside the picture", a.id()).isGreaterThanOrEqualTo(0);
			assertThat(a.y()).isGreaterThanOrEqualTo(0);
			assertThat(a.x() + a.width()).as("%s inside the picture", a.id()).isLessThanOrEqualTo(diagram.width() + 0.1);
			assertThat(a.y() + a.height()).isLessThanOrEqualTo(diagram.height() + 0.1);
			if (a.parent() != null) {
				assertThat(shapes.get(a.parent()).contains(a)).as("%s contains %s", a.parent(), a.id()).isTrue();
			}
			for (Shape b : diagram.shapes()) {
				boolean related = a == b || isAncestor(shapes, a, b) || isAncestor(shapes, b, a);
				if (!related) {
					assertThat(a.overlaps(b)).as("%s overlaps %s", a.id(), b.id()).isFalse();
				}
			}
		}
		for (Connector c : diagram.connectors()) {
			assertThat(onBoundary(shapes.get(c.source()), c.points().get(0))).as("%s starts on %s", c.id(), c.source()).isTrue();
			assertThat(onBoundary(shapes.get(c.target()), c.points().get(c.points().size() - 1)))
					.as("%s ends on %s", c.id(), c.target()).isTrue();
			if (c.label() != null) {
				assertThat(c.labelX()).isGreaterThanOrEqualTo(-0.1);
				assertThat(c.labelY()).isGreaterThanOrEqualTo(-0.1);
				assertThat(c.labelX() + c.labelWidth()).as("label of %s inside", c.id()).isLessThanOrEqualTo(diagram.width() + 0.1);
				assertThat(c.labelY() + c.labelHeight()).isLessThanOrEqualTo(diagram.height() + 0.1);
			}
		}
	}

	private static boolean isAncestor(Map<String, Shape> shapes, Shape ancestor, Shape shape) {
		for (String p = shape.parent(); p != null; p = shapes.get(p).parent()) {
			if (p.equals(ancestor.id())) {
				return true;
			}
		}
		return false;
	}

	private static boolean onBoundary(Shape s, Point p) {
		boolean inside = p.x() >= s.x() - TOLERANCE && p.x() <= s.x() + s.width() + TOLERANCE && p.y() >= s.y() - TOLERANCE
				&& p.y() <= s.y() + s.height() + TOLERANCE;
		boolean nearEdge = Math.abs(p.x() - s.x()) <= TOLERANCE || Math.abs(p.x() - s.x() - s.width()) <= TOLERANCE
				|| Math.abs(p.y() - s.y()) <= TOLERANCE || Math.abs(p.y() - s.y() - s.height()) <= TOLERANCE;
		return inside && nearEdge;
	}
}
