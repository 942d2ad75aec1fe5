// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.util.ArrayList;
import java.util.List;

import org.casebook.diagram.PngRenderer;
import org.casebook.diagram.PrintFit;

/**
 * A document independent of its format: headings, paragraphs, tables, figures, lists and boxed notes. Every writer
 * (HTML, PDF, DOCX, ODT) renders the same blocks, so that all formats say the same thing.
 */
public final class Doc {

	/** A block of the document. */
	public sealed interface Block permits Heading, Paragraph, Table, Figure, Bullets, Note, PageBreak, Cover {
	}

	/**
	 * A heading.
	 *
	 * @param level 1 to 3
	 * @param text its text
	 */
	public record Heading(int level, String text) implements Block {
	}

	/**
	 * A paragraph, possibly starting with a bold lead ({@code Effectif : 186}); a {@code \n} in its text is a line break.
	 *
	 * @param lead bold text at the start, or {@code null}
	 * @param text the rest
	 */
	public record Paragraph(String lead, String text) implements Block {
	}

	/**
	 * A table with a header row.
	 *
	 * @param header column titles
	 * @param rows the rows, each as long as the header
	 */
	public record Table(List<String> header, List<List<String>> rows) implements Block {
	}

	/**
	 * A diagram.
	 *
	 * @param svg the SVG document
	 * @param caption its caption, also its alternative text
	 * @param width its width in SVG units
	 * @param height its height in SVG units
	 * @param placement the page it is printed on and its printed size, the same in every paged format
	 * @param drawn its PNG and its vector drawing, each made once and shared by every format and printing of the run
	 */
	public record Figure(String svg, String caption, double width, double height, PrintFit.Placement placement, Drawn drawn)
			implements Block {

		/** @return the PNG of the diagram, drawn on first use */
		public byte[] png() {
			return drawn.png(svg);
		}

		/** @return the diagram read for painting as vectors, read on first use */
		SvgPainter.Drawing drawing() {
			return drawn.drawing(svg);
		}
	}

	/**
	 * What is made of a figure for the formats: its PNG, drawn once at print resolution (2 pixels per unit) and shared
	 * between formats and between the documents of a run that show the same diagram (the sujet and the corrigé repeat the
	 * contexte's), and its vector drawing, read once for the printings of the PDF.
	 */
	public static final class Drawn {
		/** The PNGs drawn lately, by SVG text, the oldest dropped beyond {@link #SHARED_BYTES}. */
		private static final java.util.LinkedHashMap<String, byte[]> DRAWN = new java.util.LinkedHashMap<>(16, 0.75f, true);
		private static final long SHARED_BYTES = 48L << 20;
		private static long drawnBytes;

		private byte[] png;
		/** Softly held: a large scenario's drawings are read again rather than kept when the heap runs short. */
		private java.lang.ref.SoftReference<SvgPainter.Drawing> drawing = new java.lang.ref.SoftReference<>(null);

		synchronized byte[] png(String svg) {
			if (png == null) {
				png = shared(svg);
			}
			return png;
		}

		synchronized SvgPainter.Drawing drawing(String svg) {
			SvgPainter.Drawing read = drawing.get();
			if (read == null) {
				read = SvgPainter.Drawing.of(svg);
				drawing = new java.lang.ref.SoftReference<>(read);
			}
			return read;
		}

		private static byte[] shared(String svg) {
			synchronized (DRAWN) {
				byte[] known = DRAWN.get(svg);
				if (known != null) {
					return known;
				}
			}
			byte[] drawn = PngRenderer.render(svg, 2);
			synchronized (DRAWN) {
				if (DRAWN.put(svg, drawn) == null) {
					drawnBytes += drawn.length + 2L * svg.length();
				}
				for (var it = DRAWN.entrySet().iterator(); drawnBytes > SHARED_BYTES && DRAWN.size() > 1 && it.hasNext();) {
					var eldest = it.next();
					drawnBytes -= eldest.getValue().length + 2L * eldest.getKey().length();
					it.remove();
				}
			}
			return drawn;
		}
	}

	/**
	 * A bulleted list.
	 *
	 * @param items the items
	 */
	public record Bullets(List<String> items) implements Block {
	}

	/**
	 * A boxed note: an answer or a remark for the teacher, or an instruction for the candidate.
	 *
	 * @param title its title
	 * @param lines its content, one paragraph per line
	 * @param teacher whether it belongs to the teacher edition only
	 */
	public record Note(String title, List<String> lines, boolean teacher) implements Block {
	}

