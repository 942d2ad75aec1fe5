// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.io.IOException;
import java.util.Base64;
import java.util.List;

import org.casebook.diagram.PrintFit;
import org.casebook.diagram.SvgRenderer;
import org.casebook.docgen.Doc.Block;
import org.casebook.docgen.Doc.Bullets;
import org.casebook.docgen.Doc.Cover;
import org.casebook.docgen.Doc.Figure;
import org.casebook.docgen.Doc.Heading;
import org.casebook.docgen.Doc.Note;
import org.casebook.docgen.Doc.PageBreak;
import org.casebook.docgen.Doc.Paragraph;
import org.casebook.docgen.Doc.Table;
import org.casebook.model.text.Markup;

/**
 * Writes a document as a self-contained HTML page (inline SVG diagrams, table of contents), or as the XHTML from which
 * the PDF is printed (diagrams as PNG, running header and page numbers).
 */
public final class HtmlWriter {

	private HtmlWriter() {
	}

	/**
	 * @param doc the document
	 * @param settings the look
	 * @param print whether the page is for the PDF printer
	 * @return the page
	 * @throws IOException when the logo cannot be read
	 */
	public static String write(Doc doc, Settings settings, boolean print) throws IOException {
		return write(doc, settings, print, 0);
	}

	/**
	 * @param doc the document
	 * @param settings the look
	 * @param print whether the page is for the PDF printer
	 * @param pages the number of printed pages, stated on page 1 of an exam subject; 0 to let the PDF printer state
	 *        the number of pages it prints
	 * @return the page
	 * @throws IOException when the logo cannot be read
	 */
	public static String write(Doc doc, Settings settings, boolean print, int pages) throws IOException {
		StringBuilder sb = new StringBuilder(64 * 1024);
		String color = settings.color();
		sb.append(print ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\">"
				: "<!DOCTYPE html>\n<html lang=\"fr\">");
		sb.append("<head><meta charset=\"utf-8\"").append(print ? "/>" : ">").append("<title>").append(esc(doc.title())).append("</title>");
		sb.append("<style>").append(css(color, print, settings)).append("</style>");
		if (print) {
			bookmarks(sb, doc.outline());
		}
		sb.append("</head><body>\n");
		if (print) {
			sb.append("<div class=\"running-header\">").append(esc(settings.header() != null ? settings.header() : doc.title())).append("</div>");
			sb.append("<div class=\"running-footer\">").append(esc(settings.footer() != null ? settings.footer() : "")).append("</div>\n");
		}
		sb.append("<header class=\"cover\">");
		if (settings.logo() != null) {
			// an SVG logo is kept as a drawing on screen, where an image is never scripted, and printed from a PNG
			Logo.Image image = print ? Logo.read(settings.logo()).raster() : Logo.read(settings.logo());
			sb.append("<img class=\"logo\" alt=\"Logo de l'établissement\" src=\"data:").append(image.type().mime()).append(";base64,")
					.append(Base64.getEncoder().encodeToString(image.bytes())).append("\"").append(print ? "/>" : ">");
		}
		if (settings.school() != null) {
			sb.append("<p class=\"school\">").append(esc(settings.school())).append("</p>");
		}
		sb.append("<h1 class=\"title\">").append(esc(doc.title())).append("</h1>");
		if (doc.subtitle() != null) {
			sb.append("<p class=\"subtitle\">").append(esc(doc.subtitle())).append("</p>");
		}
		sb.append("</header>\n");
		for (Block block : doc.blocks()) {
			if (block instanceof Cover c) {
				cover(sb, c, print, pages);
			}
		}
		List<Heading> outline = doc.outline();
		if (outline.size() > 2) {
			sb.append("<nav class=\"toc\"><h2>Sommaire</h2><ul>");
			int i = 0;
			for (Heading h : outline) {
				sb.append("<li class=\"l").append(h.level()).append("\"><a href=\"#s").append(i++).append("\">").append(esc(h.text()))
						.append("</a></li>");
			}
			sb.append("</ul></nav>\n");
		}
		int anchor = 0;
		int figure = 1;
		List<Block> blocks = print ? doc.paged() : doc.blocks();
		boolean open = false;
		for (int index = 0; index < blocks.size(); index++) {
			Block block = blocks.get(index);
			switch (block) {
			case Heading h -> {
				PrintFit.Page lead = print && !open ? Doc.leadsInto(blocks, index) : null;
				if (lead != null) {
					sb.append("<div class=\"page-").append(lead.word()).append("\">");
					open = true;
				}
				String id = h.level() <= 2 ? " id=\"s" + anchor++ + "\"" : "";
				sb.append("<h").append(h.level() + 1).append(id).append('>').append(esc(h.text())).append("</h").append(h.level() + 1).append(">\n");
			}
			case Paragraph p -> {
				sb.append("<p>");
				if (p.lead() != null) {
					sb.append("<strong>").append(esc(p.lead())).append("</strong> ");
				}
				sb.append(lines(p.text())).append("</p>\n");
			}
			case Table t -> {
				// a table starts on the next page rather than leave its header row alone at the foot of one
				sb.append("<div class=\"table\"><table><thead><tr>");
				t.header().forEach(h -> sb.append("<th>").append(esc(h)).append("</th>"));
				sb.append("</tr></thead><tbody>");
				for (List<String> row : t.rows()) {
					sb.append("<tr>");
					row.forEach(c -> sb.append("<td>").append(print ? unbroken(c) : lines(c)).append("</td>"));
					sb.append("</tr>");
				}
				sb.append("</tbody></table></div>\n");
			}
			case Bullets b -> {
				sb.append("<ul>");
				b.items().forEach(i -> sb.append("<li>").append(lines(i)).append("</li>"));
				sb.append("</ul>\n");
			}
			case Figure f -> {
				PrintFit.Page page = f.placement().page();
				if (print && page != PrintFit.Page.PORTRAIT && !open) {
					sb.append("<div class=\"page-").append(page.word()).append("\">");
				}
				open = false;
				sb.append("<figure>");
				if (print) {
					String size = String.format(java.util.Locale.ROOT, "width:%.1fmm;height:%.1fmm", f.placement().widthMm(), f.placement().heightMm());
					if (PdfDiagrams.vectors()) {
						// drawn as vectors by the PDF writer's object drawer, its texts kept as text
						sb.append("<object type=\"").append(PdfDiagrams.TYPE).append("\" data-figure=\"").append(figure - 1)
								.append("\" style=\"display:block;").append(size).append("\" title=\"").append(esc(f.caption())).append("\"></object>");
					} else {
						sb.append("<img style=\"").append(size).append("\" alt=\"").append(esc(f.caption())).append("\" src=\"data:image/png;base64,")
								.append(Base64.getEncoder().encodeToString(f.png())).append("\"/>");
					}
				} else {
					String svg = SvgRenderer.scoped(f.svg().substring(f.svg().indexOf("<svg")), "figure-" + figure + "-");
					sb.append("<div class=\"diagram\" role=\"img\" aria-label=\"").append(esc(f.caption())).append("\">")
							.append(svg.replaceFirst("<svg ", "<svg style=\"max-width:100%;height:auto\" ")).append("</div>");
				}
				sb.append("<figcaption>Figure ").append(figure++).append(" – ").append(esc(f.caption())).append("</figcaption></figure>\n");
				if (print && page != PrintFit.Page.PORTRAIT) {
					sb.append("</div>");
				}
			}
			case Note n -> {
				sb.append("<aside class=\"note").append(n.teacher() ? " teacher" : "").append("\"><p class=\"note-title\">").append(esc(n.title()))
						.append("</p>");
				n.lines().forEach(l -> sb.append("<p>").append(lines(l)).append("</p>"));
				sb.append("</aside>\n");
			}
			case PageBreak pb -> sb.append("<div class=\"page-break\"></div>\n");
			case Cover c -> {
				// written before the table of contents
			}
			}
		}
		sb.append("</body></html>\n");
		return sb.toString();
	}

