// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.viewer;

import org.casebook.ui.CasebookUi;
import org.casebook.ui.views.DiagramView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The consultation perspective: outline on the left, the read-only scenario in the middle, diagrams and documents on the right. */
public final class ViewerPerspective implements IPerspectiveFactory {

	/** Identifier of the perspective. */
	public static final String ID = CasebookUi.PLUGIN_ID + ".viewer.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.LEFT, 0.2f, editors);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.45f, editors);
		right.addView(DocumentsView.ID);
		right.addView(DiagramView.ID);
		layout.setFixed(false);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(DocumentsView.ID);
		layout.addShowViewShortcut(DiagramView.ID);
	}
}
