// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.casebook.dsl.load.InputFiles;

/**
 * The school's logo: a real PNG or JPEG image of at most {@value #MAX_BYTES} bytes and {@value #MAX_SIDE} pixels a
 * side, or an SVG drawing that refers to nothing outside itself, decoded before use, so that no other file can be
 * embedded in the documents under a logo's name. An SVG logo is embedded as it is in HTML pages and as a PNG drawn
 * from it in the PDF, DOCX and ODT documents.
 */
public final class Logo {

	/** Largest logo file: 2 MiB, far above a logo's few kilobytes. */
	public static final long MAX_BYTES = 2L * 1024 * 1024;

	/** Largest side of a logo, in pixels. */
	public static final int MAX_SIDE = 4000;

	/** Image formats of a logo. */
	public enum Type {
		/** Portable Network Graphics. */
		PNG("png", "image/png"),
		/** JPEG. */
		JPEG("jpeg", "image/jpeg"),
		/** Scalable Vector Graphics, checked by {@link SvgLogo}. */
		SVG("svg", "image/svg+xml");

		private final String word;
		private final String mime;

		Type(String word, String mime) {
			this.word = word;
			this.mime = mime;
		}

		/** @return {@code png} or {@code jpeg} */
		public String word() {
			return word;
		}

		/** @return the media type */
		public String mime() {
			return mime;
		}
	}

	/**
	 * A logo read and checked.
	 *
	 * @param bytes the file's bytes
	 * @param type its format
	 */
	public record Image(byte[] bytes, Type type) {

		/**
		 * @return the logo as PNG or JPEG, for the formats that embed pictures: an SVG logo is drawn as a PNG
		 * @throws IOException when the drawing fails
		 */
		public Image raster() throws IOException {
			return type == Type.SVG ? new Image(SvgLogo.raster(bytes), Type.PNG) : this;
		}
	}

	private Logo() {
	}

	/**
	 * Reads the logo again when a document is written, with the same checks.
	 *
	 * @param file the logo of the settings
	 * @return its bytes and format
	 * @throws IOException with a French message when it is no longer a valid logo
	 */
	public static Image read(Path file) throws IOException {
		try {
			byte[] bytes = InputFiles.read(file, null, MAX_BYTES, "logo");
			return new Image(bytes, check(file, bytes));
		} catch (InputFiles.RefusedInput e) {
			throw new IOException("logo " + file.getFileName() + " : " + e.getMessage());
		}
	}

	/**
	 * @param file the logo's path, for its extension
	 * @param bytes its content
	 * @return its format
	 * @throws InputFiles.RefusedInput when it is not a PNG, JPEG or SVG image matching its extension, cannot be decoded,
	 *         is too large or, for an SVG drawing, refers to anything outside itself
	 */
	public static Type check(Path file, byte[] bytes) throws InputFiles.RefusedInput {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		Type expected = name.endsWith(".png") ? Type.PNG
				: name.endsWith(".jpg") || name.endsWith(".jpeg") ? Type.JPEG : name.endsWith(".svg") ? Type.SVG : null;
		if (expected == null) {
			throw new InputFiles.RefusedInput("image PNG, JPEG ou SVG attendue (extension .png, .jpg, .jpeg ou .svg)");
		}
		Type actual = sniff(bytes);
		if (expected == Type.SVG && actual == null) {
			SvgLogo.check(bytes);
			return Type.SVG;
		}
		if (actual == null) {
			throw new InputFiles.RefusedInput("ce n'est pas une image " + expected.name() + " (le contenu du fichier n'en a pas la signature)");
		}
		if (actual != expected) {
			throw new InputFiles.RefusedInput("image " + actual.name() + " sous une extension " + expected.name() + " : renommer le fichier");
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(actual.word());
			if (!readers.hasNext()) {
				throw new InputFiles.RefusedInput("image " + actual.name() + " illisible (aucun décodeur)");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
					throw new InputFiles.RefusedInput("image de " + width + " × " + height + " pixels : au plus " + MAX_SIDE + " pixels de côté");
				}
				BufferedImage image = reader.read(0);
				if (image == null) {
					throw new InputFiles.RefusedInput("image " + actual.name() + " illisible");
				}
			} finally {
				reader.dispose();
			}
		} catch (IOException | RuntimeException e) {
			throw new InputFiles.RefusedInput("image " + actual.name() + " illisible ou tronquée");
		}
		return actual;
	}

	private static Type sniff(byte[] b) {
		if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D && b[5] == 0x0A
				&& b[6] == 0x1A && b[7] == 0x0A) {
			return Type.PNG;
		}
		if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return Type.JPEG;
		}
		return null;
	}
}
