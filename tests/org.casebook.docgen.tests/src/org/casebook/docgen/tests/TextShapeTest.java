// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.casebook.docgen.Doc;
import org.casebook.docgen.DocxWriter;
import org.casebook.docgen.HtmlWriter;
import org.casebook.docgen.OdtWriter;
import org.casebook.docgen.PdfWriter;
import org.casebook.docgen.Settings;
import org.junit.jupiter.api.Test;

/** Paragraphs, line breaks and « - » lists of a text a teacher wrote keep their shape in every format. */
class TextShapeTest {

	private static final String TEXT = """
			VISITEUR(id, nom, prénom)
			FICHEFRAIS(idVisiteur, mois, montant)

			Règles :
			- chaque fiche appartient à un visiteur
			- une fiche par mois
			Fin du modèle.""";

	private static Doc doc() {
		return new Doc("Essai", null).h(1, "Annexe").p(TEXT);
	}

	/** HTML: a line break between the two lines, a list of two items, three paragraphs. */
	@Test
	void keepsShapeInHtml() throws IOException {
		String html = HtmlWriter.write(doc(), Settings.defaults(), false);
		assertThat(html).contains("VISITEUR(id, nom, prénom)<br/>FICHEFRAIS");
		assertThat(html).contains("<ul><li>chaque fiche appartient à un visiteur</li><li>une fiche par mois</li></ul>");
		assertThat(html).contains("<p>Fin du modèle.</p>");
	}

	/** PDF: each line and each item on its own printed line, items bulleted. */
	@Test
	void keepsShapeInPdf() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfWriter.write(doc(), Settings.defaults(), out);
		String text;
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			text = new PDFTextStripper().getText(pdf);
		}
		List<String> lines = text.lines().map(String::strip).toList();
		assertThat(lines).contains("VISITEUR(id, nom, prénom)", "FICHEFRAIS(idVisiteur, mois, montant)", "Fin du modèle.");
		assertThat(lines).anyMatch(l -> l.endsWith("chaque fiche appartient à un visiteur"));
		assertThat(lines).anyMatch(l -> l.endsWith("une fiche par mois"));
	}

	/** DOCX: a break inside the first paragraph, one paragraph per item. */
	@Test
	void keepsShapeInDocx() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DocxWriter.write(doc(), Settings.defaults(), out);
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
			List<String> texts = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(texts).contains("VISITEUR(id, nom, prénom)\nFICHEFRAIS(idVisiteur, mois, montant)", "• chaque fiche appartient à un visiteur",
					"• une fiche par mois", "Fin du modèle.");
		}
	}

	/** ODT: a line break inside the first paragraph, a list of two items. */
	@Test
	void keepsShapeInOdt() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OdtWriter.write(doc(), Settings.defaults(), out);
		String content = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (e.getName().equals("content.xml")) {
					content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		assertThat(content).contains("VISITEUR(id, nom, prénom)<text:line-break/>FICHEFRAIS");
		assertThat(content).contains("<text:list-item><text:p text:style-name=\"Text_20_body\">chaque fiche appartient à un visiteur</text:p></text:list-item>"
				+ "<text:list-item><text:p text:style-name=\"Text_20_body\">une fiche par mois</text:p></text:list-item>");
	}
}
