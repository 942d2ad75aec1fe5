// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.formatting2;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebook.dsl.services.CasebookGrammarAccess;
import org.casebook.model.Model;
import org.casebook.model.TopLevelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * Formats scenarios the same way everywhere: one property or element per line, blocks indented with a tab,
 * one space between words, a blank line between top-level declarations. What the teacher chose to lay out stays: a
 * block written on one line (without a block inside) keeps its line, and one blank line between the properties or
 * elements of a block (two between declarations) is kept.
 *
 * <p>The formatter is derived from the grammar: a keyword that opens a property of a block starts a line.</p>
 */
public class CasebookFormatter extends AbstractFormatter2 {

	@Inject
	private CasebookGrammarAccess grammar;

	private Set<EObject> lineStarts;

	/** Whether each element that owns a block had it written on one line, computed once per formatting. */
	private final Map<EObject, Boolean> oneLine = new HashMap<>();

	/** Whether the text formatted is the one the teacher wrote, whose layout can be kept. */
	private boolean teacherLayout;

	@Override
	public void format(Object obj, IFormattableDocument document) {
		if (obj instanceof EObject element && getTextRegionAccess() != null) {
			formatElement(element, document);
			for (EObject child : element.eContents()) {
				document.format(child);
			}
			return;
		}
		if (obj instanceof XtextResource resource && !resource.getContents().isEmpty()) {
			oneLine.clear();
			// the teacher's layout is known when the text formatted is the parsed one, not a serializer's output
			teacherLayout = resource.getParseResult() != null && resource.getParseResult().getRootNode() != null
					&& resource.getParseResult().getRootNode().getText().equals(getTextRegionAccess().regionForDocument().getText());
			document.format(resource.getContents().get(0));
		}
	}

	private void formatElement(EObject element, IFormattableDocument document) {
		IEObjectRegion region = getTextRegionAccess().regionForEObject(element);
		if (region == null) {
			return;
		}
		Set<EObject> starts = lineStarts();
		boolean inline = insideOneLine(element);
		ISemanticRegion open = null;
		boolean first = true;
		for (ISemanticRegion semantic : region.getSemanticRegions()) {
			String text = semantic.getText();
			if (unknown(semantic.getGrammarElement())) {
				// a word the language does not know, and what the parser skipped with it, stay as written
				first = false;
				continue;
			}
			if (first) {
				first = false;
				if (!(element instanceof Model) && semantic.getPreviousSemanticRegion() != null) {
					if (element instanceof TopLevelElement && element.eContainer() instanceof Model) {
						// a blank line between declarations, two when the teacher left two
						document.prepend(semantic, it -> it.setNewLines(2, 2, 3));
					} else if (insideOneLine(element.eContainer())) {
						document.prepend(semantic, it -> it.oneSpace());
					} else {
						document.prepend(semantic, it -> it.setNewLines(1, 1, 2));
					}
				}
			} else if ("{".equals(text) && semantic.getGrammarElement() instanceof Keyword) {
				document.prepend(semantic, it -> it.oneSpace());
				open = semantic;
			} else if ("}".equals(text) && semantic.getGrammarElement() instanceof Keyword) {
				if (inline) {
					document.prepend(semantic, it -> it.oneSpace());
				} else {
					document.prepend(semantic, it -> it.newLine());
					if (open != null) {
						document.interior(open, semantic, it -> it.indent());
					}
				}
				open = null;
			} else if (",".equals(text)) {
				document.prepend(semantic, it -> it.noSpace());
				document.append(semantic, it -> it.oneSpace());
			} else if (!inline && isLineStart(semantic.getGrammarElement(), starts)) {
				// one property per line, keeping one blank line where the teacher separated groups of properties
				document.prepend(semantic, it -> it.setNewLines(1, 1, 2));
			} else {
				document.prepend(semantic, it -> it.oneSpace());
			}
		}
	}

