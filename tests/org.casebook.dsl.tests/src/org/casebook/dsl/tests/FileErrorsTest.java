// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;

import org.casebook.model.text.FileErrors;
import org.junit.jupiter.api.Test;

/** Why a file could not be read or written, told in French whatever the system said. */
class FileErrorsTest {

	@Test
	void theSystemsReasonsAreTranslated() {
		assertThat(FileErrors.reason(new FileSystemException("/mnt/cle/rapport.txt", null, "Read-only file system")))
				.isEqualTo("système de fichiers en lecture seule");
		assertThat(FileErrors.reason(new IOException("No space left on device"))).isEqualTo("plus de place sur le disque");
		assertThat(FileErrors.reason(new FileSystemException("/a/s1.orga", null, "Too many levels of symbolic links")))
				.isEqualTo("boucle de liens symboliques");
		assertThat(FileErrors.reason(new FileSystemLoopException("/a"))).isEqualTo("boucle de liens symboliques");
		assertThat(FileErrors.reason(new AccessDeniedException("/a"))).isEqualTo("accès refusé");
	}

	@Test
	void anotherMessageIsQuotedWithItsControlCharactersEscaped() {
		assertThat(FileErrors.reason(new IOException("étrange \u001B[31m"))).isEqualTo("étrange \\u001B[31m");
	}
}
