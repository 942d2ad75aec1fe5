// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/**
 * The version of the command line and the commit it was built from: the version from the bundle's manifest, the commit
 * from the {@code build.properties} file the {@code casebook} script writes beside the libraries it assembled.
 */
public final class BuildInfo implements IVersionProvider {

	/** System property naming the {@code build.properties} file of the build. */
	public static final String PROPERTY = "casebook.build";

	@Override
	public String[] getVersion() {
		return lines(System.getProperty(PROPERTY));
	}

	/**
	 * @param buildFile the {@code build.properties} written by the build, or {@code null}
	 * @return the lines {@code casebook --version} prints
	 */
	static String[] lines(String buildFile) {
		Properties build = new Properties();
		if (buildFile != null) {
			try (Reader in = Files.newBufferedReader(Path.of(buildFile), StandardCharsets.UTF_8)) {
				build.load(in);
			} catch (IOException | RuntimeException e) {
				// an unreadable file says nothing of the commit
			}
		}
		String version = version();
		String commit = build.getProperty("commit", "").strip();
		String date = build.getProperty("date", "").strip();
		return new String[] { "Casebook " + version,
				"commit " + (commit.isEmpty() ? "inconnu (application lancée hors du script casebook)" : commit)
						+ (date.isEmpty() ? "" : ", construit le " + date),
				"Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor", "") + ")" };
	}

	/** @return the version of this bundle, {@code 1.0.0}, followed by its build qualifier when there is one */
	static String version() {
		String bundleVersion = manifestVersion();
		if (bundleVersion == null) {
			return "1.0.0";
		}
		String[] parts = bundleVersion.split("\\.", 4);
		if (parts.length == 4 && !parts[3].equals("qualifier")) {
			return parts[0] + "." + parts[1] + "." + parts[2] + " (" + parts[3] + ")";
		}
		return parts.length >= 3 ? parts[0] + "." + parts[1] + "." + parts[2] : bundleVersion;
	}

	private static String manifestVersion() {
		try {
			Path location = Path.of(BuildInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			Manifest manifest = null;
			if (Files.isRegularFile(location)) {
				try (JarFile jar = new JarFile(location.toFile())) {
					manifest = jar.getManifest();
				}
			} else {
				for (Path dir = location; dir != null && manifest == null; dir = dir.getParent()) {
					Path file = dir.resolve("META-INF/MANIFEST.MF");
					if (Files.isRegularFile(file)) {
						try (InputStream in = Files.newInputStream(file)) {
							manifest = new Manifest(in);
						}
					}
				}
			}
			return manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
		} catch (IOException | URISyntaxException | RuntimeException e) {
			return null;
		}
	}
}
