// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Serializing a parsed scenario and parsing the text again gives an equal model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class RoundTripTest {

	@Inject
	private ScenarioLoader loader;

	@Inject
	private ISerializer serializer;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	static List<Path> examples() {
		return TestScenarios.exampleFolders();
	}

	/** Each example, serialized with formatting and read back, is equal to the original model. */
	@ParameterizedTest
	@MethodSource("examples")
	void serializedExampleParsesToEqualModel(Path example) throws Exception {
		ScenarioSet original = loader.load(List.of(example));
		assertThat(loader.validate(original)).noneMatch(p -> p.severity() == org.casebook.dsl.load.Problem.Severity.ERROR);
		XtextResourceSet copySet = resourceSets.get();
		List<Resource> copies = new ArrayList<>();
		for (Resource resource : original.getResources()) {
			String text = serializer.serialize(resource.getContents().get(0), SaveOptions.newBuilder().format().getOptions());
			Resource copy = copySet.createResource(resource.getURI());
			copy.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			assertThat(copy.getErrors()).as("errors reparsing %s:%n%s", resource.getURI().lastSegment(), text).isEmpty();
			copies.add(copy);
		}
		for (Resource copy : copies) {
			EcoreUtil.resolveAll(copy);
		}
		for (int i = 0; i < copies.size(); i++) {
			EObject before = original.getResources().get(i).getContents().get(0);
			EObject after = copies.get(i).getContents().get(0);
			assertThat(EcoreUtil.equals(before, after)).as("round trip of %s", copies.get(i).getURI().lastSegment()).isTrue();
		}
	}
}
