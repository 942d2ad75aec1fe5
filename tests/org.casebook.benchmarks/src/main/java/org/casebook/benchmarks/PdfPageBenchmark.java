// SPDX-License-Identifier: EPL-2.0
package org.casebook.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casebook.docgen.Doc;
import org.casebook.docgen.DocumentBuilder;
import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.HtmlWriter;
import org.casebook.docgen.PdfWriter;
import org.casebook.docgen.Settings;
import org.casebook.dsl.CasebookStandaloneSetup;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.model.Model;
import org.casebook.model.Organisation;

import com.google.inject.Injector;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The warm cost of a PDF page, Casebook against openhtmltopdf alone on the same print page: from a document built (as a
 * run builds it once for all its formats), Casebook writes its print page and prints it with its diagrams drawn as
 * vectors (a document with a cover is laid out once more first, to count its pages); the floor is openhtmltopdf
 * printing that same page once, with the same fonts and font cache, the diagrams' boxes left empty. Medians of warm runs, in
 * milliseconds per page.
 */
public final class PdfPageBenchmark {

	private static final Path FONTS = Path.of("/usr/share/fonts/truetype/dejavu");

	/** The fonts' metrics, read once for the process as Casebook reads them. */
	private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

	private PdfPageBenchmark() {
	}

	/**
	 * @param args the scenario folders to measure; the examples by default
	 * @throws IOException when a scenario cannot be read
	 */
	public static void main(String[] args) throws IOException {
		org.apache.log4j.BasicConfigurator.configure(new org.apache.log4j.varia.NullAppender());
		Injector injector = new CasebookStandaloneSetup().createInjectorAndDoEMFRegistration();
		List<Path> inputs;
		if (args.length > 0) {
			inputs = Arrays.stream(args).map(Path::of).toList();
		} else {
			try (var examples = Files.list(Path.of("examples"))) {
				inputs = examples.filter(Files::isDirectory).sorted().toList();
			}
		}
		int rounds = Integer.getInteger("rounds", 9);
		System.out.printf(Locale.ROOT, "%-16s %-10s %6s %12s %12s %8s  %s%n", "scénario", "document", "pages", "casebook_ms/p", "seul_ms/p", "rapport",
				"objectif <= 2x");
		for (Path input : inputs) {
			List<Model> models = injector.getInstance(ScenarioLoader.class).load(List.of(input)).getModels();
			Organisation org = models.stream().flatMap(m -> m.getElements().stream()).filter(Organisation.class::isInstance)
					.map(Organisation.class::cast).findFirst().orElseThrow();
			for (DocumentKind kind : List.of(DocumentKind.CONTEXTE, DocumentKind.SUJET)) {
				Settings settings = Settings.defaults();
				Doc sample = new DocumentBuilder(org, models, Edition.ENSEIGNANT, settings).build(kind);
				ByteArrayOutputStream pdf = new ByteArrayOutputStream();
				PdfWriter.write(sample, settings, pdf);
				int pages;
				try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
					pages = read.getNumberOfPages();
				}
				String xhtml = characterReferences(HtmlWriter.write(sample, settings, true, pages));
				List<Long> casebook = new ArrayList<>();
				List<Long> bare = new ArrayList<>();
				for (int round = 0; round < rounds + 3; round++) {
					Doc doc = new DocumentBuilder(org, models, Edition.ENSEIGNANT, settings).build(kind);
					long start = System.nanoTime();
					PdfWriter.write(doc, settings, new ByteArrayOutputStream());
					long middle = System.nanoTime();
					bare(xhtml);
					long end = System.nanoTime();
					if (round >= 3) {
						casebook.add(middle - start);
						bare.add(end - middle);
					}
				}
				double c = median(casebook) / 1e6 / pages;
				double b = median(bare) / 1e6 / pages;
				System.out.printf(Locale.ROOT, "%-16s %-10s %6d %12.1f %12.1f %7.2fx  %s%n", input.getFileName(), kind.word(), pages, c, b, c / b,
						c <= 2 * b ? "tenu" : "non tenu");
			}
		}
	}

	/** openhtmltopdf alone: the same page and fonts, no drawer for the diagrams' objects, which stay empty boxes. */
	private static void bare(String xhtml) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(xhtml, null);
		builder.useFont(FONTS.resolve("DejaVuSans.ttf").toFile(), "DejaVu Sans", 400, FontStyle.NORMAL, true);
		builder.useFont(FONTS.resolve("DejaVuSans-Bold.ttf").toFile(), "DejaVu Sans", 700, FontStyle.NORMAL, true);
		builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
		builder.toStream(new ByteArrayOutputStream());
		builder.run();
	}

	private static String characterReferences(String xhtml) {
		return xhtml.replace("&lt;", "&#60;").replace("&gt;", "&#62;").replace("&quot;", "&#34;").replace("&amp;", "&#38;");
	}

	private static double median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}
}
