// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.views;

import org.casebook.ui.ScenarioFolders;
import org.casebook.ui.editor.CasebookEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.OpenFileAction;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.model.WorkbenchContentProvider;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.eclipse.ui.part.ViewPart;

/**
 * The Project Explorer of Casebook Studio: the projects of the workspace and their files, which open on a double click
 * (scenarios in the scenario editor); it follows the active editor and refreshes as files come and go.
 */
public final class ExplorerView extends ViewPart {

	/** Identifier of the view. */
	public static final String ID = "org.casebook.ui.views.explorer";

	private TreeViewer viewer;

	private final IPartListener2 follow = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof IEditorPart editor) {
				reveal(editor.getEditorInput());
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new ContentProvider());
		viewer.setLabelProvider(WorkbenchLabelProvider.getDecoratingWorkbenchLabelProvider());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int category(Object element) {
				return element instanceof IFile ? 1 : 0;
			}
		});
		viewer.addFilter(new org.eclipse.jface.viewers.ViewerFilter() {
			@Override
			public boolean select(org.eclipse.jface.viewers.Viewer v, Object parentElement, Object element) {
				return !(element instanceof IResource r) || !r.getName().startsWith(".");
			}
		});
		viewer.setInput(ResourcesPlugin.getWorkspace().getRoot());
		viewer.addDoubleClickListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (first instanceof IFile file) {
				open(file);
			} else if (first != null) {
				viewer.setExpandedState(first, !viewer.getExpandedState(first));
			}
		});
		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillMenu);
		Menu control = menu.createContextMenu(viewer.getControl());
		viewer.getControl().setMenu(control);
		getSite().registerContextMenu(menu, viewer);
		getSite().getPage().addPartListener(follow);
		IEditorPart active = getSite().getPage().getActiveEditor();
		if (active != null) {
			reveal(active.getEditorInput());
		}
	}

	/**
	 * The workspace's projects and files; a project made to show a folder of the disk shows that folder's files
	 * directly, without the intermediate linked folder.
	 */
	private final class ContentProvider extends WorkbenchContentProvider {

		@Override
		public Object[] getChildren(Object element) {
			if (element instanceof IProject project) {
				IFolder link = ScenarioFolders.linkedFolder(project);
				if (link != null) {
					return super.getChildren(link);
				}
			}
			return super.getChildren(element);
		}

		@Override
		public Object getParent(Object element) {
			Object parent = super.getParent(element);
			if (parent instanceof IFolder folder && folder.isLinked() && folder.getParent() instanceof IProject project
					&& folder.equals(ScenarioFolders.linkedFolder(project))) {
				return project;
			}
			return parent;
		}

		@Override
		protected void processDelta(IResourceDelta delta) {
			super.processDelta(delta);
			// the files of a linked folder are shown under its project, which the standard refresh does not know
			java.util.Set<IProject> touched = new java.util.HashSet<>();
			for (IResourceDelta child : delta.getAffectedChildren()) {
				if (child.getResource() instanceof IProject project && ScenarioFolders.isLinked(project)) {
					touched.add(project);
				}
			}
			TreeViewer tree = ExplorerView.this.viewer;
			if (!touched.isEmpty() && tree != null && !tree.getControl().isDisposed()) {
				tree.getControl().getDisplay().asyncExec(() -> {
					if (!tree.getControl().isDisposed()) {
						touched.forEach(tree::refresh);
					}
				});
			}
		}
	}

	private void fillMenu(IMenuManager menu) {
		IStructuredSelection selection = viewer.getStructuredSelection();
		if (!selection.isEmpty() && selection.getFirstElement() instanceof IFile) {
			OpenFileAction open = new OpenFileAction(getSite().getPage());
			open.selectionChanged(selection);
			menu.add(open);
		}
		menu.add(new Separator());
		menu.add(ActionFactory.REFRESH.create(getSite().getWorkbenchWindow()));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	/** Opens a file: a scenario in the scenario editor, anything else in the editor the workbench chooses. */
	private void open(IFile file) {
		try {
			if ("orga".equals(file.getFileExtension())) {
				IDE.openEditor(getSite().getPage(), file, CasebookEditor.ID);
			} else {
				IDE.openEditor(getSite().getPage(), file);
			}
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(getClass()).error(file.getFullPath().toString(), e);
		}
	}

	private void reveal(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput && viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setSelection(new StructuredSelection(fileInput.getFile()), true);
		}
	}

	/** @return the tree of the projects and files */
	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(follow);
		super.dispose();
	}
}
