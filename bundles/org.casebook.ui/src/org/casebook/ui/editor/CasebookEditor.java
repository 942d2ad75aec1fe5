// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.casebook.ui.CasebookUi;
import org.casebook.ui.Messages;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The editor of {@code .orga} scenarios: colours from the language's lexer, problems as you type (markers in the
 * ruler and the Problems view), outline, and Ctrl+click / F3 to the declaration of a referenced element, across files.
 */
public class CasebookEditor extends TextEditor {

	/** Identifier of the editor. */
	public static final String ID = CasebookUi.PLUGIN_ID + ".editor";

	private final AtomicReference<XtextResource> lastParse = new AtomicReference<>();
	/** Told after each parse of the text, on the thread that parsed it. */
	private final List<Runnable> parseListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
	private ReferenceColours references;
	private Damager damager;
	/** Whether the references have been coloured once in the whole text. */
	private boolean referencesShown;
	private CasebookOutlinePage outline;

	/** Sets up the viewer configuration. */
	public CasebookEditor() {
		setSourceViewerConfiguration(new Configuration());
	}

	@Override
	protected ISourceViewer createSourceViewer(org.eclipse.swt.widgets.Composite parent, org.eclipse.jface.text.source.IVerticalRuler ruler,
			int styles) {
		ISourceViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(org.eclipse.swt.widgets.Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors()).install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		references = new ReferenceColours(parent.getDisplay());
		viewer.addTextPresentationListener(references);
		if (getSelectionProvider() instanceof org.eclipse.jface.viewers.IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(event -> {
				if (outline != null && event.getSelection() instanceof org.eclipse.jface.text.ITextSelection text) {
					outline.reveal(text.getOffset());
				}
			});
		}
	}

	private final java.util.concurrent.atomic.AtomicInteger foldingUpdates = new java.util.concurrent.atomic.AtomicInteger();

	/** @return how many times the folding regions were brought up to date with the text */
	public int foldingUpdates() {
		return foldingUpdates.get();
	}

	/** @return the folding annotations of the text, or {@code null} when folding is off */
	public ProjectionAnnotationModel foldingModel() {
		return getSourceViewer() instanceof ProjectionViewer viewer ? viewer.getProjectionAnnotationModel() : null;
	}

	private final Completions completions = new Completions(this);

