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
 * time the editor has parsed it anew (checked every {@value #POLL_MILLIS} ms, so typing never waits for the view).
 */
public abstract class EditorView extends ViewPart {

	/** How often the view looks for a new parse of the text. */
	static final int POLL_MILLIS = 700;

	private Control control;
	private CasebookEditor editor;
	private XtextResource shown;

	private final IPartListener2 listener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof CasebookEditor e) {
				editorActivated(e, e != editor);
				editor = e;
				refresh(true);
			}
		}
	};

	@Override
	public final void createPartControl(Composite parent) {
		control = createContents(parent);
		getSite().getPage().addPartListener(listener);
		if (getSite().getPage().getActiveEditor() instanceof CasebookEditor e) {
			editor = e;
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
		show(editor, resource);
	}

	@Override
	public void setFocus() {
		control.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(listener);
		super.dispose();
	}
}
