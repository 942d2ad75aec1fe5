// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.views;

import java.util.List;

import org.casebook.model.Model;
import org.casebook.model.edition.EditionModels;
import org.casebook.referential.coverage.CoverageAnalyzer;
import org.casebook.referential.coverage.CoverageReport.RealisationRow;
import org.casebook.referential.coverage.CoverageReport;
import org.casebook.ui.Messages;
import org.casebook.ui.editor.CasebookEditor;
import org.casebook.ui.editor.ScenarioParser;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.xtext.resource.XtextResource;

/** The Bloc 1 synthesis table of the missions of the project in the active editor, and the competencies left uncovered. */
public final class CoverageView extends EditorView {

	/** Identifier of the view. */
	public static final String ID = "org.casebook.ui.views.coverage";

	private Label gaps;
	private Table table;
	private CoverageReport report;

	@Override
	protected Control createContents(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		gaps = new Label(parent, SWT.WRAP);
		gaps.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new Table(parent, SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumn first = new TableColumn(table, SWT.NONE);
		first.setText(Messages.Coverage_realisation);
		first.setWidth(360);
		for (String code : CoverageReport.BLOC1) {
			TableColumn column = new TableColumn(table, SWT.CENTER);
			column.setText(code);
			column.setWidth(60);
		}
		return table;
	}

	@Override
	protected void show(CasebookEditor editor, XtextResource resource) {
		List<Model> models = ScenarioParser.models(resource);
		report = CoverageAnalyzer.analyze(editor.studentEdition() ? EditionModels.student(models) : EditionModels.teacher(models), null);
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
		gaps.setText(missing.isEmpty() ? Messages.Coverage_complete : NLS.bind(Messages.Coverage_gaps, String.join(", ", missing)));
		gaps.getParent().layout();
	}

	/** @return the report shown, for tests */
	public CoverageReport currentReport() {
		return report;
	}
}