	/**
	 * The box of page 1 of an exam subject, as national subjects print it: the diploma and the session as heading,
	 * the épreuve, option, duration, coefficient and material allowed as rows, and in paged formats the number of
	 * pages of the subject.
	 *
	 * @param heading the lines of its heading
	 * @param rows label and value of each row
	 * @param pageCount whether paged formats state the number of pages
	 */
	public record Cover(List<String> heading, List<List<String>> rows, boolean pageCount) implements Block {
	}

	/** A page break before the next block. */
	public record PageBreak() implements Block {
	}

	private final String title;
	private final String subtitle;
	private final List<Block> blocks = new ArrayList<>();

	/**
	 * @param title the title of the document
	 * @param subtitle a line under it (organisation, session)
	 */
	public Doc(String title, String subtitle) {
		this.title = Typography.french(title);
		this.subtitle = subtitle == null ? null : Typography.french(subtitle);
	}

	/** @return the title */
	public String title() {
		return title;
	}

	/** @return the subtitle, or {@code null} */
	public String subtitle() {
		return subtitle;
	}

	/** @return the blocks, in order */
	public List<Block> blocks() {
		return List.copyOf(blocks);
	}

	/**
	 * @return the blocks in the order the paged formats (PDF, DOCX, ODT) print them: a figure printed on a page of its
	 *         own (landscape or A3), and the parts of a split diagram (figures in a row), follow the text of their
	 *         section, up to the next heading of the level of the heading they belong to or higher (or a page break),
	 *         the parts that fit a portrait page first, so that the text flows on, no page before them is left nearly
	 *         empty and small parts share the pages after the text; a lone figure that fits a portrait page stays in
	 *         the flow, where it was written
	 */
	public List<Block> paged() {
		List<Block> printed = new ArrayList<>(blocks.size());
		List<Block> portrait = new ArrayList<>();
		List<Block> own = new ArrayList<>();
		int section = 0;
		int current = Integer.MAX_VALUE;
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			boolean deferred = !portrait.isEmpty() || !own.isEmpty();
			if (deferred && (block instanceof Heading h && h.level() <= section || block instanceof PageBreak)) {
				printed.addAll(portrait);
				printed.addAll(own);
				portrait.clear();
				own.clear();
				deferred = false;
			}
			if (block instanceof Heading h) {
				current = h.level();
			}
			if (block instanceof Figure f) {
				boolean inRow = i > 0 && blocks.get(i - 1) instanceof Figure || i + 1 < blocks.size() && blocks.get(i + 1) instanceof Figure;
				boolean ofItsOwn = f.placement().page() != PrintFit.Page.PORTRAIT;
				if (ofItsOwn || inRow) {
					if (!deferred) {
						section = current;
					}
					(ofItsOwn ? own : portrait).add(f);
					continue;
				}
			}
			printed.add(block);
		}
		printed.addAll(portrait);
		printed.addAll(own);
		return printed;
	}

	/** @return the headings of levels 1 and 2, for the table of contents */
	public List<Heading> outline() {
		return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast).filter(h -> h.level() <= 2).toList();
	}

	/** Adds a heading. */
	public Doc h(int level, String text) {
		blocks.add(new Heading(level, Typography.french(text)));
		return this;
	}

	/** Adds a text a teacher wrote, as {@link #text(String, String)} does, without lead. */
	public Doc p(String text) {
		return text(null, text);
	}

	/** Adds a paragraph with a bold lead; skipped when the value is blank. The value keeps its paragraphs and lists. */
	public Doc field(String lead, String value) {
		return value == null || value.isBlank() ? this : text(lead + " :", value);
	}

	/**
	 * Adds a text a teacher wrote, keeping its shape: blank lines separate paragraphs, a paragraph keeps its line
	 * breaks, and lines starting with {@code - } (or {@code • }) make a bulleted list. Blank text is skipped.
	 *
	 * @param lead bold text starting the first paragraph, or {@code null}
	 * @param text the text
	 */
	public Doc text(String lead, String text) {
		if (text == null || text.isBlank()) {
			return this;
		}
		String pending = lead == null ? null : Typography.french(lead);
		for (Shaped part : shape(text)) {
			if (part.items() != null) {
				if (pending != null) {
					blocks.add(new Paragraph(pending, ""));
					pending = null;
				}
				blocks.add(new Bullets(part.items().stream().map(Typography::french).toList()));
			} else {
				blocks.add(new Paragraph(pending, Typography.french(part.text())));
				pending = null;
			}
		}
		return this;
	}

	/** A part of a text: a paragraph (its lines joined by line breaks) or the items of a list. */
	record Shaped(String text, List<String> items) {
	}

	/**
	 * @param text a text as typed
	 * @return its paragraphs and lists, in order
	 */
	static List<Shaped> shape(String text) {
		List<Shaped> parts = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		List<String> items = new ArrayList<>();
		for (String raw : text.strip().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			String line = raw.strip();
			boolean item = line.startsWith("- ") || line.startsWith("• ") || line.equals("-");
			if (line.isEmpty() || item) {
				if (paragraph.length() > 0) {
					parts.add(new Shaped(paragraph.toString(), null));
					paragraph.setLength(0);
				}
			}
			if (!item && !items.isEmpty() && (line.isEmpty() || !raw.startsWith(" ") && !raw.startsWith("\t"))) {
				parts.add(new Shaped(null, List.copyOf(items)));
				items.clear();
			}
			if (item) {
				String content = line.substring(1).strip();
				if (!content.isEmpty()) {
					items.add(content);
				}
			} else if (!line.isEmpty()) {
				if (!items.isEmpty()) {
					// an indented line continues the item above it
					items.set(items.size() - 1, items.get(items.size() - 1) + " " + line);
				} else {
					paragraph.append(paragraph.length() > 0 ? "\n" : "").append(line);
				}
			}
		}
		if (paragraph.length() > 0) {
			parts.add(new Shaped(paragraph.toString(), null));
		}
		if (!items.isEmpty()) {
			parts.add(new Shaped(null, List.copyOf(items)));
		}
		return parts;
	}

	/** Adds a table; skipped when it has no row. */
	public Doc table(List<String> header, List<List<String>> rows) {
		if (!rows.isEmpty()) {
			List<List<String>> clean = rows.stream().map(r -> r.stream().map(c -> Typography.french(c == null ? "" : c)).toList()).toList();
			blocks.add(new Table(header.stream().map(Typography::french).toList(), clean));
		}
		return this;
	}

	/** Adds a list; skipped when empty. */
	public Doc bullets(List<String> items) {
		List<String> clean = items.stream().filter(i -> i != null && !i.isBlank()).map(Typography::french).toList();
		if (!clean.isEmpty()) {
			blocks.add(new Bullets(clean));
		}
		return this;
	}

	/** Adds a figure, placed on the first page shape where its text is legible. */
	public Doc figure(String svg, String caption, double width, double height) {
		return figure(svg, caption, PrintFit.place(svg));
	}

	/** Adds a figure with its placement. */
	public Doc figure(String svg, String caption, PrintFit.Placement placement) {
		double[] size = PrintFit.size(svg);
		blocks.add(new Figure(svg, Typography.french(caption), size[0], size[1], placement, new Drawn()));
		return this;
	}

	/** Adds a boxed note; skipped when empty. */
	public Doc note(String title, List<String> lines, boolean teacher) {
		List<String> clean = lines.stream().filter(l -> l != null && !l.isBlank()).flatMap(l -> shape(l).stream())
				.map(part -> part.items() != null ? "• " + String.join("\n• ", part.items()) : part.text()).map(Typography::french).toList();
		if (!clean.isEmpty()) {
			blocks.add(new Note(Typography.french(title), clean, teacher));
		}
		return this;
	}

	/**
	 * @param blocks the blocks of a document
	 * @param i the index of a block
	 * @return the page shape of the figure that this heading, and the headings right after it, introduce, when that
	 *         figure is printed on a page of its own (landscape or A3): the heading goes on that page, never alone at the
	 *         bottom of the page before; {@code null} otherwise
	 */
	public static PrintFit.Page leadsInto(List<Block> blocks, int i) {
		int j = i;
		while (j < blocks.size() && blocks.get(j) instanceof Heading) {
			j++;
		}
		if (j == i || j >= blocks.size() || !(blocks.get(j) instanceof Figure f) || f.placement().page() == PrintFit.Page.PORTRAIT) {
			return null;
		}
		return f.placement().page();
	}

	/** Adds the box of page 1 of an exam subject. */
	public Doc cover(List<String> heading, List<List<String>> rows, boolean pageCount) {
		blocks.add(new Cover(heading.stream().map(Typography::french).toList(),
				rows.stream().map(r -> r.stream().map(Typography::french).toList()).toList(), pageCount));
		return this;
	}

	/** @return whether the document starts with the box of an exam subject */
	public boolean hasCover() {
		return blocks.stream().anyMatch(Cover.class::isInstance);
	}

	/** Adds a page break. */
	public Doc pageBreak() {
		blocks.add(new PageBreak());
		return this;
	}
}
