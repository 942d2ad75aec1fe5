// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.casebook.dsl.messages.Kinds;
import org.casebook.ui.CasebookUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

/**
 * Ctrl+Space: what the grammar accepts at the caret, computed by the language's content assist parser — the keywords
 * that may follow there, and at a reference the names of the elements of the expected kind visible from that place.
 */
final class Completions implements IContentAssistProcessor {

	/** Computes the parser's follow sets; shared by the editors, its threads never keep the workbench alive. */
	private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "Casebook content assist");
		thread.setDaemon(true);
		return thread;
	});

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
	 * @return the proposals, references first, then keywords, each alphabetically
	 */
	List<ICompletionProposal> proposals(String text, int offset) {
		IFile file = editor.file();
		if (file == null) {
			return List.of();
		}
		Injector injector = CasebookUi.injector();
		XtextResource resource = ScenarioParser.parse(file, text).resource();
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
		boolean inWord = offset > 0 && (Character.isLetterOrDigit(text.charAt(offset - 1)) || text.charAt(offset - 1) == '_');
		List<ContentAssistEntry> entries = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			String proposal = entry.getProposal();
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			if (proposal == null || proposal.isEmpty() || !(Character.isLetter(proposal.charAt(0)) || proposal.charAt(0) == '@')
					|| proposal.equals(prefix) || prefix.length() > offset || inWord && prefix.isEmpty()) {
				continue;
			}
			entries.add(entry);
			names.add(proposal);
		}
		Map<String, ICompletionProposal> references = new TreeMap<>();
		Map<String, ICompletionProposal> keywords = new TreeMap<>();
		for (ContentAssistEntry entry : entries) {
			String proposal = entry.getProposal();
			int length = entry.getPrefix() == null ? 0 : entry.getPrefix().length();
			int start = offset - length;
			if (ContentAssistEntry.KIND_KEYWORD.equals(entry.getKind())) {
				// a keyword is followed by a space, unless one is already there: the caret then goes past it
				boolean spaced = offset < text.length() && (text.charAt(offset) == ' ' || text.charAt(offset) == '\t');
				keywords.putIfAbsent(proposal, new CompletionProposal(spaced ? proposal : proposal + " ", start, length,
						proposal.length() + 1, null, proposal, null, null));
			} else if (!(proposal.contains(".") && names.contains(proposal.substring(proposal.lastIndexOf('.') + 1)))) {
				String kind = entry.getSource() instanceof IEObjectDescription description ? Kinds.label(description.getEClass()) : null;
				String label = kind == null ? proposal : proposal + " – " + kind;
				references.putIfAbsent(proposal, new CompletionProposal(proposal, start, length, proposal.length(), null, label, null, null));
			}
		}
		List<ICompletionProposal> all = new ArrayList<>(references.values());
		all.addAll(keywords.values());
		return all;
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
