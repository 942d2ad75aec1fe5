// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.casebook.model.text.FileErrors;
import org.casebook.model.text.Printable;

/** Writes an output file so that a failure never leaves it half written: a temporary file beside it, then a move. */
public final class AtomicFiles {

	/** Writes the bytes of an output. */
	public interface Content {
		/**
		 * @param out where to write
		 * @throws IOException when the bytes cannot be produced or written
		 */
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	/**
	 * Writes a file atomically; an earlier file of the same name keeps its permissions, and stays intact on failure.
	 *
	 * @param target the file to write
	 * @param content its content
	 * @throws IOException with a message naming the file and the reason, when it cannot be written
	 */
	public static void write(Path target, Content content) throws IOException {
		checkFile(target);
		Path absolute = target.toAbsolutePath();
		Path temp = null;
		try {
			Files.createDirectories(absolute.getParent());
			Leftovers.clean(absolute.getParent());
			temp = Files.createTempFile(absolute.getParent(), Leftovers.prefix(), ".tmp");
			try (OutputStream out = Files.newOutputStream(temp)) {
				content.writeTo(out);
			}
			if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
				Files.setPosixFilePermissions(temp, Files.exists(absolute) ? Files.getPosixFilePermissions(absolute)
						: PosixFilePermissions.fromString("rw-r--r--"));
			}
			try {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException e) {
			throw new IOException(Printable.path(target) + ": écriture impossible (" + reason(e) + ")", e);
		} finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException ignored) {
					// the move succeeded or the folder is not writable: nothing left to clean
				}
			}
		}
	}

	/**
	 * Checks a path given as an output file before any work: it must be missing or a regular file. A symbolic link, a
	 * folder, a device, a named pipe or a socket is refused, since writing would replace it with a regular file.
	 *
	 * @param target the output file
	 * @throws IOException with a French message naming the path, when it is refused
	 */
	public static void checkFile(Path target) throws IOException {
		BasicFileAttributes attributes = attributes(target);
		if (attributes == null || attributes.isRegularFile()) {
			return;
		}
		if (attributes.isDirectory()) {
			throw new IOException(Printable.path(target) + " : c'est un dossier ; un fichier est attendu");
		}
		throw new IOException(Printable.path(target) + " : " + special(attributes) + " : refusé, il serait remplacé par un fichier ordinaire");
	}

	/**
	 * Checks a path given as an output folder before any work: it must be missing or a folder (possibly reached through
	 * a symbolic link, which is left as it is).
	 *
	 * @param folder the output folder
	 * @throws IOException with a French message naming the path, when it is refused
	 */
	public static void checkFolder(Path folder) throws IOException {
		BasicFileAttributes attributes = attributes(folder);
		if (attributes == null || attributes.isDirectory() || attributes.isSymbolicLink() && Files.isDirectory(folder)) {
			return;
		}
		if (attributes.isRegularFile()) {
			throw new IOException(Printable.path(folder) + " : c'est un fichier ; un dossier est attendu");
		}
		throw new IOException(Printable.path(folder) + " : " + special(attributes) + " : refusé, un dossier est attendu");
	}

	private static BasicFileAttributes attributes(Path path) {
		try {
			return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		} catch (IOException e) {
			return null; // missing, or in a folder that cannot be reached: the write reports it with its reason
		}
	}

	private static String special(BasicFileAttributes attributes) {
		return attributes.isSymbolicLink() ? "lien symbolique" : "fichier spécial (périphérique, tube nommé ou socket)";
	}

	private static String reason(IOException e) {
		if (e instanceof NoSuchFileException) {
			return "dossier introuvable";
		}
		return FileErrors.reason(e);
	}
}
