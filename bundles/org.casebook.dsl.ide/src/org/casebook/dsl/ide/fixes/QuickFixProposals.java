// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casebook.model.Element;
import org.casebook.model.NamedElement;
import org.casebook.model.text.EditDistance;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;

/**
 * What the quick fixes of Casebook Studio and the code actions of the language server propose, computed once on a parsed
 * scenario: the closest visible names for an unknown reference, a free name for a duplicate, and where to write
 * {@code @enseignant} when an element refers to one reserved to the teacher.
 */
public final class QuickFixProposals {

	/** The most names proposed for one unknown reference. */
	public static final int MAX_PROPOSALS = 5;

	private QuickFixProposals() {
	}

	/**
	 * @param resource a parsed scenario
	 * @param offset the position of an unresolved reference
	 * @return the visible names of the kind expected there, closest to the written one first, at most
	 *         {@value #MAX_PROPOSALS}
	 */
	public static List<String> closestNames(XtextResource resource, int offset) {
		Visible visible = visibleAt(resource, offset);
		if (visible == null) {
			return List.of();
		}
		String written = visible.written();
		int limit = Math.max(3, written.length() / 2);
		List<String> close = new ArrayList<>();
		for (String name : visible.names()) {
			if (EditDistance.ignoringCase(written, name) <= limit) {
				close.add(name);
			}
		}
		close.sort(Comparator.comparingInt((String name) -> EditDistance.ignoringCase(written, name)).thenComparing(name -> name));
		return close.size() > MAX_PROPOSALS ? close.subList(0, MAX_PROPOSALS) : close;
	}

	/**
	 * The names that may be written at a cross-reference.
	 *
	 * @param written the text of the reference as written
	 * @param names the names of the elements of the expected kind visible there
	 */
	public record Visible(String written, Set<String> names) {
	}

	/**
	 * @param resource a parsed scenario
	 * @param offset a position inside a cross-reference
	 * @return what may be written there, or {@code null} when the position is not in a cross-reference
	 */
	public static Visible visibleAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null) {
			return null;
		}
		// a name may be written with a data type rule (qualified name): look up the nodes for the cross-reference
		CrossReference crossReference = null;
		INode node = leaf;
		while (node != null && crossReference == null) {
			EObject grammar = node.getGrammarElement();
			if (grammar instanceof CrossReference found) {
				crossReference = found;
			} else if (grammar != null && grammar.eContainer() instanceof CrossReference found) {
				crossReference = found;
			} else {
				node = node.getParent();
			}
		}
		EObject semantic = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (crossReference == null || semantic == null) {
			return null;
		}
		EReference reference = GrammarUtil.getReference(crossReference, semantic.eClass());
		if (reference == null) {
			return null;
		}
		IScopeProvider scopes = resource.getResourceServiceProvider().get(IScopeProvider.class);
		Set<String> names = new LinkedHashSet<>();
		for (IEObjectDescription description : scopes.getScope(semantic, reference).getAllElements()) {
			names.add(description.getName().toString());
		}
		return new Visible(NodeModelUtils.getTokenText(node), names);
	}

	/**
	 * Where to write {@code @enseignant} so that the element holding a reference is reserved to the teacher too.
	 *
	 * @param offset where the marker is written
	 * @param name how the element is named in the fix's label
	 */
	public record Marking(int offset, String name) {
	}

	/**
	 * @param resource a parsed scenario
	 * @param offset a position inside a reference
	 * @return the innermost element around it that may be marked {@code @enseignant}, or {@code null}
	 */
	public static Marking markingAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		for (EObject e = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf); e != null; e = e.eContainer()) {
			INode node = NodeModelUtils.findActualNodeFor(e);
			if (!(e instanceof Element) || node == null) {
				continue;
			}
			Grammar grammar = GrammarUtil.getGrammar(node.getGrammarElement());
			ParserRule rule = null;
			for (ParserRule candidate : GrammarUtil.allParserRules(grammar)) {
				if (candidate.getType() != null && candidate.getType().getClassifier() != null
						&& candidate.getType().getClassifier().getName().equals(e.eClass().getName())
						&& GrammarUtil.containedAssignments(candidate).stream().anyMatch(a -> "teacherOnly".equals(a.getFeature()))) {
					rule = candidate;
					break;
				}
			}
			if (rule != null) {
				String name = e instanceof NamedElement named && named.getName() != null ? named.getName()
						: NodeModelUtils.getTokenText(node).split("\\s+")[0];
				return new Marking(node.getOffset(), name);
			}
		}
		return null;
	}

	/**
	 * @param resource a parsed scenario
	 * @param name a name declared twice
	 * @return the name followed by the first number that no element of the loaded files uses
	 */
	public static String freeName(XtextResource resource, String name) {
		Set<String> used = new HashSet<>();
		resource.getResourceSet().getAllContents().forEachRemaining(content -> {
			if (content instanceof NamedElement named && named.getName() != null) {
				used.add(named.getName());
			}
		});
		int n = 2;
		while (used.contains(name + "_" + n)) {
			n++;
		}
		return name + "_" + n;
	}
}
