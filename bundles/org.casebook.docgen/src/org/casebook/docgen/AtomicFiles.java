// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

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
		Path absolute = target.toAbsolutePath();
		Path temp = null;
		try {
			Files.createDirectories(absolute.getParent());
			temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
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
			throw new IOException(target + ": écriture impossible (" + reason(e) + ")", e);
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

	private static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "accès refusé";
		}
		if (e instanceof NoSuchFileException) {
			return "dossier introuvable";
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
