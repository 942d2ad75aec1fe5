// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.casebook.cli.CasebookCommand;
import org.casebook.diagram.Diagram;
import org.casebook.diagram.DiagramKind;
import org.casebook.diagram.Diagrams;
import org.casebook.diagram.Glyph;
import org.casebook.diagram.PngRenderer;
import org.casebook.diagram.SvgRenderer;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.model.edition.EditionModels;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** Determinism, editions, PNG output, bad input and the command line. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class DiagramRobustnessTest {

	@Inject
	private ScenarioLoader loader;

	@Inject
	private ParseHelper<Model> parser;

	@TempDir
	Path dir;

	private List<Model> example(String name) {
		return loader.load(List.of(TestScenarios.root().resolve("examples").resolve(name))).getModels();
	}

	private static Organisation organisation(List<Model> models) {
		return models.stream().flatMap(m -> m.getElements().stream()).filter(Organisation.class::isInstance)
				.map(Organisation.class::cast).findFirst().orElseThrow();
	}

	/** The same model, loaded twice, gives byte-identical SVG for every kind. */
	@Test
	void svgIsDeterministic() {
		for (DiagramKind kind : DiagramKind.values()) {
			List<Model> first = example("hexalog");
			List<Model> second = example("hexalog");
			String a = String.join("", Diagrams.draw(organisation(first), first, kind).stream().map(SvgRenderer::render).toList());
			String b = String.join("", Diagrams.draw(organisation(second), second, kind).stream().map(SvgRenderer::render).toList());
			assertThat(a).as(kind.word()).isEqualTo(b);
		}
	}

	/** The student edition leaves out teacher-only elements; the teacher edition shows them. */
	@Test
	void studentEditionHidesTeacherOnlyElements() throws Exception {
		Model model = parser.parse("""
				organisation O { site S }
				système_information SI pour O {
					vlan V { numéro 10 réseau 10.0.0.0/24 site S }
					serveur Public { os linux "Debian" adresse 10.0.0.1 vlan V }
					@enseignant serveur Piege_secret { os linux "Debian" adresse 10.0.0.2 vlan V }
				}
				""");
		Organisation org = (Organisation) model.getElements().get(0);
		String student = SvgRenderer.render(Diagrams.draw(EditionModels.student(List.of(model)), org, DiagramKind.RESEAU).get(0));
		String teacher = SvgRenderer.render(Diagrams.draw(org, List.of(model), DiagramKind.RESEAU).get(0));
		assertThat(student).contains("Public").doesNotContain("Piege_secret").doesNotContain("10.0.0.2");
		assertThat(teacher).contains("Piege_secret");
	}

	/** A hostile label cannot inject markup into the SVG. */
	@Test
	void escapesHostileText() throws Exception {
		Model model = parser.parse("""
				organisation O "<script>alert(1)</script>" { }
				système_information SI pour O { serveur S "\\" onload=\\"alert(2)" { os linux "<b>" } }
				""");
		Organisation org = (Organisation) model.getElements().get(0);
		String svg = SvgRenderer.render(Diagrams.draw(org, List.of(model), DiagramKind.RESEAU).get(0));
		assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("\" onload=\"")
				.contains("&lt;script&gt;").contains("&quot; onload=&quot;alert(2)");
	}

	/** The PNG is a real image of the SVG's size times the scale. */
	@Test
	void pngIsReadableImage() throws IOException {
		List<Model> models = example("atelier-lumen");
		Diagram diagram = Diagrams.draw(organisation(models), models, DiagramKind.RESEAU).get(0);
		byte[] png = PngRenderer.render(SvgRenderer.render(diagram), 2);
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image).isNotNull();
		assertThat(image.getWidth()).isGreaterThan((int) diagram.width());
		int nonWhite = 0;
		for (int x = 0; x < image.getWidth(); x += 7) {
			for (int y = 0; y < image.getHeight(); y += 7) {
				if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
					nonWhite++;
				}
			}
		}
		assertThat(nonWhite).as("something is drawn").isGreaterThan(100);
	}

	/** An organisation without network gives an empty but valid drawing, not a failure. */
	@Test
	void emptyNetworkGivesEmptyDiagram() throws Exception {
		Model model = parser.parse("organisation O { } système_information SI pour O { }");
		Organisation org = (Organisation) model.getElements().get(0);
		for (DiagramKind kind : DiagramKind.values()) {
			for (Diagram d : Diagrams.draw(org, List.of(model), kind)) {
				assertThat(SvgRenderer.render(d)).startsWith("<?xml").endsWith("</svg>\n");
			}
		}
	}

	/** A link with a missing end is reported in a note instead of breaking the layout. */
	@Test
	void danglingLinkIsNoted() throws Exception {
		Model model = parser.parse("organisation O { } système_information SI pour O { équipement R { type routeur } lien L { type wan de R } }");
		Organisation org = (Organisation) model.getElements().get(0);
		Diagram diagram = Diagrams.draw(org, List.of(model), DiagramKind.RESEAU).get(0);
		assertThat(diagram.notes()).anySatisfy(n -> assertThat(n).contains("« L »"));
		assertThat(SvgRenderer.render(diagram)).contains("« L »");
	}

	/** An interface whose VLAN is being typed (a name that designates no VLAN yet) shows its address, never "null". */
	@Test
	void interfaceWithUnresolvedVlanShowsItsAddress() throws Exception {
		Model model = parser.parse("""
				organisation O { site S }
				système_information SI pour O {
					vlan V { numéro 10 réseau 10.0.0.0/24 site S }
					serveur Srv { os linux "Debian" adresse 10.0.0.1 vlan V interface "eth1" adresse 10.0.9.1 vlan V9 }
					équipement R { type routeur site S interface "ge0" adresse 10.0.9.254 vlan V9 }
					terminaux Postes { type poste_fixe nombre 3 vlan V9 }
				}
				""");
		Organisation org = (Organisation) model.getElements().get(0);
		for (DiagramKind kind : List.of(DiagramKind.RESEAU, DiagramKind.SECURITE)) {
			for (Diagram diagram : Diagrams.draw(org, List.of(model), kind)) {
				String svg = SvgRenderer.render(diagram);
				assertThat(svg).as(kind.word()).doesNotContain("null");
				if (kind == DiagramKind.RESEAU) {
					assertThat(svg).contains("10.0.9.1").contains("Srv");
				}
			}
		}
	}

	/** A 2,000-host network stays readable: hosts beyond the limit per network are grouped, the rest is laid out. */
	@Test
	void largeNetworkIsGrouped() throws Exception {
		StringBuilder text = new StringBuilder("organisation O { site S } système_information SI pour O {\n");
		for (int v = 0; v < 8; v++) {
			text.append("vlan V").append(v).append(" { numéro ").append(v + 10).append(" réseau 10.").append(v).append(".0.0/16 site S }\n");
		}
		for (int h = 0; h < 2000; h++) {
			int v = h % 8;
			text.append("serveur H").append(h).append(" { os linux \"Debian\" adresse 10.").append(v).append('.').append(h / 250)
					.append('.').append(h % 250 + 1).append(" vlan V").append(v).append(" }\n");
		}
		Model model = parser.parse(text.append("}\n"));
		Organisation org = (Organisation) model.getElements().get(0);
		Diagram diagram = Diagrams.draw(org, List.of(model), DiagramKind.RESEAU).get(0);
		assertThat(diagram.shapes()).filteredOn(s -> s.glyph() == Glyph.MORE).hasSize(8);
		assertThat(diagram.shapes()).filteredOn(s -> s.glyph() == Glyph.SERVER).hasSize(8 * 24);
		assertThat(diagram.notes()).hasSize(8);
	}

	/** The command writes one file per diagram, refuses unknown kinds, and keeps files of earlier runs on failure. */
	@Test
	void commandLineWritesDiagrams() throws IOException {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		String example = TestScenarios.root().resolve("examples/hexalog").toString();
		int code = CasebookCommand.run(new PrintWriter(out), new PrintWriter(err), "diagram", example, "--kind", "processus",
				"--out", dir.toString());
		assertThat(code).as(err.toString()).isZero();
		assertThat(dir.resolve("processus-Commande.svg")).exists();
		code = CasebookCommand.run(new PrintWriter(out), new PrintWriter(err), "diagram", example, "--kind", "reseau", "--format",
				"png", "--out", dir.toString());
		assertThat(code).isZero();
		assertThat(Files.readAllBytes(dir.resolve("reseau.png"))).startsWith(0x89, 'P', 'N', 'G');
		StringWriter err2 = new StringWriter();
		code = CasebookCommand.run(new PrintWriter(out), new PrintWriter(err2), "diagram", example, "--kind", "plan", "--out", dir.toString());
		assertThat(code).isEqualTo(2);
		assertThat(err2.toString()).contains("type de schéma « plan » inconnu");
	}
}
