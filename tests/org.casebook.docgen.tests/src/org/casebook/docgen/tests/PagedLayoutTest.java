// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casebook.diagram.DiagramKind;
import org.casebook.diagram.Diagrams;
import org.casebook.diagram.PrintFit;
import org.casebook.docgen.Doc;
import org.casebook.docgen.Doc.Block;
import org.casebook.docgen.Doc.Figure;
import org.casebook.docgen.Doc.Heading;
import org.casebook.docgen.Doc.PageBreak;
import org.casebook.docgen.DocumentBuilder;
import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.DocxWriter;
import org.casebook.docgen.OdtWriter;
import org.casebook.docgen.PdfWriter;
import org.casebook.docgen.Settings;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.model.edition.EditionModels;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Where the paged formats put diagrams: a diagram printed on a landscape or A3 page of its own comes after the text of
 * its section, whose headings stay on the portrait pages with that text, and a diagram that fits the text width of a
 * portrait page stays in the flow.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class PagedLayoutTest {

	@Inject
	private ScenarioLoader loader;

	static List<Path> examples() {
		return TestScenarios.exampleFolders();
	}

	/** In print order, a figure on a page of its own is followed by no text of its own section, only by the next section. */
	@ParameterizedTest
	@MethodSource("examples")
	void figuresOnPagesOfTheirOwnFollowTheTextOfTheirSection(Path example) {
		for (DocumentKind kind : List.of(DocumentKind.CONTEXTE, DocumentKind.SUJET)) {
			List<Block> blocks = build(example, kind).paged();
			int section = Integer.MAX_VALUE;
			for (int i = 0; i < blocks.size(); i++) {
				if (blocks.get(i) instanceof Heading h) {
					section = h.level();
				}
				if (!(blocks.get(i) instanceof Figure f) || f.placement().page() == PrintFit.Page.PORTRAIT) {
					continue;
				}
				int j = i + 1;
				while (j < blocks.size() && blocks.get(j) instanceof Figure) {
					j++;
				}
				if (j < blocks.size()) {
					Block next = blocks.get(j);
					int level = section;
					assertThat(next instanceof PageBreak || next instanceof Heading h && h.level() <= level)
							.as("%s %s: after « %s » on its own page comes %s", example.getFileName(), kind.word(), f.caption(), next).isTrue();
				}
			}
		}
	}

	/**
	 * Every heading of levels 1 and 2 is printed on an A4 portrait page with the text it introduces, never alone on the
	 * page of a fold-out diagram; every figure that is legible on a portrait page is printed on one.
	 */
	@ParameterizedTest
	@MethodSource("examples")
	void headingsAndSmallDiagramsStayOnPortraitPages(Path example) throws IOException {
		Doc doc = build(example, DocumentKind.CONTEXTE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfWriter.write(doc, Settings.defaults(), out);
		List<String> pages = new ArrayList<>();
		List<Boolean> portrait = new ArrayList<>();
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
				stripper.setStartPage(p);
				stripper.setEndPage(p);
				pages.add(Outputs.fold(stripper.getText(pdf)));
				COSArray box = (COSArray) pdf.getPage(p - 1).getCOSObject().getDictionaryObject(COSName.MEDIA_BOX);
				float width = ((COSNumber) box.getObject(2)).floatValue() - ((COSNumber) box.getObject(0)).floatValue();
				float height = ((COSNumber) box.getObject(3)).floatValue() - ((COSNumber) box.getObject(1)).floatValue();
				portrait.add(width < height && width < 596);
			}
		}
		// the table of contents names every heading: look for each one after it
		int from = 0;
		while (from < pages.size() && !pages.get(from).contains("Sommaire")) {
			from++;
		}
		from = from == pages.size() ? 0 : from + 1;
		for (Heading h : doc.outline()) {
			String text = Outputs.fold(h.text());
			int page = -1;
			for (int p = from; p < pages.size(); p++) {
				if (pages.get(p).contains(text)) {
					page = p;
					break;
				}
			}
			assertThat(page).as("%s: heading « %s » printed", example.getFileName(), text).isGreaterThanOrEqualTo(0);
			assertThat(portrait.get(page)).as("%s: heading « %s » on page %d, an A4 portrait page", example.getFileName(), text, page + 1).isTrue();
			from = page;
		}
	}

	/**
	 * A diagram, or a part of a split diagram, whose drawing fits legibly in the text width of a portrait page is
	 * printed on a portrait page: its title and legend never make it wider than that.
	 */
	@ParameterizedTest
	@MethodSource("examples")
	void smallDiagramsArePrintedOnPortraitPages(Path example) {
		List<Model> models = loader.load(List.of(example)).getModels();
		Organisation organisation = DocumentsTest.organisation(models);
		for (DiagramKind kind : DiagramKind.values()) {
			for (Diagrams.Printed p : Diagrams.drawForPrint(EditionModels.teacher(models), organisation, kind)) {
				double margin = 2 * 24;
				PrintFit.Placement drawing = PrintFit.on(PrintFit.Page.PORTRAIT, p.diagram().width() + margin,
						PrintFit.size(p.svg())[1], PrintFit.smallestFont(p.svg()));
				if (drawing.legible()) {
					assertThat(p.placement().page()).as("%s: « %s », drawing %.0f units wide", example.getFileName(), p.diagram().title(),
							p.diagram().width()).isEqualTo(PrintFit.Page.PORTRAIT);
				}
			}
		}
	}

	/**
	 * Two landscape or A3 figures in a row leave no blank page between them in DOCX and ODT: no section of a DOCX holds
	 * only empty paragraphs, and an ODT goes back to a portrait page only before a block that stays on it.
	 */
	@ParameterizedTest
	@MethodSource("examples")
	void noBlankPageBetweenWideFigures(Path example) throws IOException {
		for (DocumentKind kind : List.of(DocumentKind.CONTEXTE, DocumentKind.SUJET)) {
			Doc doc = build(example, kind);
			ByteArrayOutputStream docx = new ByteArrayOutputStream();
			DocxWriter.write(doc, Settings.defaults(), docx);
			// the body's blocks in order: tables whole, then paragraphs; a paragraph holding a sectPr ends a section
			java.util.regex.Matcher block = java.util.regex.Pattern.compile("<w:tbl>.*?</w:tbl>|<w:p(?: [^>]*)?/>|<w:p(?: [^>]*)?>.*?</w:p>",
					java.util.regex.Pattern.DOTALL).matcher(part(docx.toByteArray(), "word/document.xml"));
			boolean content = true;
			int sections = 0;
			while (block.find()) {
				String xml = block.group();
				content |= xml.startsWith("<w:tbl>") || xml.contains("<w:drawing") || xml.matches("(?s).*<w:t(?: [^>]*)?>[^<]*\\S.*");
				if (xml.contains("<w:sectPr")) {
					assertThat(content).as("%s %s: section %d of the DOCX holds something", example.getFileName(), kind.word(), sections)
							.isTrue();
					sections++;
					content = false;
				}
			}
			ByteArrayOutputStream odt = new ByteArrayOutputStream();
			OdtWriter.write(doc, Settings.defaults(), odt);
			String xml = part(odt.toByteArray(), "content.xml");
			assertThat(xml).as("%s %s: ODT", example.getFileName(), kind.word())
					.doesNotContainPattern("<text:p text:style-name=\"Retour_portrait\"/><text:(p|h) text:style-name=\"(Figure_|Heading_20_\\d_|Break)");
		}
	}

	/** A table longer than a page repeats its header row at the top of each page it continues on, in the PDF. */
	@org.junit.jupiter.api.Test
	void aLongTableRepeatsItsHeaderOnEachPage(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
		StringBuilder scenario = new StringBuilder("organisation O \"O\" { site S \"S\" }\nsystème_information SI pour O {\n");
		for (int i = 1; i <= 120; i++) {
			scenario.append("\tserveur SRV-").append(i).append(" \"Serveur ").append(i).append("\" { os linux \"Debian\" \"12-tableau\" }\n");
		}
		java.nio.file.Files.writeString(dir.resolve("o.orga"), scenario.append("}\n"));
		Doc doc = build(dir, DocumentKind.CONTEXTE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfWriter.write(doc, Settings.defaults(), out);
		int continued = 0;
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = stripper.getText(pdf);
				if (text.contains("12-tableau") && !text.contains("Figure ")) {
					assertThat(text).as("page %d", page).contains("Hébergement");
					continued++;
				}
			}
		}
		assertThat(continued).as("pages of the table").isGreaterThan(2);
	}

	/** In a narrow column of the PDF, a network, an IPv6 prefix or a host name stays on one line, with its comma. */
	@org.junit.jupiter.api.Test
	void technicalWordsAreNotBrokenInNarrowColumns() throws IOException {
		Path gsb = examples().stream().filter(p -> p.getFileName().toString().equals("gsb")).findFirst().orElseThrow();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfWriter.write(build(gsb, DocumentKind.CONTEXTE), Settings.defaults(), out);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
			assertThat(text).contains("192.168.100.0/24", "2001:db8:300::/64", "SRV-INTRA", "SRV-PGI,").doesNotContain("SRV- ")
					.doesNotContain(" /24");
		}
	}

	private static String part(byte[] archive, String name) throws IOException {
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(archive))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
		}
		throw new IOException("no " + name);
	}

	private Doc build(Path example, DocumentKind kind) {
		List<Model> models = loader.load(List.of(example)).getModels();
		return new DocumentBuilder(DocumentsTest.organisation(models), models, Edition.ENSEIGNANT, Settings.defaults()).build(kind);
	}
}
