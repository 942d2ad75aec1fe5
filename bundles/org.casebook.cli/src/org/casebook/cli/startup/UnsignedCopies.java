// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies the jars of the command line's class path, dropping the signatures of the signed ones (the Eclipse jars of
 * Maven Central): the JVM's class data sharing and AOT cache skip every class of a signed jar, and outside OSGi nothing
 * checks those signatures. The OSGi products keep their signed jars.
 */
public final class UnsignedCopies {

	private UnsignedCopies() {
	}

	/**
	 * @param args the folder of the jars and the folder of the copies
	 * @throws IOException when a jar cannot be read or written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage : UnsignedCopies DOSSIER_DES_JARS DOSSIER_DES_COPIES");
			System.exit(2);
		}
		Path to = Path.of(args[1]);
		Files.createDirectories(to);
		int unsigned = 0;
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
			for (Path jar : jars) {
				Path copy = to.resolve(jar.getFileName());
				if (isSigned(jar)) {
					copyUnsigned(jar, copy);
					unsigned++;
				} else {
					Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		System.out.println(unsigned);
	}

	/**
	 * @param name the name of a jar entry
	 * @return whether it is a signature file ({@code META-INF/*.SF}, {@code .RSA}, {@code .DSA}, {@code .EC} or
	 *         {@code SIG-*})
	 */
	static boolean isSignature(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
			return false;
		}
		return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
				|| upper.startsWith("META-INF/SIG-");
	}

	private static boolean isSigned(Path jar) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (isSignature(entry.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	/** Writes the jar without its signature files and the digests of its manifest. */
	static void copyUnsigned(Path jar, Path copy) throws IOException {
		Path partial = copy.resolveSibling(copy.getFileName() + ".part");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
			byte[] buffer = new byte[65536];
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (isSignature(entry.getName())) {
					continue;
				}
				ZipEntry kept = new ZipEntry(entry.getName());
				kept.setTime(entry.getTime());
				out.putNextEntry(kept);
				if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
					// only the main attributes: the digests of every entry, thousands of lines read on every start, go
					Manifest manifest = new Manifest(in);
					manifest.getEntries().clear();
					manifest.write(out);
				} else {
					copy(in, out, buffer);
				}
				out.closeEntry();
			}
		}
		Files.setLastModifiedTime(partial, Files.getLastModifiedTime(jar));
		Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void copy(InputStream in, OutputStream out, byte[] buffer) throws IOException {
		for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
			out.write(buffer, 0, n);
		}
	}
}
