// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.casebook.dsl.load.Problem.Severity;
import org.casebook.dsl.validation.IssueCodes;
import org.casebook.model.text.FileErrors;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Reads scenario files and folders into one resource set and validates them, turning every difficulty — missing file,
 * binary or non-UTF-8 content, oversized file, syntax error — into a located {@link Problem}.
 */
public class ScenarioLoader {

	/** File extension of scenarios. */
	public static final String EXTENSION = "orga";

	/** Largest file read by default: 16 MiB, about 300,000 model elements. */
	public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	private long maxBytes = DEFAULT_MAX_BYTES;

	/**
	 * @param bytes the largest file size accepted
	 */
	public void setMaxBytes(long bytes) {
		this.maxBytes = bytes;
	}

	/**
	 * Loads files and the {@code .orga} files found (recursively) in folders. Files of other kinds met in a folder
	 * are ignored; a file named explicitly must be a scenario.
	 *
	 * @param inputs files or folders, as the user named them
	 * @return the loaded scenario, with the problems of unreadable inputs
	 */
	public ScenarioSet load(List<Path> inputs) {
		XtextResourceSet resourceSet = resourceSets.get();
		Map<Resource, Path> files = new LinkedHashMap<>();
		Set<Path> realPaths = new HashSet<>();
		List<Problem> problems = new ArrayList<>();
		for (Path input : inputs) {
			if (input.toString().isEmpty()) {
				// an empty argument would name the current folder
				problems.add(unreadable(input, 1, 1, "chemin vide : un fichier .orga ou un dossier de scénario est attendu"));
			} else if (Files.isDirectory(input)) {
				List<Path> found = scenarioFiles(input, problems);
				if (found != null && found.isEmpty()) {
					problems.add(unreadable(input, 1, 1, "aucun fichier ." + EXTENSION + " dans ce dossier"));
				}
				if (found != null) {
					for (Path file : found) {
						loadFile(resourceSet, file, input, files, realPaths, problems);
					}
				}
			} else if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
				problems.add(unreadable(input, 1, 1, "fichier ou dossier introuvable"));
			} else if (!input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + EXTENSION)) {
				problems.add(unreadable(input, 1, 1, "ce n'est pas un scénario Casebook (extension ." + EXTENSION
						+ " attendue)"));
			} else {
				Path parent = input.toAbsolutePath().getParent();
				loadFile(resourceSet, input, parent, files, realPaths, problems);
			}
		}
		return new ScenarioSet(resourceSet, files, problems);
	}

	private List<Path> scenarioFiles(Path folder, List<Problem> problems) {
		Path real;
		try {
			// a folder named through a link is read where the link leads, its files named under the name given
			real = folder.toRealPath();
		} catch (IOException e) {
			problems.add(unreadable(folder, 1, 1, "dossier illisible (" + reason(e) + ")"));
			return null;
		}
		List<Path> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(real)) {
			// links to folders inside are not followed; every other .orga entry is read, or refused with a reason
			for (Path p : (Iterable<Path>) walk::iterator) {
				Path named = folder.resolve(real.relativize(p).toString());
				Path linked = Files.isSymbolicLink(p) && Files.isDirectory(p) ? p.toRealPath() : null;
				if (linked != null && !linked.startsWith(real)) {
					problems.add(new Problem(named, 1, 1, Severity.WARNING, IssueCodes.UNREADABLE_FILE,
							"lien symbolique vers un dossier hors du dossier du scénario (« " + linked + " ») : ses fichiers ne sont pas lus"));
				} else if (p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + EXTENSION)
						&& !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
					files.add(named);
				}
			}
		} catch (IOException | java.io.UncheckedIOException e) {
			problems.add(unreadable(folder, 1, 1, "dossier illisible (" + reason(e) + ")"));
			return null;
		}
		files.sort(Comparator.comparing(Path::toString));
		return files;
	}

	private void loadFile(XtextResourceSet resourceSet, Path file, Path folder, Map<Resource, Path> files, Set<Path> realPaths,
			List<Problem> problems) {
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		if (resourceSet.getResource(uri, false) != null) {
			return;
		}
		byte[] bytes;
		try {
			Path real = InputFiles.check(file, folder);
			if (!realPaths.add(real)) {
				return; // the same file reached twice, by a link beside it
			}
			long size = Files.size(real);
			if (size > maxBytes) {
				problems.add(unreadable(file, 1, 1, ScenarioText.tooLarge(size, maxBytes)));
				return;
			}
			// the size the file system reports is only a first check: the limit is counted again while reading
			bytes = InputFiles.read(file, folder, maxBytes, "fichier");
		} catch (IOException e) {
			problems.add(unreadable(file, 1, 1, "lecture impossible (" + reason(e) + ")"));
			return;
		} catch (InputFiles.RefusedInput e) {
			String advice = e.getMessage().startsWith("fichier trop volumineux") ? " : découper le scénario en plusieurs fichiers" : "";
			problems.add(unreadable(file, 1, 1, e.getMessage() + advice));
			return;
		}
		String text = decode(file, bytes, problems);
		if (text == null) {
			return;
		}
		Resource resource = resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			Problem tooDeep = tooDeep(file, resource);
			if (tooDeep != null) {
				// the parser refused the text (BoundedParser): the file is unreadable input, like a binary one
				resourceSet.getResources().remove(resource);
				problems.add(tooDeep);
				return;
			}
			files.put(resource, file);
		} catch (IOException | RuntimeException | StackOverflowError e) {
			resourceSet.getResources().remove(resource);
			problems.add(unreadable(file, 1, 1, "lecture impossible (" + reason(e) + ")"));
		}
	}

	/** @return the problem of a text nested too deep, which the parser did not read, or {@code null} */
	private static Problem tooDeep(Path file, Resource resource) {
		for (Resource.Diagnostic d : resource.getErrors()) {
			if (d instanceof AbstractDiagnostic diagnostic && IssueCodes.TOO_DEEP.equals(diagnostic.getCode())) {
				return new Problem(file, d.getLine(), d.getColumn(), Severity.ERROR, IssueCodes.TOO_DEEP, d.getMessage());
			}
		}
		return null;
	}

	private static String decode(Path file, byte[] bytes, List<Problem> problems) {
		ScenarioText.Refusal refusal = ScenarioText.check(bytes, Long.MAX_VALUE);
		if (refusal != null) {
			problems.add(unreadable(file, refusal.line(), refusal.column(), refusal.message()));
			return null;
		}
		return ScenarioText.decode(bytes);
	}

	private static Problem unreadable(Path file, int line, int column, String message) {
		return new Problem(file, line, column, Severity.ERROR, IssueCodes.UNREADABLE_FILE, message);
	}

	private static String reason(Throwable e) {
		if (e instanceof StackOverflowError) {
			return "texte trop imbriqué";
		}
		if (e instanceof Exception exception) {
			return FileErrors.reason(exception);
		}
		return e.getClass().getSimpleName();
	}

	/**
	 * Validates every loaded file: syntax, references and the checks of the language.
	 *
	 * @param scenario files loaded by {@link #load(List)}
	 * @return the problems of unreadable inputs followed by those of each file, by line and column
	 */
	public List<Problem> validate(ScenarioSet scenario) {
		List<Problem> problems = new ArrayList<>(scenario.getReadProblems());
		for (Resource resource : scenario.getResources()) {
			EcoreUtil.resolveAll(resource);
		}
		for (Resource resource : scenario.getResources()) {
			Path file = scenario.pathOf(resource);
			List<Problem> own = new ArrayList<>();
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				if (issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.INFO
						|| issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.IGNORE) {
					continue;
				}
				Severity severity = issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR ? Severity.ERROR
						: Severity.WARNING;
				int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
				int column = issue.getColumn() == null ? 1 : issue.getColumn();
				String code = issue.getCode() == null ? IssueCodes.SYNTAX : issue.getCode();
				own.add(new Problem(file, line, column, severity, code, issue.getMessage()));
			}
			own.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
			problems.addAll(own);
		}
		return problems;
	}
}
