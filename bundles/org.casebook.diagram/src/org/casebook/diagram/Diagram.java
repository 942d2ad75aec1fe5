// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram;

import java.util.List;

/**
 * A laid-out diagram: shapes and connectors in absolute coordinates, ready to be rendered.
 *
 * @param kind the kind of diagram
 * @param title the title drawn above the diagram
 * @param name a short name, used in file names ({@code reseau}, {@code processus-Commande})
 * @param width the width of the drawing, legend excluded
 * @param height the height of the drawing, legend excluded
 * @param shapes the nodes and containers, parents before children
 * @param connectors the edges
 * @param notes remarks about the drawing (elements grouped or left out), in French
 */
public record Diagram(DiagramKind kind, String title, String name, double width, double height, List<Shape> shapes,
		List<Connector> connectors, List<String> notes) {

	/**
	 * A node or container.
	 *
	 * @param id unique id in the diagram
	 * @param element the qualified name of the model element drawn, or {@code null}
	 * @param glyph its symbol
	 * @param parent the id of the enclosing container, or {@code null}
	 * @param x left, absolute
	 * @param y top, absolute
	 * @param width width
	 * @param height height
	 * @param title first line of text
	 * @param details further lines of text
	 * @param fill fill colour, or {@code null} for the glyph's own
	 * @param planned whether the element is planned or part of the target system only, drawn with a dashed outline
	 */
	public record Shape(String id, String element, Glyph glyph, String parent, double x, double y, double width,
			double height, String title, List<String> details, String fill, boolean planned) {

		/**
		 * @param other another shape
		 * @return whether the two rectangles share interior points
		 */
		public boolean overlaps(Shape other) {
			return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
		}

		/**
		 * @param other another shape
		 * @return whether the other shape lies within this one
		 */
		public boolean contains(Shape other) {
			return other.x >= x - 0.01 && other.y >= y - 0.01 && other.x + other.width <= x + width + 0.01
					&& other.y + other.height <= y + height + 0.01;
		}
	}

	/**
	 * A point.
	 *
	 * @param x abscissa
	 * @param y ordinate
	 */
	public record Point(double x, double y) {
	}

	/**
	 * An edge, as an orthogonal polyline.
	 *
	 * @param id unique id in the diagram
	 * @param source id of the source shape
	 * @param target id of the target shape
	 * @param style its line style
	 * @param points start point, bend points and end point, absolute
	 * @param label its label, or {@code null}
	 * @param labelX left of the label, absolute
	 * @param labelY top of the label, absolute
	 * @param labelWidth width of the label
	 * @param labelHeight height of the label
	 */
	public record Connector(String id, String source, String target, LineStyle style, List<Point> points, String label,
			double labelX, double labelY, double labelWidth, double labelHeight) {
	}

	/**
	 * @param id a shape id
	 * @return the shape
	 */
	public Shape shape(String id) {
		return shapes.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
	}
}
