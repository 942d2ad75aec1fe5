// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebook.dsl.validation.IssueCodes;
import org.casebook.model.NamedElement;
import org.casebook.referential.Referential;
import org.casebook.model.text.EditDistance;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.inject.Inject;

/**
 * The quick fixes of Casebook Studio as code actions: an unknown reference is replaced by the closest visible names of the
 * expected kind, an unknown competency code by the codes of the referential it resembles, and a duplicate name is renamed
 * to a free one.
 */
public class CasebookCodeActions implements ICodeActionService2 {

	private static final int MAX_PROPOSALS = 5;

	@Inject
	private IScopeProvider scopes;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		if (!(options.getResource() instanceof XtextResource resource) || options.getCodeActionParams().getContext() == null) {
			return actions;
		}
		Document document = options.getDocument();
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			String code = diagnostic.getCode() == null ? null
					: diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : String.valueOf(diagnostic.getCode().getRight());
			if (code == null || diagnostic.getRange() == null) {
				continue;
			}
			int start;
			int end;
			try {
				start = document.getOffSet(diagnostic.getRange().getStart());
				end = document.getOffSet(diagnostic.getRange().getEnd());
			} catch (IndexOutOfBoundsException e) {
				continue; // a diagnostic of an older version of the text
			}
			if (end <= start) {
				continue;
			}
			String written = document.getContents().substring(start, end);
			List<String> names = switch (code) {
			case IssueCodes.UNKNOWN_COMPETENCY -> competencies(diagnostic.getData(), written.strip());
			case IssueCodes.DUPLICATE_NAME -> List.of(freeName(resource, written.strip()));
			case IssueCodes.UNKNOWN_REFERENCE -> candidates(resource, start);
			default -> List.of();
			};
			for (String name : names) {
				CodeAction action = new CodeAction("Remplacer « " + written.strip() + " » par « " + name + " »");
				action.setKind(CodeActionKind.QuickFix);
				action.setDiagnostics(List.of(diagnostic));
				action.setIsPreferred(actions.isEmpty() ? Boolean.TRUE : null);
				action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), List.of(new TextEdit(diagnostic.getRange(), name)))));
				actions.add(Either.forRight(action));
			}
		}
		return actions;
	}

	private static List<String> competencies(Object data, String written) {
		List<String> codes = new ArrayList<>();
		if (data instanceof JsonArray array) {
			for (JsonElement element : array) {
				if (element.isJsonPrimitive()) {
					codes.add(element.getAsString());
				}
			}
		} else if (data instanceof List<?> list) {
			list.forEach(value -> codes.add(String.valueOf(value)));
		}
		return codes.isEmpty() ? Referential.get().suggestions(written) : codes;
	}

	/**
	 * @param resource a parsed scenario
	 * @param offset the position of an unresolved reference
	 * @return the visible names of the kind expected there, closest to the written one first
	 */
	List<String> candidates(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return List.of();
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null) {
			return List.of();
		}
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
			return List.of();
		}
		EReference reference = GrammarUtil.getReference(crossReference, semantic.eClass());
		if (reference == null) {
			return List.of();
		}
		Set<String> names = new LinkedHashSet<>();
		for (IEObjectDescription description : scopes.getScope(semantic, reference).getAllElements()) {
			names.add(description.getName().toString());
		}
		String written = NodeModelUtils.getTokenText(node);
		int limit = Math.max(3, written.length() / 2);
		List<String> close = new ArrayList<>();
		for (String name : names) {
			if (EditDistance.ignoringCase(written, name) <= limit) {
				close.add(name);
			}
		}
		close.sort(Comparator.comparingInt((String name) -> EditDistance.ignoringCase(written, name)).thenComparing(name -> name));
		return close.size() > MAX_PROPOSALS ? close.subList(0, MAX_PROPOSALS) : close;
	}

	/**
	 * @param resource a parsed scenario
	 * @param name a name declared twice
	 * @return the name followed by the first number that no element of the loaded files uses
	 */
	static String freeName(XtextResource resource, String name) {
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
