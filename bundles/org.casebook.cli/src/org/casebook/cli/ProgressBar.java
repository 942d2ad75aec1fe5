// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.PrintWriter;

/** A text progress bar on the error output, redrawn in place on a terminal and printed line by line otherwise. */
final class ProgressBar {

	private static final int WIDTH = 24;

	private final PrintWriter err;
	private final boolean enabled;
	private final boolean terminal = System.console() != null;

	ProgressBar(PrintWriter err, boolean enabled) {
		this.err = err;
		this.enabled = enabled;
	}

	void step(int done, int total, String name) {
		if (!enabled || total == 0) {
			return;
		}
		int filled = done * WIDTH / total;
		String line = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + (name.isEmpty() ? "" : " " + name);
		if (terminal) {
			err.print("\r" + line + " ".repeat(10));
			if (done == total) {
				err.println();
			}
		} else {
			err.println(line);
		}
		err.flush();
	}

	void clear() {
		if (enabled && terminal) {
			err.println();
			err.flush();
		}
	}
}
