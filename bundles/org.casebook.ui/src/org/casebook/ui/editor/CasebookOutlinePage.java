// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import org.casebook.ui.Messages;
import java.util.ArrayList;
import java.util.List;

import org.casebook.model.Element;
import org.casebook.model.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/** The outline of a scenario: its named elements as a tree; selecting one selects its text. */
public final class CasebookOutlinePage extends ContentOutlinePage {

	private final CasebookEditor editor;

	CasebookOutlinePage(CasebookEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof XtextResource r && !r.getContents().isEmpty() ? children(r.getContents().get(0)) : new Object[0];
			}

			@Override
			public Object[] getChildren(Object element) {
				return element instanceof EObject e ? children(e) : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return element instanceof EObject e ? e.eContainer() : null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return getChildren(element).length > 0;
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof NamedElement named) {
					String kind = org.casebook.dsl.messages.Kinds.label(named.eClass());
					return kind + " " + named.getName() + (named.getLabel() != null ? " – " + named.getLabel() : "")
							+ (named.isTeacherOnly() ? " " + Messages.Outline_teacherOnly : "");
				}
				return String.valueOf(element);
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof EObject e) {
				ICompositeNode node = NodeModelUtils.findActualNodeFor(e);
				if (node != null) {
					editor.selectAndReveal(node.getOffset(), node.getLength());
				}
			}
		});
		refresh(editor.lastParse());
	}

	/** Shows the elements of a new parse. */
	void refresh(XtextResource resource) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || resource == null) {
			return;
		}
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.setInput(resource);
				viewer.expandToLevel(2);
			}
		});
	}

	private static Object[] children(EObject parent) {
		List<Object> result = new ArrayList<>();
		for (EObject child : parent.eContents()) {
			if (child instanceof NamedElement && ((Element) child) != null) {
				result.add(child);
			}
		}
		return result.toArray();
	}
}
