// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Generator.Output;
import org.casebook.docgen.Settings;
import org.casebook.docgen.Typography;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Structure of every document in every format, metadata, typography, and opening by LibreOffice. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsTest {

	@Inject
	private ScenarioLoader loader;

	private Path dir;

	private List<Output> outputs;

	@BeforeAll
	void generateTeacherEditionOfHexalog() throws IOException {
		dir = Files.createTempDirectory("casebook-documents-test");
		List<Model> models = loader.load(List.of(TestScenarios.root().resolve("examples/hexalog"))).getModels();
		Organisation org = organisation(models);
		outputs = Generator.generate(org, models, Arrays.asList(DocumentKind.values()), Edition.ENSEIGNANT, Arrays.asList(Format.values()),
				Settings.defaults(), dir.resolve("enseignant"), (d, t, n) -> { });
	}

	static Organisation organisation(List<Model> models) {
		return models.stream().flatMap(m -> m.getElements().stream()).filter(Organisation.class::isInstance)
				.map(Organisation.class::cast).findFirst().orElseThrow();
	}

	private Path file(DocumentKind kind, Format format) {
		return outputs.stream().filter(o -> o.kind() == kind && o.format() == format).findFirst().orElseThrow().file();
	}

	/** Five documents in four formats, named by document and edition only. */
	@Test
	void writesEveryDocumentInEveryFormat() {
		assertThat(outputs).hasSize(20);
		assertThat(outputs).allSatisfy(o -> assertThat(o.file()).exists().isRegularFile());
		assertThat(file(DocumentKind.SUJET, Format.PDF).getFileName().toString()).isEqualTo("sujet-enseignant.pdf");
	}

	/** The HTML context is self-contained: headings, table of contents, addressing table and inline SVG diagrams. */
	@Test
	void htmlContextHasStructure() throws IOException {
		String html = Files.readString(file(DocumentKind.CONTEXTE, Format.HTML));
		assertThat(html).contains("<nav class=\"toc\">").contains("<h2 id=\"s").contains("Système d&#39;information")
				.contains("<th>Passerelle</th>").contains("<svg ").contains("10.1.20.0/24").doesNotContain("<script");
	}

	/** The ids of an HTML document are unique, its diagrams' included, and every reference within the page finds its target. */
	@Test
	void htmlIdsAreUniqueAndReferencesResolve() throws IOException {
		for (DocumentKind kind : DocumentKind.values()) {
			String html = Files.readString(file(kind, Format.HTML));
			List<String> ids = new ArrayList<>();
			Matcher id = Pattern.compile(" id=\"([^\"]*)\"").matcher(html);
			while (id.find()) {
				ids.add(id.group(1));
			}
			assertThat(ids).as("ids of %s", kind).doesNotHaveDuplicates();
			Matcher reference = Pattern.compile("href=\"#([^\"]*)\"").matcher(html);
			int references = 0;
			while (reference.find()) {
				assertThat(ids).as("target of #%s in %s", reference.group(1), kind).contains(reference.group(1));
				references++;
			}
			if (kind == DocumentKind.CONTEXTE) {
				assertThat(html).contains("<use xlink:href=\"#figure-");
				assertThat(references).isGreaterThan(10);
			}
		}
	}

	/** The PDF has its headings, page numbers, embedded fonts, its language, an outline of its parts and no author. */
	@Test
	void pdfHasStructureAndEmbeddedFonts() throws IOException {
		Path pdf = file(DocumentKind.CONTEXTE, Format.PDF);
		String text = Outputs.text(pdf);
		assertThat(text).contains("Présentation de l'organisation").contains("Réseau et plan d'adressage").contains("Page 1 /")
				.contains("10.1.20.0/24");
		// the letters as written, not ligature characters: a search or a copy finds « Effectif » and « Chiffre d'affaires »
		assertThat(text).contains("Effectif : 186").contains("Chiffre d'affaires").doesNotContainPattern("[\\x{FB00}-\\x{FB06}]");
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			assertThat(doc.getNumberOfPages()).isGreaterThan(5);
			assertThat(doc.getDocumentInformation().getAuthor()).isNull();
			assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
			var outline = doc.getDocumentCatalog().getDocumentOutline();
			assertThat(outline).as("bookmarks beside the pages").isNotNull();
			List<String> parts = new ArrayList<>();
			outline.children().forEach(item -> parts.add(item.getTitle()));
			assertThat(parts).contains("Système d'information");
			var si = java.util.stream.StreamSupport.stream(outline.children().spliterator(), false)
					.filter(item -> item.getTitle().equals("Système d'information")).findFirst().orElseThrow();
			assertThat(si.hasChildren()).as("its sections under it").isTrue();
			assertThat(si.findDestinationPage(doc)).as("leads to its page").isNotNull();
			for (var name : doc.getPage(0).getResources().getFontNames()) {
				PDFont font = doc.getPage(0).getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			}
		}
		String subject = Outputs.text(file(DocumentKind.SUJET, Format.PDF));
		assertThat(subject).contains("Dossier 1 – Interconnexion des sites").contains("Travail à faire 1.1.1").contains("(2 points)")
				.contains("Dossier documentaire");
	}

	/** The DOCX uses real heading styles, tables and pictures, and has no author. */
	@Test
	void docxHasHeadingStylesTablesAndPictures() throws IOException {
		try (InputStream in = Files.newInputStream(file(DocumentKind.CONTEXTE, Format.DOCX)); XWPFDocument docx = new XWPFDocument(in)) {
			List<String> headings = new ArrayList<>();
			for (XWPFParagraph p : docx.getParagraphs()) {
				if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
					headings.add(p.getText());
				}
			}
			assertThat(headings).contains("Système d'information", "Serveurs");
			assertThat(docx.getStyles().getStyle("Heading1")).isNotNull();
			assertThat(docx.getTables()).hasSizeGreaterThan(10);
			assertThat(docx.getAllPictures()).hasSizeGreaterThanOrEqualTo(4);
			assertThat(docx.getProperties().getCoreProperties().getCreator()).isNullOrEmpty();
		}
		// the PNGs are stored as they are (compressing them again is time for nothing), the XML parts compressed
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file(DocumentKind.CONTEXTE, Format.DOCX).toFile())) {
			List<? extends ZipEntry> entries = java.util.Collections.list(zip.entries());
			assertThat(entries).filteredOn(e -> e.getName().endsWith(".png")).isNotEmpty()
					.allSatisfy(e -> assertThat(e.getCompressedSize()).isGreaterThanOrEqualTo(e.getSize()));
			assertThat(entries).filteredOn(e -> e.getName().equals("word/document.xml"))
					.singleElement().satisfies(e -> assertThat(e.getCompressedSize()).isLessThan(e.getSize() / 3));
		}
	}

	/** The ODT is a valid package: mimetype first and stored, outline headings, tables, pictures, no author. */
	@Test
	void odtIsValidPackage() throws IOException {
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file(DocumentKind.CONTEXTE, Format.ODT)))) {
			ZipEntry first = zip.getNextEntry();
			assertThat(first.getName()).isEqualTo("mimetype");
			assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("application/vnd.oasis.opendocument.text");
			String content = null;
			String meta = null;
			int pictures = 0;
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				byte[] bytes = zip.readAllBytes();
				if (e.getName().equals("content.xml")) {
					content = new String(bytes, StandardCharsets.UTF_8);
				} else if (e.getName().equals("meta.xml")) {
					meta = new String(bytes, StandardCharsets.UTF_8);
				} else if (e.getName().startsWith("Pictures/")) {
					pictures++;
				}
			}
			assertThat(content).containsPattern("text:outline-level=\"1\">(<text:bookmark text:name=\"s\\d+\"/>)?Système d&apos;information</text:h>")
					.contains("<table:table ").contains("<draw:image ");
			assertThat(pictures).isGreaterThanOrEqualTo(4);
			assertThat(meta).doesNotContain("initial-creator").doesNotContain("dc:creator");
		}
	}

	/** The corrigé carries the answers, its expressions computed ({@code {{ vlan(V50_StPriest).hôtes }}}), and the barème. */
	@Test
	void corrigeHasAnswersAndBareme() throws IOException {
		String text = Outputs.text(file(DocumentKind.CORRIGE, Format.PDF)).replace('\u00A0', ' ');
		assertThat(text).contains("Éléments de corrigé").contains("2^10 - 2 = 1 022 adresses d'hôtes")
				.doesNotContain("{{").contains("Barème").contains("Total 17,5 points");
	}

	/** French typography: non-breaking spaces before high punctuation and inside guillemets; URLs untouched. */
	@Test
	void frenchTypography() {
		assertThat(Typography.french("Attention : test ; oui ! « bonjour » https://a.fr"))
				.isEqualTo("Attention\u00A0: test\u202F; oui\u202F! «\u00A0bonjour\u00A0» https://a.fr");
		assertThat(Typography.french("Durée: 4 h?")).isEqualTo("Durée\u00A0: 4 h\u202F?");
		assertThat(Typography.date(java.time.LocalDate.of(2027, 5, 1))).isEqualTo("1er mai 2027");
		assertThat(Typography.points(2.5)).isEqualTo("2,5\u00A0points");
		assertThat(Typography.points(1.5)).as("singular below two").isEqualTo("1,5\u00A0point");
		assertThat(Typography.points(1)).isEqualTo("1\u00A0point");
	}

	/** LibreOffice opens every DOCX and ODT and converts it to PDF (runs where LibreOffice Writer is installed). */
	@Test
	void libreOfficeOpensDocxAndOdt() throws Exception {
		Path soffice = Path.of("/usr/bin/soffice");
		Assumptions.assumeTrue(Files.isExecutable(soffice) && Files.exists(Path.of("/usr/lib/libreoffice/program/libswlo.so")),
				"LibreOffice Writer absent");
		for (Format format : List.of(Format.DOCX, Format.ODT)) {
			Path converted = dir.resolve("lo-" + format.extension());
			List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless",
					"-env:UserInstallation=file://" + dir.resolve("profile"), "--convert-to", "pdf", "--outdir", converted.toString()));
			outputs.stream().filter(o -> o.format() == format).forEach(o -> command.add(o.file().toString()));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).as(log).isZero();
			for (Output o : outputs) {
				if (o.format() == format) {
					String base = o.file().getFileName().toString().replaceAll("\\.(docx|odt)$", ".pdf");
					assertThat(converted.resolve(base)).as(log).exists();
				}
			}
			// a column is as wide as its longest word, digits and capitals included: an address or « VLAN » is not broken
			assertThat(Outputs.text(converted.resolve("contexte-enseignant.pdf"))).as(format.name()).contains("Système d'information")
					.contains("192.168.99.254").contains("VLAN Nom Réseau Passerelle");
		}

	}
}
