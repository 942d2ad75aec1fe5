// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casebook.diagram.PngRenderer;
import org.casebook.diagram.PrintFit;

import com.github.weisj.jsvg.SVGDocument;

/**
 * Paints the SVG of a diagram on a {@link Graphics2D} as vectors: its shapes with jsvg, its texts with
 * {@link Graphics2D#drawString(String, float, float)} in the given fonts, so that a PDF device keeps them as real text
 * that can be searched and selected. Only the SVG written by {@code org.casebook.diagram.SvgRenderer} is read: texts
 * without nested elements, groups moved by {@code translate} and {@code scale}.
 */
final class SvgPainter {

	/** A text of the diagram: where it starts, in the diagram's units, and how it is written. */
	record Text(AffineTransform at, double x, double y, double size, boolean bold, String anchor, Color color, String text) {
	}

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)([^>]*?)(/?)>");
	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");
	private static final Pattern TRANSFORM = Pattern.compile("(translate|scale)\\(\\s*([-0-9.eE]+)(?:[\\s,]+([-0-9.eE]+))?\\s*\\)");
	private static final Pattern TEXT_ELEMENT = Pattern.compile("<text\\b[^>]*>[^<]*</text>");
	private static final Pattern CHARACTER = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

	/**
	 * A diagram ready to paint, read once and painted on every printing of its page (a sujet is printed twice, the first
	 * time to count its pages).
	 *
	 * @param shapes the diagram without its texts, loaded by jsvg
	 * @param texts its texts, painted apart in the document's fonts
	 * @param width its width in SVG units
	 * @param height its height in SVG units
	 */
	record Drawing(SVGDocument shapes, List<Text> texts, double width, double height) {

		/**
		 * @param svg an SVG document written by the diagram renderer
		 * @return the diagram read
		 * @throws IllegalArgumentException when the document is too large or unreadable
		 */
		static Drawing of(String svg) {
			double[] size = PrintFit.size(svg);
			return new Drawing(PngRenderer.load(withoutTexts(svg)), SvgPainter.texts(svg), size[0], size[1]);
		}
	}

	private SvgPainter() {
	}

	/**
	 * @param drawing the diagram
	 * @param g where to paint; its units are those of the box
	 * @param width the width of the box
	 * @param height the height of the box
	 * @param regular the font of plain texts
	 * @param bold the font of bold texts
	 */
	static void paint(Drawing drawing, Graphics2D g, double width, double height, Font regular, Font bold) {
		double scale = Math.min(width / drawing.width(), height / drawing.height());
		AffineTransform saved = g.getTransform();
		g.scale(scale, scale);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		drawing.shapes().render(null, g);
		AffineTransform diagram = g.getTransform();
		for (Text t : drawing.texts()) {
			// the style tells the PDF device which of its fonts to use; the bold file gives the widths
			Font font = t.bold() ? bold.deriveFont(Font.BOLD, (float) t.size()) : regular.deriveFont((float) t.size());
			double x = t.x();
			if (!"start".equals(t.anchor())) {
				double advance = font.getStringBounds(t.text(), g.getFontRenderContext()).getWidth();
				x -= "middle".equals(t.anchor()) ? advance / 2 : advance;
			}
			g.setTransform(diagram);
			g.transform(t.at());
			g.setFont(font);
			g.setColor(t.color());
			g.drawString(t.text(), (float) x, (float) t.y());
		}
		g.setTransform(saved);
	}

	/** @return the SVG without its texts, which are painted apart */
	static String withoutTexts(String svg) {
		return TEXT_ELEMENT.matcher(svg).replaceAll("");
	}

	/** @return the texts of the SVG in document order, each with the transform of the groups around it */
	static List<Text> texts(String svg) {
		List<Text> texts = new ArrayList<>();
		Deque<AffineTransform> groups = new ArrayDeque<>();
		AffineTransform current = new AffineTransform();
		Matcher tag = TAG.matcher(svg);
		int from = 0;
		while (tag.find(from)) {
			from = tag.end();
			String name = tag.group(2);
			boolean closing = !tag.group(1).isEmpty();
			boolean empty = !tag.group(4).isEmpty();
			if (closing) {
				if (!"text".equals(name) && !groups.isEmpty()) {
					current = groups.pop();
				}
				continue;
			}
			String attributes = tag.group(3);
			if ("text".equals(name) && !empty) {
				int end = svg.indexOf("</text>", from);
				if (end < 0) {
					break;
				}
				texts.add(text(current, attributes, unescape(svg.substring(from, end))));
				from = end + "</text>".length();
				continue;
			}
			if (empty) {
				continue;
			}
			groups.push(current);
			String transform = attribute(attributes, "transform");
			if (transform != null) {
				current = new AffineTransform(current);
				Matcher step = TRANSFORM.matcher(transform);
				while (step.find()) {
					double a = Double.parseDouble(step.group(2));
					double b = step.group(3) == null ? ("scale".equals(step.group(1)) ? a : 0) : Double.parseDouble(step.group(3));
					if ("translate".equals(step.group(1))) {
						current.translate(a, b);
					} else {
						current.scale(a, b);
					}
				}
			}
		}
		return texts;
	}

	private static Text text(AffineTransform at, String attributes, String content) {
		String size = attribute(attributes, "font-size");
		String anchor = attribute(attributes, "text-anchor");
		return new Text(at, number(attribute(attributes, "x")), number(attribute(attributes, "y")), size == null ? 12 : number(size),
				"bold".equals(attribute(attributes, "font-weight")), anchor == null ? "start" : anchor, color(attribute(attributes, "fill")),
				content);
	}

	private static String attribute(String attributes, String name) {
		Matcher m = ATTRIBUTE.matcher(attributes);
		while (m.find()) {
			if (m.group(1).equals(name)) {
				return m.group(2);
			}
		}
		return null;
	}

	private static double number(String value) {
		return value == null ? 0 : Double.parseDouble(value);
	}

	private static Color color(String fill) {
		if (fill != null && fill.matches("#[0-9a-fA-F]{6}")) {
			return new Color(Integer.parseInt(fill.substring(1), 16));
		}
		if (fill != null && fill.matches("#[0-9a-fA-F]{3}")) {
			int r = Character.digit(fill.charAt(1), 16), g = Character.digit(fill.charAt(2), 16), b = Character.digit(fill.charAt(3), 16);
			return new Color(r * 17, g * 17, b * 17);
		}
		return Color.BLACK;
	}

	static String unescape(String text) {
		Matcher m = CHARACTER.matcher(text);
		StringBuilder sb = new StringBuilder(text.length());
		while (m.find()) {
			String entity = m.group(1);
			String replacement = switch (entity) {
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "quot" -> "\"";
			case "apos" -> "'";
			default -> Character.toString(entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1)));
			};
			m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(sb);
		return sb.toString();
	}
}
