// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.casebook.diagram.PrintFit;
import org.casebook.diagram.PngRenderer;
import org.casebook.model.text.Markup;
import org.casebook.docgen.Doc.Block;
import org.casebook.docgen.Doc.Bullets;
import org.casebook.docgen.Doc.Cover;
import org.casebook.docgen.Doc.Figure;
import org.casebook.docgen.Doc.Heading;
import org.casebook.docgen.Doc.Note;
import org.casebook.docgen.Doc.PageBreak;
import org.casebook.docgen.Doc.Paragraph;
import org.casebook.docgen.Doc.Table;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Writes a document as DOCX with Apache POI: heading styles, table of contents field, tables, diagrams, page numbers. */
public final class DocxWriter {

	private DocxWriter() {
	}

	/**
	 * @param doc the document
	 * @param settings the look
	 * @param out where the DOCX goes; not closed
	 * @throws IOException when writing fails
	 */
	public static void write(Doc doc, Settings settings, OutputStream out) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			String color = settings.color().substring(1).toUpperCase(Locale.ROOT);
			styles(document, color);
			document.getProperties().getCoreProperties().setCreator("");
			document.getProperties().getCoreProperties().setLastModifiedByUser("");
			document.getProperties().getCoreProperties().setTitle(Markup.xmlChars(doc.title()));
			XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
			XWPFRun h = header.createParagraph().createRun();
			h.setText(Markup.xmlChars(settings.header() != null ? settings.header() : doc.title()));
			h.setFontSize(8);
			XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
			XWPFParagraph f = footer.createParagraph();
			f.setAlignment(ParagraphAlignment.RIGHT);
			XWPFRun fr = f.createRun();
			fr.setFontSize(8);
			fr.setText(Markup.xmlChars((settings.footer() != null ? settings.footer() + "    " : "") + "Page "));
			for (String field : new String[] { "PAGE", "NUMPAGES" }) {
				if (field.equals("NUMPAGES")) {
					XWPFRun of = f.createRun();
					of.setFontSize(8);
					of.setText(" / ");
				}
				// the number in the footer's size, as « Page » before it
				var result = f.getCTP().addNewFldSimple();
				result.setInstr(field);
				var number = result.addNewR();
				number.addNewRPr().addNewSz().setVal(BigInteger.valueOf(16));
				number.addNewT().setStringValue("1");
			}