	@Override
	protected void createActions() {
		super.createActions();
		var bundle = new java.util.ListResourceBundle() {
			@Override
			protected Object[][] getContents() {
				return new Object[][] { { "ContentAssistProposal.label", Messages.Editor_contentAssist } };
			}
		};
		var action = new org.eclipse.ui.texteditor.ContentAssistAction(bundle, "ContentAssistProposal.", this);
		action.setActionDefinitionId(org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction("ContentAssistProposal", action);
	}

	/**
	 * @param offset a position in the text
	 * @return the words Ctrl+Space proposes there (without the kind shown beside a name)
	 */
	public List<String> completionsAt(int offset) {
		String text = getDocumentProvider().getDocument(getEditorInput()).get();
		return completions.proposals(text, offset).stream().map(p -> p.getDisplayString().split(" – ")[0]).toList();
	}

	/**
	 * Applies a proposal of Ctrl+Space as choosing it in the list does.
	 *
	 * @param offset the caret
	 * @param name the proposal's name, as {@link #completionsAt(int)} gives it
	 * @return the caret after the proposal, or -1 when there is no such proposal
	 */
	public int applyCompletion(int offset, String name) {
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		for (var proposal : completions.proposals(document.get(), offset)) {
			if (proposal.getDisplayString().split(" – ")[0].equals(name)) {
				proposal.apply(document);
				return proposal.getSelection(document).x;
			}
		}
		return -1;
	}

	/**
	 * @return whether the text is shown to a student: the views then draw and list nothing reserved to the teacher
	 */
	public boolean studentEdition() {
		return false;
	}

	/** @return whether the references coloured are those of the current text */
	public boolean referencesCurrent() {
		return references != null && references.isCurrent(getDocumentProvider().getDocument(getEditorInput()));
	}

	/** @return the outline of the text, or {@code null} until the Outline view shows it */
	public CasebookOutlinePage outline() {
		return outline;
	}

	/** @return the resource of the last parse of the text, or {@code null} before the first one */
	public XtextResource lastParse() {
		return lastParse.get();
	}

	/**
	 * @param listener told after each parse of the text, on the thread that parsed it; {@link #lastParse()} then gives
	 *        the new parse
	 */
	public void addParseListener(Runnable listener) {
		parseListeners.add(listener);
	}

	/** @param listener no longer told of the parses of the text */
	public void removeParseListener(Runnable listener) {
		parseListeners.remove(listener);
	}

	private static final String MATCHING_BRACKETS = CasebookUi.PLUGIN_ID + ".matchingBrackets";
	private static final String MATCHING_BRACKETS_COLOR = CasebookUi.PLUGIN_ID + ".matchingBracketsColor";
	private final org.eclipse.jface.text.source.DefaultCharacterPairMatcher brackets = new org.eclipse.jface.text.source.DefaultCharacterPairMatcher(
			new char[] { '{', '}' });

	@Override
	protected void configureSourceViewerDecorationSupport(org.eclipse.ui.texteditor.SourceViewerDecorationSupport support) {
		org.eclipse.ui.editors.text.EditorsUI.getPreferenceStore().setDefault(MATCHING_BRACKETS, true);
		org.eclipse.ui.editors.text.EditorsUI.getPreferenceStore().setDefault(MATCHING_BRACKETS_COLOR, "127,0,85");
		support.setCharacterPairMatcher(brackets);
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
		super.configureSourceViewerDecorationSupport(support);
	}

	/**
	 * @param offset a position just after a brace
	 * @return the offset of the matching brace, or -1
	 */
	public int matchingBrace(int offset) {
		IRegion match = brackets.match(getDocumentProvider().getDocument(getEditorInput()), offset);
		if (match == null) {
			return -1;
		}
		return match.getOffset() == offset - 1 ? match.getOffset() + match.getLength() - 1 : match.getOffset();
	}

	/**
	 * Comments the selected lines out with {@code //}, or uncomments them when they all are comments.
	 *
	 * @param firstLine the first line, from 0
	 * @param lastLine the last line, included
	 */
	public void toggleComment(int firstLine, int lastLine) {
		if (!isEditable()) {
			return;
		}
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		try {
			boolean allCommented = true;
			for (int line = firstLine; line <= lastLine; line++) {
				String text = document.get(document.getLineOffset(line), document.getLineLength(line)).strip();
				allCommented &= text.isEmpty() || text.startsWith("//");
			}
			for (int line = lastLine; line >= firstLine; line--) {
				int start = document.getLineOffset(line);
				String text = document.get(start, document.getLineLength(line));
				if (allCommented) {
					int at = text.indexOf("//");
					if (at >= 0) {
						int length = text.startsWith("// ", at) ? 3 : 2;
						document.replace(start + at, length, "");
					}
				} else {
					document.replace(start, 0, "// ");
				}
			}
		} catch (org.eclipse.jface.text.BadLocationException e) {
			// the selection no longer matches the text: nothing to do
		}
	}

	/**
	 * Opens the declaration of the element referenced at an offset, in this file or another.
	 *
	 * @param offset a position in the text
	 * @return whether there was a reference to follow
	 */
	public boolean openDeclaration(int offset) {
		XtextResource resource = lastParse.get();
		if (resource == null) {
			return false;
		}
		EObject target = CasebookUi.injector().getInstance(EObjectAtOffsetHelper.class).resolveCrossReferencedElementAt(resource, offset);
		if (target == null || target.eIsProxy()) {
			return false;
		}
		reveal(target);
		return true;
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CasebookUi.PLUGIN_ID + ".editorScope" });
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new CasebookOutlinePage(this);
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	/**
	 * Closing an editor whose changes are thrown away ("Ne pas enregistrer") also throws away the problems found in them:
	 * the file's markers are computed again from the text saved on disk.
	 */
	@Override
	public void dispose() {
		IFile file = file();
		boolean discarded = isDirty() && file != null;
		super.dispose();
		if (discarded) {
			Job job = Job.create(NLS.bind(Messages.Editor_problemsJob, file.getName()), (IProgressMonitor monitor) -> {
				try {
					if (file.exists()) {
						String saved;
						try (java.io.InputStream in = file.getContents(true)) {
							saved = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
						}
						ProblemMarkers.update(file, ScenarioParser.parse(file, saved).issues());
					}
					return Status.OK_STATUS;
				} catch (CoreException | java.io.IOException e) {
					return new Status(IStatus.WARNING, CasebookUi.PLUGIN_ID, e.getMessage(), e);
				}
			});
			job.setRule(file);
			job.setSystem(true);
			job.schedule();
		}
	}

