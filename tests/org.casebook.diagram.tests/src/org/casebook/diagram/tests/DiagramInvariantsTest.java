// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.nio.file.Files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.casebook.diagram.Diagram;
import org.casebook.diagram.Diagram.Shape;
import org.casebook.diagram.DiagramKind;
import org.casebook.diagram.Diagrams;
import org.casebook.diagram.SvgRenderer;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.model.Department;
import org.casebook.model.InformationSystem;
import org.casebook.model.Model;
import org.casebook.model.NamedElement;
import org.casebook.model.Organisation;
import org.casebook.model.edition.EditionModels;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/** Layout invariants of every kind of diagram on every example. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class DiagramInvariantsTest {

	@Inject
	private ScenarioLoader loader;

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (Path example : TestScenarios.exampleFolders()) {
			for (DiagramKind kind : DiagramKind.values()) {
				cases.add(Arguments.of(example.getFileName().toString(), kind));
			}
		}
		return cases.stream();
	}

	private List<Model> load(String example) {
		return loader.load(List.of(TestScenarios.root().resolve("examples").resolve(example))).getModels();
	}

	private static Organisation organisation(List<Model> models) {
		return models.stream().flatMap(m -> m.getElements().stream()).filter(Organisation.class::isInstance)
				.map(Organisation.class::cast).findFirst().orElseThrow();
	}

	/** No two nodes overlap, containers hold their children, edges end on their nodes, everything is inside the picture. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("cases")
	void layoutIsClean(String example, DiagramKind kind) {
		List<Model> models = load(example);
		for (Diagram diagram : Diagrams.draw(organisation(models), models, kind)) {
			Invariants.check(diagram);
		}
	}

	/**
	 * The title of a site or zone frame, measured in DejaVu Sans Bold (the font the PDF prints it in), ends inside its
	 * frame, in every diagram and in every part of a diagram cut for print.
	 */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("cases")
	void frameTitlesEndInsideTheirFrames(String example, DiagramKind kind) throws Exception {
		Path file = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
		assumeTrue(Files.isRegularFile(file), "DejaVu Sans Bold (fonts-dejavu-core)");
		Font bold = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
		FontRenderContext context = new FontRenderContext(null, true, true);
		List<Model> models = load(example);
		List<String> svgs = new ArrayList<>();
		Diagrams.draw(organisation(models), models, kind).forEach(d -> svgs.add(SvgRenderer.render(d)));
		Diagrams.drawForPrint(EditionModels.teacher(models), organisation(models), kind).forEach(p -> svgs.add(p.svg()));
		int frames = 0;
		for (String svg : svgs) {
			Matcher frame = FRAME.matcher(svg);
			while (frame.find()) {
				frames++;
				double right = Double.parseDouble(frame.group(1)) + Double.parseDouble(frame.group(2));
				double start = Double.parseDouble(frame.group(3));
				String title = unescape(frame.group(5));
				double width = bold.deriveFont(Font.BOLD, Float.parseFloat(frame.group(4))).getStringBounds(title, context).getWidth();
				assertThat(start + width).as("« %s » in a frame ending at %.1f", title, right).isLessThanOrEqualTo(right);
			}
		}
		if (kind == DiagramKind.RESEAU) {
			assertThat(frames).as("site frames drawn").isPositive();
		}
	}

	/** A site or zone frame: its rectangle (x, width) and the title that follows it (x, size, text). */
	private static final Pattern FRAME = Pattern.compile(
			"<rect x=\"([-0-9.]+)\" y=\"[-0-9.]+\" width=\"([-0-9.]+)\" height=\"[-0-9.]+\" rx=\"10\"[^>]*/><text x=\"([-0-9.]+)\" y=\"[-0-9.]+\" font-size=\"([0-9.]+)\" font-weight=\"bold\" fill=\"[^\"]*\">([^<]*)</text>");

	private static String unescape(String text) {
		Matcher reference = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(text);
		StringBuilder sb = new StringBuilder();
		while (reference.find()) {
			int code = Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16);
			reference.appendReplacement(sb, Matcher.quoteReplacement(Character.toString(code)));
		}
		reference.appendTail(sb);
		return sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
	}

	/** Zones are drawn with the zone symbol and steps of processes with the step symbol, so the legend names what is drawn. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("cases")
	void symbolsNameWhatTheyDraw(String example, DiagramKind kind) {
		List<Model> models = load(example);
		for (Diagram diagram : Diagrams.draw(organisation(models), models, kind)) {
			for (Shape shape : diagram.shapes()) {
				if (shape.glyph() == org.casebook.diagram.Glyph.STEP) {
					assertThat(kind).as("%s drawn as a step", shape.id()).isEqualTo(DiagramKind.PROCESSUS);
				}
				if (shape.glyph() == org.casebook.diagram.Glyph.SECURITY_ZONE) {
					assertThat(shape.id()).as("zone symbol").startsWith("SecurityZone:");
				}
			}
		}
	}

	/** Every element the kind is about is drawn exactly once, and the SVG carries it exactly once. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("cases")
	void everyElementDrawnOnce(String example, DiagramKind kind) {
		List<Model> models = load(example);
		Organisation org = organisation(models);
		List<NamedElement> expected = new ArrayList<>();
		List<InformationSystem> systems = Diagrams.systemsOf(org, models);
		switch (kind) {
		case RESEAU -> systems.forEach(si -> {
			expected.addAll(si.getVlans());
			expected.addAll(si.getDevices());
			expected.addAll(si.getServers());
			expected.addAll(si.getTerminals());
		});
		case SECURITE -> systems.forEach(si -> {
			expected.addAll(si.getZones());
			expected.addAll(si.getVlans());
		});
		case APPLICATIONS -> systems.forEach(si -> {
			expected.addAll(si.getApplications());
			expected.addAll(si.getDbms());
			si.getDbms().forEach(d -> expected.addAll(d.getDatabases()));
		});
		case ORGANIGRAMME -> {
			expected.add(org);
			org.eAllContents().forEachRemaining(e -> {
				if (e instanceof Department d) {
					expected.add(d);
					// the head of an entity is written inside the entity's box
					d.getPeople().stream().filter(p -> p != d.getHead()).forEach(expected::add);
				}
			});
		}
		case PROCESSUS -> { }
		}
		List<String> keys = new ArrayList<>(expected.stream().map(e -> e.eClass().getName() + ":" + e.getName()).toList());
		if (kind == DiagramKind.PROCESSUS) {
			org.getProcesses().forEach(p -> p.getSteps().forEach(step -> keys.add("BusinessProcess:" + p.getName() + "." + step.getName())));
		}
		List<Diagram> diagrams = Diagrams.draw(org, models, kind);
		List<String> drawn = new ArrayList<>();
		for (Diagram d : diagrams) {
			// an element may appear in several diagrams (an application used by two processes), once in each
			String svg = SvgRenderer.render(d);
			List<String> inDiagram = d.shapes().stream().map(Shape::element).filter(e -> e != null).toList();
			for (String element : inDiagram) {
				assertThat(count(svg, "data-element=\"" + element.replace("\"", "&quot;") + "\"")).as("%s in SVG", element).isEqualTo(1);
			}
			inDiagram.stream().filter(e -> kind != DiagramKind.PROCESSUS || e.startsWith("BusinessProcess:")).forEach(drawn::add);
		}
		assertThat(keys.isEmpty()).isEqualTo(kind == DiagramKind.PROCESSUS && org.getProcesses().isEmpty());
		for (String key : keys) {
			assertThat(drawn.stream().filter(key::equals).count()).as("%s drawn once in %s", key, kind).isEqualTo(1);
		}
	}

	private static long count(String text, String needle) {
		Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
		long n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}
}
