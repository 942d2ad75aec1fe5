// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.viewer;

import java.util.ArrayList;
import java.util.List;

import org.casebook.ui.Messages;
import org.casebook.ui.editor.CasebookEditor;
import org.casebook.ui.views.EditorView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The documents of the project of the active editor, from its {@code documents} folder, as web pages: in the viewer the
 * student documents of the consultation, in the Studio those the teacher generated there.
 */
public final class DocumentsView extends EditorView {

	/** Identifier of the view. */
	public static final String ID = "org.casebook.ui.viewer.documents";

	private Combo choice;
	private Button pdf;
	private Browser browser;
	private final List<IFile> documents = new ArrayList<>();

	@Override
	protected Control createContents(Composite parent) {
		parent.setLayout(new GridLayout(3, false));
		new Label(parent, SWT.NONE).setText(Messages.Documents_document);
		choice = new Combo(parent, SWT.READ_ONLY);
		choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		choice.addListener(SWT.Selection, e -> open(choice.getSelectionIndex()));
		pdf = new Button(parent, SWT.PUSH);
		pdf.setText(Messages.Documents_openPdf);
		pdf.setEnabled(false);
		pdf.addListener(SWT.Selection, e -> openPdf());
		browser = new Browser(parent, SWT.NONE);
		browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		browser.setText(page(Messages.Documents_none));
		return browser;
	}

	/** The scenario file whose project's documents are listed. */
	private IFile shownFile;

	/** Lists the documents again when files of the {@code documents} folder of the shown project change. */
	private final IResourceChangeListener changes = event -> {
		IFile file = shownFile;
		if (file == null || event.getDelta() == null
				|| event.getDelta().findMember(org.casebook.ui.ScenarioFolders.scenario(file).getFolder(org.eclipse.core.runtime.IPath.fromOSString(ViewerSession.DOCUMENTS)).getFullPath()) == null) {
			return;
		}
		choice.getDisplay().asyncExec(() -> {
			if (!choice.isDisposed()) {
				list(shownFile);
			}
		});
	};

	@Override
	protected void show(CasebookEditor editor, XtextResource resource) {
		if (shownFile == null) {
			ResourcesPlugin.getWorkspace().addResourceChangeListener(changes, IResourceChangeEvent.POST_CHANGE);
		}
		shownFile = editor.file();
		list(shownFile);
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(changes);
		super.dispose();
	}

	private void list(IFile file) {
		List<IFile> found = new ArrayList<>();
		if (file != null) {
			IFolder folder = org.casebook.ui.ScenarioFolders.scenario(file).getFolder(org.eclipse.core.runtime.IPath.fromOSString(ViewerSession.DOCUMENTS));
			try {
				if (folder.exists()) {
					for (IResource member : folder.members()) {
						if (member instanceof IFile document && "html".equals(document.getFileExtension())) {
							found.add(document);
						}
					}
				}
			} catch (CoreException e) {
				// the folder went away: no document to show
			}
		}
		found.sort(java.util.Comparator.comparingInt((IFile d) -> rank(d.getName())).thenComparing(d -> d.getName()));
		if (found.equals(documents)) {
			return;
		}
		documents.clear();
		documents.addAll(found);
		choice.removeAll();
		for (IFile document : documents) {
			choice.add(title(document.getName()));
		}
		if (documents.isEmpty()) {
			browser.setText(page(Messages.Documents_empty));
			pdf.setEnabled(false);
		} else {
			choice.select(0);
			open(0);
		}
		choice.getParent().layout();
	}

	private void open(int index) {
		if (index >= 0 && index < documents.size() && documents.get(index).getLocation() != null) {
			browser.setUrl(documents.get(index).getLocation().toFile().toURI().toString());
		}
		pdf.setEnabled(index >= 0 && index < documents.size());
	}

	/** @return the PDF version of the document shown, which may not be written yet */
	public IFile pdfOfShown() {
		int index = choice.getSelectionIndex();
		if (index < 0 || index >= documents.size()) {
			return null;
		}
		IFile page = documents.get(index);
		return page.getParent().getFile(org.eclipse.core.runtime.IPath.fromOSString(page.getName().replaceFirst("\\.html$", ".pdf")));
	}

	/**
	 * Opens the PDF version of the document shown in the system's PDF reader, to read it apart or print it; without a
	 * reader, a dialog says so and gives the file's path.
	 */
	public void openPdf() {
		IFile file = pdfOfShown();
		var status = getViewSite().getActionBars().getStatusLineManager();
		if (file == null || !file.exists() || file.getLocation() == null) {
			status.setErrorMessage(Messages.Documents_pdfNotReady);
		} else if (!org.eclipse.swt.program.Program.launch(file.getLocation().toOSString())) {
			status.setErrorMessage(Messages.Documents_pdfNoReader);
			org.eclipse.jface.dialogs.MessageDialog.openInformation(getSite().getShell(), Messages.Documents_openPdf,
					org.eclipse.osgi.util.NLS.bind(Messages.Documents_pdfNoReaderDetail, file.getLocation().toOSString()));
		} else {
			status.setErrorMessage(null);
		}
	}

	/** Order of the documents in the list: the context first, as a student reads them. */
	private static final List<String> ORDER = List.of("contexte", "sujet", "corrige", "conformite", "couverture");

	private static int rank(String fileName) {
		String base = fileName.replaceFirst("-.*$|\\..*$", "");
		return ORDER.contains(base) ? ORDER.indexOf(base) : ORDER.size();
	}

	private static String title(String fileName) {
		String name = fileName.replaceFirst("\\.html$", "");
		boolean teacher = name.endsWith("-enseignant");
		String base = name.replaceFirst("-(eleve|enseignant)$", "");
		String title = switch (base) {
		case "contexte" -> Messages.Documents_context;
		case "sujet" -> Messages.Documents_subject;
		case "corrige" -> Messages.Documents_answers;
		case "conformite" -> Messages.Documents_conformity;
		case "couverture" -> Messages.Documents_coverage;
		default -> fileName;
		};
		return teacher ? title + " " + Messages.Documents_teacherEdition : title;
	}

	private static String page(String message) {
		return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif;color:#555\"><p>"
				+ message + "</p></body></html>";
	}

	/** @return the names of the documents listed, for tests */
	public List<String> documentNames() {
		return documents.stream().map(IFile::getName).toList();
	}
}
