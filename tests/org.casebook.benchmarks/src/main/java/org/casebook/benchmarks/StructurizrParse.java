// SPDX-License-Identifier: EPL-2.0
package org.casebook.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.structurizr.Workspace;
import com.structurizr.dsl.StructurizrDslParser;

/** Runs Structurizr's DSL parser, the peer of Casebook's parse + validation, on a workspace text. */
final class StructurizrParse {

	/** One parse: its time, the elements and relationships of the model, whether it was stopped at the time limit. */
	record Result(long nanos, long elements, boolean stopped) {
	}

	private StructurizrParse() {
	}

	/** @return the version of the Structurizr DSL jar on the class path */
	static String version() {
		String version = StructurizrDslParser.class.getPackage().getImplementationVersion();
		return version == null ? "6.2.2" : version;
	}

	/**
	 * @param dsl a workspace
	 * @param timeoutSeconds 0 to parse in this JVM; otherwise the parse runs once in a separate JVM, stopped after this
	 *            time limit, which it then reports as its time
	 * @return the time of the parse and the size of the model it built
	 */
	static Result run(String dsl, long timeoutSeconds) {
		if (timeoutSeconds > 0) {
			return inChild(dsl, timeoutSeconds);
		}
		long start = System.nanoTime();
		long elements = parse(dsl);
		return new Result(System.nanoTime() - start, elements, false);
	}

	private static long parse(String dsl) {
		StructurizrDslParser parser = new StructurizrDslParser();
		try {
			parser.parse(dsl);
		} catch (com.structurizr.dsl.StructurizrDslParserException e) {
			throw new IllegalStateException("Structurizr refused the workspace: " + e.getMessage(), e);
		}
		Workspace workspace = parser.getWorkspace();
		return (long) workspace.getModel().getElements().size() + workspace.getModel().getRelationships().size();
	}

	private static Result inChild(String dsl, long timeoutSeconds) {
		try {
			Path file = Files.createTempFile("structurizr", ".dsl");
			Files.writeString(file, dsl, StandardCharsets.UTF_8);
			Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss4m", "-Xmx4g",
					"-cp", System.getProperty("java.class.path"), StructurizrParse.class.getName(), file.toString())
					.redirectError(ProcessBuilder.Redirect.INHERIT).start();
			try {
				if (!child.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
					child.destroyForcibly().waitFor();
					return new Result(TimeUnit.SECONDS.toNanos(timeoutSeconds), 0, true);
				}
				String[] answer = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split(" ");
				return new Result(Long.parseLong(answer[0]), Long.parseLong(answer[1]), false);
			} finally {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Parses a workspace file once and prints the time of the parse in nanoseconds and the size of the model.
	 *
	 * @param args the workspace file
	 * @throws IOException when it cannot be read
	 */
	public static void main(String[] args) throws IOException {
		String dsl = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
		long start = System.nanoTime();
		long elements = parse(dsl);
		System.out.println((System.nanoTime() - start) + " " + elements);
	}
}
