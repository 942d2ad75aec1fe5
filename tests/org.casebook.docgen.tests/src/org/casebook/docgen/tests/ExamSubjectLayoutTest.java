// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Generator.Output;
import org.casebook.docgen.Settings;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.model.Model;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The sujet looks like a national exam subject: page 1 holds the box of the épreuve and the table of contents with
 * page numbers; annexes of kind tableau list the model's elements; titles elide « de ».
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamSubjectLayoutTest {

	@Inject
	private ScenarioLoader loader;

	private List<Output> outputs;

	@BeforeAll
	void generateHexalog() throws IOException {
		Path dir = Files.createTempDirectory("casebook-exam-layout");
		List<Model> models = loader.load(List.of(TestScenarios.root().resolve("examples/hexalog"))).getModels();
		outputs = Generator.generate(DocumentsTest.organisation(models), models, List.of(DocumentKind.SUJET, DocumentKind.CONTEXTE), Edition.ELEVE,
				List.of(Format.values()), Settings.defaults(), dir, (d, t, n) -> { });
	}

	private Path file(DocumentKind kind, Format format) {
		return outputs.stream().filter(o -> o.kind() == kind && o.format() == format).findFirst().orElseThrow().file();
	}

	/** Page 1 of the PDF: the diploma, the session, épreuve E7 of the 2024 numbering, the number of pages, and the contents with page numbers. */
	@Test
	void pageOneHoldsTheExamBoxAndTheContentsWithPageNumbers() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(file(DocumentKind.SUJET, Format.PDF).toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			String page1 = stripper.getText(pdf);
			assertThat(page1).contains("BTS SERVICES INFORMATIQUES AUX ORGANISATIONS", "SESSION 2027", "E7", "Cybersécurité", "Sommaire");
			Matcher pages = Pattern.compile("Ce sujet comporte (\\d+) pages").matcher(page1);
			assertThat(pages.find()).isTrue();
			assertThat(Integer.parseInt(pages.group(1))).isEqualTo(pdf.getNumberOfPages());
			// entries of the contents: a title, a leader of dots, a page number
			List<String> entries = page1.lines().filter(l -> l.matches(".*\\.{3,}\\s*\\d+\\s*$")).toList();
			assertThat(entries).anyMatch(l -> l.startsWith("Dossier 1")).anyMatch(l -> l.startsWith("Dossier documentaire"));
			for (String entry : entries) {
				Matcher number = Pattern.compile("(\\d+)\\s*$").matcher(entry);
				assertThat(number.find()).as(entry).isTrue();
				int page = Integer.parseInt(number.group(1));
				assertThat(page).isBetween(2, pdf.getNumberOfPages());
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String title = entry.replaceAll("[ .]*\\d+\\s*$", "").strip();
				assertThat(Outputs.fold(stripper.getText(pdf))).as("page %d porte « %s »", page, title).contains(Outputs.fold(title));
			}
		}
	}

	/** DOCX and ODT: the number of pages and the page of each entry of the contents are fields the word processor computes. */
	/** A one-page subject says so in the singular: « Ce sujet comporte 1 page. » */
	@Test
	void aOnePageSubjectSaysPageInTheSingular() throws IOException {
		Path dir = Files.createTempDirectory("casebook-exam-one-page");
		List<Model> models = loader.load(List.of(TestScenarios.root().resolve("examples/ambulyon"))).getModels();
		Path pdf = Generator.generate(DocumentsTest.organisation(models), models, List.of(DocumentKind.SUJET), Edition.ELEVE, List.of(Format.PDF),
				Settings.defaults(), dir, (d, t, n) -> { }).get(0).file();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(new PDFTextStripper().getText(document)).contains("Ce sujet comporte 1 page.").doesNotContain("1 pages");
		}
	}

	@Test
	void wordProcessorsComputePageNumbers() throws IOException {
		String docx = entry(file(DocumentKind.SUJET, Format.DOCX), "word/document.xml");
		assertThat(docx).contains("NUMPAGES", "PAGEREF _Toc_s0", "w:name=\"_Toc_s0\"");
		String odt = entry(file(DocumentKind.SUJET, Format.ODT), "content.xml");
		assertThat(odt).contains("<text:page-count>", "text:reference-format=\"page\" text:ref-name=\"s0\"", "<text:bookmark text:name=\"s0\"/>");
	}

	/** The annex « Extrait de la politique de filtrage » lists the filter rules it names, as the model states them. */
	@Test
	void tableAnnexListsTheRulesItNames() throws IOException {
		for (Format format : Format.values()) {
			String text = Outputs.text(file(DocumentKind.SUJET, format));
			String annex = text.substring(text.lastIndexOf("Extrait de la politique de filtrage"));
			assertThat(annex).as("%s", format).contains("Internet vers le portail", "HTTPS 443/tcp", "DMZ vers le réseau local", "refuser");
		}
	}

	/** Titles say « d'Hexalog », never « de Hexalog ». */
	@Test
	void titlesElideDe() throws IOException {
		String text = Outputs.text(file(DocumentKind.CONTEXTE, Format.HTML));
		assertThat(text).contains("d'Hexalog").doesNotContain("de Hexalog");
	}

	private static String entry(Path zipFile, String name) throws IOException {
		try (InputStream in = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (e.getName().equals(name)) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new IOException(name + " absent");
	}
}
