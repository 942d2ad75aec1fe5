// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.casebook.dsl.load.InputFiles;
import org.casebook.model.text.Printable;

/**
 * Reads the scenario of a student package, refusing everything a package written by Casebook never holds. The archive
 * is read from its central directory: entries that are not read are never inflated.
 *
 * <p>Refused, with the archive's name and the entry: a path that is absolute, climbs with {@code ..}, uses
 * {@code \\} or control characters; a symbolic link; an entry other than {@value StudentPackage#DESCRIPTOR},
 * {@code scenario/*.orga} and {@code documents/…}; a scenario file larger than 16 MiB; a name met twice; more than
 * {@value #MAX_ENTRIES} entries, {@value #MAX_FILES} scenario files or 64 MiB of scenario; an archive that is not a
 * regular file, truncated or corrupt.</p>
 */
public final class PackageReader {

	/** Largest scenario file read from a package. */
	public static final long MAX_ENTRY_BYTES = 16L * 1024 * 1024;

	/** Most scenario files read from a package. */
	public static final int MAX_FILES = 500;

	/** Most entries in a package: its scenario files, its documents and the description. */
	public static final int MAX_ENTRIES = 2000;

	/** Most bytes of scenario read from a package, all files together. */
	public static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;

	private PackageReader() {
	}

	/**
	 * Extracts the scenario files of a package.
	 *
	 * @param zip the package
	 * @param dir an empty folder
	 * @return the files extracted, in the order of the archive
	 * @throws IOException with a French message naming the archive (and the entry), when it is refused
	 */
	public static List<Path> extractScenario(Path zip, Path dir) throws IOException {
		String where = Printable.path(zip);
		try {
			InputFiles.check(zip, null);
		} catch (InputFiles.RefusedInput e) {
			throw new IOException(where + " : " + e.getMessage());
		}
		List<Path> files = new ArrayList<>();
		boolean descriptor = false;
		long total = 0;
		Set<String> seen = new HashSet<>();
		ZipFile archive;
		try {
			archive = open(zip);
		} catch (IOException | RuntimeException e) {
			throw new IOException(where + " : archive ZIP illisible, tronquée ou corrompue");
		}
		try (archive) {
			List<ZipArchiveEntry> entries = Collections.list(archive.getEntries());
			if (entries.size() > MAX_ENTRIES) {
				throw new IOException(where + " : " + entries.size() + " entrées : un paquet élève en a au plus " + MAX_ENTRIES);
			}
			if (entries.stream().noneMatch(e -> e.getName().equals(StudentPackage.DESCRIPTOR))) {
				throw notPackage(where);
			}
			for (ZipArchiveEntry entry : entries) {
				String name = entry.getName();
				String quoted = "entrée « " + Printable.of(name) + " »";
				if (!safe(name)) {
					throw new IOException(where + " : " + quoted + " refusée (chemin absolu ou qui remonte : hors du dossier du paquet)");
				}
				if (!seen.add(name)) {
					throw new IOException(where + " : " + quoted + " présente deux fois");
				}
				if (entry.isUnixSymlink()) {
					throw new IOException(where + " : " + quoted + " refusée (lien symbolique)");
				}
				if (name.equals(StudentPackage.DESCRIPTOR)) {
					descriptor = true;
					continue;
				}
				if (name.equals(StudentPackage.DOCUMENTS + "/") || name.equals(StudentPackage.SCENARIO + "/")
						|| name.startsWith(StudentPackage.DOCUMENTS + "/")) {
					continue; // documents are generated again by the viewer: never read
				}
				String fileName = name.startsWith(StudentPackage.SCENARIO + "/") ? name.substring(StudentPackage.SCENARIO.length() + 1) : null;
				if (fileName == null || entry.isDirectory() || fileName.contains("/") || fileName.startsWith(".")
						|| !fileName.toLowerCase(Locale.ROOT).endsWith(".orga")) {
					throw new IOException(where + " : " + quoted + " refusée (un paquet élève ne contient que " + StudentPackage.DESCRIPTOR
							+ ", " + StudentPackage.SCENARIO + "/*.orga et " + StudentPackage.DOCUMENTS + "/)");
				}
				if (files.size() >= MAX_FILES) {
					throw new IOException(where + " : trop de scénario dans le paquet (plus de " + MAX_FILES + " fichiers)");
				}
				if (entry.getSize() > MAX_ENTRY_BYTES) {
					throw new IOException(where + " : " + quoted + " trop volumineuse (limite : " + InputFiles.size(MAX_ENTRY_BYTES) + ")");
				}
				byte[] bytes;
				try (InputStream in = archive.getInputStream(entry)) {
					bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
				} catch (IOException | RuntimeException e) {
					throw new IOException(where + " : " + quoted + " illisible (archive tronquée ou corrompue)");
				}
				if (bytes.length > MAX_ENTRY_BYTES) {
					throw new IOException(where + " : " + quoted + " trop volumineuse (limite : " + InputFiles.size(MAX_ENTRY_BYTES) + ")");
				}
				total += bytes.length;
				if (total > MAX_TOTAL_BYTES) {
					throw new IOException(where + " : trop de scénario dans le paquet (plus de " + InputFiles.size(MAX_TOTAL_BYTES) + ")");
				}
				Path file = dir.resolve(fileName);
				try {
					Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				} catch (java.nio.file.FileAlreadyExistsException e) {
					throw new IOException(where + " : " + quoted + " présente deux fois");
				}
				files.add(file);
			}
		}
		if (!descriptor || files.isEmpty()) {
			throw notPackage(where);
		}
		return files;
	}

	private static IOException notPackage(String where) {
		return new IOException(where + " : ce n'est pas un paquet élève Casebook (" + StudentPackage.DESCRIPTOR + " et "
				+ StudentPackage.SCENARIO + "/*.orga attendus)");
	}

	@SuppressWarnings("deprecation") // the builder needs commons-io, which the bundle does not import
	private static ZipFile open(Path zip) throws IOException {
		return new ZipFile(zip.toFile());
	}

	/**
	 * @param name an entry's name
	 * @return whether it is a plain relative path: no leading {@code /}, no {@code \\}, no drive, no empty, {@code .} or
	 *         {@code ..} part, no control or bidirectional character
	 */
	static boolean safe(String name) {
		if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			if (Printable.unsafe(name.charAt(i))) {
				return false;
			}
		}
		String body = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
		for (String part : body.split("/", -1)) {
			if (part.isEmpty() || part.equals(".") || part.equals("..")) {
				return false;
			}
		}
		return true;
	}
}
