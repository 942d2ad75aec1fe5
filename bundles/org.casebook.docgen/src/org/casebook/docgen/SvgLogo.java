// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.casebook.dsl.load.InputFiles;
import org.casebook.model.text.FileErrors;
import org.casebook.model.text.Printable;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;

/**
 * Checks an SVG logo and draws it as a PNG. A logo is a self-contained drawing: no DOCTYPE (hence no entity), no
 * script, no event attribute, no embedded HTML, object or image, no processing instruction (an external style sheet)
 * and no reference to anything but itself. What passes is embedded as it is in an HTML page,
 * where an image is never scripted anyway, and drawn with jsvg for the other formats.
 */
final class SvgLogo {

	/** Namespace of SVG. */
	private static final String SVG_NS = "http://www.w3.org/2000/svg";

	/** Namespace of XHTML, whose elements may not appear in a logo. */
	private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

	/** Elements that run code, embed other documents or play media. */
	private static final Set<String> REFUSED = Set.of("script", "foreignobject", "iframe", "embed", "object", "audio", "video", "canvas",
			"handler", "listener", "discard");

	/** Most elements in a logo: a drawing of a few hundred shapes is already rich. */
	static final int MAX_ELEMENTS = 20_000;

	/** Deepest nesting of elements in a logo. */
	static final int MAX_DEPTH = 100;

	/** Largest size of the drawing in SVG units, against absurd sizes. */
	static final double MAX_UNITS = 100_000;

	/** Longest side of the PNG drawn from a logo, in pixels: a logo is printed about 4 cm wide. */
	static final int RASTER_SIDE = 800;

	/** The library's logger, silenced: problems are reported with a French message. */
	private static final java.util.logging.Logger JSVG_LOG = java.util.logging.Logger.getLogger("com.github.weisj.jsvg");

	static {
		JSVG_LOG.setLevel(java.util.logging.Level.OFF);
	}

	private SvgLogo() {
	}

