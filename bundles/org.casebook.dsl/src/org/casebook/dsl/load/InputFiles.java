// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

import org.casebook.model.text.FileErrors;
import org.casebook.model.text.Printable;

/**
 * Reads input files safely: only regular files reached without leaving their folder through a symbolic link, never a
 * device, a named pipe or a socket, and never more bytes than a limit, counted while reading rather than trusted from
 * the size the file system reports.
 */
public final class InputFiles {

	private InputFiles() {
	}

	/** An input that cannot be read, with a French message that does not repeat the file's name. */
	public static final class RefusedInput extends Exception {
		private static final long serialVersionUID = 1L;

		/** @param message the reason, in French */
		public RefusedInput(String message) {
			super(message, null, false, false);
		}
	}

	/**
	 * @param folder a folder, which may be reached through symbolic links itself
	 * @param name a path typed by a user, relative to the folder
	 * @return the path inside the folder
	 * @throws RefusedInput when the name is not a path (a NUL character) or leaves the folder
	 */
	public static Path resolve(Path folder, String name) throws RefusedInput {
		try {
			Path path = folder.resolve(name).normalize();
			if (!path.startsWith(folder.normalize())) {
				throw new RefusedInput("chemin « " + Printable.of(name) + " » hors du dossier du scénario");
			}
			return path;
		} catch (InvalidPathException e) {
			throw new RefusedInput("chemin « " + Printable.of(name) + " » invalide (caractère interdit dans un nom de fichier)");
		}
	}

	/**
	 * Checks that a file can be read: it exists, is (or leads through symbolic links to) a regular file, and its real
	 * location is inside the folder.
	 *
	 * @param file the file
	 * @param folder the folder it must not leave, or {@code null} to accept any place
	 * @return the real path of the file
	 * @throws RefusedInput when it is missing, not a regular file or elsewhere
	 */
	public static Path check(Path file, Path folder) throws RefusedInput {
		Path real;
		try {
			real = file.toRealPath();
		} catch (NoSuchFileException e) {
			throw new RefusedInput(Files.isSymbolicLink(file) ? "lien symbolique vers un fichier introuvable" : "fichier introuvable");
		} catch (AccessDeniedException e) {
			throw new RefusedInput("accès refusé");
		} catch (FileSystemLoopException e) {
			throw new RefusedInput("boucle de liens symboliques");
		} catch (IOException e) {
			throw new RefusedInput("lecture impossible (" + FileErrors.reason(e) + ")");
		}
		if (folder != null) {
			Path realFolder;
			try {
				realFolder = folder.toRealPath();
			} catch (IOException e) {
				throw new RefusedInput("dossier illisible (" + FileErrors.reason(e) + ")");
			}
			if (!real.startsWith(realFolder)) {
				throw new RefusedInput("lien symbolique vers « " + Printable.of(real.toString())
						+ " », hors du dossier du scénario : refusé (copier le fichier dans le dossier)");
			}
		}
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		} catch (IOException e) {
			throw new RefusedInput("lecture impossible (" + FileErrors.reason(e) + ")");
		}
		if (attributes.isDirectory()) {
			throw new RefusedInput("c'est un dossier, pas un fichier");
		}
		if (!attributes.isRegularFile()) {
			throw new RefusedInput("ce n'est pas un fichier ordinaire (périphérique, tube nommé ou socket) : refusé");
		}
		return real;
	}

	/**
	 * Reads a file checked by {@link #check(Path, Path)}, stopping as soon as it exceeds the limit.
	 *
	 * @param file the file
	 * @param folder the folder it must not leave, or {@code null}
	 * @param maxBytes the largest size accepted
	 * @param what what the file is, for the message on a file too large ({@code "fichier"}, {@code "logo"})
	 * @return its bytes
	 * @throws RefusedInput when it cannot be read or is too large
	 */
	public static byte[] read(Path file, Path folder, long maxBytes, String what) throws RefusedInput {
		Path real = check(file, folder);
		try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
			if (bytes.length > maxBytes) {
				throw new RefusedInput(what + " trop volumineux (limite : " + size(maxBytes) + ")");
			}
			return bytes;
		} catch (IOException e) {
			throw new RefusedInput("lecture impossible (" + FileErrors.reason(e) + ")");
		} catch (OutOfMemoryError e) {
			throw new RefusedInput(what + " trop volumineux pour la mémoire disponible");
		}
	}

	/**
	 * @param bytes a size
	 * @return the size in French, {@code 16 Mo}, {@code 1,5 Mo}, {@code 200 Ko}
	 */
	public static String size(long bytes) {
		if (bytes >= 1024 * 1024) {
			double mo = bytes / 1048576.0;
			return (mo == Math.rint(mo) ? String.valueOf((long) mo) : String.format(Locale.FRANCE, "%.1f", mo)) + " Mo";
		}
		return (bytes + 1023) / 1024 + " Ko";
	}
}
