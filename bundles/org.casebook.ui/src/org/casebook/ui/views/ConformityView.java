// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.views;

import java.util.List;

import org.casebook.model.ExamOption;
import org.casebook.model.ExamSubject;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.model.edition.EditionModels;
import org.casebook.referential.Referential.Option;
import org.casebook.referential.conformity.ConformityChecker;
import org.casebook.referential.conformity.ConformityReport;
import org.casebook.referential.conformity.Reading;
import org.casebook.referential.conformity.RuleResult;
import org.casebook.referential.conformity.Status;
import org.casebook.ui.Messages;
import org.casebook.ui.editor.CasebookEditor;
import org.casebook.ui.editor.ScenarioParser;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.xtext.resource.XtextResource;

/** The Annexe II.E conformity of the organisation in the active editor, rule by rule, updated as the text changes. */
public final class ConformityView extends EditorView {

	/** Identifier of the view. */
	public static final String ID = "org.casebook.ui.views.conformity";

	private Combo option;
	private Combo reading;
	private Label summary;
	private Table table;
	private ConformityReport report;
	/** Whether the option should be taken from the exam subject of the project at the next refresh. */
	private boolean followSubject = true;

	@Override
	protected Control createContents(Composite parent) {
		parent.setLayout(new GridLayout(5, false));
		new Label(parent, SWT.NONE).setText(Messages.Conformity_option);
		option = new Combo(parent, SWT.READ_ONLY);
		option.setItems("SISR", "SLAM");
		option.select(0);
		option.addListener(SWT.Selection, e -> refresh(true));
		new Label(parent, SWT.NONE).setText(Messages.Conformity_reading);
		reading = new Combo(parent, SWT.READ_ONLY);
		reading.setItems(Messages.Conformity_strict, Messages.Conformity_lenient);
		reading.select(0);
		reading.addListener(SWT.Selection, e -> refresh(true));
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new Table(parent, SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
		String[] titles = { Messages.Conformity_requirement, Messages.Conformity_status, Messages.Conformity_evidence, Messages.Conformity_remarks };
		int[] widths = { 320, 150, 420, 420 };
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(titles[i]);
			column.setWidth(widths[i]);
		}
		return table;
	}

	@Override
	protected void editorActivated(CasebookEditor activated, boolean other) {
		followSubject |= other;
	}

	@Override
	protected void show(CasebookEditor editor, XtextResource resource) {
		List<Model> models = ScenarioParser.models(resource);
		Organisation organisation = ScenarioParser.organisation(models);
		table.removeAll();
		if (organisation == null) {
			report = null;
			summary.setText(Messages.View_noOrganisation);
			return;
		}
		if (followSubject) {
			followSubject = false;
			models.stream().flatMap(m -> m.getElements().stream()).filter(ExamSubject.class::isInstance).map(ExamSubject.class::cast)
					.map(ExamSubject::getOption).filter(o -> o == ExamOption.SISR || o == ExamOption.SLAM).findFirst()
					.ifPresent(o -> option.select(o == ExamOption.SLAM ? 1 : 0));
		}
		EditionModels edition = editor.studentEdition() ? EditionModels.student(models) : EditionModels.teacher(models);
		if (edition.resolve(organisation) == null) {
			report = null;
			summary.setText(Messages.View_noOrganisation);
			return;
		}
		report = ConformityChecker.check(edition, organisation, option.getSelectionIndex() == 0 ? Option.SISR : Option.SLAM,
				reading.getSelectionIndex() == 0 ? Reading.STRICTE : Reading.SOUPLE);
		// a choice format: the counts agree with their number (« 1 conforme », « 2 conformes »)
		summary.setText(java.text.MessageFormat.format(Messages.Conformity_summary, new Object[] { report.count(Status.CONFORME), report.count(Status.NON_CONFORME),
				report.count(Status.INFORMATION_ABSENTE) }));
		summary.getParent().layout();
		for (RuleResult r : report.results()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { r.id() + " " + r.text(), r.status().label(), String.join(" ; ", r.evidence()), r.explanation() });
			item.setBackground(1, new Color(table.getDisplay(), switch (r.status()) {
			case CONFORME -> new org.eclipse.swt.graphics.RGB(0xe3, 0xf4, 0xe1);
			case NON_CONFORME -> new org.eclipse.swt.graphics.RGB(0xfb, 0xe3, 0xe1);
			default -> new org.eclipse.swt.graphics.RGB(0xff, 0xf4, 0xd6);
			}));
		}
	}

	/** @return the report shown, for tests */
	public ConformityReport currentReport() {
		return report;
	}

	/** @param slam whether to check the SLAM option rather than SISR */
	public void choose(boolean slam) {
		followSubject = false;
		option.select(slam ? 1 : 0);
		refresh(true);
	}
}