	/** @return whether the element is, or is inside, a block kept on one line */
	private boolean insideOneLine(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (isOneLine(e)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A block written on one line that holds no other block stays on one line, such as
	 * {@code vlan V10 { numéro 10 réseau 10.0.10.0/24 }}.
	 *
	 * @param element an element of the scenario
	 * @return whether the element owns such a block
	 */
	private boolean isOneLine(EObject element) {
		if (!teacherLayout || element == null || element instanceof Model) {
			return false;
		}
		return oneLine.computeIfAbsent(element, e -> {
			IEObjectRegion region = getTextRegionAccess().regionForEObject(e);
			if (region == null) {
				return false;
			}
			ISemanticRegion open = null;
			ISemanticRegion close = null;
			for (ISemanticRegion semantic : region.getSemanticRegions()) {
				if (semantic.getGrammarElement() instanceof Keyword keyword) {
					if (open == null && "{".equals(keyword.getValue())) {
						open = semantic;
					} else if ("}".equals(keyword.getValue())) {
						close = semantic;
					}
				}
			}
			if (open == null || close == null) {
				return false;
			}
			String inside = getTextRegionAccess().textForOffset(open.getEndOffset(), close.getOffset() - open.getEndOffset());
			if (inside.indexOf('\n') >= 0 || inside.indexOf('\r') >= 0) {
				return false;
			}
			for (ISemanticRegion r = open.getNextSemanticRegion(); r != null && r != close; r = r.getNextSemanticRegion()) {
				if (r.getGrammarElement() instanceof Keyword keyword && "{".equals(keyword.getValue())) {
					return false;
				}
			}
			return true;
		});
	}

	/**
	 * @param grammarElement the grammar element of a word of the text
	 * @return whether the word is an unknown word, or a word read with it or skipped after an error (those have no grammar
	 *         element of their own, or only their terminal)
	 */
	private boolean unknown(EObject grammarElement) {
		return grammarElement == null || grammarElement instanceof AbstractRule
				|| GrammarUtil.containingRule(grammarElement) == grammar.getUnknownWordRule();
	}

	private static boolean isLineStart(EObject grammarElement, Set<EObject> starts) {
		EObject current = grammarElement;
		for (int depth = 0; current != null && depth < 3; depth++, current = current.eContainer()) {
			if (starts.contains(current)) {
				return true;
			}
		}
		return false;
	}

	/** @return the grammar elements that begin a property inside a block */
	private Set<EObject> lineStarts() {
		if (lineStarts == null) {
			Set<EObject> result = new HashSet<>();
			for (AbstractRule rule : grammar.getGrammar().getRules()) {
				for (Alternatives alternatives : EcoreUtil2.getAllContentsOfType(rule, Alternatives.class)) {
					if (GrammarUtil.isMultipleCardinality(alternatives)) {
						for (AbstractElement alternative : alternatives.getElements()) {
							collectFirst(alternative, result, new HashSet<>());
						}
					}
				}
			}
			lineStarts = result;
		}
		return lineStarts;
	}

	private static void collectFirst(AbstractElement element, Set<EObject> result, Set<AbstractRule> visited) {
		if (element instanceof Group group) {
			collectFirst(group.getElements().get(0), result, visited);
		} else if (element instanceof Alternatives alternatives) {
			// a flag written alone or followed by oui/non
			for (AbstractElement alternative : alternatives.getElements()) {
				collectFirst(alternative, result, visited);
			}
		} else if (element instanceof Keyword keyword) {
			result.add(keyword);
		} else if (element instanceof Assignment assignment) {
			result.add(assignment);
			collectFirst(assignment.getTerminal(), result, visited);
		} else if (element instanceof RuleCall call && call.getRule() instanceof ParserRule rule
				&& rule.isFragment() && visited.add(rule)) {
			AbstractElement body = rule.getAlternatives();
			List<AbstractElement> choices = body instanceof Alternatives alternatives ? alternatives.getElements()
					: List.of(body);
			for (AbstractElement choice : choices) {
				collectFirst(choice, result, visited);
			}
		} else if (element instanceof RuleCall call) {
			result.add(call);
		}
	}
}
