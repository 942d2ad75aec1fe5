// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casebook.docgen.Doc;
import org.casebook.docgen.DocumentBuilder;
import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Settings;
import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.model.Model;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** The corrigé numbers every dossier, mission, travail and annexe exactly as the student subject does. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class NumberingTest {

	/** Teacher-only items first, in the middle and last, at every level. */
	private static final String SCENARIO = """
			organisation Num "Numérotation" {
				entité Dir { personne Chef "Claire Chef" { fonction "DSI" } }
			}
			sujet S "Sujet" pour Num {
				option slam
				@enseignant dossier D0 "Dossier caché premier" { mission M00 { réalisation R000 { question "q" points 1 } } }
				dossier D1 "Dossier un" {
					@enseignant mission M10 "Mission cachée première" { réalisation R100 { question "q" points 1 } }
					mission M11 "Mission un-un" {
						compétences B2.1
						@enseignant réalisation R110 "Travail caché premier" { question "q" points 1 }
						réalisation R111 "Travail un-un-un" { question "q" points 2 annexes A0, A1 compétences B2.3 corrigé "c" }
						@enseignant réalisation R112 "Travail caché milieu" { question "q" points 1 }
						réalisation R113 "Travail un-un-deux" { question "q" points 3 annexes A3 }
						@enseignant réalisation R114 "Travail caché dernier" { question "q" points 1 }
					}
					@enseignant mission M12 "Mission cachée milieu" { réalisation R120 { question "q" points 1 } }
					mission M13 "Mission un-deux" { réalisation R130 "Travail un-deux-un" { question "q" points 1 } }
					@enseignant mission M14 "Mission cachée dernière" { réalisation R140 { question "q" points 1 } }
				}
				@enseignant dossier D2 "Dossier caché milieu" { mission M20 { réalisation R200 { question "q" points 1 } } }
				dossier D3 "Dossier deux" { mission M30 "Mission deux-un" { réalisation R300 "Travail deux-un-un" { question "q" points 1 } } }
				@enseignant dossier D4 "Dossier caché dernier" { mission M40 { réalisation R400 { question "q" points 1 } } }
				@enseignant annexe A0 "Annexe cachée première" { contenu "x" }
				annexe A1 "Annexe une" { contenu "x" }
				@enseignant annexe A2 "Annexe cachée milieu" { contenu "x" }
				annexe A3 "Annexe deux" { contenu "x" }
				@enseignant annexe A4 "Annexe cachée dernière" { contenu "x" }
			}
			""";

	private static final Pattern HEADING = Pattern.compile("^(Dossier|Mission|Travail à faire|Annexe) (\\S+) – (.+?)( \\(.*\\))?$");

	private static final Pattern RESERVED = Pattern.compile("^(Dossier|Mission|Travail|Annexe) réservée? à l'enseignant – (.+?)( \\(.*\\))?$");

	@Inject
	private ScenarioLoader loader;

	@TempDir
	Path dir;

	private List<Model> models() throws Exception {
		Path file = dir.resolve("num.orga");
		Files.writeString(file, SCENARIO);
		ScenarioSet scenario = loader.load(List.of(file));
		assertThat(loader.validate(scenario)).filteredOn(p -> p.severity() == Problem.Severity.ERROR).isEmpty();
		return scenario.getModels();
	}

	/** @return the number of each numbered item, by label, in the order of the document */
	private static Map<String, String> numbers(Doc doc) {
		Map<String, String> numbers = new LinkedHashMap<>();
		for (Doc.Block block : doc.blocks()) {
			if (block instanceof Doc.Heading heading) {
				Matcher m = HEADING.matcher(heading.text().replace('\u00A0', ' ').replace('\u202F', ' '));
				if (m.matches()) {
					numbers.put(m.group(3), m.group(1) + " " + m.group(2));
				}
			}
		}
		return numbers;
	}

	private static List<String> reserved(Doc doc) {
		List<String> labels = new ArrayList<>();
		for (Doc.Block block : doc.blocks()) {
			if (block instanceof Doc.Heading heading) {
				Matcher m = RESERVED.matcher(heading.text().replace('\u00A0', ' ').replace('\u202F', ' '));
				if (m.matches()) {
					labels.add(m.group(2));
				}
			}
		}
		return labels;
	}

	/** Every number of the corrigé designates the same item as in the student subject, which has no gap. */
	@Test
	void corrigeNumbersWhatTheStudentsRead() throws Exception {
		List<Model> models = models();
		var organisation = DocumentsTest.organisation(models);
		Doc subject = new DocumentBuilder(organisation, models, Edition.ELEVE, Settings.defaults()).build(DocumentKind.SUJET);
		Doc corrige = new DocumentBuilder(organisation, models, Edition.ENSEIGNANT, Settings.defaults()).build(DocumentKind.CORRIGE);
		Doc teacherSubject = new DocumentBuilder(organisation, models, Edition.ENSEIGNANT, Settings.defaults()).build(DocumentKind.SUJET);
		Map<String, String> student = numbers(subject);
		assertThat(student).containsExactly(Map.entry("Dossier un", "Dossier 1"), Map.entry("Mission un-un", "Mission 1.1"),
				Map.entry("Travail un-un-un", "Travail à faire 1.1.1"), Map.entry("Travail un-un-deux", "Travail à faire 1.1.2"),
				Map.entry("Mission un-deux", "Mission 1.2"), Map.entry("Travail un-deux-un", "Travail à faire 1.2.1"),
				Map.entry("Dossier deux", "Dossier 2"), Map.entry("Mission deux-un", "Mission 2.1"),
				Map.entry("Travail deux-un-un", "Travail à faire 2.1.1"), Map.entry("Annexe une", "Annexe 1"),
				Map.entry("Annexe deux", "Annexe 2"));
		assertThat(numbers(corrige)).as("the corrigé").containsExactlyEntriesOf(student);
		assertThat(numbers(teacherSubject)).as("the teacher's subject").containsExactlyEntriesOf(student);
		assertThat(reserved(corrige)).as("teacher-only items are shown, marked, without a number").containsExactlyInAnyOrder(
				"Dossier caché premier", "Mission cachée première", "Travail caché premier", "Travail caché milieu", "Travail caché dernier",
				"Mission cachée milieu", "Mission cachée dernière", "Dossier caché milieu", "Dossier caché dernier", "Annexe cachée première",
				"Annexe cachée milieu", "Annexe cachée dernière", "R000", "M00", "R100", "R120", "R140", "M20", "R200", "M40", "R400");
		assertThat(reserved(subject)).isEmpty();
		String text = text(subject);
		assertThat(text).contains("Annexe 2 (Annexe deux)").doesNotContain("cachée", "caché");
		assertThat(text(corrige)).contains("Annexe 1 (Annexe une)", "annexe réservée à l'enseignant (Annexe cachée première)",
				"[Barème, noté sur 7 points]");
		assertThat(text).contains("[Barème, noté sur 7 points]");
	}

	/** A SLAM corrigé gives the SLAM labels of the competencies. */
	@Test
	void competencyLabelsFollowTheSubjectsOption() throws Exception {
		List<Model> models = models();
		Doc corrige = new DocumentBuilder(DocumentsTest.organisation(models), models, Edition.ENSEIGNANT, Settings.defaults())
				.build(DocumentKind.CORRIGE);
		assertThat(text(corrige)).contains("B2.1 Concevoir et développer une solution applicative", "B2.3 Gérer les données")
				.doesNotContain("infrastructure réseau");
	}

	private static String text(Doc doc) {
		StringBuilder sb = new StringBuilder();
		for (Doc.Block block : doc.blocks()) {
			sb.append(block).append('\n');
		}
		return sb.toString().replace('\u00A0', ' ').replace('\u202F', ' ');
	}
}
