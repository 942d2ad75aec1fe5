// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Runs the command line in the test's JVM and locates the repository. */
final class Cli {

	/** The outcome of a run. */
	record Run(int code, String out, String err) {
	}

	private Cli() {
	}

	static Run run(String... args) {
		return run(80, args);
	}

	static Run run(int width, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = CasebookCommand.run(new PrintWriter(out), new PrintWriter(err), width, args);
		return new Run(code, out.toString().replace("\r", ""), err.toString().replace("\r", ""));
	}

	/** @return the root of the repository */
	static Path root() {
		String configured = System.getProperty("casebook.root");
		Path start = configured != null ? Paths.get(configured) : Paths.get("").toAbsolutePath();
		for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("examples")) && Files.exists(dir.resolve("casebook"))) {
				return dir;
			}
		}
		throw new IllegalStateException("repository root not found from " + start);
	}
}
