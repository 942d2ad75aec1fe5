// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.casebook.diagram.PrintFit;
import org.casebook.docgen.Doc;
import org.casebook.docgen.Doc.Figure;
import org.casebook.docgen.DocumentBuilder;
import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.DocxWriter;
import org.casebook.docgen.Edition;
import org.casebook.docgen.OdtWriter;
import org.casebook.docgen.PdfWriter;
import org.casebook.docgen.Settings;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Every diagram of every example, printed in PDF, DOCX and ODT, has no text below 7 pt. In PDF the diagrams are vectors
 * whose texts are real text: each is found in the PDF's text and its printed size read from the glyphs. In DOCX and ODT,
 * the printed width of each picture, read back from the file, divided by the diagram's width in SVG units, times its
 * smallest font size.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class DiagramLegibilityTest {

	@Inject
	private ScenarioLoader loader;

	static List<Path> examples() {
		return TestScenarios.exampleFolders();
	}

	/** Smallest printed text of the diagrams of the contexte and the sujet, in each paged format, is at least 7 pt. */
	@ParameterizedTest
	@MethodSource("examples")
	void diagramTextIsPrintedAtSevenPointsOrMore(Path example) throws IOException {
		List<Model> models = loader.load(List.of(example)).getModels();
		Organisation org = DocumentsTest.organisation(models);
		DocumentBuilder builder = new DocumentBuilder(org, models, Edition.ENSEIGNANT, Settings.defaults());
		for (DocumentKind kind : List.of(DocumentKind.CONTEXTE, DocumentKind.SUJET)) {
			Doc doc = builder.build(kind);
			List<Figure> figures = doc.paged().stream().filter(Figure.class::isInstance).map(Figure.class::cast).toList();
			if (kind == DocumentKind.CONTEXTE) {
				assertThat(figures).as("diagrams of the contexte of %s", example.getFileName()).isNotEmpty();
			}
			String where = example.getFileName() + " " + kind.word();
			figures.forEach(f -> System.out.printf(java.util.Locale.ROOT, "%s: %s on %s, smallest text %.1f pt%n", where, f.caption(),
					f.placement().page().word(), f.placement().smallestTextPt()));

			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			PdfWriter.write(doc, Settings.defaults(), pdf);
			PdfText printed = pdfText(pdf.toByteArray());
			assertThat(printed.images()).as("%s PDF: diagrams drawn as vectors, not pictures", where).isZero();
			for (Figure f : figures) {
				for (String text : svgTexts(f.svg())) {
					assertThat(printed.text()).as("%s PDF: text « %s » of « %s » searchable", where, text, f.caption()).contains(text);
					for (String word : text.split(" ")) {
						double size = printed.size(word);
						assertThat(size).as("%s PDF: size in points of « %s » (« %s ») in « %s » on %s", where, word, text, f.caption(),
								f.placement().page().word()).isBetween(PrintFit.MIN_TEXT_PT - 0.05, 1000.0);
					}
				}
			}

			ByteArrayOutputStream docx = new ByteArrayOutputStream();
			DocxWriter.write(doc, Settings.defaults(), docx);
			List<Double> widths = docxFigureWidths(docx.toByteArray());
			assertThat(widths).as("%s DOCX pictures", where).hasSize(figures.size());
			for (int i = 0; i < figures.size(); i++) {
				assertLegible(where + " DOCX", figures.get(i).caption(), widths.get(i), figures.get(i).svg());
			}

			ByteArrayOutputStream odt = new ByteArrayOutputStream();
			OdtWriter.write(doc, Settings.defaults(), odt);
			Map<String, byte[]> entries = unzip(odt.toByteArray());
			String content = new String(entries.get("content.xml"), StandardCharsets.UTF_8);
			Matcher frame = Pattern.compile("<draw:frame draw:name=\"Figure(\\d+)\"[^>]*svg:width=\"([0-9.]+)cm\"").matcher(content);
			int count = 0;
			while (frame.find()) {
				String svg = new String(entries.get("Pictures/figure-" + frame.group(1) + ".svg"), StandardCharsets.UTF_8);
				assertLegible(where + " ODT", "Figure " + frame.group(1), Double.parseDouble(frame.group(2)) * 72 / 2.54, svg);
				count++;
			}
			assertThat(count).as("%s ODT frames", where).isEqualTo(figures.size());
		}
	}

	private static void assertLegible(String where, String caption, double printedWidthPt, String svg) {
		double smallest = printedWidthPt / PrintFit.size(svg)[0] * PrintFit.smallestFont(svg);
		assertThat(smallest).as("%s: smallest text of « %s » in points", where, caption).isGreaterThanOrEqualTo(PrintFit.MIN_TEXT_PT - 0.05);
	}

	/** The text of a PDF as extracted, its smallest printed size per line of text, and its number of pictures. */
	private record PdfText(String text, Map<String, Double> smallest, int images) {

		/** @return the smallest size at which a word is printed, alone or within a longer one; infinite if nowhere */
		double size(String word) {
			Double alone = smallest.get(word);
			if (alone != null) {
				return alone;
			}
			return smallest.entrySet().stream().filter(e -> e.getKey().contains(word)).mapToDouble(Map.Entry::getValue).min()
					.orElse(Double.POSITIVE_INFINITY);
		}
	}

	private static final Pattern SVG_TEXT = Pattern.compile("<text\\b[^>]*>([^<]+)</text>");
	private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#([0-9]+);");

	/** @return the texts of a diagram's SVG, unescaped, whitespace collapsed */
	private static List<String> svgTexts(String svg) {
		List<String> texts = new ArrayList<>();
		Matcher m = SVG_TEXT.matcher(svg);
		while (m.find()) {
			String text = NUMERIC_REFERENCE.matcher(m.group(1)).replaceAll(r -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(r.group(1)))))
					.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'")
					.replace("&amp;", "&").replaceAll("\\s+", " ").strip();
			if (!text.isEmpty()) {
				texts.add(text);
			}
		}
		return texts;
	}

	/**
	 * @return the PDF's text, with for each run of text written at once its smallest glyph size in points per word (the text
	 *         rendering matrix: font size, text matrix and page transform), and the number of pictures drawn
	 */
	private static PdfText pdfText(byte[] bytes) throws IOException {
		Map<String, Double> smallest = new HashMap<>();
		StringBuilder all = new StringBuilder();
		int[] images = { 0 };
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) throws IOException {
					double min = positions.stream().filter(p -> !p.getUnicode().isBlank()).mapToDouble(p -> p.getTextMatrix().getScalingFactorY())
							.min().orElse(Double.MAX_VALUE);
					String key = text.replaceAll("\\s+", " ").strip();
					smallest.merge(key, min, Math::min);
					super.writeString(text, positions);
				}
			};
			stripper.setSortByPosition(false);
			java.io.StringWriter out = new java.io.StringWriter();
			stripper.writeText(pdf, out);
			all.append(out.toString().replaceAll("\\s+", " "));
			for (PDPage page : pdf.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					if (page.getResources().getXObject(name) instanceof PDImageXObject) {
						images[0]++;
					}
				}
			}
		}
		return new PdfText(all.toString(), smallest, images[0]);
	}

	private static List<Double> docxFigureWidths(byte[] bytes) throws IOException {
		List<Double> widths = new ArrayList<>();
		try (InputStream in = new ByteArrayInputStream(bytes); XWPFDocument docx = new XWPFDocument(in)) {
			for (XWPFParagraph p : docx.getParagraphs()) {
				for (XWPFRun r : p.getRuns()) {
					for (XWPFPicture picture : r.getEmbeddedPictures()) {
						if (picture.getDescription() != null && picture.getDescription().startsWith("figure-")) {
							widths.add(picture.getCTPicture().getSpPr().getXfrm().getExt().getCx() / 12700.0);
						}
					}
				}
			}
		}
		return widths;
	}

	private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				entries.put(e.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}
}
