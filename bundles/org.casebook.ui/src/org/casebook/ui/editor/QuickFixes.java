// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casebook.dsl.validation.IssueCodes;
import org.casebook.ui.Messages;
import org.casebook.model.text.EditDistance;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;

/**
 * Quick fixes of the common problems: an unknown reference is replaced by the closest names of the right kind visible
 * at that place, an unknown competency code by the codes of the referential it resembles, and a duplicate name is
 * renamed to a free one, and an element that refers to an element reserved to the teacher is marked {@code @enseignant}
 * too.
 */
public final class QuickFixes implements IMarkerResolutionGenerator2 {

	private static final int MAX_PROPOSALS = 5;

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
				Marking marking = markingAt(ScenarioParser.parse(file, text).resource(), start);
				return marking == null ? new IMarkerResolution[0]
						: new IMarkerResolution[] { new Replace(file, marking.offset(), "", "@enseignant ",
								NLS.bind(Messages.QuickFix_markTeacherOnly, marking.name())) };
			}
			String written = text.substring(start, Math.min(end, text.length()));
			List<String> names = switch (marker.getAttribute(ProblemMarkers.CODE, "")) {
			case IssueCodes.UNKNOWN_COMPETENCY -> List.of(marker.getAttribute(ProblemMarkers.DATA, "").split("\n"));
			case IssueCodes.DUPLICATE_NAME -> List.of(freeName(ScenarioParser.parse(file, text).resource(), written.strip()));
			default -> candidates(ScenarioParser.parse(file, text).resource(), start);
			};
			return names.stream().map(name -> new Replace(file, start, written, name, NLS.bind(Messages.QuickFix_replace, written.strip(), name)))
					.toArray(IMarkerResolution[]::new);
		} catch (CoreException | RuntimeException e) {
			return new IMarkerResolution[0];
		}
	}

	/**
	 * @param resource a parsed scenario
	 * @param offset the position of an unresolved reference
	 * @return the visible names of the kind expected there, closest to the written one first
	 */
	static List<String> candidates(XtextResource resource, int offset) {
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
	record Visible(String written, Set<String> names) {
	}

	/**
	 * @param resource a parsed scenario
	 * @param offset a position inside a cross-reference
	 * @return what may be written there, or {@code null} when the position is not in a cross-reference
	 */
	static Visible visibleAt(XtextResource resource, int offset) {
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
	record Marking(int offset, String name) {
	}

	/**
	 * @param resource a parsed scenario
	 * @param offset a position inside a reference
	 * @return the innermost element around it that may be marked {@code @enseignant}, or {@code null}
	 */
	static Marking markingAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		for (EObject e = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf); e != null; e = e.eContainer()) {
			INode node = NodeModelUtils.findActualNodeFor(e);
			if (!(e instanceof org.casebook.model.Element) || node == null) {
				continue;
			}
			org.eclipse.xtext.Grammar grammar = GrammarUtil.getGrammar(node.getGrammarElement());
			org.eclipse.xtext.ParserRule rule = null;
			for (org.eclipse.xtext.ParserRule candidate : GrammarUtil.allParserRules(grammar)) {
				if (candidate.getType() != null && candidate.getType().getClassifier() != null
						&& candidate.getType().getClassifier().getName().equals(e.eClass().getName())
						&& GrammarUtil.containedAssignments(candidate).stream().anyMatch(a -> "teacherOnly".equals(a.getFeature()))) {
					rule = candidate;
					break;
				}
			}
			if (rule != null) {
				String name = e instanceof org.casebook.model.NamedElement named && named.getName() != null ? named.getName()
						: NodeModelUtils.getTokenText(node).split("\\s+")[0];
				return new Marking(node.getOffset(), name);
			}
		}
		return null;
	}

	/**
	 * @param resource a parsed scenario
	 * @param name a name declared twice
	 * @return the name followed by the first number that no element of the project uses
	 */
	static String freeName(XtextResource resource, String name) {
		Set<String> used = new java.util.HashSet<>();
		resource.getResourceSet().getAllContents().forEachRemaining(content -> {
			if (content instanceof org.casebook.model.NamedElement named && named.getName() != null) {
				used.add(named.getName());
			}
		});
		int n = 2;
		while (used.contains(name + "_" + n)) {
			n++;
		}
		return name + "_" + n;
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
