// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The content of a diagram before layout: nodes, containers and edges, in model order. */
public final class GraphSpec {

	/** Layout algorithm used for a diagram. */
	public enum Algorithm {
		/** ELK Layered, top to bottom. */
		LAYERED_DOWN,
		/** ELK Layered, left to right. */
		LAYERED_RIGHT,
		/** ELK Mr. Tree, top to bottom, with elbow connectors. */
		TREE_DOWN,
		/** ELK Mr. Tree, left to right, with elbow connectors: a wide tree becomes a column that fits a portrait page. */
		TREE_RIGHT;

		/** @return the layout tried when this one gives a diagram too wide or too tall for a page */
		public Algorithm alternative() {
			return switch (this) {
			case LAYERED_DOWN -> LAYERED_RIGHT;
			case LAYERED_RIGHT -> LAYERED_DOWN;
			case TREE_DOWN -> TREE_RIGHT;
			case TREE_RIGHT -> TREE_DOWN;
			};
		}

		/** @return whether this is a tree layout drawn with elbow connectors */
		public boolean tree() {
			return this == TREE_DOWN || this == TREE_RIGHT;
		}
	}

	/**
	 * A node before layout.
	 *
	 * @param id unique id
	 * @param element qualified name of the model element, or {@code null}
	 * @param glyph symbol
	 * @param parent id of the container, or {@code null}
	 * @param title first line
	 * @param details further lines
	 * @param fill fill colour or {@code null}
	 * @param planned whether the element is planned or part of the target system only: drawn with a dashed outline
	 */
	public record NodeSpec(String id, String element, Glyph glyph, String parent, String title, List<String> details,
			String fill, boolean planned) {
	}

	/**
	 * An edge before layout.
	 *
	 * @param id unique id
	 * @param source source node id
	 * @param target target node id
	 * @param style line style
	 * @param label label or {@code null}
	 */
	public record EdgeSpec(String id, String source, String target, LineStyle style, String label) {
	}

	private final DiagramKind kind;
	private final String title;
	private final String name;
	private final Algorithm algorithm;
	private final Map<String, NodeSpec> nodes = new LinkedHashMap<>();
	private final List<EdgeSpec> edges = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();
	/** The width-to-height ratio the layout packs blocks to; 0 for the usual shapes. */
	private double aspect;

	/**
	 * @param kind the kind of diagram
	 * @param title its title
	 * @param name its short name, for file names
	 * @param algorithm the layout to use
	 */
	public GraphSpec(DiagramKind kind, String title, String name, Algorithm algorithm) {
		this.kind = kind;
		this.title = title;
		this.name = name;
		this.algorithm = algorithm;
	}

	/**
	 * Adds a node once; a second call with the same id returns the first node.
	 *
	 * @return the node with that id
	 */
	public NodeSpec node(String id, String element, Glyph glyph, String parent, String title, List<String> details, String fill) {
		return nodes.computeIfAbsent(id, k -> new NodeSpec(id, element, glyph, parent, title, List.copyOf(details), fill, false));
	}

	/**
	 * Marks a node as planned or target: its title says so ({@code (prévu)}, {@code (cible)}) and its outline is dashed.
	 *
	 * @param id a node id
	 * @param state the word added to its title
	 */
	public void markPlanned(String id, String state) {
		NodeSpec n = nodes.get(id);
		if (n != null && !n.planned()) {
			nodes.put(id, new NodeSpec(n.id(), n.element(), n.glyph(), n.parent(), n.title() + " (" + state + ")", n.details(), n.fill(), true));
		}
	}

	/**
	 * Adds an edge between two existing nodes; edges to unknown nodes are ignored.
	 *
	 * @return whether the edge was added
	 */
	public boolean edge(String source, String target, LineStyle style, String label) {
		if (!nodes.containsKey(source) || !nodes.containsKey(target)) {
			return false;
		}
		edges.add(new EdgeSpec("e" + edges.size(), source, target, style, label));
		return true;
	}

