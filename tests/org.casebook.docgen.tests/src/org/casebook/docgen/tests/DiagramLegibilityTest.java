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
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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
 * Every diagram of every example, printed in PDF, DOCX and ODT, has no text below 7 pt: the printed width of each
 * picture, read back from the file, divided by the diagram's width in SVG units, times its smallest font size.
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
			List<double[]> drawn = pdfImages(pdf.toByteArray());
			int next = 0;
			for (Figure f : figures) {
				int pixels = pngWidth(f.png());
				while (next < drawn.size() && (int) drawn.get(next)[0] != pixels) {
					next++;
				}
				assertThat(next).as("%s PDF: picture of « %s » drawn", where, f.caption()).isLessThan(drawn.size());
				assertLegible(where + " PDF " + f.placement(), f.caption(), drawn.get(next++)[1], f.svg());
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

	private static int pngWidth(byte[] png) {
		return (png[16] & 0xff) << 24 | (png[17] & 0xff) << 16 | (png[18] & 0xff) << 8 | png[19] & 0xff;
	}

	/** @return for each image drawn, in page order: its width in pixels and its printed width in points */
	private static List<double[]> pdfImages(byte[] bytes) throws IOException {
		List<double[]> images = new ArrayList<>();
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			PDFStreamEngine engine = new PDFStreamEngine() {
				{
					addOperator(new Concatenate(this));
					addOperator(new SetMatrix(this));
					addOperator(new Save(this));
					addOperator(new Restore(this));
					addOperator(new SetGraphicsStateParameters(this));
					addOperator(new DrawObject(this));
				}

				@Override
				protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
					if ("Do".equals(operator.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
						PDXObject object = getResources().getXObject(name);
						if (object instanceof PDImageXObject image) {
							images.add(new double[] { image.getWidth(), getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX() });
							return;
						}
					}
					super.processOperator(operator, operands);
				}
			};
			for (PDPage page : pdf.getPages()) {
				engine.processPage(page);
			}
		}
		return images;
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