	/** @return the workspace file edited, or {@code null} */
	public IFile file() {
		IEditorInput input = getEditorInput();
		return input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
	}

	/** Parses the current text, updates the markers and the outline. */
	void reconcile(String text) {
		IFile file = file();
		if (file == null) {
			return;
		}
		ScenarioParser.Result result = ScenarioParser.parse(file, text);
		lastParse.set(result.resource());
		parseListeners.forEach(Runnable::run);
		Job job = Job.create(NLS.bind(Messages.Editor_problemsJob, file.getName()), (IProgressMonitor monitor) -> {
			try {
				ProblemMarkers.update(file, result.issues());
				return Status.OK_STATUS;
			} catch (CoreException e) {
				return new Status(IStatus.WARNING, CasebookUi.PLUGIN_ID, e.getMessage(), e);
			}
		});
		job.setRule(file);
		job.setSystem(true);
		job.schedule();
		if (outline != null) {
			outline.refresh(result.resource());
		}
		List<Folding.Lines> regions = Folding.regions(result.resource(), text);
		ReferenceColours colours = references;
		if (colours != null) {
			colours.update(result.resource());
		}
		var widget = getSourceViewer() == null ? null : getSourceViewer().getTextWidget();
		if (widget != null && !widget.isDisposed()) {
			widget.getDisplay().asyncExec(() -> {
				ProjectionAnnotationModel model = foldingModel();
				IDocument document = getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
				if (document == null || !text.equals(document.get())) {
					return;
				}
				if (model != null) {
					Folding.update(model, regions);
					foldingUpdates.incrementAndGet();
				}
				if (colours != null && getSourceViewer() instanceof org.eclipse.jface.text.TextViewer viewer) {
					colours.current(document);
					IRegion span = damager == null ? null : damager.takeSpan();
					if (!referencesShown) {
						referencesShown = true;
						viewer.invalidateTextPresentation();
					} else if (span != null) {
						int start = Math.min(span.getOffset(), document.getLength());
						viewer.invalidateTextPresentation(start, Math.min(span.getLength(), document.getLength() - start));
					}
				}
			});
		}
	}

