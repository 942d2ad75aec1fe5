// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.text;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why a file could not be read or written, in French: the Java and system messages (« Read-only file system », « No
 * space left on device », « Too many levels of symbolic links ») are translated, other messages quoted escaped.
 */
public final class FileErrors {

	/** The system's reasons, as Linux, macOS and Windows word them, and their French, tried in this order. */
	private static final List<Map.Entry<String, String>> SYSTEM = List.of(Map.entry("read-only file system", "système de fichiers en lecture seule"),
			Map.entry("no space left on device", "plus de place sur le disque"),
			Map.entry("there is not enough space on the disk", "plus de place sur le disque"),
			Map.entry("disk quota exceeded", "quota du disque dépassé"),
			Map.entry("too many levels of symbolic links", "boucle de liens symboliques"),
			Map.entry("permission denied", "accès refusé"), Map.entry("access is denied", "accès refusé"),
			Map.entry("operation not permitted", "opération non permise"),
			Map.entry("no such file or directory", "introuvable"), Map.entry("not a directory", "un chemin passe par un fichier, non par un dossier"),
			Map.entry("is a directory", "c'est un dossier"), Map.entry("file name too long", "nom de fichier trop long"),
			Map.entry("directory not empty", "dossier non vide"), Map.entry("input/output error", "erreur d'entrée-sortie du disque"),
			Map.entry("device or resource busy", "fichier ou périphérique occupé"),
			Map.entry("stale file handle", "fichier réseau devenu inaccessible"),
			Map.entry("invalid cross-device link", "déplacement impossible entre deux disques"));

	private FileErrors() {
	}

	/**
	 * @param e a failure to read or write a file
	 * @return why, in French, without the path (the message names it)
	 */
	public static String reason(Exception e) {
		if (e instanceof NoSuchFileException) {
			return "introuvable";
		}
		if (e instanceof AccessDeniedException) {
			return "accès refusé";
		}
		if (e instanceof FileSystemLoopException) {
			return "boucle de liens symboliques";
		}
		if (e instanceof NotDirectoryException) {
			return "ce n'est pas un dossier";
		}
		String text = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
		if (text == null) {
			return e.getClass().getSimpleName();
		}
		String lower = text.toLowerCase(Locale.ROOT);
		for (Map.Entry<String, String> known : SYSTEM) {
			if (lower.contains(known.getKey())) {
				return known.getValue();
			}
		}
		return Printable.of(text);
	}
}
