// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.casebook.cli.CasebookCommand;
import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Settings;
import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.dsl.validation.IssueCodes;
import org.casebook.model.FilterRule;
import org.casebook.model.Model;
import org.casebook.model.Vlan;
import org.casebook.model.edition.EditionModels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * The values that the expressions {@code {{ … }}} of a question print are those of the student edition: an element it
 * leaves out with a reserved site is unknown there, an address is that of an interface students see, a count counts
 * what students see, in both editions alike; a filter rule from a reserved host is left out with it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class StudentExpressionsTest {

	@Inject
	private ScenarioLoader loader;

	@TempDir
	Path dir;

	private Path scenario;

	/** Hexalog with a reserved site and its VLAN, a reserved first interface, a reserved host and a rule from it. */
	@BeforeEach
	void writeScenario() throws IOException {
		scenario = Files.createDirectories(dir.resolve("hexalog"));
		try (Stream<Path> files = Files.list(TestScenarios.root().resolve("examples/hexalog"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".orga")).toList()) {
				Files.copy(file, scenario.resolve(file.getFileName()));
			}
		}
		edit("organisation.orga", "\tsite Marseille \"Agence de Marseille\" {",
				"\t@enseignant site Qzsite \"Site qzsecret\" { effectif 3 }\n\tsite Marseille \"Agence de Marseille\" {");
		edit("reseau.orga", "\tvlan V50_StPriest \"Terminaux de quai\" {",
				"\tvlan Qzvlan \"VLAN qzlabel\" { numéro 77 réseau 10.77.77.0/24 site Qzsite }\n"
						+ "\t@enseignant serveur Qzhost \"Hôte qzhost\" { os linux \"Debian\" site Lyon adresse 10.1.10.199 vlan V10_Lyon }\n"
						+ "\tfiltrage Fqz \"Règle qzrule\" { de hôte Qzhost vers Serveurs flux \"qzflux\" autoriser via FW_Lyon1 }\n"
						+ "\tvlan V50_StPriest \"Terminaux de quai\" {");
		edit("reseau.orga", "\t\tsite Lyon\n\t\tadresse 10.1.10.40 vlan V10_Lyon\n",
				"\t\tsite Lyon\n\t\t@enseignant interface \"qz0\" adresse 10.1.10.99 vlan V10_Lyon\n\t\tinterface \"ens18\" adresse 10.1.10.40 vlan V10_Lyon\n");
		edit("sujet.orga", "Rédigez la règle de filtrage permettant à la supervision d'interroger les pare-feu distants en SNMPv3.",
				"Rédigez la règle de filtrage permettant à la supervision ({{ serveur(SRV-SUP).adresse }}) d'interroger les pare-feu"
						+ " distants en SNMPv3, sur les {{ nombre(vlans) }} VLAN.");
	}

	private void edit(String file, String from, String to) throws IOException {
		Path path = scenario.resolve(file);
		String text = Files.readString(path, StandardCharsets.UTF_8);
		assertThat(text).as("%s holds the text to replace", file).contains(from);
		Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
	}

	@Test
	void questionsPrintWhatStudentsSeeInBothEditions() throws IOException {
		List<Model> models = loader.load(List.of(scenario)).getModels();
		assertThat(loader.validate(loader.load(List.of(scenario)))).filteredOn(p -> p.severity() == Problem.Severity.ERROR).isEmpty();
		long studentVlans = count(EditionModels.student(models).models(), Vlan.class);
		assertThat(count(models, Vlan.class)).as("the VLAN of the reserved site is in the scenario").isEqualTo(studentVlans + 1);
		assertThat(count(EditionModels.student(models).models(), FilterRule.class)).as("the rule from the reserved host is left out")
				.isEqualTo(count(models, FilterRule.class) - 1);

		String expected = "supervision (10.1.10.40) d'interroger les pare-feu distants en SNMPv3, sur les " + studentVlans + " VLAN.";
		for (Edition edition : Edition.values()) {
			Path out = dir.resolve(edition.name());
			Generator.generate(DocumentsTest.organisation(models), models, List.of(DocumentKind.SUJET), edition, List.of(Format.HTML),
					Settings.defaults(), out, (d, t, n) -> { });
			String sujet;
			try (Stream<Path> files = Files.list(out)) {
				sujet = Files.readString(files.filter(f -> f.getFileName().toString().startsWith("sujet")).findFirst().orElseThrow());
			}
			// the teacher edition's diagrams do show the reserved interface; its question does not
			assertThat(sujet).as("sujet of the %s edition", edition).contains(expected.replace("'", "&#39;"));
			if (edition == Edition.ELEVE) {
				assertThat(sujet).doesNotContain("qz").doesNotContain("10.77.77").doesNotContain("10.1.10.199").doesNotContain("10.1.10.99");
			}
		}
		StringWriter err = new StringWriter();
		int code = CasebookCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "package", scenario.toString(), "--out",
				dir.resolve("paquet.zip").toString());
		assertThat(code).as(err.toString()).isZero();
		String zip = Outputs.text(dir.resolve("paquet.zip"));
		assertThat(zip).doesNotContain("qz").doesNotContain("10.1.10.99").doesNotContain("elements_retires");
	}

	/** A question naming the VLAN of a reserved site is an error: its value would reveal what the student edition removes. */
	@Test
	void aQuestionNamingAnElementRemovedWithItsSiteIsAnError() throws IOException {
		edit("sujet.orga", "des terminaux de quai, son masque", "des terminaux de quai ({{ vlan(Qzvlan).libellé }}), son masque");
		List<Problem> problems = loader.validate(loader.load(List.of(scenario)));
		assertThat(problems).filteredOn(p -> IssueCodes.EXPRESSION_RESERVED.equals(p.code())).singleElement()
				.satisfies(p -> assertThat(p.message()).contains("Qzvlan"));
		List<Model> models = loader.load(List.of(scenario)).getModels();
		Path out = dir.resolve("eleve");
		Generator.generate(DocumentsTest.organisation(models), models, List.of(DocumentKind.SUJET), Edition.ELEVE, List.of(Format.HTML),
				Settings.defaults(), out, (d, t, n) -> { });
		try (Stream<Path> files = Files.list(out)) {
			String sujet = Files.readString(files.findFirst().orElseThrow());
			assertThat(sujet).contains("des terminaux de quai ([?]), son masque").doesNotContain("qzlabel");
		}
	}

	private static long count(List<Model> models, Class<? extends EObject> type) {
		long n = 0;
		for (Model model : models) {
			for (var it = model.eAllContents(); it.hasNext();) {
				if (type.isInstance(it.next())) {
					n++;
				}
			}
		}
		return n;
	}
}