	/**
	 * Selects the text of an element in its file, opening the file when needed.
	 *
	 * @param target a model element loaded from a workspace file
	 */
	public static void reveal(EObject target) {
		Resource resource = target.eResource();
		ICompositeNode node = NodeModelUtils.findActualNodeFor(target);
		if (resource == null || node == null || !resource.getURI().isPlatformResource()) {
			return;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(resource.getURI().toPlatformString(true)));
		var page = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			var editor = IDE.openEditor(page, file, ID);
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(node.getOffset(), node.getLength());
			}
		} catch (org.eclipse.ui.PartInitException e) {
			// the file was deleted meanwhile: nothing to show
		}
	}

	/**
	 * Formats the selected text, or the whole text when nothing is selected, with the language's formatter: one property
	 * per line, blocks indented. The whole formatting is one change, which one Ctrl+Z undoes. Nothing is changed while the
	 * text has syntax errors.
	 *
	 * @return whether the text was formatted
	 */
	public boolean format() {
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		IFile file = file();
		if (document == null || file == null || !isEditable()) {
			return false;
		}
		XtextResource resource = ScenarioParser.parse(file, document.get()).resource();
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			setStatusLineErrorMessage(Messages.Editor_formatImpossible);
			return false;
		}
		var injector = CasebookUi.injector();
		org.eclipse.xtext.formatting2.FormatterRequest request = injector.getInstance(org.eclipse.xtext.formatting2.FormatterRequest.class);
		request.setTextRegionAccess(injector.getInstance(org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder.class)
				.forNodeModel(resource).create());
		if (getSelectionProvider().getSelection() instanceof org.eclipse.jface.text.ITextSelection selection && selection.getLength() > 0) {
			request.addRegion(new org.eclipse.xtext.util.TextRegion(selection.getOffset(), selection.getLength()));
		}
		java.util.List<org.eclipse.xtext.formatting2.regionaccess.ITextReplacement> replacements = new java.util.ArrayList<>(
				injector.getInstance(org.eclipse.xtext.formatting2.IFormatter2.class).format(request));
		replacements.sort(java.util.Comparator.comparingInt(org.eclipse.xtext.formatting2.regionaccess.ITextReplacement::getOffset).reversed());
		org.eclipse.text.undo.IDocumentUndoManager undo = org.eclipse.text.undo.DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			for (var r : replacements) {
				document.replace(r.getOffset(), r.getLength(), r.getReplacementText());
			}
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return false;
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
		return true;
	}

	/**
	 * @param offset a position in the text
	 * @return a one-paragraph summary of the element at that position, or of the element a reference there designates
	 */
	public String summaryAt(int offset) {
		XtextResource resource = lastParse.get();
		if (resource == null) {
			return null;
		}
		EObject element = CasebookUi.injector().getInstance(EObjectAtOffsetHelper.class).resolveElementAt(resource, offset);
		if (!(element instanceof org.casebook.model.NamedElement named)) {
			return null;
		}
		StringBuilder text = new StringBuilder(org.casebook.referential.conformity.Describe.element(named));
		if (named.getDescription() != null) {
			text.append("\n").append(named.getDescription());
		}
		if (named.eResource() != resource && named.eResource() != null) {
			text.append("\n").append(NLS.bind(Messages.Editor_declaredIn, named.eResource().getURI().lastSegment()));
		}
		return text.toString();
	}

	/** Viewer configuration: colours, reconciling, hyperlinks, hovers. */
	private final class Configuration extends TextSourceViewerConfiguration {

		@Override
		public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
			PresentationReconciler reconciler = new PresentationReconciler();
			TokenClassifier classifier = new TokenClassifier();
			damager = new Damager(classifier);
			reconciler.setDamager(damager, IDocument.DEFAULT_CONTENT_TYPE);
			reconciler.setRepairer(new DefaultDamagerRepairer(new CasebookScanner(classifier)), IDocument.DEFAULT_CONTENT_TYPE);
			return reconciler;
		}

		@Override
		public org.eclipse.jface.text.contentassist.IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
			var assistant = new org.eclipse.jface.text.contentassist.ContentAssistant();
			assistant.setContentAssistProcessor(completions, IDocument.DEFAULT_CONTENT_TYPE);
			assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
			assistant.enableAutoInsert(true);
			return assistant;
		}

		@Override
		public org.eclipse.jface.text.quickassist.IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
			var assistant = new org.eclipse.jface.text.quickassist.QuickAssistAssistant();
			assistant.setQuickAssistProcessor(new MarkerQuickFixes(CasebookEditor.this));
			assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
			return assistant;
		}

		@Override
		public IReconciler getReconciler(ISourceViewer sourceViewer) {
			MonoReconciler reconciler = new MonoReconciler(new Strategy(), false);
			reconciler.setDelay(300);
			return reconciler;
		}

		/** Parses and validates the whole text after each pause in typing, and once when the editor opens. */
		private final class Strategy implements IReconcilingStrategy, org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension {
				private IDocument document;

				@Override
				public void setProgressMonitor(IProgressMonitor monitor) {
					// a reconcile is short and not cancelled
				}

				@Override
				public void initialReconcile() {
					if (document != null) {
						CasebookEditor.this.reconcile(document.get());
					}
				}

				@Override
				public void setDocument(IDocument doc) {
					this.document = doc;
				}

				@Override
				public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
					reconcile(subRegion);
				}

				@Override
				public void reconcile(IRegion partition) {
					if (document != null) {
						CasebookEditor.this.reconcile(document.get());
					}
				}
		}

		@Override
		public org.eclipse.jface.text.ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
			return new Hover();
		}

		@Override
		public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
			return new IHyperlinkDetector[] { new Links(CasebookEditor.this) };
		}
	}

	/**
	 * The summary of the name under the mouse, in a framed note placed under that name (not under the pointer), so that
	 * the line being read stays visible.
	 */
	final class Hover implements org.eclipse.jface.text.ITextHover, org.eclipse.jface.text.ITextHoverExtension {

		@Override
		public String getHoverInfo(ITextViewer viewer, IRegion region) {
			return summaryAt(region.getOffset());
		}

		@Override
		public IRegion getHoverRegion(ITextViewer viewer, int offset) {
			return word(viewer.getDocument().get(), offset);
		}

		@Override
		public org.eclipse.jface.text.IInformationControlCreator getHoverControlCreator() {
			return HoverControl.CREATOR;
		}
	}

	/**
	 * @param text a text
	 * @param offset a position in it
	 * @return the name or qualified name around the position, or an empty region there when it is not on a name
	 */
	public static IRegion word(String text, int offset) {
		int start = Math.min(offset, text.length());
		while (start > 0 && isNamePart(text.charAt(start - 1))) {
			start--;
		}
		int end = Math.min(offset, text.length());
		while (end < text.length() && isNamePart(text.charAt(end))) {
			end++;
		}
		return new Region(start, end - start);
	}

	private static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
	}

	/** Finds the reference under the cursor and links it to its declaration, in this file or another. */
	public static final class Links extends AbstractHyperlinkDetector {

		private final CasebookEditor editor;

		/** @param editor the editor whose last parse is searched */
		public Links(CasebookEditor editor) {
			this.editor = editor;
		}

		/**
		 * @param viewer the text viewer
		 * @param region the position of the cursor
		 * @return the link to the declaration of the reference there, or {@code null}
		 */
		public IHyperlink[] at(ITextViewer viewer, IRegion region) {
			return detectHyperlinks(viewer, region, false);
		}

		@Override
		public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultiple) {
			XtextResource resource = editor.lastParse();
			if (resource == null) {
				return null;
			}
			EObjectAtOffsetHelper helper = CasebookUi.injector().getInstance(EObjectAtOffsetHelper.class);
			org.eclipse.xtext.nodemodel.INode node = helper.getCrossReferenceNode(resource,
					new org.eclipse.xtext.util.TextRegion(region.getOffset(), 0));
			if (node == null) {
				return null;
			}
			EObject target = helper.resolveCrossReferencedElementAt(resource, region.getOffset());
			if (target == null || target.eIsProxy()) {
				return null;
			}
			IRegion linkRegion = new Region(node.getOffset(), node.getLength());
			return new IHyperlink[] { new IHyperlink() {
				@Override
				public IRegion getHyperlinkRegion() {
					return linkRegion;
				}

				@Override
				public String getTypeLabel() {
					return null;
				}

				@Override
				public String getHyperlinkText() {
					return Messages.Editor_goToDeclaration;
				}

				@Override
				public void open() {
					reveal(target);
				}
			} };
		}
	}
}
