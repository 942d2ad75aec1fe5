// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The semantic tokens of a scenario, read from Xtext's node model: keywords, declared names, references, addresses,
 * competency codes, enumeration values and the {@code @enseignant} mark.
 */
public final class SemanticTokenKinds {

	/** Token types of the legend, in the order of their numbers. */
	public static final List<String> TYPES = List.of("keyword", "variable", "type", "number", "enum", "enumMember", "decorator");

	/** Token modifiers of the legend: names carry {@code declaration}. */
	public static final List<String> MODIFIERS = List.of("declaration");

	static final int KEYWORD = 0;
	static final int NAME = 1;
	static final int REFERENCE = 2;
	static final int ADDRESS = 3;
	static final int COMPETENCY = 4;
	static final int VALUE = 5;
	static final int MARK = 6;

	private SemanticTokenKinds() {
	}

	/**
	 * @param resource a parsed scenario
	 * @param document its text
	 * @return the LSP encoding of its tokens: five integers per token, relative to the previous one
	 */
	public static List<Integer> compute(XtextResource resource, Document document) {
		List<Integer> data = new ArrayList<>();
		if (resource.getParseResult() == null || resource.getParseResult().getRootNode() == null) {
			return data;
		}
		String text = document.getContents();
		int[] lineStarts = lineStarts(text);
		int lastLine = 0;
		int lastColumn = 0;
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() || leaf.getLength() == 0) {
				continue;
			}
			int kind = kindOf(leaf);
			if (kind < 0) {
				continue;
			}
			int offset = leaf.getOffset();
			int end = offset + leaf.getLength();
			if (end > text.length()) {
				continue;
			}
			int line = lineOf(lineStarts, offset);
			if (line + 1 < lineStarts.length && end > lineStarts[line + 1]) {
				continue; // tokens spanning lines are left to the client's grammar
			}
			int column = offset - lineStarts[line];
			data.add(line - lastLine);
			data.add(line == lastLine ? column - lastColumn : column);
			data.add(leaf.getLength());
			data.add(kind);
			data.add(kind == NAME ? 1 : 0);
			lastLine = line;
			lastColumn = column;
		}
		return data;
	}

	/**
	 * @param leaf a visible token of the text
	 * @return its token type, or -1 when it has none
	 */
	static int kindOf(ILeafNode leaf) {
		EObject grammar = leaf.getGrammarElement();
		if (grammar instanceof EnumLiteralDeclaration
				|| grammar instanceof RuleCall enumCall && enumCall.getRule() instanceof org.eclipse.xtext.EnumRule) {
			return VALUE;
		}
		if (grammar instanceof Keyword keyword) {
			if (keyword.eContainer() instanceof EnumLiteralDeclaration) {
				return VALUE;
			}
			if (keyword.getValue().startsWith("@")) {
				return MARK;
			}
		}
		INode node = leaf;
		for (int depth = 0; node != null && depth < 4; depth++) {
			EObject element = node.getGrammarElement();
			if (element instanceof CrossReference || element != null && element.eContainer() instanceof CrossReference) {
				return REFERENCE;
			}
			if (element instanceof RuleCall call) {
				AbstractRule rule = call.getRule();
				if (rule != null && "Ipv4Address".equals(rule.getName())) {
					return ADDRESS;
				}
				if (rule != null && "CompetencyCode".equals(rule.getName())) {
					return COMPETENCY;
				}
				if (call.eContainer() instanceof Assignment assignment && "name".equals(assignment.getFeature())) {
					return NAME;
				}
			}
			ICompositeNode parent = node.getParent();
			if (parent == null || parent.hasDirectSemanticElement() && parent.getGrammarElement() instanceof RuleCall call
					&& call.getRule() != null && call.getRule().getType() != null
					&& !(call.getRule().getType().getClassifier() instanceof org.eclipse.emf.ecore.EDataType)) {
				break;
			}
			node = parent;
		}
		return grammar instanceof Keyword keyword && Character.isLetter(keyword.getValue().codePointAt(0)) ? KEYWORD : -1;
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				starts.add(i + 1);
			} else if (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int lineOf(int[] starts, int offset) {
		int low = 0;
		int high = starts.length - 1;
		while (low < high) {
			int middle = (low + high + 1) >>> 1;
			if (starts[middle] <= offset) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return low;
	}

	/**
	 * Decodes tokens, for tests and tools.
	 *
	 * @param data the LSP encoding
	 * @return one {@code {line, column, length, type, modifiers}} per token, absolute
	 */
	public static List<int[]> decode(List<Integer> data) {
		List<int[]> tokens = new ArrayList<>();
		int line = 0;
		int column = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			line += data.get(i);
			column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
			tokens.add(new int[] { line, column, data.get(i + 2), data.get(i + 3), data.get(i + 4) });
		}
		return tokens;
	}
}
