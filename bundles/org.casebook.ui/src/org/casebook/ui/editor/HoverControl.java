// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import org.eclipse.jface.text.AbstractInformationControl;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The summary shown when hovering a name: a framed note with a one-pixel border, wrapped at a readable width, so that
 * it reads as a note laid over the text and not as more text.
 */
public final class HoverControl extends AbstractInformationControl {

	/** Widest line of the note, in pixels, before the text wraps. */
	private static final int MAX_WIDTH = 480;

	/** Creates the hover's note for the text viewer. */
	public static final IInformationControlCreator CREATOR = HoverControl::new;

	private Composite frame;
	private Label text;

	private HoverControl(Shell parent) {
		super(parent, (String) null);
		create();
	}

	@Override
	protected void createContent(Composite parent) {
		frame = new Composite(parent, SWT.NONE);
		GridLayout border = new GridLayout();
		border.marginWidth = 1;
		border.marginHeight = 1;
		frame.setLayout(border);
		frame.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		Composite inside = new Composite(frame, SWT.NONE);
		inside.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout margins = new GridLayout();
		margins.marginWidth = 6;
		margins.marginHeight = 4;
		inside.setLayout(margins);
		inside.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		text = new Label(inside, SWT.WRAP);
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		text.setBackground(inside.getBackground());
		text.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
	}

	@Override
	public void setInformation(String information) {
		text.setText(information == null ? "" : information);
		GridData data = (GridData) text.getLayoutData();
		data.widthHint = Math.min(MAX_WIDTH, text.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
	}

	@Override
	public boolean hasContents() {
		return text != null && !text.getText().isEmpty();
	}

	@Override
	public Point computeSizeHint() {
		return getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
	}

	@Override
	public IInformationControlCreator getInformationPresenterControlCreator() {
		return CREATOR;
	}

	/** @return the border around the note, drawn in the colour of dark shadows */
	public Composite frame() {
		return frame;
	}

	/** @return the note's text */
	public String text() {
		return text.getText();
	}

	/** Creates a note as the editor's hovers do, for tests and other views. */
	public static IInformationControl create(Shell parent) {
		return CREATOR.createInformationControl(parent);
	}
}
