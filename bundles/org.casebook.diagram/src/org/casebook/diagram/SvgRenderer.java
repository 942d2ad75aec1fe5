// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.casebook.diagram.Diagram.Connector;
import org.casebook.diagram.Diagram.Point;
import org.casebook.diagram.Diagram.Shape;
import org.casebook.model.text.Markup;

/** Renders a laid-out diagram as a standalone SVG document, with its title and legend; the same diagram gives the same bytes. */
public final class SvgRenderer {

	/** Margin around the drawing. */
	static final double MARGIN = 24;
	/** Height of the title band. */
	static final double TITLE_BAND = 36;
	/** Height of each further line of a wrapped title. */
	static final double TITLE_LINE = 20;
	private static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
	private static final String INK = "#1d1d1f";
	private static final String STROKE = "#5f6b7a";
	/** Outline of a planned or target element. */
	private static final String PLANNED_DASH = " stroke-dasharray=\"6 3\"";

	private SvgRenderer() {
	}

	/**
	 * @param diagram a laid-out diagram
	 * @return the SVG document
	 */
	public static String render(Diagram diagram) {
		Legend legend = Legend.of(diagram);
		// a long title is wrapped to the drawing rather than widening it: a small part stays narrow enough for a portrait page
		List<String> titleLines = wrap(diagram.title(), Math.max(Math.max(diagram.width(), legend.width()), 560) - 8, 16);
		double titleWidth = titleLines.stream().mapToDouble(l -> TextMetrics.width(l, 16, true)).max().orElse(0);
		double width = Math.max(Math.max(diagram.width(), legend.width()), titleWidth + 8) + 2 * MARGIN;
		double top = MARGIN + TITLE_BAND + (titleLines.size() - 1) * TITLE_LINE;
		double height = top + diagram.height() + legend.height() + MARGIN;
		Svg sb = new Svg(4096 + 720 * (diagram.shapes().size() + diagram.connectors().size()));
		sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"").num(width).append("\" height=\"").num(height)
				.append("\" viewBox=\"0 0 ").num(width).append(' ').num(height).append("\" font-family=\"").append(FONT)
				.append("\" data-kind=\"").append(diagram.kind().word()).append("\">\n");
		sb.append("<title>").text(diagram.title()).append("</title>\n");
		sb.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		symbols(sb, diagram, legend);
		for (int i = 0; i < titleLines.size(); i++) {
			text(sb, MARGIN, MARGIN + 18 + i * TITLE_LINE, titleLines.get(i), 16, true, "start", INK);
		}
		sb.append("<g transform=\"translate(").num(MARGIN).append(' ').num(top).append(")\">\n");
		for (Shape shape : diagram.shapes()) {
			if (shape.glyph().isContainer()) {
				container(sb, shape);
			}
		}
		for (Connector connector : diagram.connectors()) {
			connector(sb, connector);
		}
		for (Shape shape : diagram.shapes()) {
			if (!shape.glyph().isContainer()) {
				node(sb, shape);
			}
		}
		for (Connector connector : diagram.connectors()) {
			if (connector.label() != null && connector.labelWidth() > 0) {
				sb.append("<rect x=\"").num(connector.labelX()).append("\" y=\"").num(connector.labelY())
						.append("\" width=\"").num(connector.labelWidth()).append("\" height=\"").num(connector.labelHeight())
						.append("\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.92\"/>");
				text(sb, connector.labelX() + connector.labelWidth() / 2, connector.labelY() + connector.labelHeight() - 4.5,
						connector.label(), DiagramLayout.TEXT_SIZE, false, "middle", connector.style().color());
			}
		}
		sb.append("</g>\n");
		legend.render(sb, MARGIN, top + diagram.height() + 18);
		sb.append("</svg>\n");
		return sb.toString();
	}

	/**
	 * @param svg a diagram drawn by {@link #render(Diagram)}
	 * @param prefix put before each of its ids
	 * @return the same drawing with its ids and the references to them prefixed: diagrams shown together in one page
	 *         each name their symbols, shapes and legend alike, and the ids of a page must be unique
	 */
	public static String scoped(String svg, String prefix) {
		// texts and attribute values are escaped, so these can only be the attributes themselves
		return svg.replace(" id=\"", " id=\"" + prefix).replace(" xlink:href=\"#", " xlink:href=\"#" + prefix);
	}

	// ------------------------------------------------------------------------------------------------ shapes

	private static void open(Svg sb, Shape shape) {
		sb.append("<g id=\"").text(shape.id()).append('"');
		if (shape.element() != null) {
			sb.append(" data-element=\"").text(shape.element()).append('"');
		}
		sb.append(" data-glyph=\"").append(shape.glyph().name().toLowerCase(Locale.ROOT)).append('"');
		if (shape.planned()) {
			sb.append(" data-planned=\"oui\"");
		}
		sb.append('>');
	}

	private static void container(Svg sb, Shape s) {
		open(sb, s);
		if (s.glyph() == Glyph.VLAN) {
			rect(sb, s.x(), s.y(), s.width(), s.height(), 6, s.fill() != null ? s.fill() : "#dbe9f7", "#4a6b8f", 1.6,
					s.planned() ? PLANNED_DASH : "");
			sb.append("<rect x=\"").num(s.x()).append("\" y=\"").num(s.y()).append("\" width=\"").num(s.width())
					.append("\" height=\"5\" fill=\"#4a6b8f\"/>");
			text(sb, s.x() + 10, s.y() + 21, s.title(), DiagramLayout.TITLE_SIZE, true, "start", INK);
			for (int i = 0; i < s.details().size(); i++) {
				text(sb, s.x() + 10, s.y() + 21 + DiagramLayout.LINE * (i + 1), s.details().get(i), DiagramLayout.TEXT_SIZE, false,
						"start", "#2b3a4d");
			}
			sb.append("</g>\n");
			return;
		}
		String fill = s.fill() != null ? s.fill() : s.glyph() == Glyph.SITE ? "#f5f7fa" : "#eef2f7";
		String dash = s.planned() ? PLANNED_DASH : s.glyph() == Glyph.ZONE ? " stroke-dasharray=\"7 4\"" : "";
		rect(sb, s.x(), s.y(), s.width(), s.height(), 10, fill, "#8a94a3", 1.4, dash);
		text(sb, s.x() + 12, s.y() + 20, frameTitle(s), DiagramLayout.TITLE_SIZE, true, "start", "#2b3a4d");
		sb.append("</g>\n");
	}

	/**
	 * @param s a site or zone frame
	 * @return its title with its details when they fit in the frame, else its title alone, else its title shortened with
	 *         « … »: the layout can make a frame narrower than its title, and a title must not run past its frame
	 */
	static String frameTitle(Shape s) {
		double room = s.width() - 24;
		String title = s.title();
		if (!s.details().isEmpty()) {
			String full = title + " · " + String.join(" · ", s.details());
			if (TextMetrics.width(full, DiagramLayout.TITLE_SIZE, true) <= room) {
				return full;
			}
		}
		if (TextMetrics.width(title, DiagramLayout.TITLE_SIZE, true) <= room) {
			return title;
		}
		int end = title.length();
		while (title.codePointCount(0, end) > 1 && TextMetrics.width(title.substring(0, end).strip() + "…", DiagramLayout.TITLE_SIZE, true) > room) {
			end = title.offsetByCodePoints(end, -1);
		}
		return title.substring(0, end).strip() + "…";
	}

	private static void node(Svg sb, Shape s) {
		open(sb, s);
		switch (s.glyph()) {
		case INTERNET, ANY -> {
			cloud(sb, s.x(), s.y(), s.width(), s.height());
			centered(sb, s, s.y() + s.height() / 2 + 4 - DiagramLayout.LINE * s.details().size() / 2);
		}
		case DATABASE -> {
			cylinder(sb, s.x(), s.y(), s.width(), s.height());
			centered(sb, s, s.y() + 30);
		}
		case STEP, SECURITY_ZONE -> {
			rect(sb, s.x(), s.y(), s.width(), s.height(), 14, s.glyph() == Glyph.SECURITY_ZONE && s.fill() != null ? s.fill() : "#eaf1fb",
					"#1f4e79", 1.6, "");
			centered(sb, s, s.y() + s.height() / 2 + 4 - DiagramLayout.LINE * s.details().size() / 2);
		}
		default -> {
			boolean dark = dark(s);
			rect(sb, s.x(), s.y(), s.width(), s.height(), 6, dark ? s.fill() : s.glyph() == Glyph.MORE ? "#f3f3f3" : "#ffffff",
					STROKE, 1.3, s.glyph() == Glyph.MORE ? " stroke-dasharray=\"4 3\"" : s.planned() ? PLANNED_DASH : "");
			icon(sb, s.glyph(), s.x() + 8, s.y() + (s.height() - 28) / 2, dark);
			double textTop = s.y() + (s.height() - DiagramLayout.LINE * (1 + s.details().size())) / 2 + 11;
			text(sb, s.x() + 44, textTop, s.title(), DiagramLayout.TITLE_SIZE, true, "start", dark ? "#ffffff" : INK);
			for (int i = 0; i < s.details().size(); i++) {
				text(sb, s.x() + 44, textTop + DiagramLayout.LINE * (i + 1), s.details().get(i), DiagramLayout.TEXT_SIZE, false,
						"start", dark ? "#dfe8f2" : "#4a5563");
			}
		}
		}
		sb.append("</g>\n");
	}

	/** @return whether a node shape is drawn with the symbol of its glyph */
	private static boolean iconed(Shape s) {
		return switch (s.glyph()) {
		case INTERNET, ANY, DATABASE, STEP, SECURITY_ZONE -> false;
		default -> true;
		};
	}

	/** @return whether a node shape is filled with the dark ink, its symbol and texts drawn light */
	private static boolean dark(Shape s) {
		return s.fill() != null && s.fill().equals("#1f4e79");
	}

	private static void centered(Svg sb, Shape s, double baseline) {
		double cx = s.x() + s.width() / 2;
		text(sb, cx, baseline, s.title(), DiagramLayout.TITLE_SIZE, true, "middle", INK);
		for (int i = 0; i < s.details().size(); i++) {
			text(sb, cx, baseline + DiagramLayout.LINE * (i + 1), s.details().get(i), DiagramLayout.TEXT_SIZE, false, "middle", "#3d4754");
		}
	}

	// ------------------------------------------------------------------------------------------------ connectors

	private static void connector(Svg sb, Connector c) {
		LineStyle style = c.style();
		sb.append("<g id=\"").text(c.id()).append("\" data-source=\"").text(c.source()).append("\" data-target=\"")
				.text(c.target()).append("\" data-style=\"").append(style.name().toLowerCase(Locale.ROOT)).append("\">");
		sb.append("<polyline fill=\"none\" stroke=\"").append(style.color()).append("\" stroke-width=\"").num(style.width())
				.append('"');
		if (style.dash() != null) {
			sb.append(" stroke-dasharray=\"").append(style.dash()).append('"');
		}
		sb.append(" stroke-linejoin=\"round\" points=\"");
		for (int i = 0; i < c.points().size(); i++) {
			Point p = c.points().get(i);
			sb.append(i == 0 ? "" : " ").num(p.x()).append(',').num(p.y());
		}
		sb.append("\"/>");
		if (arrow(style) && c.points().size() >= 2) {
			Point tip = c.points().get(c.points().size() - 1);
			Point from = c.points().get(c.points().size() - 2);
			double dx = tip.x() - from.x();
			double dy = tip.y() - from.y();
			double length = Math.max(Math.hypot(dx, dy), 0.001);
			double ux = dx / length;
			double uy = dy / length;
			double bx = tip.x() - ux * 9;
			double by = tip.y() - uy * 9;
			sb.append("<polygon fill=\"").append(style.color()).append("\" points=\"").num(tip.x()).append(',').num(tip.y())
					.append(' ').num(bx - uy * 4.5).append(',').num(by + ux * 4.5).append(' ').num(bx + uy * 4.5)
					.append(',').num(by - ux * 4.5).append("\"/>");
		}
		sb.append("</g>\n");
	}

	private static boolean arrow(LineStyle style) {
		return switch (style) {
		case FLOW, SEQUENCE, ALLOW, DENY, PARTICIPATION -> true;
		default -> false;
		};
	}

	// ------------------------------------------------------------------------------------------------ primitives

	static void rect(Svg sb, double x, double y, double w, double h, double r, String fill, String stroke,
			double strokeWidth, String extra) {
		sb.append("<rect x=\"").num(x).append("\" y=\"").num(y).append("\" width=\"").num(w).append("\" height=\"")
				.num(h).append("\" rx=\"").num(r).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
				.append("\" stroke-width=\"").num(strokeWidth).append('"').append(extra).append("/>");
	}

	static void text(Svg sb, double x, double y, String text, double size, boolean bold, String anchor, String color) {
		sb.append("<text x=\"").num(x).append("\" y=\"").num(y).append("\" font-size=\"").num(size).append('"');
		if (bold) {
			sb.append(" font-weight=\"bold\"");
		}
		if (!"start".equals(anchor)) {
			sb.append(" text-anchor=\"").append(anchor).append('"');
		}
		sb.append(" fill=\"").append(color).append("\">").text(text).append("</text>");
	}

	private static void cloud(Svg sb, double x, double y, double w, double h) {
		sb.append("<path fill=\"#eef3f8\" stroke=\"#4a6b8f\" stroke-width=\"1.6\" d=\"M").num(x + w * 0.22).append(',').num(y + h * 0.88)
				.append(" C").num(x - w * 0.02).append(',').num(y + h * 0.88).append(' ').num(x - w * 0.02).append(',')
				.num(y + h * 0.42).append(' ').num(x + w * 0.2).append(',').num(y + h * 0.42).append(" C")
				.num(x + w * 0.2).append(',').num(y + h * 0.02).append(' ').num(x + w * 0.62).append(',')
				.num(y - h * 0.04).append(' ').num(x + w * 0.68).append(',').num(y + h * 0.3).append(" C")
				.num(x + w * 0.98).append(',').num(y + h * 0.22).append(' ').num(x + w * 1.04).append(',')
				.num(y + h * 0.88).append(' ').num(x + w * 0.8).append(',').num(y + h * 0.88).append(" Z\"/>");
	}

	private static void cylinder(Svg sb, double x, double y, double w, double h) {
		double ry = 8;
		sb.append("<path fill=\"#fff8e6\" stroke=\"#9a6b00\" stroke-width=\"1.4\" d=\"M").num(x).append(',').num(y + ry)
				.append(" L").num(x).append(',').num(y + h - ry).append(" A").num(w / 2).append(',').num(ry)
				.append(" 0 0 0 ").num(x + w).append(',').num(y + h - ry).append(" L").num(x + w).append(',')
				.num(y + ry).append(" A").num(w / 2).append(',').num(ry).append(" 0 0 0 ").num(x).append(',')
				.num(y + ry).append(" Z\"/>");
		sb.append("<ellipse cx=\"").num(x + w / 2).append("\" cy=\"").num(y + ry).append("\" rx=\"").num(w / 2)
				.append("\" ry=\"").num(ry).append("\" fill=\"#ffefc2\" stroke=\"#9a6b00\" stroke-width=\"1.4\"/>");
	}

	/**
	 * Defines the symbols of the glyphs drawn in the diagram once, each in the inks it is drawn in, for the nodes and the
	 * legend to use.
	 */
	private static void symbols(Svg sb, Diagram diagram, Legend legend) {
		boolean[][] used = new boolean[2][Glyph.values().length];
		for (Shape s : diagram.shapes()) {
			if (!s.glyph().isContainer() && iconed(s)) {
				used[dark(s) ? 1 : 0][s.glyph().ordinal()] = true;
			}
		}
		legend.glyphs().forEach(g -> used[0][g.ordinal()] = true);
		sb.append("<defs>");
		for (int light = 0; light < 2; light++) {
			for (Glyph glyph : Glyph.values()) {
				if (used[light][glyph.ordinal()]) {
					String c = light == 1 ? "#ffffff" : "#1f4e79";
					sb.append("<g id=\"").append(symbol(glyph, light == 1)).append("\" fill=\"none\" stroke=\"").append(c)
							.append("\" stroke-width=\"1.6\" stroke-linecap=\"round\">").append(icon(glyph, c)).append("</g>");
				}
			}
		}
		sb.append("</defs>\n");
	}

	/** The identifiers of the symbols, in the dark and the light ink: they hold no colon, unlike those of shapes. */
	private static final String[][] SYMBOLS = new String[2][Glyph.values().length];

	static {
		for (Glyph glyph : Glyph.values()) {
			String name = "symbole-" + glyph.name().toLowerCase(Locale.ROOT).replace('_', '-');
			SYMBOLS[0][glyph.ordinal()] = name;
			SYMBOLS[1][glyph.ordinal()] = name + "-clair";
		}
	}

	private static String symbol(Glyph glyph, boolean light) {
		return SYMBOLS[light ? 1 : 0][glyph.ordinal()];
	}

	/** Draws the 28 × 28 symbol of a glyph with its top-left corner at (x, y). */
	static void icon(Svg sb, Glyph glyph, double x, double y, boolean light) {
		sb.append("<use xlink:href=\"#").append(symbol(glyph, light)).append("\" x=\"").num(x).append("\" y=\"").num(y).append("\"/>");
	}

	/** @return the shapes of the symbol of a glyph drawn in {@code c} */
	private static String icon(Glyph glyph, String c) {
		return switch (glyph) {
		case SERVER -> "<rect x=\"6\" y=\"2\" width=\"16\" height=\"24\" rx=\"2\"/><path d=\"M9 8 H19 M9 13 H19 M9 18 H19\"/>"
				+ "<circle cx=\"18\" cy=\"22.5\" r=\"1\" fill=\"" + c + "\"/>";
		case HOST_GROUP -> "<rect x=\"2\" y=\"4\" width=\"13\" height=\"20\" rx=\"2\"/><rect x=\"13\" y=\"4\" width=\"13\" height=\"20\" rx=\"2\"/>"
				+ "<path d=\"M5 10 H12 M5 15 H12 M16 10 H23 M16 15 H23\"/>";
		case ROUTER -> "<circle cx=\"14\" cy=\"14\" r=\"12\"/><path d=\"M14 5 V11 M14 17 V23 M5 14 H11 M17 14 H23"
				+ " M11.5 7.5 L14 5 L16.5 7.5 M11.5 20.5 L14 23 L16.5 20.5\"/>";
		case SWITCH -> "<rect x=\"2\" y=\"8\" width=\"24\" height=\"12\" rx=\"2\"/><path d=\"M6 12 H15 M12.5 10 L15 12 L12.5 14"
				+ " M22 16 H13 M15.5 14 L13 16 L15.5 18\"/>";
		case FIREWALL -> "<rect x=\"2\" y=\"4\" width=\"24\" height=\"20\" rx=\"1\" fill=\"#c0392b\" stroke=\"#8e2a1f\"/>"
				+ "<path stroke=\"#ffffff\" stroke-width=\"1.2\" d=\"M2 9 H26 M2 14 H26 M2 19 H26 M10 4 V9 M18 4 V9 M6 9 V14 M14 9 V14"
				+ " M22 9 V14 M10 14 V19 M18 14 V19 M6 19 V24 M14 19 V24 M22 19 V24\"/>";
		case ACCESS_POINT -> "<rect x=\"7\" y=\"18\" width=\"14\" height=\"6\" rx=\"2\"/><path d=\"M14 18 V12"
				+ " M9 9 A7 7 0 0 1 19 9 M5.5 5.5 A12 12 0 0 1 22.5 5.5\"/>";
		case TERMINALS -> "<rect x=\"3\" y=\"4\" width=\"22\" height=\"15\" rx=\"1.5\"/><path d=\"M14 19 V23 M9 24 H19\"/>";
		case APPLICATION -> "<rect x=\"2\" y=\"4\" width=\"24\" height=\"20\" rx=\"2\"/><path d=\"M2 9 H26\"/>"
				+ "<circle cx=\"5.5\" cy=\"6.5\" r=\"0.8\" fill=\"" + c + "\"/><circle cx=\"8.5\" cy=\"6.5\" r=\"0.8\" fill=\"" + c + "\"/>"
				+ "<path d=\"M7 15 L10 18 L7 21 M13 21 H19\"/>";
		case PERSON -> "<circle cx=\"14\" cy=\"8\" r=\"5\"/><path d=\"M4 26 C4 18 24 18 24 26\"/>";
		case PARTNER -> "<rect x=\"5\" y=\"4\" width=\"18\" height=\"22\" rx=\"1\"/><path d=\"M9 9 H12 M16 9 H19 M9 14 H12"
				+ " M16 14 H19 M12 26 V20 H16 V26\"/>";
		case DEPARTMENT -> "<rect x=\"9\" y=\"2\" width=\"10\" height=\"7\" rx=\"1\"/><rect x=\"2\" y=\"19\" width=\"10\" height=\"7\""
				+ " rx=\"1\"/><rect x=\"16\" y=\"19\" width=\"10\" height=\"7\" rx=\"1\"/><path d=\"M14 9 V14 M7 19 V14 H21 V19\"/>";
		case MORE -> "<circle cx=\"6\" cy=\"14\" r=\"2\" fill=\"" + c + "\"/><circle cx=\"14\" cy=\"14\" r=\"2\" fill=\"" + c
				+ "\"/><circle cx=\"22\" cy=\"14\" r=\"2\" fill=\"" + c + "\"/>";
		case DATABASE -> "<ellipse cx=\"14\" cy=\"6\" rx=\"10\" ry=\"4\"/><path d=\"M4 6 V22 A10 4 0 0 0 24 22 V6\"/>";
		case INTERNET -> "<path d=\"M8 22 C2 22 2 14 8 14 C8 6 18 5 19 11 C25 10 27 22 21 22 Z\"/>";
		case ANY -> "<circle cx=\"14\" cy=\"14\" r=\"11\"/><path d=\"M3 14 H25 M14 3 V25 M6.5 6.5 L21.5 21.5 M21.5 6.5 L6.5 21.5\"/>";
		case VLAN -> "<rect x=\"2\" y=\"10\" width=\"24\" height=\"8\" rx=\"2\"/>";
		case STEP -> "<rect x=\"2\" y=\"7\" width=\"24\" height=\"14\" rx=\"7\"/>";
		case SECURITY_ZONE -> "<path d=\"M14 3 L24 7 V14 C24 20 19 24 14 26 C9 24 4 20 4 14 V7 Z\"/>";
		case SITE -> "<rect x=\"2\" y=\"4\" width=\"24\" height=\"20\" rx=\"4\"/>";
		case ZONE -> "<rect x=\"2\" y=\"4\" width=\"24\" height=\"20\" rx=\"4\" stroke-dasharray=\"4 2\"/>";
		case FRAME -> "<rect x=\"2\" y=\"4\" width=\"24\" height=\"20\" stroke-dasharray=\"2 2\"/>";
		case DBMS -> "<rect x=\"2\" y=\"4\" width=\"24\" height=\"20\" rx=\"4\"/><ellipse cx=\"14\" cy=\"12\" rx=\"6\" ry=\"2.5\"/>";
		default -> "<rect x=\"3\" y=\"7\" width=\"22\" height=\"14\" rx=\"2\"/><path d=\"M7 17 V14 M11 17 V14 M15 17 V14 M19 17 V14\"/>";
		};
	}

	/** An SVG document being written: text, and coordinates written as they are formatted, without a string each. */
	static final class Svg {

		private final StringBuilder sb;

		Svg(int capacity) {
			sb = new StringBuilder(capacity);
		}

		Svg append(String text) {
			sb.append(text);
			return this;
		}

		Svg append(char c) {
			sb.append(c);
			return this;
		}

		/** Appends a coordinate: at most one decimal, no exponent, the same text everywhere. */
		Svg num(double value) {
			long tenths = Math.round(value * 10);
			if (tenths < 0) {
				sb.append('-');
				tenths = -tenths;
			}
			sb.append(tenths / 10);
			if (tenths % 10 != 0) {
				sb.append('.').append((char) ('0' + tenths % 10));
			}
			return this;
		}

		/**
		 * Appends text escaped for XML content and attribute values, the characters beyond Latin-1 written as character
		 * references: the document stays in one byte a character while it is written.
		 */
		Svg text(String text) {
			String escaped = esc(text);
			int i = 0;
			int length = escaped.length();
			while (i < length && escaped.charAt(i) < 0x100) {
				i++;
			}
			if (i == length) {
				sb.append(escaped);
				return this;
			}
			sb.append(escaped, 0, i);
			while (i < length) {
				int c = escaped.codePointAt(i);
				if (c < 0x100) {
					sb.append((char) c);
				} else {
					sb.append("&#").append(c).append(';');
				}
				i += Character.charCount(c);
			}
			return this;
		}

		@Override
		public String toString() {
			return sb.toString();
		}
	}

	/**
	 * @return the text cut at spaces into lines no wider than {@code width} (a word wider than that stays whole)
	 */
	static List<String> wrap(String text, double width, double size) {
		// each word measured once and added to the line's width: a title of a million words is wrapped in linear time
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		double lineEms = 0;
		double space = TextMetrics.ems(" ");
		for (String word : text.split(" ")) {
			double wordEms = TextMetrics.ems(word);
			if (!line.isEmpty() && TextMetrics.width(lineEms + space + wordEms, size, true) > width) {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
				lineEms = wordEms;
			} else {
				if (!line.isEmpty()) {
					line.append(' ');
					lineEms += space;
				}
				line.append(word);
				lineEms += wordEms;
			}
		}
		lines.add(line.toString());
		return lines;
	}

	/** Escapes text for XML content and attribute values. */
	static String esc(String text) {
		return Markup.escape(text);
	}

	/** The legend: the symbols and line styles used, and the notes. */
	private record Legend(List<Glyph> glyphs, List<LineStyle> styles, boolean planned, List<String> notes, double width, double height) {

		private static final double ITEM_WIDTH = 190;
		private static final double ROW = 26;

		static Legend of(Diagram diagram) {
			Set<Glyph> glyphs = EnumSet.noneOf(Glyph.class);
			diagram.shapes().forEach(s -> glyphs.add(s.glyph()));
			Set<LineStyle> styles = EnumSet.noneOf(LineStyle.class);
			diagram.connectors().forEach(c -> styles.add(c.style()));
			boolean planned = diagram.shapes().stream().anyMatch(Shape::planned);
			int items = glyphs.size() + styles.size() + (planned ? 1 : 0);
			int perRow = Math.max(1, (int) Math.floor(Math.max(diagram.width(), 3 * ITEM_WIDTH) / ITEM_WIDTH));
			int rows = (items + perRow - 1) / perRow;
			double height = 28 + rows * ROW + diagram.notes().size() * 16 + (diagram.notes().isEmpty() ? 0 : 8);
			return new Legend(new ArrayList<>(glyphs), new ArrayList<>(styles), planned, diagram.notes(),
					Math.min(perRow, Math.max(items, 1)) * ITEM_WIDTH, height);
		}

		void render(Svg sb, double x, double y) {
			sb.append("<g id=\"legende\">");
			text(sb, x, y + 12, "Légende", 12, true, "start", INK);
			int perRow = Math.max(1, (int) Math.round(width / ITEM_WIDTH));
			int i = 0;
			for (Glyph glyph : glyphs) {
				double ix = x + (i % perRow) * ITEM_WIDTH;
				double iy = y + 22 + (i / perRow) * ROW;
				sb.append("<g transform=\"translate(").num(ix).append(' ').num(iy).append(") scale(0.75)\">");
				icon(sb, glyph, 0, 0, false);
				sb.append("</g>");
				text(sb, ix + 28, iy + 15, glyph.label(), 11, false, "start", INK);
				i++;
			}
			for (LineStyle style : styles) {
				double ix = x + (i % perRow) * ITEM_WIDTH;
				double iy = y + 22 + (i / perRow) * ROW;
				sb.append("<line x1=\"").num(ix).append("\" y1=\"").num(iy + 11).append("\" x2=\"").num(ix + 22)
						.append("\" y2=\"").num(iy + 11).append("\" stroke=\"").append(style.color()).append("\" stroke-width=\"")
						.num(style.width()).append('"').append(style.dash() == null ? "" : " stroke-dasharray=\"" + style.dash() + "\"")
						.append("/>");
				text(sb, ix + 28, iy + 15, style.label(), 11, false, "start", INK);
				i++;
			}
			if (planned) {
				double ix = x + (i % perRow) * ITEM_WIDTH;
				double iy = y + 22 + (i / perRow) * ROW;
				rect(sb, ix, iy + 3, 22, 16, 3, "#ffffff", STROKE, 1.3, PLANNED_DASH);
				text(sb, ix + 28, iy + 15, "Élément prévu ou cible", 11, false, "start", INK);
				i++;
			}
			double ny = y + 22 + ((i + perRow - 1) / perRow) * ROW + 8;
			for (String note : notes) {
				text(sb, x, ny, "※ " + note, 10.5, false, "start", "#7a5a00");
				ny += 16;
			}
			sb.append("</g>\n");
		}
	}
}