	/** Writes the box of page 1 of an exam subject. */
	private static void cover(StringBuilder sb, Cover c, boolean print, int pages) {
		sb.append("<section class=\"exam\">");
		c.heading().forEach(h -> sb.append("<p class=\"exam-head\">").append(esc(h)).append("</p>"));
		sb.append("<table class=\"exam-box\"><tbody>");
		for (List<String> row : c.rows()) {
			sb.append("<tr><th>").append(esc(row.get(0))).append("</th><td>").append(lines(row.get(1))).append("</td></tr>");
		}
		sb.append("</tbody></table>");
		if (print && c.pageCount()) {
			if (pages == 0) {
				sb.append("<p class=\"exam-pages page-total\"></p>");
			} else {
				sb.append("<p class=\"exam-pages\">Ce sujet comporte ")
						.append(pages == 1 ? "1 page.</p>" : pages + " pages, numérotées de 1 à " + pages + ".</p>");
			}
		}
		sb.append("</section>\n");
	}

	private static String css(String color, boolean print, Settings settings) {
		String base = """
				body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;font-size:10pt;line-height:1.45;color:#1d1d1f}
				h1.title{font-size:20pt;color:COLOR;margin:.2em 0}.subtitle{color:#555;margin-top:0}.school{font-weight:bold;margin:0}
				.logo{max-height:60px;float:right}h2{font-size:15pt;color:COLOR;border-bottom:2px solid COLOR;margin-top:1.4em;padding-bottom:2px}
				h3{font-size:12pt;color:COLOR;margin-top:1.1em}h4{font-size:10.5pt;margin-top:1em}
				table{border-collapse:collapse;width:100%;margin:.5em 0 1em 0;font-size:9pt}th,td{border:1px solid #9aa5b1;padding:3px 5px;
				vertical-align:top;text-align:left}th{background:#e8eef5}tr{page-break-inside:avoid}
				figure{margin:1em 0;text-align:center;page-break-inside:avoid}figure img{max-width:100%}figcaption{font-size:9pt;color:#444;font-style:italic}
				.note{border:1px solid #9aa5b1;border-left:5px solid COLOR;background:#f4f7fb;padding:4px 10px;margin:.8em 0;page-break-inside:avoid}
				.note.teacher{border-left-color:#b3261e;background:#fdf0ef}.note-title{font-weight:bold;margin:.2em 0}
				.toc ul{list-style:none;padding-left:0}.toc li.l2{padding-left:1.5em}.toc a{color:#1d1d1f;text-decoration:none}
				.page-break{page-break-after:always}
				.exam{border:2px solid #1d1d1f;padding:6px 12px;margin:1em 0}.exam-head{text-align:center;font-weight:bold;font-size:13pt;margin:.2em 0;text-transform:uppercase}
				table.exam-box{font-size:10pt;margin:.6em 0}table.exam-box th{width:28%;background:#f0f0f0}.exam-pages{text-align:center;font-weight:bold;margin:.4em 0}.page-total::before{content:"Ce sujet comporte " counter(pages) " pages, numérotées de 1 à " counter(pages) "."}
				""".replace("COLOR", color);
		if (!print) {
			return base + "body{max-width:62em;margin:2em auto;padding:0 1em}.diagram{overflow-x:auto}";
		}
		return base + """
				@page{size:A4;margin:22mm 16mm 20mm 16mm;@top-center{content:element(header)}@bottom-left{content:element(footer)}
				@bottom-right{content:"Page " counter(page) " / " counter(pages);font-family:"DejaVu Sans";font-size:8pt;color:#555}}
				.running-header{position:running(header);font-size:8pt;color:#555;border-bottom:1px solid #ccc;width:100%}
				.running-footer{position:running(footer);font-size:8pt;color:#555}
				.toc{page-break-after:always}.toc li a::after{content:leader('.') target-counter(attr(href), page)}
				h2,h3,h4{-fs-page-break-min-height:3.5cm}
				@page paysage{size:297mm 210mm;margin:12mm 16mm 12mm 16mm}@page a3{size:420mm 297mm;margin:12mm 16mm 12mm 16mm}.page-paysage{page:paysage;width:263mm}.page-a3{page:a3;width:386mm}.page-paysage figure img,.page-a3 figure img{max-width:none}
				figcaption{page-break-before:avoid}h2,h3,h4{page-break-after:avoid}thead{display:table-header-group}
				table{-fs-table-paginate:paginate}.nw{white-space:nowrap}.table{-fs-page-break-min-height:2cm}
				""";
	}

