// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.wizards;

import java.nio.file.Path;
import java.util.List;

import org.casebook.docgen.Generator;
import org.casebook.ui.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;

/**
 * What a generation wrote, once the wizard closes: the number of documents, the folder, and a link to each file and to
 * the folder, opened by the system's programs (or a message naming the path when none opens it).
 */
public final class GenerationSummary extends MessageDialog {

	private final List<Generator.Output> outputs;
	private final Path folder;
	private Link link;

	/**
	 * @param shell the parent window
	 * @param outputs what the generation wrote
	 * @param folder the output folder
	 */
	public GenerationSummary(Shell shell, List<Generator.Output> outputs, Path folder) {
		super(shell, Messages.Generate_title, null, NLS.bind(Messages.Generate_summary, outputs.size(), folder), INFORMATION,
				new String[] { IDialogConstants.CLOSE_LABEL }, 0);
		this.outputs = outputs;
		this.folder = folder;
		setBlockOnOpen(true);
	}

	@Override
	protected Control createCustomArea(Composite parent) {
		link = new Link(parent, SWT.WRAP);
		StringBuilder text = new StringBuilder("<a href=\"").append(escape(folder.toString())).append("\">")
				.append(Messages.Generate_openFolder).append("</a>");
		for (Generator.Output output : outputs) {
			text.append("\n\u2022 <a href=\"").append(escape(output.file().toString())).append("\">")
					.append(escape(output.file().getFileName().toString())).append("</a>");
		}
		link.setText(text.toString());
		link.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		link.addListener(SWT.Selection, e -> open(e.text));
		return link;
	}

	private void open(String path) {
		if (!Program.launch(path)) {
			MessageDialog.openInformation(getShell(), Messages.Generate_title, NLS.bind(Messages.Generate_noProgram, path));
		}
	}

	private static String escape(String text) {
		return text.replace("&", "&&").replace("<", "").replace("\"", "");
	}

	/** @return the text of the links, for tests */
	public String links() {
		return link == null ? "" : link.getText();
	}
}
