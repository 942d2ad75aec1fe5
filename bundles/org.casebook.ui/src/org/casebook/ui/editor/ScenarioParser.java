// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.casebook.ui.CasebookUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/** Parses the text of an editor together with the other scenario files of its project, and validates it. */
public final class ScenarioParser {

	/**
	 * The outcome of a parse.
	 *
	 * @param resource the resource of the edited file
	 * @param issues its problems
	 */
	public record Result(XtextResource resource, List<Issue> issues) {
	}

	private ScenarioParser() {
	}

	/**
	 * @param file the edited file
	 * @param text its current text, possibly not saved
	 * @return the parsed resource and its problems
	 */
	public static Result parse(IFile file, String text) {
		XtextResourceSet set = CasebookUi.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = load(set, file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		try {
			file.getProject().accept(r -> {
				if (r.getType() == IResource.FILE && "orga".equals(r.getFileExtension()) && !r.equals(file)) {
					try (InputStream in = ((IFile) r).getContents(true)) {
						load(set, (IFile) r, in);
					} catch (IOException | CoreException e) {
						// an unreadable sibling only loses its declarations
					}
				}
				return true;
			});
		} catch (CoreException e) {
			// the project is closed or gone: the file is validated alone
		}
		IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
		return new Result(resource, validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
	}

	/**
	 * @param resource a parsed file
	 * @return the scenario models of its project, the file's own first
	 */
	public static List<org.casebook.model.Model> models(XtextResource resource) {
		List<org.casebook.model.Model> models = new java.util.ArrayList<>();
		for (Resource r : resource.getResourceSet().getResources()) {
			if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof org.casebook.model.Model m) {
				models.add(m);
			}
		}
		return models;
	}

	/**
	 * @param models the models of a project
	 * @return the first organisation they declare, or {@code null}
	 */
	public static org.casebook.model.Organisation organisation(List<org.casebook.model.Model> models) {
		return models.stream().flatMap(m -> m.getElements().stream()).filter(org.casebook.model.Organisation.class::isInstance)
				.map(org.casebook.model.Organisation.class::cast).findFirst().orElse(null);
	}

	private static XtextResource load(XtextResourceSet set, IFile file, InputStream in) {
		URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		Resource existing = set.getResource(uri, false);
		if (existing != null) {
			return (XtextResource) existing;
		}
		XtextResource resource = (XtextResource) set.createResource(uri);
		try {
			resource.load(in, Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			// the parser reports the problems of the text itself
		}
		return resource;
	}
}
