// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.casebook.model.NamedElement;
import org.casebook.referential.conformity.Describe;
import org.casebook.ui.CasebookUi;
import org.casebook.ui.Messages;
import org.casebook.ui.editor.CasebookEditor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The facts of the element under the caret of the scenario editor (the outline and the diagram move the caret to the
 * element chosen): its kind, name and label, each property given, and what it references, as links that a double click
 * or Enter follows to the declaration.
 */
public final class PropertiesView extends ViewPart {

	/** Identifier of the view. */
	public static final String ID = "org.casebook.ui.views.properties";

	/** One line of the table: a property, its value and, for a reference, the element it designates. */
	public record Row(String property, String value, EObject target) {
	}

	private Table table;
	private final List<Row> rows = new ArrayList<>();
	private NamedElement shown;

	private final ISelectionListener listener = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		table = new Table(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		TableColumn property = new TableColumn(table, SWT.NONE);
		property.setText(Messages.Properties_property);
		property.setWidth(180);
		TableColumn value = new TableColumn(table, SWT.NONE);
		value.setText(Messages.Properties_value);
		value.setWidth(420);
		table.addListener(SWT.DefaultSelection, e -> {
			int index = table.getSelectionIndex();
			if (index >= 0 && index < rows.size()) {
				follow(rows.get(index));
			}
		});
		getSite().getPage().addPostSelectionListener(listener);
		if (getSite().getPage().getActiveEditor() instanceof CasebookEditor editor) {
			selectionChanged(editor, editor.getSelectionProvider().getSelection());
		}
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (!(part instanceof CasebookEditor editor) || !(selection instanceof ITextSelection text) || table.isDisposed()) {
			return;
		}
		XtextResource resource = editor.lastParse();
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		EObject e = CasebookUi.injector().getInstance(EObjectAtOffsetHelper.class).resolveContainedElementAt(resource, text.getOffset());
		while (e != null && !(e instanceof NamedElement)) {
			e = e.eContainer();
		}
		show(e instanceof NamedElement named ? named : null);
	}

	/**
	 * Shows the facts of an element.
	 *
	 * @param element the element, or {@code null} for none
	 */
	public void show(NamedElement element) {
		shown = element;
		rows.clear();
		if (element != null) {
			rows.add(new Row(Messages.Properties_element, Describe.element(element), null));
			addFeatures(element, "");
		}
		table.removeAll();
		for (Row row : rows) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { row.property(), row.value() });
			if (row.target() != null) {
				item.setForeground(1, table.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND));
			}
		}
		setContentDescription(element == null ? Messages.Properties_none : "");
	}

	private void addFeatures(EObject object, String prefix) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!object.eIsSet(feature) || feature.isDerived() || feature.isTransient()) {
				continue;
			}
			String name = prefix + feature.getName();
			Object value = object.eGet(feature);
			List<?> values = feature.isMany() ? (List<?>) value : List.of(value);
			if (feature instanceof EAttribute) {
				StringBuilder text = new StringBuilder();
				for (Object v : values) {
					text.append(text.length() > 0 ? ", " : "").append(v instanceof org.eclipse.emf.common.util.Enumerator e ? org.casebook.model.text.Labels.of(e)
							: v instanceof Boolean b ? (b ? Messages.Properties_yes : Messages.Properties_no) : v);
				}
				rows.add(new Row(name, text.toString().replace('\n', ' '), null));
			} else if (feature instanceof EReference reference && !reference.isContainment()) {
				for (Object v : values) {
					if (v instanceof EObject target && !target.eIsProxy()) {
						rows.add(new Row(name, target instanceof NamedElement named ? Describe.element(named) : target.eClass().getName(), target));
					} else if (v instanceof EObject proxy) {
						rows.add(new Row(name, Messages.Properties_unresolved, null));
					}
				}
			} else if (feature instanceof EReference) {
				int i = 1;
				for (Object v : values) {
					if (v instanceof NamedElement named) {
						rows.add(new Row(name, Describe.element(named), named));
					} else if (v instanceof EObject child) {
						addFeatures(child, name + (values.size() > 1 ? " " + i : "") + " \u203a ");
					}
					i++;
				}
			}
		}
	}

	private static void follow(Row row) {
		if (row.target() != null) {
			CasebookEditor.reveal(row.target());
		}
	}

	/** @return the lines shown, for tests */
	public List<Row> rows() {
		return List.copyOf(rows);
	}

	/** @return the element shown, or {@code null} */
	public NamedElement shown() {
		return shown;
	}

	/**
	 * Follows the reference of a line, as a double click does.
	 *
	 * @param index the line
	 */
	public void follow(int index) {
		follow(rows.get(index));
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(listener);
		super.dispose();
	}
}
