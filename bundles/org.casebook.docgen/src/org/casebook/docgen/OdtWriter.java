// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.casebook.diagram.PrintFit;
import org.casebook.docgen.Doc.Block;
import org.casebook.docgen.Doc.Bullets;
import org.casebook.docgen.Doc.Cover;
import org.casebook.docgen.Doc.Figure;
import org.casebook.docgen.Doc.Heading;
import org.casebook.docgen.Doc.Note;
import org.casebook.docgen.Doc.PageBreak;
import org.casebook.docgen.Doc.Paragraph;
import org.casebook.docgen.Doc.Table;

/** Writes a document as OpenDocument Text (ODT) for LibreOffice: outline headings, tables, diagrams, page numbers. */
public final class OdtWriter {

	private static final String NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
			+ " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
			+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
			+ " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
			+ " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
			+ " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
			+ " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
			+ " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
			+ " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
			+ " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"";

	private OdtWriter() {
	}

	private record Picture(String path, byte[] bytes) {
	}

	/**
	 * @param doc the document
	 * @param settings the look
	 * @param out where the ODT goes; not closed
	 * @throws IOException when writing fails
	 */
	public static void write(Doc doc, Settings settings, OutputStream out) throws IOException {
		List<Picture> pictures = new ArrayList<>();
		StringBuilder body = new StringBuilder(64 * 1024);
		if (settings.logo() != null) {
			Logo.Image image = Logo.read(settings.logo()).raster();
			String ext = image.type() == Logo.Type.PNG ? "png" : "jpg";
			Picture logo = new Picture("Pictures/logo." + ext, image.bytes());
			pictures.add(logo);
			body.append("<text:p text:style-name=\"Standard\"><draw:frame draw:name=\"logo\" text:anchor-type=\"as-char\" svg:width=\"4cm\""
					+ " svg:height=\"1.5cm\"><draw:image xlink:href=\"").append(logo.path())
					.append("\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame></text:p>");
		}
		if (settings.school() != null) {
			body.append("<text:p text:style-name=\"Strong\">").append(x(settings.school())).append("</text:p>");
		}
		body.append("<text:p text:style-name=\"Title\">").append(x(doc.title())).append("</text:p>");
		if (doc.subtitle() != null) {
			body.append("<text:p text:style-name=\"Subtitle\">").append(x(doc.subtitle())).append("</text:p>");
		}
		StringBuilder automatic = new StringBuilder();
		for (Block block : doc.blocks()) {
			if (block instanceof Cover c) {
				body.append("<table:table table:name=\"Epreuve\" table:style-name=\"Tbl\"><table:table-column table:style-name=\"CoverCol1\"/>")
						.append("<table:table-column table:style-name=\"CoverCol2\"/><table:table-row><table:table-cell table:style-name=\"CoverHead\"")
						.append(" table:number-columns-spanned=\"2\" office:value-type=\"string\">");
				c.heading().forEach(h -> body.append("<text:p text:style-name=\"CoverHeading\">").append(x(h.toUpperCase(Locale.FRENCH))).append("</text:p>"));
				body.append("</table:table-cell><table:covered-table-cell/></table:table-row>");
				for (List<String> row : c.rows()) {
					body.append("<table:table-row><table:table-cell table:style-name=\"TH\" office:value-type=\"string\"><text:p text:style-name=\"Table_20_Heading\">")
							.append(x(row.get(0))).append("</text:p></table:table-cell><table:table-cell table:style-name=\"TD\" office:value-type=\"string\">")
							.append("<text:p text:style-name=\"Table_20_Contents\">").append(lines(row.get(1))).append("</text:p></table:table-cell></table:table-row>");
				}
				body.append("</table:table>");
				if (c.pageCount()) {
					body.append("<text:p text:style-name=\"CoverPages\">Ce sujet comporte <text:page-count>1</text:page-count> pages.</text:p>");
				}
			}
		}
		if (doc.outline().size() > 2) {
			// each entry's page number is a reference to the page of its heading's bookmark, computed by LibreOffice
			body.append("<text:p text:style-name=\"Heading_20_1\">Sommaire</text:p>");
			int i = 0;
			for (Heading h : doc.outline()) {
				body.append("<text:p text:style-name=\"Contents_20_").append(h.level()).append("\">").append(x(h.text()))
						.append("<text:tab/><text:bookmark-ref text:reference-format=\"page\" text:ref-name=\"s").append(i++)
						.append("\">1</text:bookmark-ref></text:p>");
			}
			body.append("<text:p text:style-name=\"Break\"/>");
		}
		int tables = 0;
		int figure = 1;
		int anchor = 0;
		List<Block> blocks = doc.paged();
		boolean open = false;
		boolean backToPortrait = false;
		for (int index = 0; index < blocks.size(); index++) {
			Block block = blocks.get(index);
			if (backToPortrait) {
				// after a landscape or A3 figure, the next block goes back to a portrait page, unless it starts a page of
				// its own: an empty portrait page would be left between two wide figures
				boolean ownPage = block instanceof Figure f && f.placement().page() != PrintFit.Page.PORTRAIT
						|| block instanceof Heading && !open && Doc.leadsInto(blocks, index) != null;
				if (!ownPage) {
					body.append("<text:p text:style-name=\"Retour_portrait\"/>");
				}
				backToPortrait = false;
				if (block instanceof PageBreak) {
					continue;
				}
			}
			switch (block) {
			case Heading h -> {
				PrintFit.Page lead = open ? null : Doc.leadsInto(blocks, index);
				// a heading that introduces a landscape or A3 figure starts the figure's page
				String headingStyle = "Heading_20_" + h.level() + (lead != null ? "_" + lead.word() : "");
				open |= lead != null;
				body.append("<text:h text:style-name=\"").append(headingStyle).append("\" text:outline-level=\"").append(h.level()).append("\">");
				if (h.level() <= 2) {
					body.append("<text:bookmark text:name=\"s").append(anchor++).append("\"/>");
				}
				body.append(x(h.text())).append("</text:h>");
			}
			case Paragraph p -> {
				body.append("<text:p text:style-name=\"Text_20_body\">");
				if (p.lead() != null) {
					body.append("<text:span text:style-name=\"Bold\">").append(x(p.lead())).append("</text:span> ");
				}
				body.append(lines(p.text())).append("</text:p>");
			}
			case Table t -> {
				tables++;
				body.append("<table:table table:name=\"Tableau").append(tables).append("\" table:style-name=\"Tbl\">");
				double[] shares = ColumnWidths.of(t.header(), t.rows());
				for (int c = 0; c < shares.length; c++) {
					String name = "T" + tables + "C" + c;
					automatic.append("<style:style style:name=\"").append(name).append("\" style:family=\"table-column\"><style:table-column-properties")
							.append(" style:column-width=\"").append(cm(shares[c] * TEXT_WIDTH_CM)).append("\" style:rel-column-width=\"")
							.append(Math.max(1, Math.round(shares[c] * 10000))).append("*\"/></style:style>");
					body.append("<table:table-column table:style-name=\"").append(name).append("\"/>");
				}
				body.append("<table:table-header-rows><table:table-row>");
				for (String h : t.header()) {
					body.append("<table:table-cell table:style-name=\"TH\" office:value-type=\"string\"><text:p text:style-name=\"Table_20_Heading\">")
							.append(x(h)).append("</text:p></table:table-cell>");
				}
				body.append("</table:table-row></table:table-header-rows>");
				for (List<String> row : t.rows()) {
					body.append("<table:table-row>");
					for (int c = 0; c < t.header().size(); c++) {
						String cell = c < row.size() ? row.get(c) : "";
						body.append("<table:table-cell table:style-name=\"TD\" office:value-type=\"string\"><text:p text:style-name=\"Table_20_Contents\">")
								.append(lines(cell)).append("</text:p></table:table-cell>");
					}
					body.append("</table:table-row>");
				}
				body.append("</table:table>");
			}
			case Bullets b -> {
				body.append("<text:list text:style-name=\"Puces\">");
				for (String item : b.items()) {
					body.append("<text:list-item><text:p text:style-name=\"Text_20_body\">").append(lines(item)).append("</text:p></text:list-item>");
				}
				body.append("</text:list>");
			}
			case Figure f -> {
				byte[] png = f.png();
				Picture picture = new Picture("Pictures/figure-" + figure + ".png", png);
				Picture vector = new Picture("Pictures/figure-" + figure + ".svg", f.svg().getBytes(StandardCharsets.UTF_8));
				pictures.add(vector);
				pictures.add(picture);
				PrintFit.Page page = f.placement().page();
				double widthCm = f.placement().widthMm() / 10;
				double heightCm = f.placement().heightMm() / 10;
				String style = page == PrintFit.Page.PORTRAIT || open ? "Figure" : "Figure_" + page.word();
				open = false;
				body.append("<text:p text:style-name=\"").append(style).append("\"><draw:frame draw:name=\"Figure").append(figure)
						.append("\" text:anchor-type=\"as-char\" svg:width=\"").append(cm(widthCm)).append("\" svg:height=\"").append(cm(heightCm))
						.append("\"><draw:image xlink:href=\"").append(vector.path()).append("\" draw:mime-type=\"image/svg+xml\"")
						.append(" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/>")
						// the PNG is the replacement image of readers that do not draw SVG
						.append("<draw:image xlink:href=\"").append(picture.path()).append("\" draw:mime-type=\"image/png\"")
						.append(" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/><svg:title>").append(x(f.caption()))
						.append("</svg:title><svg:desc>").append(x(f.caption())).append("</svg:desc></draw:frame></text:p>");
				body.append("<text:p text:style-name=\"Caption\">Figure ").append(figure++).append(" – ").append(x(f.caption())).append("</text:p>");
				backToPortrait = page != PrintFit.Page.PORTRAIT;
			}
			case Note n -> {
				String style = n.teacher() ? "NoteTeacher" : "Note";
				body.append("<text:p text:style-name=\"").append(style).append("\"><text:span text:style-name=\"Bold\">").append(x(n.title()))
						.append("</text:span></text:p>");
				for (String line : n.lines()) {
					body.append("<text:p text:style-name=\"").append(style).append("\">").append(lines(line)).append("</text:p>");
				}
			}
			case PageBreak pb -> body.append("<text:p text:style-name=\"Break\"/>");
			case Cover c -> {
				// written before the table of contents
			}
			}
		}
		String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content " + NS + "><office:automatic-styles>"
				+ "<style:style style:name=\"Tbl\" style:family=\"table\"><style:table-properties style:width=\"17.8cm\" table:align=\"margins\""
				+ " fo:margin-bottom=\"0.3cm\"/></style:style>"
				+ "<style:style style:name=\"CoverCol1\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"5cm\"/></style:style>"
				+ "<style:style style:name=\"CoverCol2\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"12.8cm\"/></style:style>"
				+ "<style:style style:name=\"CoverHead\" style:family=\"table-cell\"><style:table-cell-properties fo:border=\"1.5pt solid #1d1d1f\""
				+ " fo:padding=\"0.15cm\"/></style:style>" + automatic
				+ "<style:style style:name=\"TH\" style:family=\"table-cell\"><style:table-cell-properties fo:background-color=\"#e8eef5\""
				+ " fo:border=\"0.5pt solid #9aa5b1\" fo:padding=\"0.08cm\"/></style:style>"
				+ "<style:style style:name=\"TD\" style:family=\"table-cell\"><style:table-cell-properties fo:border=\"0.5pt solid #9aa5b1\""
				+ " fo:padding=\"0.08cm\"/></style:style>"
				+ "<style:style style:name=\"Bold\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
				+ "<style:style style:name=\"Break\" style:family=\"paragraph\"><style:paragraph-properties fo:break-after=\"page\"/></style:style>"
				+ "</office:automatic-styles><office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mimetype);
			zip.closeEntry();
			put(zip, "content.xml", content);
			put(zip, "styles.xml", styles(settings, doc));
			put(zip, "meta.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta " + NS + "><office:meta>"
					+ "<meta:generator>Casebook</meta:generator><dc:title>" + x(doc.title()) + "</dc:title><dc:language>fr-FR</dc:language>"
					+ "</office:meta></office:document-meta>");
			StringBuilder manifest = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest"
					+ " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
					+ "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
					+ "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
					+ "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
					+ "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>");
			for (Picture picture : pictures) {
				String type = picture.path().endsWith("png") ? "png" : picture.path().endsWith("svg") ? "svg+xml" : "jpeg";
				manifest.append("<manifest:file-entry manifest:full-path=\"").append(picture.path()).append("\" manifest:media-type=\"image/")
						.append(type).append("\"/>");
				zip.putNextEntry(new ZipEntry(picture.path()));
				zip.write(picture.bytes());
				zip.closeEntry();
			}
			put(zip, "META-INF/manifest.xml", manifest.append("</manifest:manifest>").toString());
		}
	}

	private static String styles(Settings settings, Doc doc) {
		String color = settings.color();
		StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles " + NS + ">");
		sb.append("<office:font-face-decls><style:font-face style:name=\"DejaVu Sans\" svg:font-family=\"'DejaVu Sans'\"/></office:font-face-decls>");
		sb.append("<office:styles>");
		sb.append("<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:hyphenation-ladder-count=\"no-limit\"/>"
				+ "<style:text-properties style:font-name=\"DejaVu Sans\" fo:font-size=\"10pt\" fo:language=\"fr\" fo:country=\"FR\"/></style:default-style>");
		sb.append("<style:style style:name=\"Standard\" style:family=\"paragraph\"/>");
		sb.append("<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
				+ "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.2cm\"/></style:style>");
		sb.append("<style:style style:name=\"Title\" style:family=\"paragraph\"><style:paragraph-properties fo:margin-bottom=\"0.2cm\"/>"
				+ "<style:text-properties fo:font-size=\"20pt\" fo:font-weight=\"bold\" fo:color=\"").append(color).append("\"/></style:style>");
		sb.append("<style:style style:name=\"Subtitle\" style:family=\"paragraph\"><style:paragraph-properties fo:margin-bottom=\"0.5cm\"/>"
				+ "<style:text-properties fo:font-size=\"11pt\" fo:color=\"#555555\"/></style:style>");
		sb.append("<style:style style:name=\"Strong\" style:family=\"paragraph\"><style:text-properties fo:font-weight=\"bold\"/></style:style>");
		int[] sizes = { 16, 13, 11 };
		for (int level = 1; level <= 3; level++) {
			sb.append("<style:style style:name=\"Heading_20_").append(level).append("\" style:display-name=\"Heading ").append(level)
					.append("\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:default-outline-level=\"").append(level)
					.append("\"><style:paragraph-properties fo:margin-top=\"").append(level == 1 ? "0.5cm" : "0.35cm")
					.append("\" fo:margin-bottom=\"0.15cm\" fo:keep-with-next=\"always\"").append(level == 1 ? " fo:border-bottom=\"1.5pt solid " + color + "\"" : "")
					.append("/><style:text-properties fo:font-size=\"").append(sizes[level - 1]).append("pt\" fo:font-weight=\"bold\" fo:color=\"")
					.append(color).append("\"/></style:style>");
		}
		for (int level = 1; level <= 3; level++) {
			for (PrintFit.Page page : PrintFit.Page.values()) {
				if (page != PrintFit.Page.PORTRAIT) {
					sb.append("<style:style style:name=\"Heading_20_").append(level).append('_').append(page.word())
							.append("\" style:display-name=\"Heading ").append(level).append(' ').append(page.word())
							.append("\" style:family=\"paragraph\" style:parent-style-name=\"Heading_20_").append(level)
							.append("\" style:master-page-name=\"").append(page.word()).append("\"/>");
				}
			}
		}
		for (int level = 1; level <= 2; level++) {
			sb.append("<style:style style:name=\"Contents_20_").append(level).append("\" style:display-name=\"Contents ").append(level)
					.append("\" style:family=\"paragraph\"><style:paragraph-properties fo:margin-left=\"").append(level == 1 ? "0cm" : "0.6cm")
					.append("\"><style:tab-stops><style:tab-stop style:position=\"").append(cm(TEXT_WIDTH_CM - (level == 1 ? 0 : 0.6)))
					.append("\" style:type=\"right\" style:leader-style=\"dotted\" style:leader-text=\".\"/></style:tab-stops></style:paragraph-properties>")
					.append(level == 1 ? "<style:text-properties fo:font-weight=\"bold\"/>" : "").append("</style:style>");
		}
		sb.append("<style:style style:name=\"Table_20_Heading\" style:display-name=\"Table Heading\" style:family=\"paragraph\">"
				+ "<style:text-properties fo:font-size=\"9pt\" fo:font-weight=\"bold\"/></style:style>");
		sb.append("<style:style style:name=\"CoverHeading\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"center\"/>"
				+ "<style:text-properties fo:font-size=\"13pt\" fo:font-weight=\"bold\"/></style:style>");
		sb.append("<style:style style:name=\"CoverPages\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"center\""
				+ " fo:margin-bottom=\"0.4cm\"/><style:text-properties fo:font-weight=\"bold\"/></style:style>");
		sb.append("<style:style style:name=\"Table_20_Contents\" style:display-name=\"Table Contents\" style:family=\"paragraph\">"
				+ "<style:text-properties fo:font-size=\"9pt\"/></style:style>");
		sb.append("<style:style style:name=\"Figure\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"center\""
				+ " fo:margin-top=\"0.3cm\"/></style:style>");
		for (PrintFit.Page page : PrintFit.Page.values()) {
			if (page != PrintFit.Page.PORTRAIT) {
				sb.append("<style:style style:name=\"Figure_").append(page.word()).append("\" style:family=\"paragraph\" style:parent-style-name=\"Figure\"")
						.append(" style:master-page-name=\"").append(page.word()).append("\"/>");
			}
		}
		sb.append("<style:style style:name=\"Retour_portrait\" style:family=\"paragraph\" style:master-page-name=\"Standard\"/>");
		sb.append("<style:style style:name=\"Caption\" style:family=\"paragraph\"><style:paragraph-properties fo:keep-with-next=\"auto\" fo:text-align=\"center\""
				+ " fo:margin-bottom=\"0.4cm\"/><style:text-properties fo:font-size=\"9pt\" fo:font-style=\"italic\"/></style:style>");
		sb.append("<style:style style:name=\"Note\" style:family=\"paragraph\"><style:paragraph-properties fo:background-color=\"#f4f7fb\""
				+ " fo:border-left=\"4pt solid ").append(color).append("\" fo:padding=\"0.1cm\" fo:margin-left=\"0.2cm\"/></style:style>");
		sb.append("<style:style style:name=\"NoteTeacher\" style:family=\"paragraph\"><style:paragraph-properties fo:background-color=\"#fdf0ef\""
				+ " fo:border-left=\"4pt solid #b3261e\" fo:padding=\"0.1cm\" fo:margin-left=\"0.2cm\"/></style:style>");
		sb.append("<text:list-style style:name=\"Puces\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\">"
				+ "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment"
				+ " text:label-followed-by=\"listtab\" fo:text-indent=\"-0.4cm\" fo:margin-left=\"0.8cm\"/></style:list-level-properties>"
				+ "</text:list-level-style-bullet></text:list-style>");
		sb.append("</office:styles><office:automatic-styles>");
		for (PrintFit.Page page : PrintFit.Page.values()) {
			// the margins of the PDF, so that a diagram is printed at the same size in every format
			sb.append("<style:page-layout style:name=\"Page_").append(page.word()).append("\"><style:page-layout-properties fo:page-width=\"")
					.append(cm(page.pageWidthMm() / 10)).append("\" fo:page-height=\"").append(cm(page.pageHeightMm() / 10))
					.append("\" style:print-orientation=\"").append(page == PrintFit.Page.PORTRAIT ? "portrait" : "landscape")
					.append("\" fo:margin-top=\"1.2cm\" fo:margin-bottom=\"1.2cm\" fo:margin-left=\"1.6cm\" fo:margin-right=\"1.6cm\"/>")
					.append("<style:header-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-bottom=\"0.3cm\"/>")
					.append("</style:header-style><style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-top=\"0.3cm\"/>")
					.append("</style:footer-style></style:page-layout>");
		}
		sb.append("</office:automatic-styles><office:master-styles>");
		for (PrintFit.Page page : PrintFit.Page.values()) {
			sb.append("<style:master-page style:name=\"").append(page == PrintFit.Page.PORTRAIT ? "Standard" : page.word())
					.append("\" style:page-layout-name=\"Page_").append(page.word()).append("\"><style:header>")
					.append("<text:p text:style-name=\"Table_20_Contents\">").append(x(settings.header() != null ? settings.header() : doc.title()))
					.append("</text:p></style:header><style:footer><text:p text:style-name=\"Table_20_Contents\">")
					.append(x(settings.footer() != null ? settings.footer() + " – " : ""))
					.append("Page <text:page-number text:select-page=\"current\">1</text:page-number> / <text:page-count>1</text:page-count>")
					.append("</text:p></style:footer></style:master-page>");
		}
		sb.append("</office:master-styles></office:document-styles>");
		return sb.toString();
	}

	private static void put(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** Width of the text of an A4 portrait page: the page less the margins of the page layouts. */
	private static final double TEXT_WIDTH_CM = 21.0 - 2 * 1.6;

	private static String cm(double value) {
		return String.format(Locale.ROOT, "%.2fcm", value);
	}

	/** @return the text escaped, its line breaks kept */
	private static String lines(String text) {
		return x(text).replace("\n", "<text:line-break/>");
	}

	private static String x(String text) {
		return HtmlWriter.esc(text).replace("&#39;", "&apos;");
	}
}
