// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Generator.Output;
import org.casebook.docgen.Settings;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.model.CasebookPackage;
import org.casebook.model.Element;
import org.casebook.model.Model;
import org.casebook.model.NamedElement;
import org.casebook.model.Organisation;
import org.casebook.model.edition.EditionModels;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * Every description a teacher writes is printed, whatever the kind of element: a sentinel description is set on every
 * element of a scenario holding at least one element of every class of the metamodel that has a description, and each
 * must appear in the teacher's documents in every format, and never in the student's when its element is reserved.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class DescriptionsPrintedTest {

	@Inject
	private ScenarioLoader loader;

	@TempDir
	Path dir;

	/** Every class of the metamodel an instance of which can carry a description. */
	static List<EClass> describedClasses() {
		List<EClass> classes = new ArrayList<>();
		for (EClassifier c : CasebookPackage.eINSTANCE.getEClassifiers()) {
			if (c instanceof EClass type && !type.isAbstract() && type.getEAllStructuralFeatures().contains(CasebookPackage.Literals.ELEMENT__DESCRIPTION)) {
				classes.add(type);
			}
		}
		return classes;
	}

	/**
	 * Adds to the scenario one element of each described class it has none of, in the first element that can contain
	 * it, so that the scenario holds every kind.
	 */
	static void completeKinds(List<Model> models) {
		Set<EClass> present = new LinkedHashSet<>();
		for (Model m : models) {
			m.eAllContents().forEachRemaining(e -> present.add(e.eClass()));
		}
		int n = 0;
		for (EClass type : describedClasses()) {
			if (present.contains(type)) {
				continue;
			}
			EObject instance = CasebookPackage.eINSTANCE.getCasebookFactory().create(type);
			if (instance instanceof NamedElement named) {
				named.setName("Ajout" + n++);
			}
			boolean added = false;
			for (Model m : models) {
				for (var it = m.eAllContents(); it.hasNext() && !added;) {
					added = addTo(it.next(), instance);
				}
				if (!added && type.getEAllSuperTypes().contains(CasebookPackage.Literals.TOP_LEVEL_ELEMENT)) {
					m.getElements().add((org.casebook.model.TopLevelElement) instance);
					added = true;
				}
				if (added) {
					break;
				}
			}
			assertThat(added).as("un élément %s trouve sa place dans le scénario", type.getName()).isTrue();
		}
	}

	@SuppressWarnings("unchecked")
	private static boolean addTo(EObject owner, EObject instance) {
		for (EReference ref : owner.eClass().getEAllContainments()) {
			if (ref.getEReferenceType().isSuperTypeOf(instance.eClass())) {
				if (ref.isMany()) {
					((List<EObject>) owner.eGet(ref)).add(instance);
				} else if (owner.eGet(ref) == null) {
					owner.eSet(ref, instance);
				} else {
					continue;
				}
				return true;
			}
		}
		return false;
	}

	/** Sets a distinct sentinel description on every element; returns each sentinel and its element. */
	static Map<String, Element> sentinels(List<Model> models) {
		Map<String, Element> sentinels = new LinkedHashMap<>();
		Map<EObject, Boolean> seen = new IdentityHashMap<>();
		int n = 0;
		for (Model m : models) {
			for (var it = m.eAllContents(); it.hasNext();) {
				if (it.next() instanceof Element e && seen.put(e, true) == null) {
					String sentinel = "Qzx" + n++ + "w";
					e.setDescription("Précision " + sentinel + " sur l'élément.");
					sentinels.put(sentinel, e);
				}
			}
		}
		return sentinels;
	}

	private static final List<DocumentKind> DOCUMENTS = List.of(DocumentKind.CONTEXTE, DocumentKind.SUJET, DocumentKind.CORRIGE);

	/** The teacher's contexte, sujet and corrigé print the description of every element of every kind, in every format. */
	@Test
	void printsEveryDescriptionOfEveryKindInEveryFormat() throws IOException {
		List<Model> models = loader.load(List.of(TestScenarios.root().resolve("examples/gsb"))).getModels();
		completeKinds(models);
		Map<String, Element> sentinels = sentinels(models);
		Set<EClass> kinds = new LinkedHashSet<>();
		sentinels.values().forEach(e -> kinds.add(e.eClass()));
		assertThat(kinds).containsAll(describedClasses());
		Organisation org = DocumentsTest.organisation(models);
		List<Output> outputs = Generator.generate(org, models, DOCUMENTS, Edition.ENSEIGNANT, List.of(Format.values()), Settings.defaults(),
				dir.resolve("enseignant"), (d, t, n) -> { });
		for (Format format : Format.values()) {
			StringBuilder text = new StringBuilder();
			for (Output o : outputs) {
				if (o.format() == format) {
					text.append(Outputs.text(o.file())).append(' ');
				}
			}
			List<String> missing = new ArrayList<>();
			sentinels.forEach((sentinel, element) -> {
				// variants (declarations of how a scenario varies) describe the scenario, not the organisation
				boolean variant = element.eClass().getName().endsWith("Variation") || element.eClass().getName().equals("Variants");
				if (!variant && !text.toString().contains(sentinel)) {
					missing.add(element.eClass().getName() + (element instanceof NamedElement named ? " " + named.getName() : ""));
				}
			});
			assertThat(missing).as("descriptions absentes du format %s", format).isEmpty();
		}
	}

	/** The student's documents print no description of an element the student edition leaves out. */
	@Test
	void studentDocumentsPrintNoDescriptionOfReservedElements() throws IOException {
		List<Model> models = loader.load(List.of(TestScenarios.root().resolve("examples/gsb"))).getModels();
		completeKinds(models);
		Map<String, Element> sentinels = sentinels(models);
		EditionModels student = EditionModels.student(models);
		List<String> reserved = sentinels.entrySet().stream().filter(e -> student.resolve(e.getValue()) == null).map(Map.Entry::getKey).toList();
		assertThat(reserved).isNotEmpty();
		Organisation org = DocumentsTest.organisation(models);
		List<Output> outputs = Generator.generate(org, models, List.of(DocumentKind.CONTEXTE, DocumentKind.SUJET), Edition.ELEVE,
				List.of(Format.values()), Settings.defaults(), dir.resolve("eleve"), (d, t, n) -> { });
		for (Output o : outputs) {
			String text = Outputs.text(o.file());
			assertThat(reserved).as("%s", o.file().getFileName()).noneMatch(text::contains);
		}
		assertThat(Files.list(dir.resolve("eleve")).count()).isEqualTo(8);
	}
}
