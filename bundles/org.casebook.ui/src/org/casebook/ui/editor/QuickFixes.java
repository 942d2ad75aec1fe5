// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import java.util.List;
import java.util.Set;

import org.casebook.dsl.ide.fixes.QuickFixProposals;
import org.casebook.dsl.validation.IssueCodes;
import org.casebook.ui.Messages;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;

/**
 * Quick fixes of the common problems: an unknown reference is replaced by the closest names of the right kind visible
 * at that place, an unknown competency code by the codes of the referential it resembles, and a duplicate name is
 * renamed to a free one, and an element that refers to an element reserved to the teacher is marked {@code @enseignant}
 * too.
 */
public final class QuickFixes implements IMarkerResolutionGenerator2 {

	private static final Set<String> FIXABLE = Set.of(IssueCodes.UNKNOWN_REFERENCE, IssueCodes.UNKNOWN_COMPETENCY,
			IssueCodes.DUPLICATE_NAME, IssueCodes.TEACHER_ONLY_REFERENCE);

	@Override
	public boolean hasResolutions(IMarker marker) {
		String code = marker.getAttribute(ProblemMarkers.CODE, "");
		return FIXABLE.contains(code) && (!IssueCodes.UNKNOWN_COMPETENCY.equals(code) || !marker.getAttribute(ProblemMarkers.DATA, "").isBlank());
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!hasResolutions(marker) || !(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		if (start < 0 || end <= start) {
			return new IMarkerResolution[0];
		}
		try {
			String text = withDocument(file, IDocument::get);
			if (IssueCodes.TEACHER_ONLY_REFERENCE.equals(marker.getAttribute(ProblemMarkers.CODE, ""))) {
				QuickFixProposals.Marking marking = QuickFixProposals.markingAt(ScenarioParser.parse(file, text).resource(), start);
				return marking == null ? new IMarkerResolution[0]
						: new IMarkerResolution[] { new Replace(file, marking.offset(), "", "@enseignant ",
								NLS.bind(Messages.QuickFix_markTeacherOnly, marking.name())) };
			}
			String written = text.substring(start, Math.min(end, text.length()));
			List<String> names = switch (marker.getAttribute(ProblemMarkers.CODE, "")) {
			case IssueCodes.UNKNOWN_COMPETENCY -> List.of(marker.getAttribute(ProblemMarkers.DATA, "").split("\n"));
			case IssueCodes.DUPLICATE_NAME -> List.of(QuickFixProposals.freeName(ScenarioParser.parse(file, text).resource(), written.strip()));
			default -> QuickFixProposals.closestNames(ScenarioParser.parse(file, text).resource(), start);
			};
			return names.stream().map(name -> new Replace(file, start, written, name, NLS.bind(Messages.QuickFix_replace, written.strip(), name)))
					.toArray(IMarkerResolution[]::new);
		} catch (CoreException | RuntimeException e) {
			return new IMarkerResolution[0];
		}
	}

	private interface DocumentWork<T> {
		T apply(IDocument document) throws CoreException;
	}

	/** Runs some work on the shared document of a file: the editor's one when the file is open. */
	private static <T> T withDocument(IFile file, DocumentWork<T> work) throws CoreException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		manager.connect(file.getFullPath(), LocationKind.IFILE, null);
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
			return work.apply(buffer.getDocument());
		} finally {
			manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
	}

	/** Replaces the written name by a visible one; the file is saved only when no editor shows it. */
	private static final class Replace implements org.eclipse.ui.IMarkerResolution2 {
		private final IFile file;
		private final int offset;
		private final String written;
		private final String name;
		private final String label;

		Replace(IFile file, int offset, String written, String name, String label) {
			this.file = file;
			this.offset = offset;
			this.written = written;
			this.name = name;
			this.label = label;
		}

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return getLabel();
		}

		@Override
		public org.eclipse.swt.graphics.Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			try {
				withDocument(file, document -> {
					try {
						if (!document.get(offset, written.length()).equals(written)) {
							return null;
						}
						document.replace(offset, written.length(), name);
					} catch (BadLocationException e) {
						return null;
					}
					boolean open = PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
							&& PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findEditor(new FileEditorInput(file)) != null;
					if (!open) {
						FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).commit(null, true);
					}
					return null;
				});
			} catch (CoreException e) {
				// the file vanished or is read-only: the marker stays and tells the problem
			}
		}
	}
}
