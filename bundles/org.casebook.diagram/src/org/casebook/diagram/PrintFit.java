// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses how a diagram is printed: on an A4 portrait page, an A4 landscape page or an A3 landscape fold-out, at a
 * scale that keeps every text at {@link #MIN_TEXT_PT} or more, as every paged writer (PDF, DOCX, ODT) prints it.
 */
public final class PrintFit {

	/** The smallest printed size, in points, of any text of a diagram. */
	public static final double MIN_TEXT_PT = 7;

	/** Points per SVG unit at the natural size (1 unit = 1 CSS pixel = 0.75 pt); diagrams are never enlarged. */
	public static final double NATURAL = 0.75;

	private static final double PT_PER_MM = 72 / 25.4;

	/** The shape of the page a diagram is printed on, with the area left for it (text area less its caption). */
	public enum Page {
		/** A4 portrait, the page of the rest of the document. */
		PORTRAIT(210, 297, 176, 238),
		/** A4 landscape, a page of its own. */
		LANDSCAPE(297, 210, 263, 150),
		/** A3 landscape, a fold-out page of its own. */
		A3_LANDSCAPE(420, 297, 386, 245);

		private final double pageWidthMm;
		private final double pageHeightMm;
		private final double areaWidthMm;
		private final double areaHeightMm;

		Page(double pageWidthMm, double pageHeightMm, double areaWidthMm, double areaHeightMm) {
			this.pageWidthMm = pageWidthMm;
			this.pageHeightMm = pageHeightMm;
			this.areaWidthMm = areaWidthMm;
			this.areaHeightMm = areaHeightMm;
		}

		/** @return the page width in millimetres */
		public double pageWidthMm() {
			return pageWidthMm;
		}

		/** @return the page height in millimetres */
		public double pageHeightMm() {
			return pageHeightMm;
		}

		/** @return the width left for a diagram, in millimetres */
		public double areaWidthMm() {
			return areaWidthMm;
		}

		/** @return the height left for a diagram, in millimetres */
		public double areaHeightMm() {
			return areaHeightMm;
		}

		/** @return a word for style and page names: {@code portrait}, {@code paysage}, {@code a3} */
		public String word() {
			return switch (this) {
			case PORTRAIT -> "portrait";
			case LANDSCAPE -> "paysage";
			case A3_LANDSCAPE -> "a3";
			};
		}
	}

	/**
	 * Where and how large a diagram is printed.
	 *
	 * @param page the page shape
	 * @param widthMm the printed width
	 * @param heightMm the printed height
	 * @param ptPerUnit points per SVG unit
	 * @param smallestTextPt the printed size of the smallest text
	 */
	public record Placement(Page page, double widthMm, double heightMm, double ptPerUnit, double smallestTextPt) {

		/** @return whether every text is printed at {@link PrintFit#MIN_TEXT_PT} or more */
		public boolean legible() {
			return smallestTextPt >= MIN_TEXT_PT - 1e-6;
		}
	}

	private static final Pattern WIDTH = Pattern.compile("<svg[^>]*?\\swidth=\"([0-9.]+)\"");
	private static final Pattern HEIGHT = Pattern.compile("<svg[^>]*?\\sheight=\"([0-9.]+)\"");
	private static final Pattern FONT = Pattern.compile("font-size=\"([0-9.]+)\"");

	private PrintFit() {
	}

	/**
	 * @param svg an SVG document of {@link SvgRenderer}
	 * @return its width and height in units
	 */
	public static double[] size(String svg) {
		return new double[] { number(WIDTH, svg), number(HEIGHT, svg) };
	}

	/**
	 * @param svg an SVG document
	 * @return the smallest {@code font-size} it uses, in units
	 */
	public static double smallestFont(String svg) {
		Matcher m = FONT.matcher(svg);
		double min = Double.MAX_VALUE;
		while (m.find()) {
			min = Math.min(min, Double.parseDouble(m.group(1)));
		}
		return min == Double.MAX_VALUE ? DiagramLayout.TEXT_SIZE : min;
	}

	private static double number(Pattern p, String svg) {
		Matcher m = p.matcher(svg);
		if (!m.find()) {
			throw new IllegalArgumentException("SVG sans dimensions");
		}
		return Double.parseDouble(m.group(1));
	}

	/**
	 * @param svg an SVG document of {@link SvgRenderer}
	 * @return the first page shape (portrait, landscape, A3) on which it is legible, or the placement with the
	 *         largest text when none is
	 */
	public static Placement place(String svg) {
		double[] size = size(svg);
		return place(size[0], size[1], smallestFont(svg));
	}

	/**
	 * @param width width in SVG units
	 * @param height height in SVG units
	 * @param smallestFont smallest font size in SVG units
	 * @return the first legible placement, or the one with the largest text
	 */
	public static Placement place(double width, double height, double smallestFont) {
		Placement best = null;
		for (Page page : Page.values()) {
			Placement p = on(page, width, height, smallestFont);
			if (p.legible()) {
				return p;
			}
			if (best == null || p.smallestTextPt() > best.smallestTextPt()) {
				best = p;
			}
		}
		return best;
	}

	/**
	 * @return the placement on that page: the natural size, or smaller to fit the area
	 */
	public static Placement on(Page page, double width, double height, double smallestFont) {
		double scale = Math.min(NATURAL, Math.min(page.areaWidthMm() * PT_PER_MM / width, page.areaHeightMm() * PT_PER_MM / height));
		return new Placement(page, width * scale / PT_PER_MM, height * scale / PT_PER_MM, scale, smallestFont * scale);
	}
}
