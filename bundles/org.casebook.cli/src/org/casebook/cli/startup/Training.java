// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli.startup;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.casebook.cli.CasebookCommand;

/**
 * The training run of the command line's start-up cache (JDK 25's AOT cache, JDK 21's CDS archive): the commands a
 * teacher runs most, on an example, in one JVM, so that the classes they load and link are those the cache keeps.
 */
public final class Training {

	private Training() {
	}

	/**
	 * @param args the example scenario to work on
	 * @throws IOException when the temporary output folder cannot be made
	 */
	public static void main(String[] args) throws IOException {
		System.setProperty("guice_include_stack_traces", "OFF");
		System.setProperty("guice_bytecode_gen_option", "DISABLED");
		org.apache.log4j.BasicConfigurator.configure(new org.apache.log4j.varia.NullAppender());
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
		System.setProperty("log4j2.simplelogLevel", "OFF");
		String example = args[0];
		Path out = Files.createTempDirectory("casebook-training");
		try {
			PrintWriter none = new PrintWriter(Writer.nullWriter());
			CasebookCommand.run(none, none, 100, "--version");
			CasebookCommand.run(none, none, 100, "validate", example);
			CasebookCommand.run(none, none, 100, "check", example, "--option", "sisr");
			CasebookCommand.run(none, none, 100, "coverage", example);
			CasebookCommand.run(none, none, 100, "diagram", example, "--kind", "reseau", "--out", out.resolve("schemas").toString());
			CasebookCommand.run(none, none, 100, "generate", example, "--edition", "enseignant", "--format", "all", "--out",
					out.resolve("documents").toString());
		} finally {
			try (Stream<Path> files = Files.walk(out)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
