// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.views;

import java.util.List;

import org.casebook.diagram.Diagram;
import org.casebook.diagram.DiagramKind;
import org.casebook.diagram.Diagrams;
import org.casebook.diagram.SvgRenderer;
import org.casebook.model.Model;
import org.casebook.model.NamedElement;
import org.casebook.model.Organisation;
import org.casebook.model.edition.EditionModels;
import org.casebook.ui.Messages;
import org.casebook.ui.editor.CasebookEditor;
import org.casebook.ui.editor.ScenarioParser;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The diagram of the scenario in the active editor, redrawn as the text changes: pick the kind, zoom, and click an
 * element to select its declaration in the text.
 */
public final class DiagramView extends EditorView {

	/** Identifier of the view. */
	public static final String ID = "org.casebook.ui.views.diagram";

	private Browser browser;
	private Combo kinds;
	private Scale zoom;
	private String svg = "";
	private List<Model> models = List.of();

	@Override
	protected Control createContents(Composite parent) {
		parent.setLayout(new GridLayout(4, false));
		new Label(parent, SWT.NONE).setText(Messages.Diagram_kind);
		kinds = new Combo(parent, SWT.READ_ONLY);
		for (DiagramKind kind : DiagramKind.values()) {
			kinds.add(kind.title());
		}
		kinds.select(0);
		kinds.addListener(SWT.Selection, e -> refresh(true));
		new Label(parent, SWT.NONE).setText(Messages.Diagram_zoom);
		zoom = new Scale(parent, SWT.HORIZONTAL);
		zoom.setMinimum(20);
		zoom.setMaximum(200);
		zoom.setSelection(60);
		zoom.addListener(SWT.Selection, e -> refresh(true));
		browser = new Browser(parent, SWT.NONE);
		browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		new BrowserFunction(browser, "casebookSelect") {
			@Override
			public Object function(Object[] arguments) {
				if (arguments.length == 1 && arguments[0] instanceof String key) {
					select(key);
				}
				return null;
			}
		};
		return browser;
	}

	@Override
	protected void show(CasebookEditor editor, XtextResource resource) {
		models = ScenarioParser.models(resource);
		Organisation organisation = ScenarioParser.organisation(models);
		if (organisation == null) {
			svg = "";
			browser.setText(page("<p>" + Messages.View_noOrganisation + "</p>"));
			return;
		}
		DiagramKind kind = DiagramKind.values()[Math.max(0, kinds.getSelectionIndex())];
		StringBuilder body = new StringBuilder();
		StringBuilder all = new StringBuilder();
		for (Diagram diagram : Diagrams.draw(editor.studentEdition() ? EditionModels.student(models) : EditionModels.teacher(models),
				organisation, kind)) {
			String one = SvgRenderer.render(diagram);
			all.append(one);
			body.append(one.substring(one.indexOf("<svg")));
		}
		svg = all.toString();
		browser.setText(page(body.length() == 0 ? "<p>" + Messages.Diagram_nothing + "</p>" : body.toString()));
	}

	private String page(String body) {
		double scale = zoom.getSelection() / 100.0;
		return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{margin:8px;font-family:sans-serif}"
				+ "svg{transform:scale(" + scale + ");transform-origin:0 0;display:block}g[data-element]{cursor:pointer}</style></head><body>"
				+ body + "<script>document.querySelectorAll('g[data-element]').forEach(function(g){g.addEventListener('click',"
				+ "function(e){e.stopPropagation();casebookSelect(g.getAttribute('data-element'));});});</script></body></html>";
	}

	private void select(String key) {
		for (Model model : models) {
			for (var it = model.eAllContents(); it.hasNext();) {
				EObject e = it.next();
				if (e instanceof NamedElement named && key.equals(named.eClass().getName() + ":" + named.getName())) {
					CasebookEditor.reveal(e);
					return;
				}
			}
		}
	}

	/** @return the SVG currently shown, for tests */
	public String currentSvg() {
		return svg;
	}

	/** @param kind the kind of diagram to show */
	public void show(DiagramKind kind) {
		kinds.select(kind.ordinal());
		refresh(true);
	}
}
