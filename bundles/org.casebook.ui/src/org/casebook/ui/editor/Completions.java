// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.casebook.ui.CasebookUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

/**
 * Ctrl+Space: at a reference, the names of the elements of the expected kind visible there; elsewhere, the keywords
 * of the language that start with the word being typed.
 */
final class Completions implements IContentAssistProcessor {

	/** Written in place of an empty reference so that the text parses with a reference at the caret. */
	private static final String PLACEHOLDER = "casebook_completion";

	private final CasebookEditor editor;

	Completions(CasebookEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		return proposals(viewer.getDocument().get(), offset).toArray(ICompletionProposal[]::new);
	}

	/**
	 * @param text the text of the editor
	 * @param offset the caret
	 * @return the proposals, references first
	 */
	List<ICompletionProposal> proposals(String text, int offset) {
		int start = offset;
		while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_'
				|| text.charAt(start - 1) == '.')) {
			start--;
		}
		String prefix = text.substring(start, offset);
		String lower = prefix.toLowerCase(Locale.ROOT);
		List<ICompletionProposal> proposals = new ArrayList<>();
		IFile file = editor.file();
		if (file != null) {
			String probe = text.substring(0, start) + (prefix.isEmpty() ? PLACEHOLDER : prefix) + text.substring(offset);
			QuickFixes.Visible visible = QuickFixes.visibleAt(ScenarioParser.parse(file, probe).resource(), start);
			if (visible != null) {
				for (String name : new TreeSet<>(visible.names())) {
					if (name.toLowerCase(Locale.ROOT).startsWith(lower)) {
						proposals.add(new CompletionProposal(name, start, offset - start, name.length()));
					}
				}
				return proposals;
			}
		}
		if (!prefix.isEmpty()) {
			IGrammarAccess grammar = CasebookUi.injector().getInstance(IGrammarAccess.class);
			for (String keyword : new TreeSet<>(GrammarUtil.getAllKeywords(grammar.getGrammar()))) {
				if (keyword.length() > prefix.length() && keyword.toLowerCase(Locale.ROOT).startsWith(lower)
						&& Character.isLetter(keyword.charAt(0))) {
					proposals.add(new CompletionProposal(keyword + " ", start, offset - start, keyword.length() + 1, null, keyword, null, null));
				}
			}
		}
		return proposals;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
