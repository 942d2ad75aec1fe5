// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Temporary files and folders written beside an output, named after the process that writes them
 * ({@code .casebook-PID-…}), so that the next run removes those of an interrupted run (killed, machine stopped) and
 * never those of a run still going on.
 */
public final class Leftovers {

	/** Start of the name of every temporary file or folder. */
	public static final String PREFIX = ".casebook-";

	private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{1,10})-.*");

	/** Age after which a temporary entry without a process number (an older naming) is left over. */
	private static final Duration OLD = Duration.ofHours(1);

	private Leftovers() {
	}

	/** @return the start of the name of this process's temporary entries: {@code .casebook-PID-} */
	public static String prefix() {
		return PREFIX + ProcessHandle.current().pid() + "-";
	}

	/**
	 * A temporary folder of this process, named after it: removed when closed, by a shutdown hook when the process is
	 * stopped (SIGTERM, Ctrl+C), and by the next run that makes one in the same place after a SIGKILL.
	 */
	public static final class Folder implements AutoCloseable {
		private final Path path;
		private final Thread cleaner;
		private final boolean hooked;

		private Folder(Path path) {
			this.path = path;
			this.cleaner = new Thread(() -> delete(path), "casebook-nettoyage");
			this.hooked = addHook(cleaner);
		}

		/** @return the folder */
		public Path path() {
			return path;
		}

		/** Deletes the folder and everything in it. */
		@Override
		public void close() {
			delete(path);
			if (hooked) {
				try {
					Runtime.getRuntime().removeShutdownHook(cleaner);
				} catch (IllegalStateException e) {
					// the machine is stopping: the hook removes the folder
				}
			}
		}

		private static boolean addHook(Thread cleaner) {
			try {
				Runtime.getRuntime().addShutdownHook(cleaner);
				return true;
			} catch (IllegalStateException | SecurityException e) {
				return false;
			}
		}
	}

	/**
	 * Makes a temporary folder in a folder, after removing the leftovers of interrupted runs there.
	 *
	 * @param parent where the folder goes: beside the outputs, or {@link #systemTemp()}
	 * @param what a word for the folder's name ({@code paquet}, {@code consultation})
	 * @return the folder, to close after use
	 * @throws IOException when it cannot be made
	 */
	public static Folder folder(Path parent, String what) throws IOException {
		clean(parent);
		return new Folder(Files.createTempDirectory(parent, prefix() + what + "-"));
	}

	/** @return the system's folder of temporary files, where work folders that are not beside an output go */
	public static Path systemTemp() {
		return Path.of(System.getProperty("java.io.tmpdir"));
	}

	/**
	 * Removes the temporary entries of interrupted runs from a folder: those of processes that no longer run, and old
	 * ones without a process number. Failures are ignored: a leftover that cannot be removed harms nothing.
	 *
	 * @param folder an output folder
	 * @return how many entries were removed
	 */
	public static int clean(Path folder) {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		int removed = 0;
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, PREFIX + "*")) {
			for (Path entry : entries) {
				if (stale(entry)) {
					delete(entry);
					removed++;
				}
			}
		} catch (IOException | RuntimeException e) {
			// an unreadable folder is reported by the write that follows
		}
		return removed;
	}

	private static boolean stale(Path entry) throws IOException {
		Matcher m = NAME.matcher(entry.getFileName().toString());
		if (m.matches()) {
			long pid = Long.parseLong(m.group(1));
			return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
		}
		FileTime modified = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).lastModifiedTime();
		return modified.toInstant().isBefore(Instant.now().minus(OLD));
	}

	/**
	 * Deletes a file, or a folder with everything in it, without following symbolic links.
	 *
	 * @param entry the file or folder
	 */
	public static void delete(Path entry) {
		try {
			if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
				try (Stream<Path> walk = Files.walk(entry)) {
					List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
					for (Path p : all) {
						Files.deleteIfExists(p);
					}
				}
			} else {
				Files.deleteIfExists(entry);
			}
		} catch (IOException | RuntimeException e) {
			// left for a later run
		}
	}
}
