// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.casebook.ui.tests.Workbench.page;
import static org.casebook.ui.tests.Workbench.screenshot;
import static org.casebook.ui.tests.Workbench.settle;
import static org.casebook.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casebook.dsl.tests.TestScenarios;
import org.casebook.ui.editor.CasebookEditor;
import org.casebook.ui.views.DiagramView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagram view as a drawing tool: fitted at start, zoom around the pointer, pan, position kept across edits, tooltips, problems, export. */
class DiagramViewTest {

	@TempDir
	Path dir;

	private IProject project;
	private CasebookEditor editor;
	private DiagramView view;

	@BeforeEach
	void openNetwork() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("schema-hexalog");
		project.create(null);
		project.open(null);
		for (Path file : Files.list(TestScenarios.root().resolve("examples/hexalog")).filter(f -> f.getFileName().toString().endsWith(".orga")).sorted().toList()) {
			project.getFile(file.getFileName().toString()).create(new ByteArrayInputStream(Files.readAllBytes(file)), true, null);
		}
		IFile file = project.getFile("reseau.orga");
		editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		view = (DiagramView) page().showView(DiagramView.ID);
		page().activate(editor);
		view.show(org.casebook.diagram.DiagramKind.RESEAU); // another test may have left another kind chosen
		waitUntil(() -> view.currentSvg().contains("data-kind=\"reseau\"") && view.ready(), "schéma du réseau");
		waitUntil(() -> state()[0] != 1.0, "schéma ajusté à la vue");
	}

	@AfterEach
	void close() throws Exception {
		page().closeAllEditors(false);
		project.delete(true, null);
	}

	private double[] state() {
		Object[] s = (Object[]) view.evaluate("state()");
		return new double[] { ((Number) s[0]).doubleValue(), ((Number) s[1]).doubleValue(), ((Number) s[2]).doubleValue() };
	}

	private double number(String script) {
		return ((Number) view.evaluate(script)).doubleValue();
	}

	@Test
	void opensFittedAndZoomsAroundThePointer() throws Exception {
		double[] fitted = state();
		double width = number("size()[0]");
		double height = number("size()[1]");
		double viewWidth = number("vp.clientWidth");
		double viewHeight = number("vp.clientHeight");
		assertThat(width * fitted[0]).as("toute la largeur visible").isLessThanOrEqualTo(viewWidth);
		assertThat(height * fitted[0]).as("toute la hauteur visible").isLessThanOrEqualTo(viewHeight);
		assertThat(Math.max(width * fitted[0] / viewWidth, height * fitted[0] / viewHeight)).as("la vue est remplie").isGreaterThan(0.9);
		screenshot(page().getWorkbenchWindow().getShell(), "schema-ajuste.png");

		// the drawing point under the pointer stays under it
		double px = 120, py = 90;
		double beforeX = (px - fitted[1]) / fitted[0], beforeY = (py - fitted[2]) / fitted[0];
		view.evaluate("zoomAt(2," + px + "," + py + ")");
		double[] zoomed = state();
		assertThat(zoomed[0]).isCloseTo(fitted[0] * 2, within(1e-6));
		assertThat((px - zoomed[1]) / zoomed[0]).isCloseTo(beforeX, within(1e-6));
		assertThat((py - zoomed[2]) / zoomed[0]).isCloseTo(beforeY, within(1e-6));

		// Ctrl+wheel zooms where the pointer is, the wheel alone moves the drawing
		view.evaluate("(function(){var r=vp.getBoundingClientRect();vp.dispatchEvent(new WheelEvent('wheel',{deltaY:-100,ctrlKey:true,"
				+ "clientX:r.left+200,clientY:r.top+150,bubbles:true,cancelable:true}));return 0;})()");
		double[] wheeled = state();
		assertThat(wheeled[0]).as("Ctrl+molette agrandit").isGreaterThan(zoomed[0]);
		assertThat((200 - wheeled[1]) / wheeled[0]).isCloseTo((200 - zoomed[1]) / zoomed[0], within(1e-6));
		view.evaluate("(function(){vp.dispatchEvent(new WheelEvent('wheel',{deltaY:40,bubbles:true,cancelable:true}));return 0;})()");
		assertThat(state()[0]).as("la molette seule ne zoome pas").isEqualTo(wheeled[0]);
		assertThat(state()[2]).as("la molette seule fait défiler").isCloseTo(wheeled[2] - 40, within(1e-6));

		// + and − keys, 0 fits again
		view.evaluate("(function(){window.dispatchEvent(new KeyboardEvent('keydown',{key:'+'}));return 0;})()");
		assertThat(state()[0]).isGreaterThan(wheeled[0]);
		// with the pointer over the drawing, + and − zoom around it
		view.evaluate("(function(){var r=vp.getBoundingClientRect();vp.dispatchEvent(new MouseEvent('mousemove',{clientX:r.left+250,"
				+ "clientY:r.top+120,bubbles:true}));return 0;})()");
		double[] pointed = state();
		view.evaluate("(function(){window.dispatchEvent(new KeyboardEvent('keydown',{key:'-'}));return 0;})()");
		double[] reduced = state();
		assertThat(reduced[0]).isLessThan(pointed[0]);
		assertThat((250 - reduced[1]) / reduced[0]).as("− autour du pointeur").isCloseTo((250 - pointed[1]) / pointed[0], within(1e-6));
		assertThat((120 - reduced[2]) / reduced[0]).isCloseTo((120 - pointed[2]) / pointed[0], within(1e-6));
		view.evaluate("(function(){window.dispatchEvent(new KeyboardEvent('keydown',{key:'0'}));return 0;})()");
		assertThat(state()[0]).isCloseTo(fitted[0], within(1e-4));
	}

	@Test
	void aFittedViewFitsAgainWhenMaximisedAndAZoomedOneKeepsItsZoom() throws Exception {
		double[] fitted = state();
		double width = number("vp.clientWidth");
		org.eclipse.ui.IWorkbenchPartReference reference = page().getReference(view);
		page().toggleZoom(reference);
		try {
			waitUntil(() -> number("vp.clientWidth") > width + 50, "vue agrandie");
			waitUntil(() -> state()[0] > fitted[0] * 1.05 || Math.abs(state()[1] - fitted[1]) > 20, "schéma ajusté de nouveau");
			double viewWidth = number("vp.clientWidth"), viewHeight = number("vp.clientHeight");
			double scale = state()[0];
			assertThat(number("size()[0]") * scale).as("toute la largeur visible").isLessThanOrEqualTo(viewWidth);
			assertThat(number("size()[1]") * scale).as("toute la hauteur visible").isLessThanOrEqualTo(viewHeight);
			assertThat(Math.max(number("size()[0]") * scale / viewWidth, number("size()[1]") * scale / viewHeight))
					.as("la vue agrandie est remplie").isGreaterThan(0.9);
		} finally {
			page().toggleZoom(reference);
		}
		waitUntil(() -> Math.abs(state()[0] - fitted[0]) < 1e-3, "ajusté de nouveau à la vue rendue");

		// once the teacher has zoomed, resizing keeps the chosen zoom
		view.evaluate("zoomBy(1.5)");
		double[] zoomed = state();
		page().toggleZoom(reference);
		try {
			waitUntil(() -> number("vp.clientWidth") > width + 50, "vue agrandie");
			settle(300);
			assertThat(state()[0]).as("zoom choisi gardé").isCloseTo(zoomed[0], within(1e-6));
		} finally {
			page().toggleZoom(reference);
		}
	}

	@Test
	void dragPansAndEditsKeepThePosition() throws Exception {
		view.evaluate("(function(){vp.dispatchEvent(new MouseEvent('mousedown',{button:0,clientX:300,clientY:300,bubbles:true}));"
				+ "window.dispatchEvent(new MouseEvent('mousemove',{clientX:250,clientY:220,bubbles:true}));"
				+ "window.dispatchEvent(new MouseEvent('mouseup',{clientX:250,clientY:220,bubbles:true}));return 0;})()");
		double[] before = state();
		view.evaluate("zoomBy(1.5)");
		double[] kept = state();
		assertThat(kept[0]).isGreaterThan(before[0]);

		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String text = document.get();
		int label = text.indexOf("\"Serveur de fichiers\"");
		document.replace(label + 1, "Serveur de fichiers".length(), "Serveur de fichiers renommé");
		waitUntil(() -> view.currentSvg().contains("Serveur de fichiers renommé") && view.ready(), "schéma redessiné");
		settle(300);
		assertThat(state()).as("zoom et position gardés après la modification").containsExactly(kept);
	}

	@Test
	void tooltipsAndProblemsOnElements() throws Exception {
		String tip = (String) view.evaluate("casebookTip('Server:SRV-FIC')");
		assertThat(tip).contains("Serveur de fichiers");
		assertThat((Boolean) view.evaluate("document.querySelector('svg > title') === null")).as("pas d'infobulle sur tout le schéma").isTrue();

		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String text = document.get();
		int address = text.indexOf("adresse 10.1.20.20 vlan V20_Lyon");
		document.replace(address + "adresse ".length(), "10.1.20.20".length(), "10.9.9.20");
		waitUntil(() -> view.problems().containsKey("Server:SRV-FIC") && view.ready(), "problème rattaché au serveur");
		waitUntil(() -> Boolean.TRUE.equals(view.evaluate("document.querySelector('g[data-element=\"Server:SRV-FIC\"]').classList.contains('cb-error')")),
				"serveur entouré de rouge sur le schéma");
		assertThat((String) view.evaluate("casebookTip('Server:SRV-FIC')")).contains("hors du réseau");
		screenshot(page().getWorkbenchWindow().getShell(), "schema-probleme.png");
	}

	@Test
	void exportsTheDiagramShown() throws Exception {
		List<Path> svg = view.export(dir.resolve("reseau.svg"));
		assertThat(svg).containsExactly(dir.resolve("reseau.svg"));
		assertThat(Files.readString(svg.get(0))).startsWith("<?xml").contains("data-kind=\"reseau\"");
		List<Path> png = view.export(dir.resolve("reseau.png"));
		byte[] bytes = Files.readAllBytes(png.get(0));
		assertThat(bytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
		try (var files = Files.list(dir)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("reseau.svg", "reseau.png");
		}
	}
}
