// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import java.util.List;

import org.casebook.ui.CasebookUi;
import org.casebook.ui.Messages;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Turns validation issues into problem markers, shown in the editor ruler and in the Problems view. */
public final class ProblemMarkers {

	/** Marker attribute holding the issue code. */
	public static final String CODE = "casebook.code";

	/** Marker attribute holding the issue data, one item per line (for instance the codes a wrong one resembles). */
	public static final String DATA = "casebook.data";

	private ProblemMarkers() {
	}

	/**
	 * Replaces the Casebook markers of a file.
	 *
	 * @param file the file
	 * @param issues its problems
	 * @throws CoreException when the workspace refuses the change
	 */
	public static void update(IFile file, List<Issue> issues) throws CoreException {
		IWorkspaceRunnable update = monitor -> {
			file.deleteMarkers(CasebookUi.MARKER, false, IResource.DEPTH_ZERO);
			for (Issue issue : issues) {
				if (issue.getSeverity() == Severity.IGNORE || issue.getSeverity() == Severity.INFO) {
					continue;
				}
				IMarker marker = file.createMarker(CasebookUi.MARKER);
				marker.setAttribute(IMarker.SEVERITY,
						issue.getSeverity() == Severity.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
				marker.setAttribute(IMarker.MESSAGE, issue.getMessage());
				marker.setAttribute(IMarker.LOCATION, NLS.bind(Messages.Marker_line, issue.getLineNumber()));
				if (issue.getLineNumber() != null) {
					marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber().intValue());
				}
				if (issue.getOffset() != null && issue.getLength() != null) {
					marker.setAttribute(IMarker.CHAR_START, issue.getOffset().intValue());
					marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + Math.max(1, issue.getLength()));
				}
				if (issue.getCode() != null) {
					marker.setAttribute(CODE, issue.getCode());
				}
				if (issue.getData() != null && issue.getData().length > 0) {
					marker.setAttribute(DATA, String.join("\n", issue.getData()));
				}
			}
		};
		file.getWorkspace().run(update, file, 0, null);
	}
}
