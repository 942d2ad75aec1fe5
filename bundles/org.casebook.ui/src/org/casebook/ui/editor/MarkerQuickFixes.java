// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.casebook.ui.CasebookUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/** Ctrl+1 in the editor: the quick fixes of the Casebook problems under the caret. */
final class MarkerQuickFixes implements IQuickAssistProcessor {

	private final CasebookEditor editor;

	MarkerQuickFixes(CasebookEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation marker && marker.getMarker().exists()
				&& IDE.getMarkerHelpRegistry().hasResolutions(marker.getMarker());
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IFile file = editor.file();
		if (file == null) {
			return new ICompletionProposal[0];
		}
		int offset = context.getOffset();
		List<ICompletionProposal> proposals = new ArrayList<>();
		try {
			for (IMarker marker : file.findMarkers(CasebookUi.MARKER, false, IResource.DEPTH_ZERO)) {
				int start = marker.getAttribute(IMarker.CHAR_START, -1);
				int end = marker.getAttribute(IMarker.CHAR_END, -1);
				if (start <= offset && offset <= end) {
					for (IMarkerResolution resolution : IDE.getMarkerHelpRegistry().getResolutions(marker)) {
						proposals.add(new Proposal(marker, resolution));
					}
				}
			}
		} catch (CoreException e) {
			// the file is gone: nothing to propose
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** A marker resolution shown as a proposal. */
	private record Proposal(IMarker marker, IMarkerResolution resolution) implements ICompletionProposal {

		@Override
		public void apply(IDocument document) {
			resolution.run(marker);
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return marker.getAttribute(IMarker.MESSAGE, "");
		}

		@Override
		public String getDisplayString() {
			return resolution.getLabel();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
