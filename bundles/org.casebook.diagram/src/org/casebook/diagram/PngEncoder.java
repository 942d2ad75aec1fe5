// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an RGB image as PNG, several times faster than the JDK's ImageIO writer on diagrams: one filter for every row
 * ("Up", which turns the large flat areas and the vertical edges of a diagram into zeros) and a fast deflate level,
 * where ImageIO tries the five filters on every row and compresses harder. The file is somewhat larger and the pixels
 * are the same.
 */
public final class PngEncoder {

	/** Deflate level: the fastest; the files of diagrams are hardly smaller at 3, and not much smaller at 6, for several times the time. */
	static final int LEVEL = 1;

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
	private static final int FILTER_UP = 2;
	private static final int IDAT_SIZE = 1 << 16;

	private PngEncoder() {
	}

	/**
	 * @param image an image of type {@link BufferedImage#TYPE_INT_RGB}
	 * @return its PNG bytes: 8-bit RGB, no interlacing
	 */
	public static byte[] encode(BufferedImage image) {
		if (image.getType() != BufferedImage.TYPE_INT_RGB) {
			throw new IllegalArgumentException("image RGB attendue");
		}
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		int stride = ((SinglePixelPackedSampleModel) image.getSampleModel()).getScanlineStride();
		// a sub-image shares its parent's pixels: its rows start where the translation of its sample model says
		int offset = image.getRaster().getDataBuffer().getOffset() - image.getRaster().getSampleModelTranslateY() * stride
				- image.getRaster().getSampleModelTranslateX();
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, width * height / 8));
		out.writeBytes(SIGNATURE);
		byte[] header = new byte[13];
		putInt(header, 0, width);
		putInt(header, 4, height);
		header[8] = 8; // bits per sample
		header[9] = 2; // colour type: RGB
		chunk(out, "IHDR", header, header.length);

		Deflater deflater = new Deflater(LEVEL);
		byte[] compressed = new byte[IDAT_SIZE];
		int pending = 0;
		int rowBytes = 1 + 3 * width;
		byte[] row = new byte[rowBytes];
		byte[] previous = new byte[rowBytes];
		byte[] filtered = new byte[rowBytes];
		try {
			for (int y = 0; y < height; y++) {
				int base = offset + y * stride;
				for (int x = 0, i = 1; x < width; x++, i += 3) {
					int rgb = pixels[base + x];
					row[i] = (byte) (rgb >> 16);
					row[i + 1] = (byte) (rgb >> 8);
					row[i + 2] = (byte) rgb;
				}
				filtered[0] = FILTER_UP;
				for (int i = 1; i < rowBytes; i++) {
					filtered[i] = (byte) (row[i] - previous[i]);
				}
				byte[] swap = previous;
				previous = row;
				row = swap;
				deflater.setInput(filtered, 0, rowBytes);
				while (!deflater.needsInput()) {
					pending += deflater.deflate(compressed, pending, compressed.length - pending);
					if (pending == compressed.length) {
						chunk(out, "IDAT", compressed, pending);
						pending = 0;
					}
				}
			}
			deflater.finish();
			while (!deflater.finished()) {
				pending += deflater.deflate(compressed, pending, compressed.length - pending);
				if (pending == compressed.length) {
					chunk(out, "IDAT", compressed, pending);
					pending = 0;
				}
			}
			if (pending > 0) {
				chunk(out, "IDAT", compressed, pending);
			}
		} finally {
			deflater.end();
		}
		chunk(out, "IEND", new byte[0], 0);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
		byte[] word = new byte[4];
		putInt(word, 0, length);
		out.writeBytes(word);
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(name);
		out.write(data, 0, length);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data, 0, length);
		putInt(word, 0, (int) crc.getValue());
		out.writeBytes(word);
	}

	private static void putInt(byte[] bytes, int at, int value) {
		bytes[at] = (byte) (value >>> 24);
		bytes[at + 1] = (byte) (value >>> 16);
		bytes[at + 2] = (byte) (value >>> 8);
		bytes[at + 3] = (byte) value;
	}
}
