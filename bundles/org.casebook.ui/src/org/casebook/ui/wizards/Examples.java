// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The example scenarios shipped in the plug-in, each a folder of {@code .orga} files, to start a project from. */
public final class Examples {

	/**
	 * An example.
	 *
	 * @param name its folder name
	 * @param summary the first comment line of its first file
	 * @param files its files, by name
	 */
	public record Example(String name, String summary, Map<String, URL> files) {

		/**
		 * @param file a file name
		 * @return its content
		 * @throws IOException when the plug-in cannot be read
		 */
		public byte[] read(String file) throws IOException {
			try (InputStream in = files.get(file).openStream()) {
				return in.readAllBytes();
			}
		}
	}

	private Examples() {
	}

	/** @return the examples, by name */
	public static List<Example> list() {
		Bundle bundle = FrameworkUtil.getBundle(Examples.class);
		if (bundle == null) {
			return List.of();
		}
		Enumeration<URL> entries = bundle.findEntries("examples", "*", true);
		Map<String, Map<String, URL>> byFolder = new TreeMap<>();
		for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
			String[] path = url.getPath().replaceFirst("^/", "").split("/");
			if (path.length == 3 && !path[2].isEmpty()) {
				byFolder.computeIfAbsent(path[1], k -> new TreeMap<>()).put(path[2], url);
			}
		}
		List<Example> examples = new ArrayList<>();
		for (Map.Entry<String, Map<String, URL>> folder : byFolder.entrySet()) {
			examples.add(new Example(folder.getKey(), summary(folder.getValue()), folder.getValue()));
		}
		return examples;
	}

	private static String summary(Map<String, URL> files) {
		for (Map.Entry<String, URL> file : files.entrySet()) {
			if (file.getKey().endsWith(".orga")) {
				try (InputStream in = file.getValue().openStream()) {
					String first = new String(in.readNBytes(400), StandardCharsets.UTF_8).lines().findFirst().orElse("");
					if (first.startsWith("//")) {
						return first.substring(2).strip();
					}
				} catch (IOException e) {
					return "";
				}
			}
		}
		return "";
	}
}
