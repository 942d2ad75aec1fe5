// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.variants;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The list of the files a run of {@code casebook variantes} wrote, with their SHA-256, in the output folder: the
 * format of {@code sha256sum} (« empreinte, deux espaces, chemin »), so that {@code sha256sum -c} checks it too. A
 * later run replaces the folder only when it still holds those files and nothing else: what a teacher added or changed
 * there since is never deleted.
 */
final class FileList {

	/** The name of the list, at the top of the output folder. */
	static final String NAME = "fichiers.sha256";

	/** How many changes a refusal names before « … ». */
	private static final int NAMED = 5;

	private FileList() {
	}

	/**
	 * Writes the list of every regular file under a folder, itself left out, sorted by path.
	 *
	 * @param folder the output folder of a run, complete
	 * @throws IOException when a file cannot be read or the list written
	 */
	static void write(Path folder) throws IOException {
		StringBuilder list = new StringBuilder();
		for (Path file : files(folder)) {
			list.append(sha256(file)).append("  ").append(relative(folder, file)).append('\n');
		}
		Files.writeString(folder.resolve(NAME), list, StandardCharsets.UTF_8);
	}

	/**
	 * @param folder an earlier run's folder
	 * @return what changed in it since that run, one entry a path with what happened to it (« ajouté », « modifié »,
	 *         « remplacé par un lien »...), at most {@value #NAMED} and then « … »; empty when it holds what the run
	 *         wrote, or part of it, and nothing else
	 * @throws IOException when the folder cannot be read
	 */
	static List<String> changes(Path folder) throws IOException {
		List<String> changes = new ArrayList<>();
		Path listFile = folder.resolve(NAME);
		if (!Files.isRegularFile(listFile, LinkOption.NOFOLLOW_LINKS)) {
			changes.add(NAME + " (absent : dossier d'une version antérieure de Casebook, ou liste retirée)");
			return changes;
		}
		Map<String, String> written = read(listFile);
		if (written == null) {
			changes.add(NAME + " (modifié)");
			return changes;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path entry : walk.sorted().toList()) {
				if (entry.equals(folder) || entry.equals(listFile)) {
					continue;
				}
				String path = relative(folder, entry);
				String change = null;
				if (Files.isSymbolicLink(entry)) {
					change = "lien ajouté";
				} else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
					continue;
				} else if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
					change = "fichier spécial ajouté";
				} else if (!written.containsKey(path)) {
					change = "ajouté";
				} else if (!written.get(path).equals(sha256(entry))) {
					change = "modifié";
				}
				if (change != null) {
					if (changes.size() == NAMED) {
						changes.add("…");
						break;
					}
					changes.add(path + " (" + change + ")");
				}
			}
		}
		return changes;
	}

	/** @return the paths and digests of a list, {@code null} when a line is not one this class writes */
	private static Map<String, String> read(Path listFile) throws IOException {
		Map<String, String> written = new LinkedHashMap<>();
		for (String line : Files.readAllLines(listFile, StandardCharsets.UTF_8)) {
			if (line.length() < 67 || line.charAt(64) != ' ' || line.charAt(65) != ' ') {
				return null;
			}
			written.put(line.substring(66), line.substring(0, 64));
		}
		return written;
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && !f.equals(folder.resolve(NAME)))
					.sorted().toList();
		}
	}

	/** @return the path of an entry from the folder, with « / » between its names on every system */
	private static String relative(Path folder, Path entry) {
		return folder.relativize(entry).toString().replace(entry.getFileSystem().getSeparator(), "/");
	}

	private static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", e);
		}
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}
