// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.casebook.model.Element;
import org.casebook.model.NamedElement;
import org.casebook.ui.Messages;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The outline of a scenario: its named elements as a tree, linked with the editor — selecting an element selects its
 * text, and moving the caret selects the element around it. The tree keeps its expanded branches as the text changes.
 */
public final class CasebookOutlinePage extends ContentOutlinePage {

	private final CasebookEditor editor;
	/** Set while the outline follows the caret, so that its selection does not move the caret back. */
	private boolean following;

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
			if (!following && event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof EObject e) {
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
			if (viewer.getControl().isDisposed()) {
				return;
			}
			boolean first = viewer.getInput() == null;
			Set<String> expanded = new HashSet<>();
			for (Object e : viewer.getExpandedElements()) {
				expanded.add(key(e));
			}
			String selected = viewer.getStructuredSelection().getFirstElement() instanceof EObject e ? key(e) : null;
			viewer.getControl().setRedraw(false);
			try {
				viewer.setInput(resource);
				if (first) {
					viewer.expandToLevel(2);
				} else {
					List<Object> again = new ArrayList<>();
					collect(resource.getContents().isEmpty() ? null : resource.getContents().get(0), expanded, again, null);
					viewer.setExpandedElements(again.toArray());
				}
				if (selected != null) {
					Object[] match = new Object[1];
					collect(resource.getContents().isEmpty() ? null : resource.getContents().get(0), Set.of(selected), new ArrayList<>(), match);
					if (match[0] != null) {
						following = true;
						try {
							viewer.setSelection(new StructuredSelection(match[0]));
						} finally {
							following = false;
						}
					}
				}
			} finally {
				viewer.getControl().setRedraw(true);
			}
		});
	}

	/**
	 * Selects the element around an offset of the text, without moving the caret.
	 *
	 * @param offset a position in the text
	 */
	void reveal(int offset) {
		TreeViewer viewer = getTreeViewer();
		XtextResource resource = editor.lastParse();
		if (viewer == null || viewer.getControl().isDisposed() || resource == null || viewer.getInput() != resource
				|| resource.getParseResult() == null) {
			return;
		}
		var leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		while (element != null && !shown(element)) {
			element = element.eContainer();
		}
		if (element == null || viewer.getStructuredSelection().getFirstElement() == element) {
			return;
		}
		following = true;
		try {
			viewer.setSelection(new StructuredSelection(element), true);
		} finally {
			following = false;
		}
	}

	/** @return whether an element is in the tree: a named element under named elements only, below the file's root */
	private static boolean shown(EObject element) {
		if (element.eContainer() == null) {
			return false;
		}
		for (EObject e = element; e.eContainer() != null; e = e.eContainer()) {
			if (!(e instanceof NamedElement)) {
				return false;
			}
		}
		return true;
	}

	/** @return the name of the element selected in the outline, or {@code null} */
	public String selectedName() {
		TreeViewer viewer = getTreeViewer();
		return viewer != null && viewer.getStructuredSelection().getFirstElement() instanceof NamedElement named ? named.getName() : null;
	}

	/** @return what identifies an element from one parse to the next: the kinds and names from the root */
	private static String key(Object element) {
		StringBuilder key = new StringBuilder();
		for (Object e = element; e instanceof EObject o; e = o.eContainer()) {
			key.insert(0, "/" + o.eClass().getName() + ":" + (o instanceof NamedElement named ? named.getName() : ""));
		}
		return key.toString();
	}

	/** Collects the outline elements whose key is wanted; the first one found is also put in {@code first}. */
	private static void collect(EObject parent, Set<String> wanted, List<Object> found, Object[] first) {
		if (parent == null) {
			return;
		}
		for (Object child : children(parent)) {
			if (wanted.contains(key(child))) {
				found.add(child);
				if (first != null && first[0] == null) {
					first[0] = child;
				}
			}
			collect((EObject) child, wanted, found, first);
		}
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
