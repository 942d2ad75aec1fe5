// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.views;

import java.util.List;

import org.casebook.model.Model;
import org.casebook.referential.coverage.CoverageAnalyzer;
import org.casebook.referential.coverage.CoverageReport;
import org.casebook.referential.coverage.CoverageReport.RealisationRow;
import org.casebook.ui.editor.CasebookEditor;
import org.casebook.ui.editor.ScenarioParser;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.xtext.resource.XtextResource;

/** The Bloc 1 synthesis table of the missions of the project in the active editor, and the competencies left uncovered. */
public final class CoverageView extends ViewPart {

	/** Identifier of the view. */
	public static final String ID = "org.casebook.ui.views.coverage";

	private Label gaps;
	private Table table;
	private CasebookEditor editor;
	private XtextResource shown;
	private CoverageReport report;

	private final IPartListener2 listener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof CasebookEditor e) {
				editor = e;
				refresh(true);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		gaps = new Label(parent, SWT.WRAP);
		gaps.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new Table(parent, SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumn first = new TableColumn(table, SWT.NONE);
		first.setText("Réalisation");
		first.setWidth(360);
		for (String code : CoverageReport.BLOC1) {
			TableColumn column = new TableColumn(table, SWT.CENTER);
			column.setText(code);
			column.setWidth(60);
		}
		getSite().getPage().addPartListener(listener);
		if (getSite().getPage().getActiveEditor() instanceof CasebookEditor e) {
			editor = e;
		}
		table.getDisplay().timerExec(700, this::poll);
	}

	private void poll() {
		if (table.isDisposed()) {
			return;
		}
		refresh(false);
		table.getDisplay().timerExec(700, this::poll);
	}

	private void refresh(boolean force) {
		if (editor == null || table.isDisposed()) {
			return;
		}
		XtextResource resource = editor.lastParse();
		if (resource == null || resource == shown && !force) {
			return;
		}
		shown = resource;
		List<Model> models = ScenarioParser.models(resource);
		report = CoverageAnalyzer.analyze(models, null);
		table.removeAll();
		for (RealisationRow row : report.realisations()) {
			TableItem item = new TableItem(table, SWT.NONE);
			String[] cells = new String[1 + CoverageReport.BLOC1.size()];
			cells[0] = row.mission() + " · " + (row.label() != null ? row.label() : row.name());
			for (int i = 0; i < row.bloc1().length; i++) {
				cells[i + 1] = row.bloc1()[i] ? "X" : "";
			}
			item.setText(cells);
		}
		List<String> missing = report.bloc1Gaps();
		gaps.setText(missing.isEmpty() ? "Les six compétences du bloc 1 sont mobilisées au moins une fois."
				: "Compétences du bloc 1 jamais mobilisées : " + String.join(", ", missing));
		gaps.getParent().layout();
	}

	/** @return the report shown, for tests */
	public CoverageReport currentReport() {
		return report;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(listener);
		super.dispose();
	}
}
