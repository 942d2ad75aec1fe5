// SPDX-License-Identifier: EPL-2.0

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites, in the jars of the command line's class path, the classes compiled for Java 5 or older (picocli, antlr
 * 3.2, reload4j, parts of Guice) as Java 6 class files with stack map frames, the same code otherwise. The JDK's AOT
 * cache keeps no class older than Java 6 (« Old class has been linked »), nor the lambdas and classes that use their
 * types: without this their classes are read, verified and linked again on every start.
 *
 * <p>A single-file program, run by the {@code casebook} launcher with {@code java ModernClassFiles.java LIB} on JDK 24
 * and newer (the class-file API it uses); the bundles are built for Java 21. Java 6 is the version the JVM verifies with
 * the stack map frames but, if they were refused, verifies again the old way: a class stays loadable whatever
 * happens. A class whose frames cannot be computed (a type missing from the class path) is left as it was.</p>
 */
public final class ModernClassFiles {

	private static final int JAVA_6 = ClassFile.JAVA_6_VERSION;

	private ModernClassFiles() {
	}

	/**
	 * @param args the folder of the jars, rewritten in place
	 * @throws IOException when a jar cannot be read or written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage : java ModernClassFiles.java DOSSIER_DES_JARS");
			System.exit(2);
		}
		List<Path> jars = new ArrayList<>();
		try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
			found.forEach(jars::add);
		}
		List<URL> urls = new ArrayList<>();
		for (Path jar : jars) {
			urls.add(jar.toUri().toURL());
		}
		int rewritten = 0;
		try (URLClassLoader classPath = new URLClassLoader(urls.toArray(URL[]::new), null)) {
			ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
					ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(classPath)).cached()));
			for (Path jar : jars) {
				if (hasOldClasses(jar)) {
					rewritten += rewrite(classFile, jar);
				}
			}
		}
		System.out.println(rewritten);
	}

	/** @return whether the jar holds a class older than Java 6, read from the first bytes of each class only */
	private static boolean hasOldClasses(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			for (var entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (entry.getName().endsWith(".class")) {
					try (InputStream in = zip.getInputStream(entry)) {
						if (majorVersion(in.readNBytes(8)) < JAVA_6) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}

	/** @return the number of classes rewritten in the jar, which is left untouched when it has none to rewrite */
	private static int rewrite(ClassFile classFile, Path jar) throws IOException {
		Path partial = jar.resolveSibling(jar.getFileName() + ".part");
		int rewritten = 0;
		try (InputStream file = Files.newInputStream(jar); ZipInputStream in = new ZipInputStream(file);
				OutputStream target = Files.newOutputStream(partial); ZipOutputStream out = new ZipOutputStream(target)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				if (entry.getName().endsWith(".class") && majorVersion(bytes) < JAVA_6) {
					byte[] modern = modern(classFile, bytes);
					if (modern != null) {
						bytes = modern;
						rewritten++;
					}
				}
				ZipEntry kept = new ZipEntry(entry.getName());
				kept.setTime(entry.getTime());
				out.putNextEntry(kept);
				out.write(bytes);
				out.closeEntry();
			}
		}
		if (rewritten == 0) {
			Files.delete(partial);
			return 0;
		}
		Files.setLastModifiedTime(partial, Files.getLastModifiedTime(jar));
		Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return rewritten;
	}

	private static int majorVersion(byte[] bytes) {
		boolean classFile = bytes.length >= 8 && (bytes[0] & 0xff) == 0xca && (bytes[1] & 0xff) == 0xfe
				&& (bytes[2] & 0xff) == 0xba && (bytes[3] & 0xff) == 0xbe;
		return classFile ? (bytes[6] & 0xff) << 8 | (bytes[7] & 0xff) : Integer.MAX_VALUE;
	}

	/** @return the class as a Java 6 class file, its methods' code rebuilt with frames; {@code null} if impossible */
	private static byte[] modern(ClassFile classFile, byte[] bytes) {
		try {
			// rebuilding every method's code makes the class-file API compute the frames the new version requires
			return classFile.transformClass(classFile.parse(bytes),
					ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL).andThen((builder, element) -> {
						if (element instanceof ClassFileVersion) {
							builder.withVersion(JAVA_6, 0);
						} else {
							builder.with(element);
						}
					}));
		} catch (RuntimeException e) {
			return null; // a type the frames need is not on the class path, or code the class-file API cannot rebuild
		}
	}
}
