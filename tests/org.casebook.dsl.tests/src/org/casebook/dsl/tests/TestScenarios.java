// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Locates the repository and its example scenarios for the tests. */
public final class TestScenarios {

	private TestScenarios() {
	}

	/** @return the root of the repository */
	public static Path root() {
		String configured = System.getProperty("casebook.root");
		Path start = configured != null ? Paths.get(configured) : Paths.get("").toAbsolutePath();
		for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("examples")) && Files.exists(dir.resolve("casebook"))) {
				return dir;
			}
		}
		throw new IllegalStateException("repository root not found from " + start);
	}

	/** @return the folders of {@code examples/}, one per organisation */
	public static List<Path> exampleFolders() {
		try (Stream<Path> list = Files.list(root().resolve("examples"))) {
			return list.filter(Files::isDirectory).sorted().toList();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
