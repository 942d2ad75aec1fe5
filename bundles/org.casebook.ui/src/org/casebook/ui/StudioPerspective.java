// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Casebook perspective: outline on the left, editors in the middle, the live diagram on the right, problems, Annexe II.E conformity and competency coverage below. */
public final class StudioPerspective implements IPerspectiveFactory {

	/** Identifier of the perspective. */
	public static final String ID = CasebookUi.PLUGIN_ID + ".perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		var left = layout.createFolder("left", IPageLayout.LEFT, 0.2f, editors);
		left.addView(org.casebook.ui.views.ExplorerView.ID);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, 0.45f, "left");
		layout.addView(org.casebook.ui.views.DiagramView.ID, IPageLayout.RIGHT, 0.5f, editors);
		var bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(org.casebook.ui.views.PropertiesView.ID);
		bottom.addView(org.casebook.ui.views.ConformityView.ID);
		bottom.addView(org.casebook.ui.views.CoverageView.ID);
		bottom.addView(org.casebook.ui.viewer.DocumentsView.ID);
		layout.addNewWizardShortcut(org.casebook.ui.wizards.NewProjectWizard.ID);
		layout.addShowViewShortcut(org.casebook.ui.views.ExplorerView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(org.casebook.ui.views.PropertiesView.ID);
		layout.addShowViewShortcut(org.casebook.ui.views.DiagramView.ID);
		layout.addShowViewShortcut(org.casebook.ui.views.ConformityView.ID);
		layout.addShowViewShortcut(org.casebook.ui.views.CoverageView.ID);
		layout.addShowViewShortcut(org.casebook.ui.viewer.DocumentsView.ID);
	}
}
