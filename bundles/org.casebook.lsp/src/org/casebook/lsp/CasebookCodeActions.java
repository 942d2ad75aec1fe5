// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casebook.dsl.ide.fixes.QuickFixProposals;
import org.casebook.dsl.validation.IssueCodes;
import org.casebook.referential.Referential;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The quick fixes of Casebook Studio as code actions: an unknown reference is replaced by the closest visible names of the
 * expected kind, an unknown competency code by the codes of the referential it resembles, a duplicate name is renamed
 * to a free one, and an element that refers to one reserved to the teacher is marked {@code @enseignant} too.
 */
public class CasebookCodeActions implements ICodeActionService2 {

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
			if (IssueCodes.TEACHER_ONLY_REFERENCE.equals(code)) {
				QuickFixProposals.Marking marking = QuickFixProposals.markingAt(resource, start);
				if (marking != null) {
					CodeAction action = new CodeAction("Réserver aussi « " + marking.name() + " » à l'enseignant (@enseignant)");
					action.setKind(CodeActionKind.QuickFix);
					action.setDiagnostics(List.of(diagnostic));
					action.setIsPreferred(actions.isEmpty() ? Boolean.TRUE : null);
					Position at = document.getPosition(marking.offset());
					action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), List.of(new TextEdit(new Range(at, at), "@enseignant ")))));
					actions.add(Either.forRight(action));
				}
				continue;
			}
			String written = document.getContents().substring(start, end);
			List<String> names = switch (code) {
			case IssueCodes.UNKNOWN_COMPETENCY -> competencies(diagnostic.getData(), written.strip());
			case IssueCodes.DUPLICATE_NAME -> List.of(QuickFixProposals.freeName(resource, written.strip()));
			case IssueCodes.UNKNOWN_REFERENCE -> QuickFixProposals.closestNames(resource, start);
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
}
