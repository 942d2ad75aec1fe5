// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.casebook.model.Model;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Scenario files loaded together, so that they see each other's declarations, with the problems met while reading them.
 */
public final class ScenarioSet {

	private final ResourceSet resourceSet;
	private final Map<Resource, Path> files;
	private final List<Problem> readProblems;

	ScenarioSet(ResourceSet resourceSet, Map<Resource, Path> files, List<Problem> readProblems) {
		this.resourceSet = resourceSet;
		this.files = files;
		this.readProblems = readProblems;
	}

	/**
	 * @param resourceSet the resource set holding the resources
	 * @param files each resource with the file it stands for, in the order of the scenario
	 * @return a scenario made of resources read elsewhere (a variant read from its text), with no read problem
	 */
	public static ScenarioSet of(ResourceSet resourceSet, Map<Resource, Path> files) {
		return new ScenarioSet(resourceSet, new java.util.LinkedHashMap<>(files), List.of());
	}

	/** @return the resource set holding every loaded file */
	public ResourceSet getResourceSet() {
		return resourceSet;
	}

	/** @return the loaded resources, in the order of the files */
	public List<Resource> getResources() {
		return new ArrayList<>(files.keySet());
	}

	/**
	 * @param resource a loaded resource
	 * @return the file it was read from, as the user named it
	 */
	public Path pathOf(Resource resource) {
		return files.get(resource);
	}

	/** @return the root of every loaded file */
	public List<Model> getModels() {
		List<Model> models = new ArrayList<>();
		for (Resource resource : files.keySet()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
				models.add(model);
			}
		}
		return models;
	}

	/** @return the files that could not be read (missing, binary, not UTF-8, too large) */
	public List<Problem> getReadProblems() {
		return Collections.unmodifiableList(readProblems);
	}

	/**
	 * @return whether some named input could not be read; a link to a folder outside the scenario, left unread on
	 *         purpose with a warning, is not one
	 */
	public boolean hasUnreadableInput() {
		return readProblems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
	}
}
