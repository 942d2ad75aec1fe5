// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.w3c.dom.Element;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;

/**
 * Draws the diagrams of a document into its PDF as vectors: the {@code object} elements that the print page holds in
 * their place are painted by {@link SvgPainter} on the PDF page, their texts in the embedded DejaVu fonts.
 */
final class PdfDiagrams implements FSObjectDrawerFactory {

	/** The type of the {@code object} element that stands for a diagram in the print page. */
	static final String TYPE = "application/x-casebook-diagram";

	/**
	 * The system property that prints the diagrams of a PDF as PNG pictures instead of vectors when set to {@code png}, as
	 * they were before: the document benchmark compares both.
	 */
	static final String PICTURES = "casebook.pdf.schemas";

	/** The fonts read from their files, once per file. */
	private static final ConcurrentHashMap<Path, Font> FONTS = new ConcurrentHashMap<>();

	private final List<Doc.Figure> figures;
	private final Font regular;
	private final Font bold;

	/**
	 * @param doc the document whose figures are drawn, in the order paged formats print them
	 * @param regular the file of the plain font
	 * @param bold the file of the bold font, or null to draw bold texts in the plain one
	 * @throws IOException when a font cannot be read
	 */
	PdfDiagrams(Doc doc, Path regular, Path bold) throws IOException {
		this.figures = doc.paged().stream().filter(Doc.Figure.class::isInstance).map(Doc.Figure.class::cast).toList();
		this.regular = font(regular);
		this.bold = bold == null ? this.regular : font(bold);
	}

	/** @return whether the diagrams of a PDF are drawn as vectors, which they are unless {@link #PICTURES} says {@code png} */
	static boolean vectors() {
		return !"png".equals(System.getProperty(PICTURES));
	}

	@Override
	public boolean isReplacedObject(Element e) {
		return TYPE.equals(e.getAttribute("type"));
	}

	@Override
	public FSObjectDrawer createDrawer(Element e) {
		if (!isReplacedObject(e)) {
			return null;
		}
		Doc.Figure figure = figures.get(Integer.parseInt(e.getAttribute("data-figure")));
		return (element, x, y, width, height, device, context, dotsPerPixel) -> {
			double w = width / dotsPerPixel;
			double h = height / dotsPerPixel;
			device.drawWithGraphics((float) x, (float) y, (float) w, (float) h, g -> SvgPainter.paint(figure.drawing(), g, w, h, regular, bold));
			return null;
		};
	}

	private static Font font(Path file) throws IOException {
		try {
			return FONTS.computeIfAbsent(file, f -> {
				try {
					return Font.createFont(Font.TRUETYPE_FONT, f.toFile());
				} catch (FontFormatException | IOException ex) {
					throw new IllegalStateException(ex);
				}
			});
		} catch (IllegalStateException ex) {
			throw new IOException("police illisible : " + file, ex.getCause());
		}
	}
}
