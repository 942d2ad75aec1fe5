// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/** Folding regions of a scenario: every element written on more than one line, from its first line to its last. */
final class Folding {

	/** A region made of whole lines, from the offset of its first line to the end of its last line. */
	record Lines(int offset, int length) {
	}

	private Folding() {
	}

	/**
	 * @param resource a parsed scenario
	 * @param text the text it was parsed from
	 * @return the regions to fold, in text order, without duplicates
	 */
	static List<Lines> regions(XtextResource resource, String text) {
		Set<Lines> regions = new LinkedHashSet<>();
		if (resource.getContents().isEmpty()) {
			return List.of();
		}
		TreeIterator<EObject> all = resource.getContents().get(0).eAllContents();
		while (all.hasNext()) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(all.next());
			if (node == null || node.getEndLine() <= node.getStartLine()) {
				continue;
			}
			int start = text.lastIndexOf('\n', Math.max(0, node.getOffset() - 1)) + 1;
			int end = node.getEndOffset();
			int newline = text.indexOf('\n', Math.min(end, text.length()));
			end = newline < 0 ? text.length() : newline + 1;
			if (end > start) {
				regions.add(new Lines(start, end - start));
			}
		}
		return new ArrayList<>(regions);
	}

	/**
	 * Replaces the folding annotations of a model by new regions, keeping those that did not move so that their
	 * collapsed state survives the typing.
	 */
	static void update(ProjectionAnnotationModel model, List<Lines> regions) {
		Map<Lines, Annotation> existing = new HashMap<>();
		List<Annotation> removed = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(annotation -> {
			Position position = model.getPosition(annotation);
			Lines lines = position == null ? null : new Lines(position.getOffset(), position.getLength());
			if (lines == null || !regions.contains(lines) || existing.putIfAbsent(lines, annotation) != null) {
				removed.add(annotation);
			}
		});
		Map<Annotation, Position> added = new HashMap<>();
		for (Lines lines : regions) {
			if (!existing.containsKey(lines)) {
				added.put(new ProjectionAnnotation(), new Position(lines.offset(), lines.length()));
			}
		}
		if (!removed.isEmpty() || !added.isEmpty()) {
			model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
		}
	}
}
