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
 * The training runs of the command line's start-up caches (JDK 25's AOT cache, JDK 21's CDS archive): the commands a
 * teacher runs most, on an example, in one JVM, so that the classes they load and link are those the cache keeps.
 *
 * <p>Two caches: {@code checks} for the commands that read and check scenarios ({@code validate}, {@code check},
 * {@code coverage}, {@code nouveau}, the help and the version), {@code all} for every command. Every class of an AOT
 * cache is loaded when the JVM starts, whether the command uses it or not: the classes of the documents and diagrams
 * (POI, PDFBox, ELK...), half of the whole cache, would slow down the quick commands.</p>
 */
public final class Training {

	private Training() {
	}

	/**
	 * @param args the commands to train, {@code checks} or {@code all}, and the example scenario to work on
	 * @throws IOException when the temporary output folder cannot be made
	 */
	public static void main(String[] args) throws IOException {
		System.setProperty("guice_include_stack_traces", "OFF");
		System.setProperty("guice_bytecode_gen_option", "DISABLED");
		org.apache.log4j.BasicConfigurator.configure(new org.apache.log4j.varia.NullAppender());
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
		System.setProperty("log4j2.simplelogLevel", "OFF");
		if (args.length != 2 || !args[0].equals("checks") && !args[0].equals("all")) {
			System.err.println("usage : Training checks|all EXEMPLE");
			System.exit(2);
		}
		boolean all = args[0].equals("all");
		String example = args[1];
		Path out = Files.createTempDirectory("casebook-training");
		try {
			PrintWriter none = new PrintWriter(Writer.nullWriter());
			CasebookCommand.run(none, none, 100, "--version");
			CasebookCommand.run(none, none, 100, "validate", example);
			CasebookCommand.run(none, none, 100, "check", example, "--option", "sisr");
			CasebookCommand.run(none, none, 100, "coverage", example);
			if (all) {
				CasebookCommand.run(none, none, 100, "diagram", example, "--kind", "reseau", "--out", out.resolve("schemas").toString());
				CasebookCommand.run(none, none, 100, "generate", example, "--edition", "enseignant", "--format", "all", "--out",
						out.resolve("documents").toString());
			} else {
				CasebookCommand.run(none, none, 100, "--help");
				CasebookCommand.run(none, none, 100, "nouveau", out.resolve("nouveau").toString());
			}
		} finally {
			try (Stream<Path> files = Files.walk(out)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
