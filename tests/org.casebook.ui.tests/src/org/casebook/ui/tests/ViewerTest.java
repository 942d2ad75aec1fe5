// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebook.ui.tests.Workbench.page;
import static org.casebook.ui.tests.Workbench.screenshot;
import static org.casebook.ui.tests.Workbench.settle;
import static org.casebook.ui.tests.Workbench.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casebook.docgen.Generator;
import org.casebook.docgen.Settings;
import org.casebook.docgen.StudentPackage;
import org.casebook.docgen.variants.ClassList;
import org.casebook.docgen.variants.VariantRun;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.dsl.variants.VariantGenerator;
import org.casebook.model.Element;
import org.casebook.model.Model;
import org.casebook.model.NamedElement;
import org.casebook.model.Realisation;
import org.casebook.ui.CasebookUi;
import org.casebook.ui.editor.ScenarioParser;
import org.casebook.ui.viewer.DocumentsView;
import org.casebook.ui.viewer.ViewerEditor;
import org.casebook.ui.viewer.ViewerPerspective;
import org.casebook.ui.viewer.ViewerSession;
import org.casebook.ui.views.DiagramView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourceAttributes;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Casebook Viewer: a student sees the scenario read-only, in its student edition, whatever folder or package is given. */
class ViewerTest {

	@TempDir
	Path dir;