	/** @param note a remark shown under the diagram */
	public void note(String note) {
		notes.add(note);
	}

	/**
	 * @param id a node id
	 * @return whether the node exists
	 */
	public boolean has(String id) {
		return nodes.containsKey(id);
	}

	/** @return the kind */
	public DiagramKind kind() {
		return kind;
	}

	/** @return the title */
	public String title() {
		return title;
	}

	/** @return the short name */
	public String name() {
		return name;
	}

	/** @return the width-to-height ratio asked of the layout, or 0 for the usual shapes (wide VLAN blocks) */
	public double aspect() {
		return aspect;
	}

	/**
	 * @param ratio the width-to-height ratio the blocks and the parts of the diagram are packed to
	 * @return the same content packed to that shape (a narrow one fits the text width of a portrait page)
	 */
	public GraphSpec withAspect(double ratio) {
		GraphSpec copy = withAlgorithm(algorithm);
		copy.aspect = ratio;
		return copy;
	}

	/** @return the layout algorithm */
	public Algorithm algorithm() {
		return algorithm;
	}

	/** @return the nodes, parents before children */
	public List<NodeSpec> nodes() {
		return List.copyOf(nodes.values());
	}

	/** @return the edges */
	public List<EdgeSpec> edges() {
		return List.copyOf(edges);
	}

	/** @return the notes */
	public List<String> notes() {
		return List.copyOf(notes);
	}

	/**
	 * Removes a node that no edge reaches and that holds no other node.
	 *
	 * @param id a node id
	 */
	public void removeIfAlone(String id) {
		boolean used = edges.stream().anyMatch(e -> e.source().equals(id) || e.target().equals(id))
				|| nodes.values().stream().anyMatch(n -> id.equals(n.parent()));
		if (!used) {
			nodes.remove(id);
		}
	}

	/**
	 * @return the connected parts of the graph (an edge or a containment joins two nodes), each as a spec of its own
	 *         with the same title, kind and layout; one part when the graph is connected
	 */
	public List<GraphSpec> components() {
		Map<String, String> parent = new java.util.HashMap<>();
		for (String id : nodes.keySet()) {
			parent.put(id, id);
		}
		java.util.function.UnaryOperator<String> find = new java.util.function.UnaryOperator<>() {
			@Override
			public String apply(String id) {
				String p = parent.get(id);
				if (p.equals(id)) {
					return id;
				}
				String root = apply(p);
				parent.put(id, root);
				return root;
			}
		};
		java.util.function.BiConsumer<String, String> union = (a, b) -> parent.put(find.apply(a), find.apply(b));
		nodes.values().stream().filter(n -> n.parent() != null && nodes.containsKey(n.parent())).forEach(n -> union.accept(n.id(), n.parent()));
		edges.forEach(e -> union.accept(e.source(), e.target()));
		Map<String, GraphSpec> parts = new LinkedHashMap<>();
		for (NodeSpec n : nodes.values()) {
			GraphSpec part = parts.computeIfAbsent(find.apply(n.id()), k -> new GraphSpec(kind, title, name, algorithm));
			part.nodes.put(n.id(), n);
		}
		for (EdgeSpec e : edges) {
			parts.get(find.apply(e.source())).edges.add(e);
		}
		List<GraphSpec> result = new ArrayList<>(parts.values());
		if (!result.isEmpty()) {
			result.get(0).notes.addAll(notes);
		}
		return result;
	}

	/**
	 * @param other the layout to use
	 * @return the same content laid out with another algorithm
	 */
	public GraphSpec withAlgorithm(Algorithm other) {
		GraphSpec copy = new GraphSpec(kind, title, name, other);
		copy.aspect = aspect;
		copy.nodes.putAll(nodes);
		copy.edges.addAll(edges);
		copy.notes.addAll(notes);
		return copy;
	}
}
