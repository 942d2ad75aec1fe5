// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;

/** Rasterises the SVG of a diagram to PNG with jsvg, headless, encoded by {@link PngEncoder}. */
public final class PngRenderer {

	/** Largest side of a PNG, in pixels: larger drawings are scaled down to stay printable and small. */
	public static final int MAX_SIDE = 8000;

	/** Pixels drawn at once: 4 million, 16 MB. */
	private static final int BAND_PIXELS = 4 << 20;

	/** The library's logger, silenced: problems are reported as exceptions with a French message. */
	private static final java.util.logging.Logger JSVG_LOG = java.util.logging.Logger.getLogger("com.github.weisj.jsvg");

	static {
		JSVG_LOG.setLevel(java.util.logging.Level.OFF);
	}

	/** Our own SVG can be large (thousands of shapes): the default limits of the loader, meant for untrusted files, are raised. */
	private static final LoaderContext CONTEXT = LoaderContext.builder()
			.documentLimits(new DocumentLimits(DocumentLimits.DEFAULT_MAX_NESTING_DEPTH, DocumentLimits.DEFAULT_MAX_USE_NESTING_DEPTH, 5_000_000))
			.build();

	private PngRenderer() {
	}

	/**
	 * @param svg an SVG document produced by {@link SvgRenderer}
	 * @return the document loaded by jsvg, ready to be drawn on any graphics
	 * @throws IllegalArgumentException when the document is too large or unreadable
	 */
	public static SVGDocument load(String svg) {
		SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null, CONTEXT);
		if (document == null) {
			throw new IllegalArgumentException("schéma trop grand ou illisible pour être dessiné");
		}
		return document;
	}

	/**
	 * @param svg an SVG document produced by {@link SvgRenderer}
	 * @param scale pixels per SVG unit (2 gives print quality)
	 * @return the PNG bytes
	 */
	public static byte[] render(String svg, double scale) {
		return render(svg, scale, false);
	}

	/**
	 * @param svg an SVG document produced by {@link SvgRenderer}
	 * @param scale pixels per SVG unit
	 * @param rotate whether to turn the picture a quarter turn clockwise, to print a wide diagram on a portrait page
	 * @return the PNG bytes
	 */
	public static byte[] render(String svg, double scale, boolean rotate) {
		System.setProperty("java.awt.headless", "true");
		SVGDocument document = load(svg);
		FloatSize size = document.size();
		double effective = Math.min(scale, MAX_SIDE / Math.max(size.width, size.height));
		int width = Math.max(1, (int) Math.ceil(size.width * effective));
		int height = Math.max(1, (int) Math.ceil(size.height * effective));
		int pictureWidth = rotate ? height : width;
		int pictureHeight = rotate ? width : height;
		// drawn in bands of at most BAND_PIXELS pixels, each compressed before the next is drawn: a large diagram at print
		// resolution would otherwise hold hundreds of megabytes of pixels at once
		int band = Math.max(1, Math.min(pictureHeight, BAND_PIXELS / pictureWidth));
		BufferedImage image = new BufferedImage(pictureWidth, band, BufferedImage.TYPE_INT_RGB);
		PngEncoder.Rows png = new PngEncoder.Rows(pictureWidth, pictureHeight);
		for (int top = 0; top < pictureHeight; top += band) {
			Graphics2D g = image.createGraphics();
			try {
				g.setColor(java.awt.Color.WHITE);
				g.fillRect(0, 0, image.getWidth(), image.getHeight());
				g.translate(0, -top);
				if (rotate) {
					g.translate(height, 0);
					g.rotate(Math.PI / 2);
				}
				g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
				g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
				g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
				g.scale(effective, effective);
				document.render(null, g);
			} finally {
				g.dispose();
			}
			png.add(image, Math.min(band, pictureHeight - top));
		}
		return png.finish();
	}
}