	@AfterEach
	void closeEverything() throws Exception {
		page().closeAllEditors(false);
		Workbench.deleteConsultations();
		page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(org.casebook.ui.StudioPerspective.ID));
	}

	/** Strings of a teacher's scenario that a student must never see, comments included. */
	private static Set<String> secrets(Path folder) throws Exception {
		ScenarioSet scenario = CasebookUi.injector().getInstance(ScenarioLoader.class).load(List.of(folder));
		Set<String> secrets = new LinkedHashSet<>();
		for (Model model : scenario.getModels()) {
			for (var it = model.eAllContents(); it.hasNext();) {
				EObject e = it.next();
				if (e instanceof Element element) {
					add(secrets, element.getTeacherNote());
					if (element.isTeacherOnly()) {
						add(secrets, element.getDescription());
						if (element instanceof NamedElement named) {
							add(secrets, named.getLabel());
						}
					}
				}
				if (e instanceof Realisation r) {
					add(secrets, r.getAnswer());
					r.getCriteria().forEach(c -> add(secrets, c));
				}
			}
		}
		try (var files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".orga")).toList()) {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					int comment = line.indexOf("// ");
					if (comment >= 0 && !line.substring(0, comment).contains("\"")) {
						add(secrets, line.substring(comment + 3));
					}
				}
			}
		}
		return secrets;
	}

	private static void add(Set<String> secrets, String text) {
		if (text != null && text.strip().length() >= 8 && !text.strip().startsWith("---")) {
			secrets.add(text.strip().length() > 40 ? text.strip().substring(0, 40) : text.strip());
		}
	}

	private static String content(IFile file) throws Exception {
		try (var in = file.getContents()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Opened on a teacher's folder, the viewer shows no teacher-only string and refuses typing, formatting and saving. */
	@Test
	void viewerRefusesAnyEditAndHidesTeacherOnlyContent() throws Exception {
		Path hexalog = TestScenarios.root().resolve("examples/hexalog");
		Set<String> secrets = secrets(hexalog);
		assertThat(secrets).as("the example has notes, answers, teacher-only elements and comments").hasSizeGreaterThan(5);

		page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(ViewerPerspective.ID));
		ViewerSession.Opened opened = ViewerSession.prepare(hexalog);
		ViewerEditor editor = ViewerSession.show(page(), opened);
		assertThat(editor).isNotNull();
		assertThat(opened.files()).hasSize(3);
		assertThat(editor.file()).isEqualTo(opened.files().get(0));
		waitUntil(() -> editor.lastParse() != null, "analyse du texte");
		assertThat(ScenarioParser.organisation(ScenarioParser.models(editor.lastParse())).getName()).isEqualTo("Hexalog");

		for (IFile file : opened.files()) {
			String text = content(file);
			assertThat(file.getResourceAttributes().isReadOnly()).as(file.getName()).isTrue();
			for (String secret : secrets) {
				assertThat(text).as("%s montre « %s »", file.getName(), secret).doesNotContain(secret);
			}
		}

		StyledText widget = (StyledText) editor.getAdapter(Control.class);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String before = document.get();
		assertThat(widget.getEditable()).isFalse();
		widget.setFocus();
		widget.setCaretOffset(before.indexOf("organisation"));
		for (char c : "xyz\r".toCharArray()) {
			Event key = new Event();
			key.character = c;
			key.keyCode = c;
			widget.notifyListeners(SWT.KeyDown, key);
		}
		widget.invokeAction(org.eclipse.swt.custom.ST.DELETE_NEXT);
		widget.invokeAction(org.eclipse.swt.custom.ST.DELETE_PREVIOUS);
		widget.invokeAction(org.eclipse.swt.custom.ST.PASTE);
		assertThat(editor.format()).isFalse();
		editor.toggleComment(0, 3);
		assertThat(editor.getAction("ContentAssistProposal")).isNull();
		assertThat(editor.completionsAt(before.indexOf("organisation"))).isNotNull();
		settle(300);
		assertThat(document.get()).isEqualTo(before);
		assertThat(editor.isDirty()).isFalse();
		assertThat(editor.isEditorInputModifiable()).isFalse();
		editor.doSave(null);
		assertThat(content(opened.files().get(0))).isEqualTo(before);

		DiagramView diagram = (DiagramView) page().showView(DiagramView.ID);
		page().activate(editor);
		waitUntil(() -> !diagram.currentSvg().isEmpty(), "schéma du réseau");
		assertThat(diagram.currentSvg()).contains("<svg");
		for (String secret : secrets) {
			assertThat(diagram.currentSvg()).doesNotContain(secret);
		}

		DocumentsView documents = (DocumentsView) page().showView(DocumentsView.ID);
		page().activate(editor);
		waitUntil(() -> documents.documentNames().size() == 4, "quatre documents élève");
		assertThat(documents.documentNames()).allSatisfy(n -> assertThat(n).endsWith("-eleve.html"));
		for (IFile document2 : opened.documents()) {
			String html = content(document2);
			for (String secret : secrets) {
				assertThat(html).as("%s montre « %s »", document2.getName(), secret).doesNotContain(secret);
			}
		}
		opened.pdf().join(120_000, null);
		org.eclipse.core.resources.IFolder folder = opened.project().getFolder(ViewerSession.DOCUMENTS);
		for (IFile page : opened.documents()) {
			IFile pdf = folder.getFile(page.getName().replace(".html", ".pdf"));
			assertThat(pdf.exists()).as(pdf.getName()).isTrue();
			assertThat(pdf.getResourceAttributes().isReadOnly()).isTrue();
			try (var in = pdf.getContents()) {
				assertThat(new String(in.readNBytes(5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
			}
		}
		assertThat(documents.pdfOfShown()).isNotNull();
		assertThat(documents.pdfOfShown().exists()).isTrue();
		screenshot(page().getWorkbenchWindow().getShell(), "viewer.png");
		if (org.eclipse.swt.program.Program.findProgram("pdf") == null) {
			// no PDF reader here: « Ouvrir le PDF » says so in a dialog giving the file's path
			org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
			String[] told = { null };
			Runnable read = new Runnable() {
				@Override
				public void run() {
					for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
						if (shell.isVisible() && "Ouvrir le PDF".equals(shell.getText())) {
							told[0] = texts(shell);
							shell.close();
							return;
						}
					}
					display.timerExec(100, this);
				}
			};
			display.timerExec(100, read);
			documents.openPdf();
			assertThat(told[0]).contains("Aucun lecteur de PDF").contains(documents.pdfOfShown().getLocation().toOSString());
		}
	}

	private static String texts(org.eclipse.swt.widgets.Composite parent) {
		StringBuilder text = new StringBuilder();
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label) {
				text.append(label.getText()).append('\n');
			} else if (child instanceof org.eclipse.swt.widgets.Composite c) {
				text.append(texts(c));
			}
		}
		return text.toString();
	}

	/**
	 * A teacher's folder whose visible elements need teacher-only ones (a habilitation on a hidden resource, a call to a
	 * hidden application, a rule to a hidden zone) opens in the viewer: the projection removes them with their targets.
	 */
	@Test
	void teacherFolderWithDependentElementsOpens() throws Exception {
		Path folder = java.nio.file.Files.createTempDirectory("casebook-viewer-dependents");
		java.nio.file.Files.writeString(folder.resolve("o.orga"), """
				organisation Dep "Dépendances" { site Lyon @enseignant site Cache "Site caché" }
				système_information SI pour Dep {
					zone LAN
					@enseignant zone Labo "Zone cachée"
					vlan V20 { numéro 20 réseau 10.0.20.0/24 site Cache }
					@enseignant application B "Application cachée"
					application C { appelle rest B }
					filtrage F1 { de LAN vers Labo autoriser }
					groupe G
					@enseignant ressource R "Ressource cachée"
					habilitation G sur R lecture
				}
				""");
		ViewerSession.Opened opened = ViewerSession.prepare(folder);
		ViewerEditor editor = ViewerSession.show(page(), opened);
		waitUntil(() -> editor.lastParse() != null, "analyse du texte");
		String text = content(opened.files().get(0));
		assertThat(text).contains("application C").doesNotContain("caché", "Cache", "Labo", "F1", "habilitation", "appelle");
		for (IFile document : opened.documents()) {
			assertThat(content(document)).as(document.getName()).doesNotContain("caché", "Cache");
		}
		opened.pdf().join(120_000, null);
	}

	/**
	 * What {@code casebook variantes} writes for one student opens in the viewer, as its package or as the student's
	 * folder: the student sees the student edition of their own variant (their addressing plan, none of the variant's
	 * answers, notes or comments), and two students see two different plans.
	 */
	@Test
	void viewerOpensOneStudentsVariant() throws Exception {
		ScenarioSet scenario = CasebookUi.injector().getInstance(ScenarioLoader.class).load(List.of(TestScenarios.root().resolve("examples/hexalog")));
		Path list = Files.writeString(dir.resolve("classe.csv"), "Nom;Prénom\nDupont;Marie\nMartin;Léo\n");
		VariantRun.Result result = VariantRun.run(scenario, CasebookUi.injector().getInstance(VariantGenerator.class),
				ScenarioParser.organisation(scenario.getModels()), ClassList.read(list), 2027, List.of(Generator.Format.HTML), Settings.defaults(),
				dir.resolve("variantes"), (d, t, n) -> { });
		page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(ViewerPerspective.ID));
		Set<String> plans = new LinkedHashSet<>();
		for (VariantRun.StudentOutput student : result.students()) {
			Path zip = student.folder().resolve(VariantRun.PACKAGE);
			assertThat(zip).exists();
			String network = student.variant().models().stream().flatMap(m -> java.util.stream.StreamSupport.stream(
					((Iterable<EObject>) m::eAllContents).spliterator(), false)).filter(org.casebook.model.Vlan.class::isInstance)
					.map(org.casebook.model.Vlan.class::cast).filter(v -> v.getName().equals("V50_StPriest")).findFirst().orElseThrow().getSubnet();
			plans.add(network);
			Set<String> secrets = secrets(student.teacherFolder().resolve(VariantRun.SCENARIO));
			assertThat(secrets).as("the variant has answers, notes and comments").hasSizeGreaterThan(5);

			ViewerSession.Opened opened = ViewerSession.prepare(zip);
			ViewerEditor editor = ViewerSession.show(page(), opened);
			waitUntil(() -> editor.lastParse() != null, "analyse du texte de la variante");
			assertThat(ScenarioParser.organisation(ScenarioParser.models(editor.lastParse())).getName()).isEqualTo("Hexalog");
			StringBuilder all = new StringBuilder();
			for (IFile file : opened.files()) {
				assertThat(file.getResourceAttributes().isReadOnly()).as(file.getName()).isTrue();
				all.append(content(file));
			}
			for (IFile document : opened.documents()) {
				all.append(content(document));
			}
			assertThat(all).as("the student's own plan").contains(network);
			for (String secret : secrets) {
				assertThat(all.toString()).as("« %s »", secret).doesNotContain(secret);
			}
			List<String> fromPackage = new java.util.ArrayList<>();
			for (IFile file : opened.files()) {
				fromPackage.add(content(file));
			}
			opened.pdf().join(120_000, null);
			page().closeAllEditors(false);

			// the teacher's folder of the student opens too, with the same student text
			ViewerSession.Opened folder = ViewerSession.prepare(student.teacherFolder());
			List<String> fromFolder = new java.util.ArrayList<>();
			for (IFile file : folder.files()) {
				fromFolder.add(content(file));
			}
			assertThat(fromFolder).containsExactlyInAnyOrderElementsOf(fromPackage);
			folder.pdf().join(120_000, null);
		}
		assertThat(plans).as("two students, two plans").hasSize(2);
	}

	/** A student package opens the same way; broken or foreign input is refused with its location. */
	@Test
	void packageOpensAndBadInputIsRefused() throws Exception {
		Path hexalog = TestScenarios.root().resolve("examples/hexalog");
		ScenarioSet scenario = CasebookUi.injector().getInstance(ScenarioLoader.class).load(List.of(hexalog));
		Path zip = dir.resolve("hexalog-eleve.zip");
		StudentPackage.write(ScenarioParser.organisation(scenario.getModels()), scenario, CasebookUi.injector().getInstance(ISerializer.class),
				Settings.defaults(), zip, (d, t, n) -> { });
		ViewerSession.Opened opened = ViewerSession.prepare(zip);
		assertThat(opened.files().stream().map(IFile::getName).toList()).contains("organisation.orga", "reseau.orga", "sujet.orga");
		assertThat(opened.documents()).hasSize(4);

		Path broken = Files.createDirectories(dir.resolve("casse"));
		Files.writeString(broken.resolve("org.orga"), "organisation Casse \"Cassée\" {\n\tsite S {\n");
		assertThatThrownBy(() -> ViewerSession.prepare(broken)).isInstanceOf(ViewerSession.ViewerException.class)
				.hasMessageContaining("org.orga:2:10: error").hasMessageContaining("erreurs");
		assertThatThrownBy(() -> ViewerSession.prepare(dir.resolve("absent.zip"))).hasMessageContaining("introuvable");
		Path text = Files.writeString(dir.resolve("notes.txt"), "bonjour");
		assertThatThrownBy(() -> ViewerSession.prepare(text)).hasMessageContaining("ni un paquet élève");
		Path fake = Files.writeString(dir.resolve("faux.zip"), "pas une archive");
		assertThatThrownBy(() -> ViewerSession.prepare(fake)).isInstanceOf(ViewerSession.ViewerException.class)
				.hasMessageContaining("faux.zip");
	}
}
