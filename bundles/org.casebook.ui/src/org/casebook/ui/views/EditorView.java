// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.views;

import org.casebook.ui.editor.CasebookEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.xtext.resource.XtextResource;

/**
 * A view of the scenario in the active editor: it follows the editor the user activates, and shows the text again each
 * time the editor has parsed it anew, at once when it has shown nothing for {@value #POLL_MILLIS} ms, else at the next
 * look every {@value #POLL_MILLIS} ms, so that typing never waits for the view and the first parse of a file is shown
 * as soon as it is made.
 */
public abstract class EditorView extends ViewPart {

	/** How often the view looks for a new parse of the text. */
	static final int POLL_MILLIS = 700;

	private Control control;
	private CasebookEditor editor;
	private XtextResource shown;
	/** When the view last showed a parse, by {@link System#nanoTime()}. */
	private long shownAt = System.nanoTime() - POLL_MILLIS * 1_000_000L;

	/** Told by the followed editor after each parse, on the thread that parsed. */
	private final Runnable parsed = () -> {
		Control shownIn = control;
		try {
			if (shownIn != null && !shownIn.isDisposed()) {
				shownIn.getDisplay().asyncExec(this::showNewParse);
			}
		} catch (org.eclipse.swt.SWTException e) {
			// the view or the display is being closed
		}
	};

	private final IPartListener2 listener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof CasebookEditor e) {
				editorActivated(e, e != editor);
				follow(e);
				refresh(true);
			}
		}
	};

	@Override
	public final void createPartControl(Composite parent) {
		control = createContents(parent);
		getSite().getPage().addPartListener(listener);
		if (getSite().getPage().getActiveEditor() instanceof CasebookEditor e) {
			follow(e);
			refresh(true);
		}
		control.getDisplay().timerExec(POLL_MILLIS, this::poll);
	}

	/**
	 * @param parent the view's area
	 * @return the main control, which gets the focus
	 */
	protected abstract Control createContents(Composite parent);

	/**
	 * Shows a parse of the text of the followed editor.
	 *
	 * @param editor the editor followed
	 * @param resource its last parse
	 */
	protected abstract void show(CasebookEditor editor, XtextResource resource);

	/**
	 * Called when the user activates a scenario editor, before it is shown.
	 *
	 * @param activated the editor
	 * @param other whether it is another editor than the one followed so far
	 */
	protected void editorActivated(CasebookEditor activated, boolean other) {
	}

	/** @return the editor followed, or {@code null} */
	protected final CasebookEditor editor() {
		return editor;
	}

	private void follow(CasebookEditor followed) {
		if (followed != editor) {
			if (editor != null) {
				editor.removeParseListener(parsed);
			}
			followed.addParseListener(parsed);
			editor = followed;
		}
	}

	/** A new parse of the followed editor: shown at once when the view has shown none for a while. */
	private void showNewParse() {
		if (!control.isDisposed() && System.nanoTime() - shownAt >= POLL_MILLIS * 1_000_000L) {
			refresh(false);
		}
	}

	private void poll() {
		if (control.isDisposed()) {
			return;
		}
		refresh(false);
		control.getDisplay().timerExec(POLL_MILLIS, this::poll);
	}

	/**
	 * Shows the last parse of the followed editor.
	 *
	 * @param force whether to show it even when it is already shown (an option of the view changed)
	 */
	protected final void refresh(boolean force) {
		if (editor == null || control == null || control.isDisposed()) {
			return;
		}
		XtextResource resource = editor.lastParse();
		if (resource == null || resource == shown && !force) {
			return;
		}
		shown = resource;
		shownAt = System.nanoTime();
		show(editor, resource);
	}

	@Override
	public void setFocus() {
		control.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(listener);
		if (editor != null) {
			editor.removeParseListener(parsed);
		}
		super.dispose();
	}
}
