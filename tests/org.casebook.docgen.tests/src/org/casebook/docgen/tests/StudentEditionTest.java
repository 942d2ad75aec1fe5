// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.casebook.cli.CasebookCommand;
import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Generator.Output;
import org.casebook.docgen.Settings;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.model.Element;
import org.casebook.model.Model;
import org.casebook.model.NamedElement;
import org.casebook.model.Realisation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/** The student edition of every example, in every format and in the package, contains no teacher-only string. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class StudentEditionTest {

	@Inject
	private ScenarioLoader loader;

	@TempDir
	Path dir;

	static List<Path> examples() {
		return TestScenarios.exampleFolders();
	}

	/** Texts a student must never see: notes, answers, criteria, and whatever an element marked @enseignant says. */
	static Set<String> secrets(List<Model> models) {
		Set<String> secrets = new LinkedHashSet<>();
		for (Model model : models) {
			for (var it = model.eAllContents(); it.hasNext();) {
				EObject e = it.next();
				if (e instanceof Element element) {
					add(secrets, element.getTeacherNote());
					if (element.isTeacherOnly()) {
						add(secrets, element.getDescription());
						if (element instanceof NamedElement named) {
							add(secrets, named.getLabel());
							add(secrets, named.getName());
						}
						for (var inner = element.eAllContents(); inner.hasNext();) {
							if (inner.next() instanceof Element child) {
								add(secrets, child.getDescription());
								add(secrets, child.getTeacherNote());
							}
						}
						if (element instanceof org.casebook.model.Tool tool) {
							add(secrets, tool.getProduct());
						}
						if (element instanceof Realisation r) {
							add(secrets, r.getQuestion());
						}
					}
				}
				if (e instanceof Realisation r) {
					add(secrets, r.getAnswer());
					r.getCriteria().forEach(c -> add(secrets, c));
				}
			}
		}
		return secrets;
	}

	private static void add(Set<String> secrets, String text) {
		if (text != null && text.strip().length() >= 6) {
			secrets.add(Outputs.fold(text.strip()));
		}
	}

	/** No teacher-only string appears in any student document, file name, metadata or package entry. */
	@ParameterizedTest
	@MethodSource("examples")
	void studentOutputsHideTeacherContent(Path example) throws IOException {
		List<Model> models = loader.load(List.of(example)).getModels();
		Set<String> secrets = secrets(models);
		assertThat(secrets).as("each example has teacher-only content to hide").isNotEmpty();
		List<DocumentKind> kinds = Arrays.stream(DocumentKind.values()).filter(k -> !k.teacherOnly()).toList();
		Path out = dir.resolve("eleve");
		List<Output> outputs = Generator.generate(DocumentsTest.organisation(models), models, kinds, Edition.ELEVE,
				Arrays.asList(Format.values()), Settings.defaults(), out, (d, t, n) -> { });
		assertThat(outputs).hasSize(16);
		StringWriter err = new StringWriter();
		Path zip = dir.resolve("paquet.zip");
		int code = CasebookCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "package", example.toString(), "--out", zip.toString());
		assertThat(code).as(err.toString()).isZero();
		List<Path> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(out)) {
			walk.filter(Files::isRegularFile).forEach(files::add);
		}
		files.add(zip);
		for (Path file : files) {
			String text = Outputs.text(file) + " " + file.getFileName();
			for (String secret : secrets) {
				String head = secret.length() > 32 ? secret.substring(0, 32) : secret;
				assertThat(text).as("%s leaks « %s »", file.getFileName(), secret).doesNotContain(secret).doesNotContain(head);
			}
		}
	}

	/** The teacher edition does carry those strings: the check above looks at real content. */
	@ParameterizedTest
	@MethodSource("examples")
	void teacherEditionShowsThem(Path example) throws IOException {
		List<Model> models = loader.load(List.of(example)).getModels();
		Set<String> secrets = secrets(models);
		List<Output> outputs = Generator.generate(DocumentsTest.organisation(models), models, Arrays.asList(DocumentKind.values()),
				Edition.ENSEIGNANT, List.of(Format.HTML), Settings.defaults(), dir.resolve("enseignant"), (d, t, n) -> { });
		StringBuilder all = new StringBuilder();
		for (Output o : outputs) {
			all.append(Outputs.text(o.file()));
		}
		long shown = secrets.stream().filter(s -> all.toString().contains(s)).count();
		assertThat(shown).as("teacher-only strings shown in the teacher edition").isGreaterThanOrEqualTo(Math.min(2, secrets.size()));
	}
}