			page(document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
					: document.getDocument().getBody().addNewSectPr(), PrintFit.Page.PORTRAIT);
			if (settings.logo() != null) {
				XWPFRun logo = document.createParagraph().createRun();
				Logo.Image image = Logo.read(settings.logo()).raster();
				try (InputStream in = new java.io.ByteArrayInputStream(image.bytes())) {
					boolean png = image.type() == Logo.Type.PNG;
					logo.addPicture(in, png ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG, "logo", Units.toEMU(120), Units.toEMU(45));
				} catch (InvalidFormatException e) {
					throw new IOException("logo illisible : " + e.getMessage(), e);
				}
			}
			if (settings.school() != null) {
				run(document.createParagraph(), settings.school(), true, 11);
			}
			XWPFParagraph title = document.createParagraph();
			title.setStyle("Title");
			run(title, doc.title(), true, 20).setColor(color);
			if (doc.subtitle() != null) {
				run(document.createParagraph(), doc.subtitle(), false, 11).setColor("555555");
			}
			for (Block block : doc.blocks()) {
				if (block instanceof Cover cover) {
					cover(document, cover);
				}
			}
			if (doc.outline().size() > 2) {
				XWPFParagraph tocTitle = document.createParagraph();
				run(tocTitle, "Sommaire", true, 14).setColor(color);
				// one line per heading, its page number a PAGEREF field to the heading's bookmark: Word and LibreOffice
				// compute it when they lay the document out
				int i = 0;
				for (Heading entry : doc.outline()) {
					XWPFParagraph line = document.createParagraph();
					line.setSpacingAfter(40);
					CTPPr ppr = line.getCTP().isSetPPr() ? line.getCTP().getPPr() : line.getCTP().addNewPPr();
					var tab = ppr.addNewTabs().addNewTab();
					tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
					tab.setLeader(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc.DOT);
					tab.setPos(BigInteger.valueOf(TEXT_WIDTH_TWIPS));
					if (entry.level() == 2) {
						line.setIndentationLeft(360);
					}
					run(line, entry.text(), entry.level() == 1, 10);
					line.createRun().addTab();
					CTSimpleField ref = line.getCTP().addNewFldSimple();
					ref.setInstr("PAGEREF " + bookmark(i++) + " \\h");
					var cached = ref.addNewR();
					cached.addNewRPr().addNewSz().setVal(BigInteger.valueOf(20));
					cached.addNewT().setStringValue("");
				}
				document.enforceUpdateFields();
				document.createParagraph().setPageBreak(true);
			}
			int figure = 1;
			int anchor = 0;
			List<Block> blocks = doc.paged();
			boolean open = false;
			for (int index = 0; index < blocks.size(); index++) {
				Block block = blocks.get(index);
				switch (block) {
				case Heading heading -> {
					if (!open && Doc.leadsInto(blocks, index) != null) {
						// the heading goes on the page of the figure it introduces
						if (!atSectionStart(document)) {
							section(document, document.createParagraph(), PrintFit.Page.PORTRAIT);
						}
						open = true;
					}
					XWPFParagraph p = document.createParagraph();
					p.setStyle("Heading" + heading.level());
					if (heading.level() <= 2) {
						BigInteger id = BigInteger.valueOf(anchor);
						var start = p.getCTP().addNewBookmarkStart();
						start.setName(bookmark(anchor++));
						start.setId(id);
						p.createRun().setText(Markup.xmlChars(heading.text()));
						p.getCTP().addNewBookmarkEnd().setId(id);
					} else {
						p.createRun().setText(Markup.xmlChars(heading.text()));
					}
				}
				case Paragraph paragraph -> {
					XWPFParagraph p = document.createParagraph();
					if (paragraph.lead() != null) {
						run(p, paragraph.lead() + " ", true, 10);
					}
					run(p, paragraph.text(), false, 10);
				}
				case Table table -> table(document, table, color);
				case Bullets bullets -> {
					for (String item : bullets.items()) {
						XWPFParagraph p = document.createParagraph();
						p.setIndentationLeft(360);
						run(p, "• " + item, false, 10);
					}
				}
				case Figure fig -> {
					byte[] png = fig.png();
					double widthPt = fig.placement().widthMm() * 72 / 25.4;
					double heightPt = fig.placement().heightMm() * 72 / 25.4;
					boolean own = fig.placement().page() != PrintFit.Page.PORTRAIT;
					if (own && !open && !atSectionStart(document)) {
						section(document, document.createParagraph(), PrintFit.Page.PORTRAIT);
					}
					open = false;
					XWPFParagraph p = document.createParagraph();
					p.setAlignment(ParagraphAlignment.CENTER);
					p.setKeepNext(true);
					try {
						XWPFPicture picture = p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
								"figure-" + figure + ".png", Units.toEMU(widthPt), Units.toEMU(heightPt));
						vector(document, picture, fig.svg());
					} catch (InvalidFormatException e) {
						throw new IOException(e);
					}
					XWPFParagraph caption = document.createParagraph();
					caption.setAlignment(ParagraphAlignment.CENTER);
					run(caption, "Figure " + figure++ + " – " + fig.caption(), false, 9).setItalic(true);
					if (own) {
						section(document, caption, fig.placement().page());
					}
				}
				case Note note -> {
					XWPFTable box = document.createTable(1, 1);
					box.setWidth("100%");
					XWPFTableCell cell = box.getRow(0).getCell(0);
					cell.setColor(note.teacher() ? "FDF0EF" : "F4F7FB");
					XWPFParagraph first = cell.getParagraphs().get(0);
					run(first, note.title(), true, 10);
					for (String line : note.lines()) {
						run(cell.addParagraph(), line, false, 10);
					}
					document.createParagraph();
				}
				case PageBreak pb -> {
					if (!atSectionStart(document)) {
						document.createParagraph().setPageBreak(true);
					}
				}
				case Cover cover -> {
					// written before the table of contents
				}
				}
			}
			try (ZipArchiveOutputStream zip = new PicturesStored(out)) {
				document.write(zip);
			}
		}
	}

	/**
	 * The package of a DOCX with its pictures stored as they are: a PNG is compressed already, and compressing it again
	 * took a third of the time of a DOCX full of diagrams for nothing; the XML parts are compressed as usual.
	 */
	private static final class PicturesStored extends ZipArchiveOutputStream {
		private boolean finished;

		PicturesStored(OutputStream out) {
			super(java.util.Objects.requireNonNull(out));
		}

		@Override
		public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
			setLevel(entry.getName().endsWith(".png") || entry.getName().endsWith(".jpeg") ? java.util.zip.Deflater.NO_COMPRESSION
					: java.util.zip.Deflater.DEFAULT_COMPRESSION);
			super.putArchiveEntry(entry);
		}

		@Override
		public void finish() throws IOException {
			if (!finished) {
				finished = true;
				super.finish();
			}
		}

		@Override
		public void close() throws IOException {
			finish(); // the stream it writes to is the caller's, who closes it
		}
	}

	/**
	 * Adds the SVG of a diagram to its PNG picture, as Word 2016 and later and LibreOffice read it ({@code asvg:svgBlip}):
	 * they draw the vector, older readers the PNG.
	 */
	private static void vector(XWPFDocument document, XWPFPicture picture, String svg) throws InvalidFormatException {
		String id = document.addPictureData(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8), PictureType.SVG);
		CTBlip blip = picture.getCTPicture().getBlipFill().getBlip();
		CTOfficeArtExtension ext = (blip.isSetExtLst() ? blip.getExtLst() : blip.addNewExtLst()).addNewExt();
		ext.setUri("{96DAC541-7B7A-43D3-8B79-37D633B846F1}");
		try (XmlCursor cursor = ext.newCursor()) {
			cursor.toEndToken();
			cursor.beginElement(new javax.xml.namespace.QName("http://schemas.microsoft.com/office/drawing/2016/SVG/main", "svgBlip", "asvg"));
			cursor.insertAttributeWithValue(
					new javax.xml.namespace.QName("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "embed", "r"), id);
		}
	}

	/**
	 * @return whether the last paragraph written ends a section: the next one starts a page, and ending a portrait
	 *         section there would leave a blank page between two landscape or A3 figures
	 */
	private static boolean atSectionStart(XWPFDocument document) {
		List<IBodyElement> elements = document.getBodyElements();
		return !elements.isEmpty() && elements.get(elements.size() - 1) instanceof XWPFParagraph last && last.getCTP().isSetPPr()
				&& last.getCTP().getPPr().isSetSectPr();
	}

	/** Ends a section at this paragraph, on a page of that shape, with the document's header and footer. */
	private static void section(XWPFDocument document, XWPFParagraph paragraph, PrintFit.Page shape) {
		CTSectPr body = document.getDocument().getBody().getSectPr();
		CTPPr ppr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		CTSectPr sect = ppr.addNewSectPr();
		sect.set(body.copy());
		page(sect, shape);
	}

	/** Page size and margins of a section: the margins of the PDF, so that a diagram is printed at the same size. */
	private static void page(CTSectPr sect, PrintFit.Page shape) {
		CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
		size.setW(BigInteger.valueOf(Math.round(shape.pageWidthMm() * 1440 / 25.4)));
		size.setH(BigInteger.valueOf(Math.round(shape.pageHeightMm() * 1440 / 25.4)));
		size.setOrient(shape == PrintFit.Page.PORTRAIT ? STPageOrientation.PORTRAIT : STPageOrientation.LANDSCAPE);
		CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
		margins.setTop(BigInteger.valueOf(1247));
		margins.setBottom(BigInteger.valueOf(1134));
		margins.setLeft(BigInteger.valueOf(907));
		margins.setRight(BigInteger.valueOf(907));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
	}

	private static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size) {
		XWPFRun r = p.createRun();
		String[] lines = Markup.xmlChars(text).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				r.addBreak();
			}
			r.setText(lines[i], i);
		}
		r.setBold(bold);
		r.setFontSize(size);
		r.setFontFamily("DejaVu Sans");
		return r;
	}

	/** Width of the text of an A4 portrait page, in twentieths of a point: the page less the margins of {@link #page}. */
	private static final int TEXT_WIDTH_TWIPS = 11906 - 2 * 907;

	private static String bookmark(int i) {
		return "_Toc_s" + i;
	}

	private static void table(XWPFDocument document, Table table, String color) {
		XWPFTable t = document.createTable(table.rows().size() + 1, table.header().size());
		int[] widths = widths(ColumnWidths.of(table.header(), table.rows()));
		fixed(t, widths);
		// the room the PDF leaves around a cell's text: 2 pt above and below, 5 pt on the sides
		t.setCellMargins(40, 100, 40, 100);
		XWPFTableRow head = t.getRow(0);
		head.setRepeatHeader(true);
		head.setCantSplitRow(true);
		for (int c = 0; c < table.header().size(); c++) {
			XWPFTableCell cell = head.getCell(c);
			cell.setColor("E8EEF5");
			width(cell, widths[c]);
			XWPFParagraph p = cell.getParagraphs().get(0);
			// the header stays on the page of the first row
			keepNext(p);
			run(p, table.header().get(c), true, 9);
		}
		for (int r = 0; r < table.rows().size(); r++) {
			List<String> row = table.rows().get(r);
			XWPFTableRow line = t.getRow(r + 1);
			line.setCantSplitRow(true);
			for (int c = 0; c < table.header().size(); c++) {
				width(line.getCell(c), widths[c]);
				if (c < row.size()) {
					XWPFParagraph p = line.getCell(c).getParagraphs().get(0);
					if (r == 0 && table.rows().size() > 1) {
						keepNext(p);
					}
					run(p, row.get(c), false, 9);
				}
			}
		}
		document.createParagraph();
	}

	/** Keeps the paragraph on the page of the next one (POI's own setter fails on a paragraph without properties). */
	private static void keepNext(XWPFParagraph p) {
		CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
		if (!ppr.isSetKeepNext()) {
			ppr.addNewKeepNext();
		}
	}

	private static int[] widths(double[] shares) {
		int[] widths = new int[shares.length];
		for (int c = 0; c < shares.length; c++) {
			widths[c] = (int) Math.round(shares[c] * TEXT_WIDTH_TWIPS);
		}
		return widths;
	}

	/** A table of fixed layout, its columns of these widths in twentieths of a point. */
	private static void fixed(XWPFTable t, int[] widths) {
		var pr = t.getCTTbl().getTblPr() != null ? t.getCTTbl().getTblPr() : t.getCTTbl().addNewTblPr();
		var w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
		w.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
		w.setW(BigInteger.valueOf(TEXT_WIDTH_TWIPS));
		(pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
		var grid = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid.Factory.newInstance();
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		t.getCTTbl().setTblGrid(grid);
	}

	private static void width(XWPFTableCell cell, int twips) {
		var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		var w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
		w.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
		w.setW(BigInteger.valueOf(twips));
	}

	/** Writes the box of page 1 of an exam subject: its heading, its rows, and the number of pages as a field. */
	private static void cover(XWPFDocument document, Cover cover) {
		XWPFTable box = document.createTable(cover.rows().size() + 1, 2);
		int[] widths = { TEXT_WIDTH_TWIPS * 28 / 100, TEXT_WIDTH_TWIPS - TEXT_WIDTH_TWIPS * 28 / 100 };
		fixed(box, widths);
		XWPFTableCell head = box.getRow(0).getCell(0);
		head.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(2));
		box.getRow(0).removeCell(1);
		head.getCTTc().getTcPr().addNewTcW().setW(BigInteger.valueOf(TEXT_WIDTH_TWIPS));
		XWPFParagraph first = head.getParagraphs().get(0);
		for (int i = 0; i < cover.heading().size(); i++) {
			XWPFParagraph p = i == 0 ? first : head.addParagraph();
			p.setAlignment(ParagraphAlignment.CENTER);
			run(p, cover.heading().get(i).toUpperCase(Locale.FRENCH), true, 13);
		}
		for (int r = 0; r < cover.rows().size(); r++) {
			XWPFTableRow row = box.getRow(r + 1);
			row.getCell(0).setColor("F0F0F0");
			width(row.getCell(0), widths[0]);
			width(row.getCell(1), widths[1]);
			run(row.getCell(0).getParagraphs().get(0), cover.rows().get(r).get(0), true, 10);
			run(row.getCell(1).getParagraphs().get(0), cover.rows().get(r).get(1), false, 10);
		}
		if (cover.pageCount()) {
			XWPFParagraph pages = document.createParagraph();
			pages.setAlignment(ParagraphAlignment.CENTER);
			run(pages, "Ce sujet comporte ", true, 10);
			CTSimpleField count = pages.getCTP().addNewFldSimple();
			count.setInstr("NUMPAGES");
			count.addNewR().addNewT().setStringValue("1");
			run(pages, " pages.", true, 10);
		} else {
			document.createParagraph();
		}
	}

	private static void styles(XWPFDocument document, String color) {
		XWPFStyles styles = document.createStyles();
		int[] sizes = { 32, 26, 22 };
		for (int level = 1; level <= 3; level++) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId("Heading" + level);
			style.setType(STStyleType.PARAGRAPH);
			style.addNewName().setVal("heading " + level);
			style.addNewQFormat();
			CTPPrGeneral ppr = style.addNewPPr();
			ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
			ppr.addNewKeepNext();
			ppr.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 360 : 240));
			CTRPr rpr = style.addNewRPr();
			rpr.addNewB();
			rpr.addNewSz().setVal(BigInteger.valueOf(sizes[level - 1]));
			rpr.addNewColor().setVal(color);
			styles.addStyle(new XWPFStyle(style));
		}
		CTStyle title = CTStyle.Factory.newInstance();
		title.setStyleId("Title");
		title.setType(STStyleType.PARAGRAPH);
		title.addNewName().setVal("Title");
		styles.addStyle(new XWPFStyle(title));
	}
}
