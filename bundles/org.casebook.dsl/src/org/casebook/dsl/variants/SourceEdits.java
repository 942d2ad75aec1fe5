// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.variants;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.casebook.model.Model;
import org.casebook.model.NamedElement;
import org.casebook.model.Variants;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Writes one file of a variant by changing, in the teacher's text, only the values that varied, at the places the
 * parser recorded for them: comments, blank lines, layout and the way texts are quoted stay as the teacher wrote them,
 * and the {@code variantes} block is cut out with its lines.
 */
final class SourceEdits {

	/** The characters from {@code start} to {@code end} of the teacher's text, replaced by {@code text}. */
	private record Edit(int start, int end, String text) {
	}

	/** A value that cannot be placed in the text: the file is then written by the serializer. */
	private static final class Unplaced extends Exception {
		private static final long serialVersionUID = 1L;

		Unplaced() {
			super(null, null, false, false);
		}
	}

	private final String text;
	private final Map<EObject, EObject> copies;
	private final UnaryOperator<String> rewrite;
	private final IValueConverterService converters;
	private final List<Edit> edits = new ArrayList<>();

	private SourceEdits(String text, Map<EObject, EObject> copies, UnaryOperator<String> rewrite, IValueConverterService converters) {
		this.text = text;
		this.copies = copies;
		this.rewrite = rewrite;
		this.converters = converters;
	}

	/**
	 * @param original a file of the original scenario, as parsed (with its node model)
	 * @param copies each element of the original scenario mapped to its changed copy
	 * @param rewrite the rewriting of texts of the draw (addresses, replaced texts, renamed identifiers), applied to a
	 *        literal as written; a result that does not read back as the copy's value is not used
	 * @param converters the value converters of the language
	 * @return the text of the variant's file, or {@code null} when some changed value has no single place in the text
	 */
	static String apply(Model original, Map<EObject, EObject> copies, UnaryOperator<String> rewrite, IValueConverterService converters) {
		if (!(original.eResource() instanceof XtextResource resource) || resource.getParseResult() == null
				|| resource.getParseResult().getRootNode() == null) {
			return null;
		}
		SourceEdits edits = new SourceEdits(resource.getParseResult().getRootNode().getText(), copies, rewrite, converters);
		try {
			edits.collect(original);
			for (TreeIterator<EObject> it = original.eAllContents(); it.hasNext();) {
				EObject e = it.next();
				if (e instanceof Variants block) {
					edits.remove(block);
					it.prune();
				} else {
					edits.collect(e);
				}
			}
			return edits.result();
		} catch (Unplaced e) {
			return null;
		}
	}

	private String result() throws Unplaced {
		edits.sort(Comparator.comparingInt(Edit::start));
		StringBuilder b = new StringBuilder(text.length());
		int at = 0;
		for (Edit edit : edits) {
			if (edit.start() < at) {
				throw new Unplaced(); // two changes in one place
			}
			b.append(text, at, edit.start()).append(edit.text());
			at = edit.end();
		}
		return b.append(text, at, text.length()).toString();
	}

	@SuppressWarnings("unchecked")
	private void collect(EObject original) throws Unplaced {
		EObject copy = copies.get(original);
		if (copy == null) {
			throw new Unplaced();
		}
		for (EAttribute a : original.eClass().getEAllAttributes()) {
			if (a.isDerived() || a.isTransient() || !a.isChangeable()) {
				continue;
			}
			Object before = original.eGet(a);
			Object after = copy.eGet(a);
			if (Objects.equals(before, after)) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(original, a);
			if (a.isMany()) {
				List<Object> b = (List<Object>) before;
				List<Object> n = (List<Object>) after;
				if (b.size() != n.size() || nodes.size() != b.size()) {
					throw new Unplaced();
				}
				for (int i = 0; i < b.size(); i++) {
					if (!Objects.equals(b.get(i), n.get(i))) {
						value(nodes.get(i), n.get(i));
					}
				}
			} else {
				if (nodes.size() != 1 || after == null) {
					throw new Unplaced();
				}
				value(nodes.get(0), after);
			}
		}
		for (EReference r : original.eClass().getEAllReferences()) {
			if (r.isContainment() || r.isContainer() || r.isDerived() || r.isTransient() || !r.isChangeable()) {
				continue;
			}
			List<EObject> targets;
			if (r.isMany()) {
				targets = (List<EObject>) original.eGet(r);
			} else {
				Object target = original.eGet(r);
				targets = target == null ? List.of() : List.of((EObject) target);
			}
			List<INode> nodes = null;
			for (int i = 0; i < targets.size(); i++) {
				String renamed = renamed(targets.get(i));
				if (renamed == null) {
					continue;
				}
				if (nodes == null) {
					nodes = NodeModelUtils.findNodesForFeature(original, r);
				}
				if (targets.size() != nodes.size()) {
					throw new Unplaced();
				}
				reference(nodes.get(i), ((NamedElement) targets.get(i)).getName(), renamed);
			}
		}
	}

