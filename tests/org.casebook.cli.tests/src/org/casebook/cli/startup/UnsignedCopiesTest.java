// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unsigned copies of the command line's jars: the signatures go, every other entry stays as it was. */
class UnsignedCopiesTest {

	/** Only the signature files of META-INF are recognised, in any case, not files of the same names elsewhere. */
	@Test
	void recognisesSignatureFiles() {
		assertThat(UnsignedCopies.isSignature("META-INF/ECLIPSE_.SF")).isTrue();
		assertThat(UnsignedCopies.isSignature("META-INF/ECLIPSE_.RSA")).isTrue();
		assertThat(UnsignedCopies.isSignature("meta-inf/key.dsa")).isTrue();
		assertThat(UnsignedCopies.isSignature("META-INF/SIG-ONE")).isTrue();
		assertThat(UnsignedCopies.isSignature("META-INF/MANIFEST.MF")).isFalse();
		assertThat(UnsignedCopies.isSignature("META-INF/maven/a/b/X.SF")).isFalse();
		assertThat(UnsignedCopies.isSignature("org/example/X.SF")).isFalse();
	}

	/** A signed jar loses its signatures and the digests of its manifest, keeps its main attributes and its classes. */
	@Test
	void copiesWithoutSignatures(@TempDir Path dir) throws IOException {
		Path jars = Files.createDirectories(dir.resolve("jars"));
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().putValue("Bundle-SymbolicName", "org.example");
		Attributes digest = new Attributes();
		digest.putValue("SHA-256-Digest", "abc=");
		manifest.getEntries().put("org/example/A.class", digest);
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jars.resolve("signed.jar")))) {
			out.putNextEntry(new ZipEntry(JarFile.MANIFEST_NAME));
			manifest.write(out);
			put(out, "META-INF/ECLIPSE_.SF", "signature");
			put(out, "META-INF/ECLIPSE_.RSA", "certificate");
			put(out, "org/example/A.class", "class bytes");
		}
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jars.resolve("plain.jar")))) {
			put(out, "org/example/B.class", "other bytes");
		}
		Path copies = dir.resolve("copies");
		UnsignedCopies.main(new String[] { jars.toString(), copies.toString() });

		try (JarFile copy = new JarFile(copies.resolve("signed.jar").toFile())) {
			List<String> names = new ArrayList<>();
			copy.stream().forEach(e -> names.add(e.getName()));
			assertThat(names).containsExactly(JarFile.MANIFEST_NAME, "org/example/A.class");
			assertThat(copy.getManifest().getMainAttributes().getValue("Bundle-SymbolicName")).isEqualTo("org.example");
			assertThat(copy.getManifest().getEntries()).isEmpty();
			assertThat(new String(copy.getInputStream(copy.getEntry("org/example/A.class")).readAllBytes(), StandardCharsets.UTF_8))
					.isEqualTo("class bytes");
		}
		assertThat(Files.readAllBytes(copies.resolve("plain.jar"))).isEqualTo(Files.readAllBytes(jars.resolve("plain.jar")));
	}

	private static void put(ZipOutputStream out, String name, String content) throws IOException {
		out.putNextEntry(new ZipEntry(name));
		OutputStream entry = out;
		entry.write(content.getBytes(StandardCharsets.UTF_8));
		out.closeEntry();
	}
}
