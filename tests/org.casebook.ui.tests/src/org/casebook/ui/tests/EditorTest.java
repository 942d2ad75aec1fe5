// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.ui.tests.Workbench.page;
import static org.casebook.ui.tests.Workbench.screenshot;
import static org.casebook.ui.tests.Workbench.settle;
import static org.casebook.ui.tests.Workbench.svgText;
import static org.casebook.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Settings;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.ui.CasebookUi;
import org.casebook.ui.editor.CasebookEditor;
import org.casebook.ui.editor.ProblemMarkers;
import org.casebook.ui.wizards.CasebookWizardDialog;
import org.casebook.ui.wizards.GenerateWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scenario editor in a real workbench: colours, problems as you type, and jumps to declarations across files. */
class EditorTest {

	private IProject project;

	@BeforeEach
	void createProjectWithHexalog() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("hexalog");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		for (Path file : Files.list(TestScenarios.root().resolve("examples/hexalog")).sorted().toList()) {
			IFile target = project.getFile(file.getFileName().toString());
			if (!target.exists()) {
				target.create(new ByteArrayInputStream(Files.readAllBytes(file)), true, null);
			}
		}
	}

	@AfterEach
	void closeEditors() throws CoreException {
		page().closeAllEditors(false);
		project.delete(true, null);
	}



	private static List<IMarker> errors(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(CasebookUi.MARKER, false, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	/** A valid example opens without error; a typed error gets a marker, which goes away once corrected. */
	@Test
	void errorMarkerAppearsAndGoesAway() throws Exception {
		IFile file = project.getFile("reseau.orga");
		IEditorPart editor = IDE.openEditor(page(), file, CasebookEditor.ID);
		assertThat(editor).isInstanceOf(CasebookEditor.class);
		CasebookEditor casebook = (CasebookEditor) editor;
		waitUntil(() -> casebook.lastParse() != null, "première analyse");
		waitUntil(() -> errors(file).isEmpty(), "aucune erreur sur l'exemple");
		IDocument document = casebook.getDocumentProvider().getDocument(casebook.getEditorInput());
		int at = document.get().indexOf("\tzone Internet");
		String typed = "\tvlan Faux { numéro 5000 }\n";
		document.replace(at, 0, typed);
		waitUntil(() -> errors(file).stream().anyMatch(m -> "casebook.vlan_numero_invalide".equals(m.getAttribute(ProblemMarkers.CODE, ""))),
				"marqueur de numéro de VLAN invalide");
		IMarker marker = errors(file).get(0);
		assertThat(marker.getAttribute(IMarker.MESSAGE, "")).contains("5000");
		assertThat(marker.getAttribute(IMarker.LINE_NUMBER, -1)).isEqualTo(document.getLineOfOffset(at) + 1);
		document.replace(at, typed.length(), "");
		waitUntil(() -> errors(file).isEmpty(), "marqueur retiré après correction");
	}

	/**
	 * A file nested 13,000 levels deep opens in the editor with one located marker, found before parsing by the
	 * language's parser as on the command line; content assist inside proposes nothing, and nothing overflows.
	 */
	@Test
	void deepNestingGivesOneLocatedMarker() throws Exception {
		int levels = 13_000;
		StringBuilder text = new StringBuilder("organisation Profond {\n");
		for (int i = 0; i < levels; i++) {
			text.append("entité E").append(i).append(" {\n");
		}
		text.append("}\n".repeat(levels)).append("}\n");
		IFile file = project.getFile("profond.orga");
		file.create(new ByteArrayInputStream(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		waitUntil(() -> errors(file).stream().anyMatch(m -> "casebook.imbrication_trop_profonde".equals(m.getAttribute(ProblemMarkers.CODE, ""))),
				"marqueur d'imbrication trop profonde");
		assertThat(errors(file)).singleElement().satisfies(m -> {
			assertThat(m.getAttribute(IMarker.LINE_NUMBER, -1)).isEqualTo(org.casebook.dsl.load.Nesting.MAX_DEPTH + 1);
			assertThat(m.getAttribute(IMarker.MESSAGE, "")).contains("imbrication trop profonde");
		});
		assertThat(editor.lastParse().getContents()).isEmpty();
		assertThat(editor.completionsAt(text.indexOf("entité E5000"))).isEmpty();
	}

	/** Keywords are bold, addresses and strings coloured, from the language's own lexer. */
	@Test
	void keywordsAndAddressesAreColoured() throws Exception {
		IFile file = project.getFile("reseau.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		String content = text.getText();
		StyleRange keyword = text.getStyleRangeAtOffset(content.indexOf("système_information"));
		assertThat(keyword).isNotNull();
		assertThat(keyword.fontStyle & SWT.BOLD).isEqualTo(SWT.BOLD);
		StyleRange address = text.getStyleRangeAtOffset(content.indexOf("10.1.10.0/24") + 3);
		assertThat(address).isNotNull();
		assertThat(address.foreground).isNotEqualTo(text.getForeground());
	}

	/** Ctrl+click on a reference opens the file that declares it, with the declaration selected. */
	@Test
	void hyperlinkJumpsToDeclarationInAnotherFile() throws Exception {
		IFile file = project.getFile("sujet.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class);
		IDocument document = viewer.getDocument();
		int offset = document.get().indexOf("demandeur Moreau") + "demandeur ".length() + 2;
		IHyperlink[] links = new CasebookEditor.Links(editor).at(viewer, new Region(offset, 0));
		assertThat(links).isNotNull().hasSize(1);
		links[0].open();
		waitUntil(() -> page().getActiveEditor() != editor, "ouverture du fichier de déclaration");
		ITextEditor target = (ITextEditor) page().getActiveEditor();
		assertThat(target.getEditorInput().getName()).isEqualTo("organisation.orga");
		ITextSelection selection = (ITextSelection) target.getSelectionProvider().getSelection();
		assertThat(selection.getText()).startsWith("personne Moreau");
	}

	/** The diagram view follows the active editor and draws the network of its organisation, then another kind on demand. */
	@Test
	void diagramViewShowsNetworkOfActiveEditor() throws Exception {
		IFile file = project.getFile("reseau.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		org.casebook.ui.views.DiagramView view = (org.casebook.ui.views.DiagramView) page().showView(org.casebook.ui.views.DiagramView.ID);
		page().activate(editor);
		waitUntil(() -> view.currentSvg().contains("data-kind=\"reseau\""), "schéma du réseau");
		assertThat(svgText(view.currentSvg())).contains("VLAN 20 – Serveurs Lyon").contains("data-element=\"Server:SRV-AD01\"");
		view.show(org.casebook.diagram.DiagramKind.ORGANIGRAMME);
		waitUntil(() -> view.currentSvg().contains("data-kind=\"organigramme\""), "organigramme");
		assertThat(svgText(view.currentSvg())).contains("Sophie Garnier");
	}

	/** Ctrl+Maj+F lays out blocks written over several lines one property per line, keeping one-line blocks on their line. */
	@Test
	void formatLaysOutOnePropertyPerLine() throws Exception {
		IFile file = project.getFile("brouillon.orga");
		file.create(new ByteArrayInputStream(("paquetage hexalog système_information Brouillon pour Hexalog { vlan VX {\nnuméro 300 réseau 10.9.0.0/24 }"
				+ " vlan VY {numéro 301   réseau 10.9.1.0/24} }").getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		assertThat(editor.format()).isTrue();
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		assertThat(text).isEqualTo("paquetage hexalog\n\nsystème_information Brouillon pour Hexalog {\n\tvlan VX {\n\t\tnuméro 300\n"
				+ "\t\tréseau 10.9.0.0/24\n\t}\n\tvlan VY { numéro 301 réseau 10.9.1.0/24 }\n}");
	}

	/** Formatting a whole example keeps its one-line VLANs and the blank lines that separate its sections. */
	@Test
	void formatKeepsTheTeachersLayout() throws Exception {
		IFile file = project.getFile("reseau.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String before = document.get();
		assertThat(editor.format()).isTrue();
		String after = document.get();
		String section = "\n\n\t// ---------------------------------------------------------------- plan d'adressage\n";
		assertThat(before).contains(section);
		assertThat(after).contains(section)
				.contains("\n\tvlan V10_Lyon \"Administration Lyon\" { numéro 10 réseau 10.1.10.0/24 passerelle 10.1.10.254 zone Admin site Lyon }\n");
		assertThat(after.split("\n\\s*\n", -1).length).as("autant de lignes vides").isEqualTo(before.split("\n\\s*\n", -1).length);
	}

	/** Hovering a reference shows the summary of the element it designates, and where it is declared. */
	@Test
	void hoverSummarisesReferencedElement() throws Exception {
		IFile file = project.getFile("reseau.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		String summary = editor.summaryAt(text.indexOf("hôte HV01") + "hôte ".length() + 1);
		assertThat(summary).contains("serveur HV01").contains("Proxmox VE");
		String site = editor.summaryAt(text.indexOf("site Lyon") + "site ".length() + 1);
		assertThat(site).contains("site Lyon").contains("Déclaré dans organisation.orga");
	}

	/** The hover is a framed note anchored under the whole name, not a borderless text under the pointer. */
	@Test
	void hoverIsAFramedNoteUnderTheName() throws Exception {
		IFile file = project.getFile("reseau.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		int at = text.indexOf("vlan V10_Lyon") + "vlan V1".length();
		assertThat(CasebookEditor.word(text, at)).isEqualTo(new org.eclipse.jface.text.Region(at - 2, "V10_Lyon".length()));
		var hover = (org.casebook.ui.editor.HoverControl) org.casebook.ui.editor.HoverControl.create(page().getWorkbenchWindow().getShell());
		try {
			hover.setInformation(editor.summaryAt(at));
			assertThat(hover.hasContents()).isTrue();
			assertThat(hover.text()).contains("V10_Lyon");
			org.eclipse.swt.graphics.Point size = hover.computeSizeHint();
			hover.setSize(size.x, size.y);
			hover.setVisible(true);
			settle(200);
			assertThat(hover.frame().getBackground()).as("une bordure").isNotEqualTo(hover.frame().getChildren()[0].getBackground());
			assertThat(size.x).as("le texte passe à la ligne au lieu de s'étaler").isLessThanOrEqualTo(480 + 20);
		} finally {
			hover.dispose();
		}
	}

	/** Ctrl+/ comments lines out and back in; braces are matched. */
	@Test
	void toggleCommentAndBraceMatching() throws Exception {
		IFile file = project.getFile("essai.orga");
		file.create(new ByteArrayInputStream("organisation O {\n\tsite A\n\tsite B\n}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				true, null);
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.toggleComment(1, 2);
		assertThat(document.get()).isEqualTo("organisation O {\n// \tsite A\n// \tsite B\n}\n");
		editor.toggleComment(1, 2);
		assertThat(document.get()).isEqualTo("organisation O {\n\tsite A\n\tsite B\n}\n");
		int open = document.get().indexOf('{');
		assertThat(editor.matchingBrace(open + 1)).isEqualTo(document.get().lastIndexOf('}'));
	}

	/** The conformity view checks the organisation of the active editor for the chosen option, updated as one types. */
	@Test
	void conformityViewFollowsEditor() throws Exception {
		IFile file = project.getFile("reseau.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		org.casebook.ui.views.ConformityView view = (org.casebook.ui.views.ConformityView) page().showView(
				org.casebook.ui.views.ConformityView.ID);
		page().activate(editor);
		waitUntil(() -> view.currentReport() != null, "rapport de conformité");
		assertThat(view.currentReport().isConforming()).isTrue();
		assertThat(view.currentReport().results()).hasSize(29);
		view.choose(true);
		assertThat(view.currentReport().results()).anySatisfy(r -> assertThat(r.id()).isEqualTo("L3.1-a"));
		assertThat(view.currentReport().isConforming()).isFalse();
	}

	/** When another scenario becomes active, the conformity view takes the option of the project's exam subject. */
	@Test
	void conformityViewTakesOptionOfSubject() throws Exception {
		CasebookEditor sujet = (CasebookEditor) IDE.openEditor(page(), project.getFile("sujet.orga"), CasebookEditor.ID);
		waitUntil(() -> sujet.lastParse() != null, "première analyse");
		org.casebook.ui.views.ConformityView view = (org.casebook.ui.views.ConformityView) page().showView(
				org.casebook.ui.views.ConformityView.ID);
		page().activate(sujet);
		waitUntil(() -> view.currentReport() != null, "rapport de conformité");
		view.choose(true);
		assertThat(view.currentReport().option()).isEqualTo(org.casebook.referential.Referential.Option.SLAM);
		CasebookEditor reseau = (CasebookEditor) IDE.openEditor(page(), project.getFile("reseau.orga"), CasebookEditor.ID);
		waitUntil(() -> reseau.lastParse() != null, "analyse du second fichier");
		waitUntil(() -> view.currentReport().option() == org.casebook.referential.Referential.Option.SISR, "option du sujet (SISR)");
	}

	/** F3 on a reference, through the workbench command and its key binding, opens the declaring file at the declaration. */
	@Test
	void f3OpensDeclaration() throws Exception {
		IFile file = project.getFile("reseau.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		editor.selectAndReveal(text.indexOf("pour Hexalog") + "pour ".length() + 2, 0);
		org.eclipse.ui.handlers.IHandlerService handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
		handlers.executeCommand("org.casebook.ui.openDeclaration", null);
		waitUntil(() -> page().getActiveEditor() != editor, "ouverture de organisation.orga");
		assertThat(page().getActiveEditor().getEditorInput().getName()).isEqualTo("organisation.orga");
		var bindings = PlatformUI.getWorkbench().getService(org.eclipse.ui.keys.IBindingService.class);
		assertThat(bindings.getActiveBindingsFor("org.casebook.ui.openDeclaration")).isNotNull();
	}

	/** The coverage view shows the Bloc 1 synthesis of the project's missions. */
	@Test
	void coverageViewShowsSynthesis() throws Exception {
		IFile file = project.getFile("sujet.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		org.casebook.ui.views.CoverageView view = (org.casebook.ui.views.CoverageView) page().showView(org.casebook.ui.views.CoverageView.ID);
		page().activate(editor);
		waitUntil(() -> view.currentReport() != null, "couverture");
		assertThat(view.currentReport().realisations()).hasSize(6);
		assertThat(view.currentReport().bloc1Gaps()).isEmpty();
	}

	/** Every element written over several lines can be folded; folding hides its lines and survives typing elsewhere. */
	@Test
	void foldingHidesElementLines() throws Exception {
		IFile file = project.getFile("sujet.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		var model = editor.foldingModel();
		assertThat(model).isNotNull();
		waitUntil(() -> model.getAnnotationIterator().hasNext(), "régions de pliage");
		var folds = new ArrayList<org.eclipse.jface.text.source.projection.ProjectionAnnotation>();
		model.getAnnotationIterator().forEachRemaining(a -> folds.add((org.eclipse.jface.text.source.projection.ProjectionAnnotation) a));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		org.eclipse.jface.text.Position first = folds.stream().map(model::getPosition)
				.min(java.util.Comparator.comparingInt(org.eclipse.jface.text.Position::getOffset)).orElseThrow();
		assertThat(document.getLineOfOffset(first.getOffset())).isLessThan(document.getLineOfOffset(first.getOffset() + first.getLength() - 1));
		StyledText widget = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		int before = widget.getLineCount();
		var annotation = folds.stream().filter(a -> model.getPosition(a).equals(first)).findFirst().orElseThrow();
		model.collapse(annotation);
		assertThat(widget.getLineCount()).isLessThan(before);
		screenshot(page().getWorkbenchWindow().getShell(), "pliage.png");
		int updates = editor.foldingUpdates();
		document.replace(document.getLength(), 0, "\n// fin\n");
		waitUntil(() -> editor.foldingUpdates() > updates, "nouvelle analyse");
		assertThat(model.getPosition(annotation)).isEqualTo(first);
		assertThat(annotation.isCollapsed()).isTrue();
	}

	/** An unknown reference offers to replace the name by the closest visible ones of the right kind. */
	@Test
	void unknownReferenceHasQuickFix() throws Exception {
		IFile file = project.getFile("sujet.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		waitUntil(() -> errors(file).isEmpty(), "aucune erreur sur l'exemple");
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int at = document.get().indexOf("pour Hexalog") + "pour ".length();
		document.replace(at, "Hexalog".length(), "Hexalgo");
		waitUntil(() -> errors(file).stream().anyMatch(m -> "casebook.reference_inconnue".equals(m.getAttribute(ProblemMarkers.CODE, ""))),
				"marqueur de référence inconnue");
		IMarker marker = errors(file).get(0);
		assertThat(IDE.getMarkerHelpRegistry().hasResolutions(marker)).isTrue();
		org.eclipse.ui.IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertThat(fixes).isNotEmpty();
		assertThat(fixes[0].getLabel()).isEqualTo("Remplacer « Hexalgo » par « Hexalog »");
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class);
		var assistant = ((org.eclipse.jface.text.source.ISourceViewerExtension3) viewer).getQuickAssistAssistant();
		assertThat(assistant.canFix(new org.eclipse.ui.texteditor.MarkerAnnotation(marker))).isTrue();
		org.eclipse.jface.text.contentassist.ICompletionProposal[] proposals = assistant.getQuickAssistProcessor()
				.computeQuickAssistProposals(new org.eclipse.jface.text.source.TextInvocationContext(viewer, at + 2, 0));
		assertThat(Arrays.stream(proposals).map(p -> p.getDisplayString())).contains("Remplacer « Hexalgo » par « Hexalog »");
		viewer.setSelectedRange(at + 2, 0);
		((org.eclipse.jface.text.ITextOperationTarget) viewer).doOperation(org.eclipse.jface.text.source.ISourceViewer.QUICK_ASSIST);
		screenshot(page().getWorkbenchWindow().getShell(), "correctif-rapide.png");
		proposals[0].apply(document);
		assertThat(document.get(at, "Hexalog".length())).isEqualTo("Hexalog");
		waitUntil(() -> errors(file).isEmpty(), "marqueur retiré après correction");
	}

	/** The new project wizard creates an organisation and a subject that are valid from the start. */
	@Test
	void newProjectWizardCreatesValidScenario() throws Exception {
		IProject other = ResourcesPlugin.getWorkspace().getRoot().getProject("Médiathèque 2027");
		if (other.exists()) {
			other.delete(true, true, null);
		}
		org.casebook.ui.wizards.NewProjectWizard wizard = new org.casebook.ui.wizards.NewProjectWizard();
		WizardDialog dialog = new CasebookWizardDialog(page().getWorkbenchWindow().getShell(), wizard, "Créer");
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.fill("hexalog", "Mediatheque", "Médiathèque \"Les Tilleuls\"", true);
		assertThat(wizard.canFinish()).as("nom de projet déjà pris").isFalse();
		wizard.fill("Médiathèque 2027", "Médiathèque", "Médiathèque", true);
		assertThat(wizard.canFinish()).as("identifiant accentué").isFalse();
		wizard.fill("Médiathèque 2027", "Mediatheque", "Médiathèque \"Les Tilleuls\"", true);
		assertThat(wizard.canFinish()).isTrue();
		screenshot(dialog.getShell(), "assistant-projet.png");
		assertThat(wizard.performFinish()).isTrue();
		dialog.close();
		IProject created = wizard.created();
		assertThat(created.getFile("organisation.orga").exists()).isTrue();
		assertThat(created.getFile("sujet.orga").exists()).isTrue();
		IFile sujet = created.getFile("sujet.orga");
		String text = new String(sujet.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).contains("option slam").contains("paquetage mediatheque_2027");
		org.casebook.ui.editor.ScenarioParser.Result result = org.casebook.ui.editor.ScenarioParser.parse(sujet, text);
		assertThat(result.issues()).filteredOn(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).isEmpty();
		String organisation = new String(created.getFile("organisation.orga").getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(org.casebook.ui.editor.ScenarioParser.parse(created.getFile("organisation.orga"), organisation).issues())
				.filteredOn(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).isEmpty();
		assertThat(page().getActiveEditor()).isInstanceOf(CasebookEditor.class);
		page().closeAllEditors(false);
		created.delete(true, true, null);
	}

	/** A name that refers to another element has its own colour, unlike the name of a declaration. */
	@Test
	void referencesAreColoured() throws Exception {
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), project.getFile("reseau.orga"), CasebookEditor.ID);
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		waitUntil(editor::referencesCurrent, "références de la première analyse");
		Workbench.settle(300);
		int reference = document.get().indexOf("zone LAN site Lyon") + "zone ".length();
		int declaration = document.get().indexOf("zone LAN \"") + "zone ".length();
		org.eclipse.swt.graphics.RGB referenceColour = text.getStyleRangeAtOffset(reference + 1).foreground.getRGB();
		org.eclipse.swt.graphics.RGB declarationColour = text.getStyleRangeAtOffset(declaration + 1).foreground.getRGB();
		assertThat(referenceColour).isNotEqualTo(declarationColour);
		assertThat(referenceColour).isEqualTo(new org.eclipse.swt.graphics.RGB(0x8a, 0x4b, 0x08));
		int typed = document.get().indexOf("zone LAN site Lyon");
		document.replace(typed, 0, "site Lyon ");
		int moved = typed + "site Lyon zone ".length();
		waitUntil(editor::referencesCurrent, "références après la frappe");
		Workbench.settle(300);
		assertThat(text.getStyleRangeAtOffset(moved + 1).foreground.getRGB()).as("référence décalée par la frappe").isEqualTo(referenceColour);
		assertThat(text.getStyleRangeAtOffset(typed + "site ".length() + 1).foreground.getRGB()).as("référence tapée").isEqualTo(referenceColour);
	}

	/** Only the changed tokens are coloured again, yet opening a comment recolours the rest of the file and closing it restores it. */
	@Test
	void colouringFollowsEdits() throws Exception {
		IFile file = project.getFile("reseau.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int zone = document.get().indexOf("\tzone Internet") + 1;
		int close = document.get().indexOf("\tserveur SRV-BKP");
		document.replace(close, 0, "*/");
		document.replace(zone, 0, "/* ");
		int later = document.get().indexOf("serveur SRV-SUP");
		assertThat(text.getStyleRangeAtOffset(later).fontStyle & SWT.ITALIC).as("commentaire ouvert sur 150 lignes").isEqualTo(SWT.ITALIC);
		document.replace(zone, 3, "");
		later = document.get().indexOf("serveur SRV-SUP");
		assertThat(text.getStyleRangeAtOffset(later).fontStyle).as("commentaire retiré").isEqualTo(SWT.BOLD);
		document.replace(document.get().indexOf("*/"), 2, "");
		int word = document.get().indexOf("Internet", zone);
		document.replace(word + 3, 0, "x");
		assertThat(text.getStyleRangeAtOffset(zone).fontStyle).isEqualTo(SWT.BOLD);
		assertThat(text.getStyleRangeAtOffset(word + 3).fontStyle & SWT.BOLD).as("identifiant modifié, pas en gras").isZero();
		document.replace(word + 3, 1, "");
		int block = document.get().indexOf("\"10.1.10.0/24\"") >= 0 ? -1 : document.get().indexOf("10.1.10.0/24");
		assertThat(text.getStyleRangeAtOffset(block + 3).fontStyle).as("adresse").isEqualTo(SWT.BOLD);
	}

	/** The outline follows the caret, and keeps its expanded branches and its selection while the text changes. */
	@Test
	void outlineFollowsTheCaret() throws Exception {
		page().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), project.getFile("reseau.orga"), CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		waitUntil(() -> editor.outline() != null, "plan affiché");
		org.casebook.ui.editor.CasebookOutlinePage outline = editor.outline();
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int inVlan = document.get().indexOf("passerelle 10.1.30.254");
		editor.selectAndReveal(inVlan, 0);
		waitUntil(() -> "V30_Lyon".equals(outline.selectedName()), "plan sur le VLAN du curseur");
		editor.selectAndReveal(document.get().indexOf("zone DMZ") + 6, 0);
		waitUntil(() -> "DMZ".equals(outline.selectedName()), "plan sur la zone du curseur");
		XtextResource before = editor.lastParse();
		document.replace(document.get().indexOf("\tzone Internet"), 0, "\t// nouvelle ligne\n");
		waitUntil(() -> editor.lastParse() != before, "nouvelle analyse");
		Workbench.settle(300);
		assertThat(outline.selectedName()).as("sélection gardée après la frappe").isEqualTo("DMZ");
	}

	/** A project started from an example holds the example's files, identical, and they validate without error. */
	@Test
	void newProjectFromExample() throws Exception {
		org.casebook.ui.wizards.NewProjectWizard wizard = new org.casebook.ui.wizards.NewProjectWizard();
		WizardDialog dialog = new CasebookWizardDialog(page().getWorkbenchWindow().getShell(), wizard, "Créer");
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertThat(wizard.fillFromExample("Lumen TP", "inconnu")).isFalse();
		assertThat(wizard.fillFromExample("Lumen TP", "atelier-lumen")).isTrue();
		assertThat(wizard.canFinish()).as("identifiant et raison sociale inutiles pour un exemple").isTrue();
		screenshot(dialog.getShell(), "assistant-projet-exemple.png");
		assertThat(wizard.performFinish()).isTrue();
		dialog.close();
		IProject created = wizard.created();
		try {
			Path example = TestScenarios.root().resolve("examples/atelier-lumen");
			List<String> names = new ArrayList<>();
			for (org.eclipse.core.resources.IResource member : created.members()) {
				if (member instanceof IFile f && "orga".equals(f.getFileExtension())) {
					names.add(f.getName());
					assertThat(f.getContents().readAllBytes()).isEqualTo(Files.readAllBytes(example.resolve(f.getName())));
				}
			}
			try (var files = Files.list(example)) {
				assertThat(names).containsExactlyInAnyOrderElementsOf(
						files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".orga")).toList());
			}
			assertThat(page().getActiveEditor()).isInstanceOf(CasebookEditor.class);
			CasebookEditor editor = (CasebookEditor) page().getActiveEditor();
			waitUntil(() -> editor.lastParse() != null, "analyse de l'exemple");
			IFile file = editor.file();
			waitUntil(() -> {
				try {
					return file.findMarkers(CasebookUi.MARKER, false, IResource.DEPTH_ZERO).length == 0;
				} catch (CoreException e) {
					return false;
				}
			}, "aucun problème sur l'exemple copié");
		} finally {
			page().closeAllEditors(false);
			created.delete(true, true, null);
		}
	}

	/** The export wizard writes a student package that the viewer opens; a folder given as the archive is refused. */
	@Test
	void exportWizardWritesStudentPackage() throws Exception {
		Path out = Files.createTempDirectory("casebook-export");
		Path zip = out.resolve("hexalog-eleve.zip");
		org.casebook.ui.wizards.ExportPackageWizard wizard = new org.casebook.ui.wizards.ExportPackageWizard(project.getLocation().toPath(),
				Settings.defaults(), zip);
		WizardDialog dialog = new CasebookWizardDialog(page().getWorkbenchWindow().getShell(), wizard, "Exporter");
		dialog.setBlockOnOpen(false);
		dialog.open();
		screenshot(dialog.getShell(), "assistant-paquet.png");
		wizard.choose(out);
		assertThat(wizard.performFinish()).as("un dossier n'est pas une archive").isFalse();
		wizard.choose(zip);
		assertThat(wizard.performFinish()).isTrue();
		dialog.close();
		assertThat(zip).exists();
		assertThat(wizard.written().removedElements()).as("the teacher-only element and the variantes block").isEqualTo(2);
		assertThat(wizard.written().documents()).isEqualTo(8);
		org.casebook.ui.viewer.ViewerSession.Opened opened = org.casebook.ui.viewer.ViewerSession.prepare(zip);
		assertThat(opened.files()).hasSize(3);
		Workbench.deleteConsultations();
	}

	/** « Variantes élèves » writes one folder per student and the class answer key; a missing class list is refused. */
	@Test
	void variantsWizardWritesOneFolderPerStudent() throws Exception {
		Path work = Files.createTempDirectory("casebook-variantes");
		Path list = work.resolve("classe.csv");
		Files.writeString(list, "Nom;Prénom\nDupont;Marie\nMartin;Léo\n");
		Path out = work.resolve("variantes");
		org.casebook.ui.wizards.VariantsWizard wizard = new org.casebook.ui.wizards.VariantsWizard(project.getLocation().toPath(),
				Settings.defaults(), out);
		WizardDialog dialog = new CasebookWizardDialog(page().getWorkbenchWindow().getShell(), wizard, "Produire");
		dialog.setBlockOnOpen(false);
		dialog.open();
		screenshot(dialog.getShell(), "assistant-variantes.png");
		wizard.choose(work.resolve("absente.csv"), 3, out);
		assertThat(wizard.performFinish()).as("une liste absente est refusée").isFalse();
		assertThat(out).doesNotExist();
		wizard.choose(list, 3, out);
		assertThat(wizard.performFinish()).isTrue();
		dialog.close();
		assertThat(wizard.result().students()).hasSize(2);
		assertThat(out.resolve("corrige-classe.xlsx")).exists();
		assertThat(out.resolve("eleves/01-marie-dupont/sujet-eleve.pdf")).exists();
		assertThat(out.resolve("enseignant/02-leo-martin/corrige-enseignant.pdf")).exists();
		assertThat(out.resolve("eleves/02-leo-martin/paquet-eleve.zip")).as("the package the viewer opens").exists();
	}

	/** Ctrl+Space proposes the visible elements of the expected kind at a reference, and keywords elsewhere. */
	@Test
	void contentAssistProposesReferencesAndKeywords() throws Exception {
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), project.getFile("sujet.orga"), CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int at = document.get().indexOf("demandeur Moreau") + "demandeur ".length();
		document.replace(at, "Moreau".length(), "Mo");
		assertThat(editor.completionsAt(at + 2)).contains("Moreau").allMatch(name -> name.toLowerCase().startsWith("mo"));
		document.replace(at, 2, "");
		List<String> people = editor.completionsAt(at);
		assertThat(people).contains("Moreau", "Charpentier").doesNotContain("Hexalog");
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class);
		assertThat(((org.eclipse.jface.text.ITextOperationTarget) viewer).canDoOperation(ISourceViewer.CONTENTASSIST_PROPOSALS)).isTrue();
		editor.selectAndReveal(at, 0);
		((org.eclipse.jface.text.ITextOperationTarget) viewer).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		screenshot(page().getWorkbenchWindow().getShell(), "assistant-contenu.png");
		int end = document.get().indexOf("\t\t\ttype projet");
		document.replace(end, 0, "\t\t\tpérim\n");
		assertThat(editor.completionsAt(end + "\t\t\tpérim".length())).contains("périmètre");
	}

	/** Only the keywords the grammar accepts at the caret are proposed: a site in an organisation, a server in a system. */
	@Test
	void keywordProposalsFollowTheGrammar() throws Exception {
		IFile file = project.getFile("organisation.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int at = document.get().indexOf("\tsite Lyon");
		document.replace(at, 0, "\ts\n");
		List<String> inOrganisation = editor.completionsAt(at + 2);
		assertThat(inOrganisation).contains("site", "secteur").doesNotContain("serveur", "service", "sla");
		document.replace(at, 3, "");

		IFile network = project.getFile("reseau.orga");
		CasebookEditor other = (CasebookEditor) IDE.openEditor(page(), network, CasebookEditor.ID);
		waitUntil(() -> other.lastParse() != null, "analyse du réseau");
		IDocument text = other.getDocumentProvider().getDocument(other.getEditorInput());
		int inSystem = text.get().indexOf("\tzone Internet");
		text.replace(inSystem, 0, "\ts\n");
		assertThat(other.completionsAt(inSystem + 2)).contains("serveur", "service").doesNotContain("site", "secteur");
		text.replace(inSystem, 3, "");
	}

	/** A keyword chosen in the list is followed by one space: the one already after the caret, or a new one. */
	@Test
	void chosenKeywordLeavesOneSpace() throws Exception {
		IFile network = project.getFile("reseau.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), network, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "analyse du réseau");
		IDocument text = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int at = text.get().indexOf("\tzone Internet");
		text.replace(at, 0, "\tser Web\n");
		int caret = editor.applyCompletion(at + 4, "serveur");
		assertThat(text.get(at, "\tserveur Web\n".length())).isEqualTo("\tserveur Web\n");
		assertThat(caret).as("le curseur après l'espace").isEqualTo(at + "\tserveur ".length());
		text.replace(at, "\tserveur Web\n".length(), "\tser\n");
		caret = editor.applyCompletion(at + 4, "serveur");
		assertThat(text.get(at, "\tserveur \n".length())).isEqualTo("\tserveur \n");
		assertThat(caret).isEqualTo(at + "\tserveur ".length());
	}

	/** An unknown competency code is replaced by a code it resembles; a duplicate name is renamed to a free one. */
	@Test
	void competencyAndDuplicateQuickFixes() throws Exception {
		IFile file = project.getFile("sujet.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		waitUntil(() -> errors(file).isEmpty(), "aucune erreur sur l'exemple");
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int at = document.get().indexOf("compétences B1.1.4") + "compétences ".length();
		document.replace(at, "B1.1.4".length(), "B1.1.44");
		waitUntil(() -> errors(file).stream().anyMatch(m -> "casebook.competence_inconnue".equals(m.getAttribute(ProblemMarkers.CODE, ""))),
				"marqueur de compétence inconnue");
		IMarker unknown = errors(file).get(0);
		org.eclipse.ui.IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(unknown);
		assertThat(fixes).isNotEmpty();
		assertThat(fixes[0].getLabel()).startsWith("Remplacer « B1.1.44 » par « B");
		fixes[0].run(unknown);
		waitUntil(() -> errors(file).isEmpty(), "compétence corrigée");

		String twice = "\ncahier_des_charges CDC_Supervision \"Doublon\" pour Hexalog {\n\tcontexte \"Copie\"\n}\n";
		int end = document.getLength();
		document.replace(end, 0, twice);
		waitUntil(() -> errors(file).stream().filter(m -> "casebook.nom_duplique".equals(m.getAttribute(ProblemMarkers.CODE, ""))).count() == 2,
				"deux marqueurs de nom dupliqué");
		IMarker second = errors(file).stream().filter(m -> "casebook.nom_duplique".equals(m.getAttribute(ProblemMarkers.CODE, "")))
				.max(java.util.Comparator.comparingInt(m -> m.getAttribute(IMarker.CHAR_START, 0))).orElseThrow();
		org.eclipse.ui.IMarkerResolution[] renames = IDE.getMarkerHelpRegistry().getResolutions(second);
		assertThat(Arrays.stream(renames).map(r -> r.getLabel()).toList()).containsExactly("Remplacer « CDC_Supervision » par « CDC_Supervision_2 »");
		renames[0].run(second);
		assertThat(document.get()).contains("cahier_des_charges CDC_Supervision_2 \"Doublon\"");
		waitUntil(() -> errors(file).stream().noneMatch(m -> "casebook.nom_duplique".equals(m.getAttribute(ProblemMarkers.CODE, ""))),
				"plus de nom dupliqué");
	}

	private static List<IMarker> markers(IFile file, String code) {
		try {
			return Arrays.stream(file.findMarkers(CasebookUi.MARKER, false, IResource.DEPTH_ZERO))
					.filter(m -> code.equals(m.getAttribute(ProblemMarkers.CODE, ""))).toList();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	/** A visible element naming a teacher-only one is warned at the reference, and the fix marks it @enseignant too. */
	@Test
	void referenceToTeacherOnlyElementHasQuickFix() throws Exception {
		IFile file = project.getFile("sujet.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		waitUntil(() -> errors(file).isEmpty(), "aucune erreur sur l'exemple");
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.replace(document.getLength(), 0, "\n@enseignant cahier_des_charges CDC_Cache pour Hexalog {\n\tcontexte \"Réservé\"\n}\n"
				+ "mission M_Visible pour Hexalog {\n\tcahier CDC_Cache\n}\n");
		String code = "casebook.reference_reservee";
		waitUntil(() -> !markers(file, code).isEmpty(), "avertissement de référence réservée");
		IMarker marker = markers(file, code).get(0);
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		assertThat(document.get(start, "CDC_Cache".length())).as("the warning is at the reference").isEqualTo("CDC_Cache");
		assertThat(document.get(start - "cahier ".length(), "cahier ".length())).isEqualTo("cahier ");
		org.eclipse.ui.IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertThat(Arrays.stream(fixes).map(f -> f.getLabel()).toList())
				.containsExactly("Réserver aussi « M_Visible » à l'enseignant (@enseignant)");
		fixes[0].run(marker);
		assertThat(document.get()).contains("@enseignant mission M_Visible pour Hexalog");
		waitUntil(() -> markers(file, code).isEmpty(), "avertissement retiré après correction");
	}

	/** The generation wizard writes the chosen documents of the active scenario in the chosen folder. */
	@Test
	void generateWizardWritesDocuments() throws Exception {
		IFile file = project.getFile("sujet.orga");
		CasebookEditor editor = (CasebookEditor) IDE.openEditor(page(), file, CasebookEditor.ID);
		waitUntil(() -> editor.lastParse() != null, "première analyse");
		List<Model> models = org.casebook.ui.editor.ScenarioParser.models(editor.lastParse());
		Organisation organisation = org.casebook.ui.editor.ScenarioParser.organisation(models);
		assertThat(organisation).isNotNull();
		Path out = Files.createTempDirectory("casebook-wizard");
		GenerateWizard wizard = new GenerateWizard(organisation, models, Settings.defaults(), out);
		WizardDialog dialog = new CasebookWizardDialog(page().getWorkbenchWindow().getShell(), wizard, "Générer");
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.choose(List.of(DocumentKind.SUJET), Edition.ELEVE, List.of(Generator.Format.HTML, Generator.Format.PDF), out);
		screenshot(dialog.getShell(), "assistant-generation.png");
		assertThat(wizard.performFinish()).isTrue();
		dialog.close();
		assertThat(out.resolve("sujet-eleve.html")).exists();
		assertThat(out.resolve("sujet-eleve.pdf")).exists();
		assertThat(wizard.outputs()).hasSize(2);

		Path inProject = project.getLocation().toPath().resolve("documents");
		GenerateWizard again = new GenerateWizard(organisation, models, Settings.defaults(), inProject);
		WizardDialog second = new CasebookWizardDialog(page().getWorkbenchWindow().getShell(), again, "Générer");
		second.setBlockOnOpen(false);
		second.open();
		again.choose(List.of(DocumentKind.SUJET), Edition.ELEVE, List.of(Generator.Format.HTML), inProject);
		assertThat(again.performFinish()).isTrue();
		second.close();
		assertThat(project.getFolder("documents").getFile("sujet-eleve.html").exists()).as("visible dans l'espace de travail").isTrue();
		org.casebook.ui.viewer.DocumentsView documents = (org.casebook.ui.viewer.DocumentsView) page().showView(org.casebook.ui.viewer.DocumentsView.ID);
		page().activate(editor);
		waitUntil(() -> documents.documentNames().contains("sujet-eleve.html"), "document listé dans la vue Documents");
		GenerateWizard teacher = new GenerateWizard(organisation, models, Settings.defaults(), inProject);
		WizardDialog third = new CasebookWizardDialog(page().getWorkbenchWindow().getShell(), teacher, "Générer");
		third.setBlockOnOpen(false);
		third.open();
		teacher.choose(List.of(DocumentKind.CORRIGE), Edition.ENSEIGNANT, List.of(Generator.Format.HTML), inProject);
		assertThat(teacher.performFinish()).isTrue();
		third.close();
		waitUntil(() -> documents.documentNames().contains("corrige-enseignant.html"), "vue Documents à jour après une génération");
	}
}
