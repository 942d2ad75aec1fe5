// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casebook.diagram.Diagram.Connector;
import org.casebook.diagram.Diagram.Point;
import org.casebook.diagram.Diagram.Shape;
import org.casebook.diagram.GraphSpec.EdgeSpec;
import org.casebook.diagram.GraphSpec.NodeSpec;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.mrtree.options.MrTreeMetaDataProvider;
import org.eclipse.elk.alg.mrtree.options.MrTreeOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/** Lays out a {@link GraphSpec} with the Eclipse Layout Kernel and reads back absolute geometry. */
public final class DiagramLayout {

	/** Font size of node titles. */
	static final double TITLE_SIZE = 12;
	/** Font size of node details and edge labels. */
	static final double TEXT_SIZE = 10.5;
	/** Height of a line of text. */
	static final double LINE = 14;
	/** Space left at the top of a container for its title. */
	static final double CONTAINER_HEADER = 30;

	private static boolean registered;

	private DiagramLayout() {
	}

	private static synchronized void register() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider(),
					new MrTreeMetaDataProvider());
			registered = true;
		}
	}

	/** The ELK graph of a spec, with the mapping back to the spec. */
	public record ElkGraph(ElkNode root, Map<String, ElkNode> nodes, Map<String, ElkEdge> edges) {
	}

	/**
	 * Builds the ELK graph of a spec: node sizes from their text, layout options from the algorithm.
	 *
	 * @param spec the content of the diagram
	 * @return the graph, not laid out
	 */
	public static ElkGraph toElk(GraphSpec spec) {
		register();
		ElkNode root = ElkGraphUtil.createGraph();
		configure(root, spec.algorithm(), true);
		if (spec.aspect() > 0 && !spec.algorithm().tree()) {
			root.setProperty(CoreOptions.ASPECT_RATIO, spec.aspect());
		}
		List<NodeSpec> specNodes = spec.nodes();
		Map<String, ElkNode> nodes = HashMap.newHashMap(specNodes.size());
		for (NodeSpec n : specNodes) {
			ElkNode parent = n.parent() == null ? root : nodes.get(n.parent());
			ElkNode node = ElkGraphUtil.createNode(parent == null ? root : parent);
			node.setIdentifier(n.id());
			if (n.glyph() == Glyph.VLAN) {
				double text = TextMetrics.width(n.title(), TITLE_SIZE, true);
				for (String d : n.details()) {
					text = Math.max(text, TextMetrics.width(d, TEXT_SIZE, false));
				}
				double header = header(n);
				node.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.box");
				node.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
				node.setProperty(CoreOptions.ASPECT_RATIO, spec.aspect() > 0 ? spec.aspect() : 1.8);
				node.setProperty(CoreOptions.SPACING_NODE_NODE, 10.0);
				node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
				node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(text + 24, header + 6));
				node.setProperty(CoreOptions.PADDING, new ElkPadding(header, 10, 10, 10));
			} else if (n.glyph().isContainer()) {
				configure(node, spec.algorithm(), false);
				String title = n.details().isEmpty() ? n.title() : n.title() + " · " + String.join(" · ", n.details());
				double minWidth = TextMetrics.width(title, TITLE_SIZE, true) + 24;
				node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
				node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(minWidth, CONTAINER_HEADER + 20));
				node.setProperty(CoreOptions.PADDING, new ElkPadding(CONTAINER_HEADER + 6, 16, 16, 16));
			} else {
				double[] size = size(n);
				node.setDimensions(size[0], size[1]);
			}
			nodes.put(n.id(), node);
		}
		List<EdgeSpec> specEdges = spec.edges();
		Map<String, ElkEdge> edges = HashMap.newHashMap(specEdges.size());
		for (EdgeSpec e : specEdges) {
			ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(e.source()), nodes.get(e.target()));
			edge.setIdentifier(e.id());
			ElkGraphUtil.updateContainment(edge);
			if (e.label() != null && !e.label().isBlank()) {
				ElkLabel label = ElkGraphUtil.createLabel(e.label(), edge);
				label.setDimensions(TextMetrics.width(e.label(), TEXT_SIZE, false) + 6, LINE + 2);
				label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			}
			edges.put(e.id(), edge);
		}
		return new ElkGraph(root, nodes, edges);
	}

	private static void configure(ElkNode node, GraphSpec.Algorithm algorithm, boolean root) {
		if (algorithm.tree()) {
			node.setProperty(CoreOptions.ALGORITHM, MrTreeOptions.ALGORITHM_ID);
			node.setProperty(CoreOptions.DIRECTION, algorithm == GraphSpec.Algorithm.TREE_RIGHT ? Direction.RIGHT : Direction.DOWN);
			node.setProperty(CoreOptions.SPACING_NODE_NODE, 26.0);
			node.setProperty(MrTreeOptions.SPACING_NODE_NODE, 26.0);
		} else {
			node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
			node.setProperty(CoreOptions.DIRECTION,
					algorithm == GraphSpec.Algorithm.LAYERED_RIGHT ? Direction.RIGHT : Direction.DOWN);
			node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
			node.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
			node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 46.0);
			node.setProperty(LayeredOptions.SPACING_EDGE_NODE, 14.0);
			node.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 10.0);
			node.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
			if (root) {
				node.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
				// disconnected parts are packed to the shape of an A4 page rather than in one row
				node.setProperty(CoreOptions.ASPECT_RATIO, 1.4);
			}
		}
		if (root) {
			node.setProperty(CoreOptions.PADDING, new ElkPadding(20));
		}
	}

	/** @return the height of the header of a VLAN block: its title and details */
	static double header(NodeSpec n) {
		return 12 + LINE * (1 + n.details().size());
	}

	/** @return width and height of a leaf node, from its glyph and text */
	static double[] size(NodeSpec n) {
		double text = TextMetrics.width(n.title(), TITLE_SIZE, true);
		for (String d : n.details()) {
			text = Math.max(text, TextMetrics.width(d, TEXT_SIZE, false));
		}
		int lines = 1 + n.details().size();
		return switch (n.glyph()) {
		case INTERNET -> new double[] { Math.max(text + 60, 130), Math.max(74, 34 + LINE * lines) };
		// the cloud's lobes take a fifth of its width on each side: a long title needs more room
		case ANY -> new double[] { Math.max(text * 1.3 + 40, 130), Math.max(74, 34 + LINE * lines) };
		case DATABASE -> new double[] { Math.max(text + 24, 110), 30 + LINE * lines + 8 };
		case STEP, SECURITY_ZONE -> new double[] { Math.max(text + 24, 120), 16 + LINE * lines };
		default -> new double[] { text + 52, Math.max(46, 14 + LINE * lines) };
		};
	}

	/**
	 * Runs the layout of an ELK graph built by {@link #toElk(GraphSpec)}.
	 *
	 * @param graph the graph, laid out in place
	 */
	public static void run(ElkGraph graph) {
		new RecursiveGraphLayoutEngine().layout(graph.root(), new BasicProgressMonitor());
	}

	/**
	 * Builds, lays out and reads back a diagram.
	 *
	 * @param spec the content of the diagram
	 * @return the laid-out diagram, in absolute coordinates
	 */
	public static Diagram layout(GraphSpec spec) {
		ElkGraph graph = toElk(spec);
		run(graph);
		return read(spec, graph);
	}

	private static Diagram read(GraphSpec spec, ElkGraph graph) {
		List<NodeSpec> specNodes = spec.nodes();
		Map<ElkNode, double[]> absolute = HashMap.newHashMap(specNodes.size() + 1);
		List<Shape> shapes = new ArrayList<>(specNodes.size());
		Map<String, Shape> byId = HashMap.newHashMap(specNodes.size());
		for (NodeSpec n : specNodes) {
			ElkNode node = graph.nodes().get(n.id());
			double[] origin = origin(node, absolute);
			Shape shape = new Shape(n.id(), n.element(), n.glyph(), n.parent(), round(origin[0]), round(origin[1]), round(node.getWidth()),
					round(node.getHeight()), n.title(), n.details(), n.fill(), n.planned());
			shapes.add(shape);
			byId.put(shape.id(), shape);
		}
		List<Connector> connectors = new ArrayList<>(spec.edges().size());
		for (EdgeSpec e : spec.edges()) {
			ElkEdge edge = graph.edges().get(e.id());
			List<Point> points = new ArrayList<>();
			if (spec.algorithm().tree() || edge.getSections().isEmpty()) {
				points.addAll(spec.algorithm() == GraphSpec.Algorithm.TREE_RIGHT ? elbowRight(byId.get(e.source()), byId.get(e.target()))
						: elbow(byId.get(e.source()), byId.get(e.target())));
			} else {
				double[] o = origin(edge.getContainingNode(), absolute);
				ElkEdgeSection section = edge.getSections().get(0);
				points.add(new Point(round(o[0] + section.getStartX()), round(o[1] + section.getStartY())));
				for (ElkBendPoint bend : section.getBendPoints()) {
					points.add(new Point(round(o[0] + bend.getX()), round(o[1] + bend.getY())));
				}
				points.add(new Point(round(o[0] + section.getEndX()), round(o[1] + section.getEndY())));
			}
			double lx = 0;
			double ly = 0;
			double lw = 0;
			double lh = 0;
			if (!edge.getLabels().isEmpty()) {
				ElkLabel label = edge.getLabels().get(0);
				lw = label.getWidth();
				lh = label.getHeight();
				if (spec.algorithm().tree() || edge.getSections().isEmpty()) {
					Point mid = points.get(points.size() / 2);
					lx = mid.x() - lw / 2;
					ly = mid.y() - lh / 2;
				} else {
					double[] o = origin(edge.getContainingNode(), absolute);
					lx = o[0] + label.getX();
					ly = o[1] + label.getY();
				}
			}
			connectors.add(new Connector(e.id(), e.source(), e.target(), e.style(), points, e.label(), round(lx), round(ly),
					round(lw), round(lh)));
		}
		double width = graph.root().getWidth();
		double height = graph.root().getHeight();
		for (Shape s : shapes) {
			width = Math.max(width, s.x() + s.width() + 20);
			height = Math.max(height, s.y() + s.height() + 20);
		}
		for (Connector c : connectors) {
			for (Point p : c.points()) {
				width = Math.max(width, p.x() + 20);
				height = Math.max(height, p.y() + 20);
			}
			width = Math.max(width, c.labelX() + c.labelWidth() + 20);
			height = Math.max(height, c.labelY() + c.labelHeight() + 20);
		}
		return new Diagram(spec.kind(), spec.title(), spec.name(), round(width), round(height), shapes, connectors, spec.notes());
	}

	/** Org-chart connector: down from the parent, across, down to the child. */
	private static List<Point> elbow(Shape from, Shape to) {
		double x1 = from.x() + from.width() / 2;
		double y1 = from.y() + from.height();
		double x2 = to.x() + to.width() / 2;
		double y2 = to.y();
		if (y2 < y1) {
			return List.of(new Point(x1, from.y()), new Point(x2, to.y() + to.height()));
		}
		double mid = round((y1 + y2) / 2);
		return List.of(new Point(round(x1), round(y1)), new Point(round(x1), mid), new Point(round(x2), mid),
				new Point(round(x2), round(y2)));
	}

	/** Org-chart connector of a tree growing to the right: out of the parent's right side, down, into the child's left side. */
	private static List<Point> elbowRight(Shape from, Shape to) {
		double x1 = from.x() + from.width();
		double y1 = from.y() + from.height() / 2;
		double x2 = to.x();
		double y2 = to.y() + to.height() / 2;
		if (x2 < x1) {
			return List.of(new Point(from.x(), y1), new Point(to.x() + to.width(), y2));
		}
		double mid = round((x1 + x2) / 2);
		return List.of(new Point(round(x1), round(y1)), new Point(mid, round(y1)), new Point(mid, round(y2)),
				new Point(round(x2), round(y2)));
	}

	private static double[] origin(ElkNode node, Map<ElkNode, double[]> cache) {
		if (node == null) {
			return new double[] { 0, 0 };
		}
		double[] known = cache.get(node);
		if (known != null) {
			return known;
		}
		ElkNode parent = node.getParent();
		double[] base = parent == null ? new double[] { 0, 0 } : origin(parent, cache);
		double[] result = parent == null ? new double[] { 0, 0 } : new double[] { base[0] + node.getX(), base[1] + node.getY() };
		cache.put(node, result);
		return result;
	}

	/** Rounds to a tenth of a pixel, so that the SVG is short and identical from run to run. */
	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