	/**
	 * @param bytes the content of a file named {@code .svg}
	 * @throws InputFiles.RefusedInput when it is not an SVG drawing, refers to something outside itself, holds a script
	 *         or cannot be drawn
	 */
	static void check(byte[] bytes) throws InputFiles.RefusedInput {
		String text = decode(bytes);
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.contains("<!doctype") || lower.contains("<!entity")) {
			throw new InputFiles.RefusedInput("image SVG avec une déclaration DOCTYPE ou des entités : refusée (supprimer la ligne <!DOCTYPE …>)");
		}
		Document document = parse(text);
		for (Node n = document.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
				throw new InputFiles.RefusedInput("image SVG avec une instruction <?" + Printable.of(n.getNodeName())
						+ " …?> (feuille de style externe) : refusée");
			}
		}
		Element root = document.getDocumentElement();
		if (!"svg".equals(root.getLocalName()) || root.getNamespaceURI() != null && !SVG_NS.equals(root.getNamespaceURI())) {
			throw new InputFiles.RefusedInput("ce n'est pas une image SVG (l'élément racine est <" + Printable.of(root.getNodeName()) + ">)");
		}
		walk(root);
		draw(bytes);
	}

	/**
	 * @param bytes an SVG logo accepted by {@link #check(byte[])}
	 * @return a PNG of it, its longest side {@value #RASTER_SIDE} pixels, on a transparent background
	 * @throws IOException when it cannot be drawn
	 */
	static byte[] raster(byte[] bytes) throws IOException {
		try {
			SVGDocument document = draw(bytes);
			FloatSize size = document.size();
			double scale = RASTER_SIDE / Math.max(size.width, size.height);
			int width = Math.max(1, (int) Math.round(size.width * scale));
			int height = Math.max(1, (int) Math.round(size.height * scale));
			BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
			Graphics2D g = image.createGraphics();
			try {
				g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
				g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
				g.scale(scale, scale);
				document.render(null, g);
			} finally {
				g.dispose();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		} catch (InputFiles.RefusedInput e) {
			throw new IOException("logo SVG : " + e.getMessage());
		} catch (RuntimeException e) {
			throw new IOException("logo SVG impossible à dessiner (" + FileErrors.reason(e) + ")");
		}
	}

	private static String decode(byte[] bytes) throws InputFiles.RefusedInput {
		try {
			int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
			return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		} catch (java.nio.charset.CharacterCodingException e) {
			throw new InputFiles.RefusedInput("image SVG qui n'est pas en UTF-8 : l'enregistrer en UTF-8");
		}
	}

	private static Document parse(String text) throws InputFiles.RefusedInput {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			try {
				// the JDK's own limit, where it has one, is set to ours: the parser stops there instead of reading on
				factory.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
			} catch (IllegalArgumentException e) {
				// a parser without this limit: the depth is checked by the walk that follows
			}
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setEntityResolver((publicId, systemId) -> {
				throw new SAXException("entité externe");
			});
			builder.setErrorHandler(new ErrorHandler() {
				@Override
				public void warning(SAXParseException e) {
					// a warning does not stop the reading
				}

				@Override
				public void error(SAXParseException e) throws SAXException {
					throw e;
				}

				@Override
				public void fatalError(SAXParseException e) throws SAXException {
					throw e;
				}
			});
			return builder.parse(new InputSource(new StringReader(text)));
		} catch (SAXParseException e) {
			if (e.getMessage() != null && e.getMessage().contains("maxElementDepth")) {
				throw tooDeep();
			}
			throw new InputFiles.RefusedInput("image SVG illisible : XML mal formé à la ligne " + e.getLineNumber() + ", colonne " + e.getColumnNumber());
		} catch (SAXException | IOException | ParserConfigurationException | IllegalArgumentException e) {
			throw new InputFiles.RefusedInput("image SVG illisible (XML mal formé)");
		}
	}

	/** Visits every element without recursion, refusing what could run, fetch or embed anything. */
	private static void walk(Element root) throws InputFiles.RefusedInput {
		record Visit(Element element, int depth) {
		}
		Deque<Visit> pending = new ArrayDeque<>();
		pending.push(new Visit(root, 1));
		int elements = 0;
		while (!pending.isEmpty()) {
			Visit visit = pending.pop();
			Element e = visit.element();
			if (++elements > MAX_ELEMENTS) {
				throw new InputFiles.RefusedInput("image SVG de plus de " + MAX_ELEMENTS + " éléments : trop complexe pour un logo");
			}
			if (visit.depth() > MAX_DEPTH) {
				throw tooDeep();
			}
			String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
			if (REFUSED.contains(name.toLowerCase(Locale.ROOT)) || XHTML_NS.equals(e.getNamespaceURI())) {
				throw new InputFiles.RefusedInput("image SVG avec un élément <" + Printable.of(e.getNodeName())
						+ "> (script, page ou objet incorporé) : refusée");
			}
			NamedNodeMap attributes = e.getAttributes();
			for (int i = 0; i < attributes.getLength(); i++) {
				checkAttribute((Attr) attributes.item(i));
			}
			if ("style".equals(name)) {
				checkStyle(e.getTextContent(), "<style>");
			}
			for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof Element element) {
					pending.push(new Visit(element, visit.depth() + 1));
				} else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
					throw new InputFiles.RefusedInput("image SVG avec une instruction <?" + Printable.of(child.getNodeName()) + " …?> : refusée");
				}
			}
		}
	}

	private static InputFiles.RefusedInput tooDeep() {
		return new InputFiles.RefusedInput("image SVG imbriquée sur plus de " + MAX_DEPTH + " niveaux : refusée");
	}

	private static void checkAttribute(Attr attribute) throws InputFiles.RefusedInput {
		String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
		String lower = name.toLowerCase(Locale.ROOT);
		String value = attribute.getValue();
		if (lower.startsWith("on")) {
			throw new InputFiles.RefusedInput("image SVG avec un attribut d'événement « " + Printable.of(attribute.getName()) + " » (script) : refusée");
		}
		if (lower.equals("href") || lower.equals("src")) {
			String target = value.strip();
			if (target.regionMatches(true, 0, "data:", 0, 5)) {
				throw new InputFiles.RefusedInput("image SVG qui incorpore une autre image : refusée (donner directement le PNG ou le JPEG comme logo)");
			}
			if (!target.startsWith("#")) {
				throw new InputFiles.RefusedInput("image SVG avec une référence externe « " + Printable.of(target)
						+ " » : refusée (le logo doit tenir dans son fichier)");
			}
		}
		if (value.toLowerCase(Locale.ROOT).replaceAll("\\s", "").contains("javascript:")) {
			throw new InputFiles.RefusedInput("image SVG avec du code javascript: dans l'attribut « " + Printable.of(attribute.getName()) + " » : refusée");
		}
		checkStyle(value, "l'attribut « " + Printable.of(attribute.getName()) + " »");
	}

	/** Refuses {@code @import} and every {@code url(…)} that is not a fragment of the drawing. */
	private static void checkStyle(String css, String where) throws InputFiles.RefusedInput {
		String lower = css.toLowerCase(Locale.ROOT);
		if (lower.contains("@import")) {
			throw new InputFiles.RefusedInput("image SVG avec @import dans " + where + " : refusée (feuille de style externe)");
		}
		for (int at = lower.indexOf("url("); at >= 0; at = lower.indexOf("url(", at + 4)) {
			int i = at + 4;
			while (i < css.length() && (Character.isWhitespace(css.charAt(i)) || css.charAt(i) == '"' || css.charAt(i) == '\'')) {
				i++;
			}
			String rest = css.substring(i, Math.min(css.length(), i + 40));
			if (!rest.startsWith("#")) {
				throw new InputFiles.RefusedInput("image SVG avec une référence externe url(" + Printable.of(rest) + "…) dans " + where
						+ " : refusée (le logo doit tenir dans son fichier)");
			}
		}
	}

	/** @return the drawing, loaded by jsvg with its default limits for untrusted files */
	private static SVGDocument draw(byte[] bytes) throws InputFiles.RefusedInput {
		System.setProperty("java.awt.headless", "true");
		SVGDocument document;
		try {
			document = new SVGLoader().load(new ByteArrayInputStream(bytes), null, LoaderContext.builder().build());
		} catch (RuntimeException e) {
			document = null;
		}
		if (document == null) {
			throw new InputFiles.RefusedInput("image SVG illisible (le dessin ne peut pas être lu)");
		}
		FloatSize size = document.size();
		if (!(size.width > 0 && size.height > 0) || size.width > MAX_UNITS || size.height > MAX_UNITS) {
			throw new InputFiles.RefusedInput(String.format(Locale.FRANCE, "image SVG de %.0f × %.0f : taille absente ou hors de 1 à %.0f"
					+ " (attributs width, height ou viewBox)", size.width, size.height, MAX_UNITS));
		}
		return document;
	}
}
