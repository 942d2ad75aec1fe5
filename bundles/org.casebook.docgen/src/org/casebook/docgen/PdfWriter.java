// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** Prints a document to PDF with openhtmltopdf: A4, embedded DejaVu fonts, running header, page numbers. */
public final class PdfWriter {

	/** Folders searched for the DejaVu fonts embedded in the PDF. */
	private static final Path[] FONT_DIRS = { Path.of("/usr/share/fonts/truetype/dejavu"), Path.of("/usr/share/fonts/dejavu"),
			Path.of("/usr/share/fonts/TTF") };

	/** The embedded fonts, as {@link #withoutSubstitutions} makes them, by file. */
	private static final java.util.concurrent.ConcurrentHashMap<Path, byte[]> FONT_FILES = new java.util.concurrent.ConcurrentHashMap<>();

	/** The metrics of the embedded fonts, shared by every PDF of the process. */
	private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

	private PdfWriter() {
	}

	/**
	 * @param doc the document
	 * @param settings the look
	 * @param out where the PDF goes; not closed
	 * @throws IOException when printing fails
	 */
	public static void write(Doc doc, Settings settings, OutputStream out) throws IOException {
		// page 1 of a subject states its number of pages, which the printer writes as it paints the pages it laid out;
		// only a subject of one page is laid out again, to say « 1 page » in the singular
		try (PdfBoxRenderer renderer = builder(doc, settings, 0).toStream(out).buildPdfRenderer()) {
			renderer.layout();
			if (!doc.hasCover() || renderer.getRootBox().getLayer().getPages().size() != 1) {
				french(renderer);
				renderer.createPDF();
				return;
			}
		}
		try (PdfBoxRenderer renderer = builder(doc, settings, 1).toStream(out).buildPdfRenderer()) {
			renderer.layout();
			french(renderer);
			renderer.createPDF();
		}
	}

	/** The document's language, which screen readers and the reading aloud of PDF readers follow. */
	private static void french(PdfBoxRenderer renderer) {
		renderer.getPdfDocument().getDocumentCatalog().setLanguage("fr-FR");
	}

	private static PdfRendererBuilder builder(Doc doc, Settings settings, int pages) throws IOException {
		String xhtml = characterReferences(HtmlWriter.write(doc, settings, true, pages));
		com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(xhtml, null);
		Path regular = font("DejaVuSans.ttf");
		Path bold = font("DejaVuSans-Bold.ttf");
		if (regular == null) {
			throw new IOException("police DejaVu Sans introuvable (paquet Debian fonts-dejavu-core) : elle est incorporée au PDF");
		}
		byte[] plain = withoutSubstitutions(regular);
		builder.useFont(() -> new ByteArrayInputStream(plain), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
		if (bold != null) {
			byte[] heavy = withoutSubstitutions(bold);
			builder.useFont(() -> new ByteArrayInputStream(heavy), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
		}
		builder.useObjectDrawerFactory(new PdfDiagrams(doc, regular, bold));
		builder.withProducer("Casebook");
		// the fonts' metrics are read from their files once per process, not once per document
		builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
		return builder;
	}

	/**
	 * @param xhtml the page, escaped with entities
	 * @return the same page with character references instead: the XML parser limits the number of entity references
	 *         in a document (a text of 100,001 « < » made the PDF fail), not that of character references
	 */
	static String characterReferences(String xhtml) {
		return xhtml.replace("&lt;", "&#60;").replace("&gt;", "&#62;").replace("&quot;", "&#34;").replace("&amp;", "&#38;");
	}

	/**
	 * @param file a TrueType font
	 * @return its bytes, read once per process, with its glyph substitution table ({@code GSUB}) hidden under another
	 *         name: PDFBox otherwise runs the table's rules, by regular expressions, over every word it prints (a tenth of
	 *         the time of a document). DejaVu Sans has no composition rule for Latin text, and its only ligatures join an
	 *         « f » to a following « f », « i » or « l », which this sans-serif face draws nearly the same apart
	 * @throws IOException when the file cannot be read
	 */
	static byte[] withoutSubstitutions(Path file) throws IOException {
		try {
			return FONT_FILES.computeIfAbsent(file, f -> {
				try {
					return hideTable(Files.readAllBytes(f), "GSUB");
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
		} catch (java.io.UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/**
	 * @param font the bytes of a TrueType or OpenType font
	 * @param tag the tag of one of its tables
	 * @return the same bytes, the table's entry in the table directory renamed in lower case, which no reader looks for
	 *         (tags are case-sensitive) and no subset copies
	 */
	static byte[] hideTable(byte[] font, String tag) {
		byte[] copy = font.clone();
		if (copy.length < 12) {
			return copy;
		}
		int tables = (copy[4] & 0xFF) << 8 | copy[5] & 0xFF;
		byte[] name = tag.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		for (int i = 0, at = 12; i < tables && at + 16 <= copy.length; i++, at += 16) {
			if (java.util.Arrays.equals(copy, at, at + 4, name, 0, 4)) {
				byte[] hidden = tag.toLowerCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
				System.arraycopy(hidden, 0, copy, at, 4);
			}
		}
		return copy;
	}

	private static Path font(String name) {
		for (Path dir : FONT_DIRS) {
			Path file = dir.resolve(name);
			if (Files.isRegularFile(file)) {
				return file;
			}
		}
		return null;
	}
}