	/** @return the new name of an element that a {@code nom} variation renamed, or {@code null} */
	private String renamed(EObject target) {
		if (target instanceof NamedElement before && copies.get(target) instanceof NamedElement after && before.getName() != null
				&& !before.getName().equals(after.getName())) {
			return after.getName();
		}
		return null;
	}

	/** Replaces the last part of a reference ({@code SRV-WEB}, {@code hexalog.SRV-WEB}) by the new name. */
	private void reference(INode node, String oldName, String newName) throws Unplaced {
		String raw = text.substring(node.getOffset(), node.getEndOffset());
		int at = raw.length() - oldName.length();
		if (at < 0 || !raw.endsWith(oldName)) {
			throw new Unplaced();
		}
		if (at > 0 && raw.charAt(at - 1) == '^') {
			at--;
		}
		if (at > 0 && raw.charAt(at - 1) != '.') {
			throw new Unplaced();
		}
		edits.add(new Edit(node.getOffset() + at, node.getEndOffset(), convert(newName, "ID")));
	}

	/** Writes a changed value in place of its literal. */
	private void value(INode node, Object value) throws Unplaced {
		String rule = rule(node);
		if (rule == null) {
			throw new Unplaced();
		}
		String raw = text.substring(node.getOffset(), node.getEndOffset());
		String written = null;
		if (value instanceof String s) {
			// the literal as the teacher wrote it, rewritten like its value: kept when it reads back as the new value
			String candidate = rewrite.apply(raw);
			try {
				if (!candidate.equals(raw) && s.equals(converters.toValue(candidate, rule, node))) {
					written = candidate;
				}
			} catch (ValueConverterException | IllegalArgumentException e) {
				written = null;
			}
		}
		if (written == null) {
			written = convert(value, rule);
		}
		edits.add(new Edit(node.getOffset(), node.getEndOffset(), written));
	}

	private String convert(Object value, String rule) throws Unplaced {
		try {
			return converters.toString(value, rule);
		} catch (ValueConverterException | IllegalArgumentException e) {
			throw new Unplaced();
		}
	}

	private static String rule(INode node) {
		EObject grammar = node.getGrammarElement();
		if (grammar instanceof CrossReference reference) {
			grammar = reference.getTerminal();
		}
		if (grammar instanceof RuleCall call) {
			AbstractRule rule = call.getRule();
			return rule == null ? null : rule.getName();
		}
		return null;
	}

	/** Cuts out a {@code variantes} block, with its lines when nothing else is written on them. */
	private void remove(Variants block) throws Unplaced {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(block);
		if (node == null) {
			throw new Unplaced();
		}
		int start = node.getOffset();
		int end = node.getEndOffset();
		int lineStart = start;
		while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\t')) {
			lineStart--;
		}
		int lineEnd = end;
		while (lineEnd < text.length() && (text.charAt(lineEnd) == ' ' || text.charAt(lineEnd) == '\t')) {
			lineEnd++;
		}
		boolean aloneBefore = lineStart == 0 || text.charAt(lineStart - 1) == '\n';
		boolean aloneAfter = lineEnd == text.length() || text.charAt(lineEnd) == '\n' || text.charAt(lineEnd) == '\r';
		if (aloneBefore && aloneAfter) {
			start = lineStart;
			end = lineEnd;
			if (end < text.length() && text.charAt(end) == '\r') {
				end++;
			}
			if (end < text.length() && text.charAt(end) == '\n') {
				end++;
			}
		}
		edits.add(new Edit(start, end, ""));
	}
}