	/**
	 * The outline of the PDF, that its readers show beside the pages: each heading of level 1 with those of level 2 it
	 * holds, each leading to its heading, as the table of contents does.
	 */
	private static void bookmarks(StringBuilder sb, List<Heading> outline) {
		if (outline.isEmpty()) {
			return;
		}
		sb.append("<bookmarks>");
		boolean open = false;
		for (int i = 0; i < outline.size(); i++) {
			Heading h = outline.get(i);
			if (h.level() == 1 && open) {
				sb.append("</bookmark>");
				open = false;
			}
			sb.append("<bookmark name=\"").append(esc(h.text())).append("\" href=\"#s").append(i).append('"');
			if (h.level() == 1) {
				sb.append('>');
				open = true;
			} else {
				sb.append("/>");
			}
		}
		if (open) {
			sb.append("</bookmark>");
		}
		sb.append("</bookmarks>");
	}

	/**
	 * An address, a network, a host or product name in a table cell: never broken at its « / », « : », « . » or « - »
	 * (« 192.168.100.0 » then « /24 », « SRV- » then « INTRA ») by a narrow column, nor parted from the comma after it;
	 * the column is made wider instead.
	 */
	private static final java.util.regex.Pattern TECHNICAL = java.util.regex.Pattern
			.compile("[\\p{L}\\p{N}_]+(?:[-./:]+[\\p{L}\\p{N}_]+)+[/:]*[,]?");

	/** Longest technical word kept on one line: a longer one (a URL) may still wrap rather than leave the page. */
	private static final int UNBROKEN = 28;

	/** @return the text of a printed table cell escaped, its line breaks kept, its technical words unbroken */
	static String unbroken(String text) {
		java.util.regex.Matcher m = TECHNICAL.matcher(text);
		StringBuilder b = new StringBuilder();
		int from = 0;
		while (m.find()) {
			if (m.group().length() <= UNBROKEN && m.group().chars().anyMatch(c -> Character.isDigit(c) || Character.isUpperCase(c))) {
				b.append(lines(text.substring(from, m.start()))).append("<span class=\"nw\">").append(esc(m.group())).append("</span>");
				from = m.end();
			}
		}
		return b.append(lines(text.substring(from))).toString();
	}

	/** @return the text escaped, its line breaks kept */
	static String lines(String text) {
		return esc(text).replace("\n", "<br/>");
	}

	/** Escapes text for HTML and XHTML: nothing from a scenario is ever interpreted as markup. */
	static String esc(String text) {
		return Markup.escape(text);
	}
}
