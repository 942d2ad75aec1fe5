// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.casebook.diagram.PngEncoder;
import org.junit.jupiter.api.Test;

/** The PNG encoder of the diagrams: what a standard decoder reads back is exactly the image that was encoded. */
class PngEncoderTest {

	/** Every pixel survives, whatever its neighbours: flat areas, anti-aliased drawing and noise, on odd sizes. */
	@Test
	void decodesToTheSamePixels() throws IOException {
		Random random = new Random(17);
		for (int[] size : new int[][] { { 1, 1 }, { 3, 7 }, { 257, 130 }, { 640, 481 } }) {
			BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, size[0], size[1]);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(new Color(0x1f4e79));
			g.drawOval(0, 0, size[0] - 1, size[1] - 1);
			g.drawString("Légende", 2, size[1] / 2);
			g.dispose();
			for (int i = 0; i < size[0] * size[1] / 10; i++) {
				image.setRGB(random.nextInt(size[0]), random.nextInt(size[1]), random.nextInt(1 << 24));
			}
			BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));
			assertThat(read.getWidth()).isEqualTo(size[0]);
			assertThat(read.getHeight()).isEqualTo(size[1]);
			for (int y = 0; y < size[1]; y++) {
				for (int x = 0; x < size[0]; x++) {
					assertThat(read.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d of %dx%d", x, y, size[0], size[1])
							.isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
				}
			}
		}
	}

	/**
	 * The shapes of a diagram, whose bytes the encoder writes as repeats: rows equal to the one above, long flat runs,
	 * horizontal edges (the same change under every pixel), and rows that differ from the one above in one place only.
	 */
	@Test
	void decodesDiagramShapes() throws IOException {
		Random random = new Random(5);
		for (int round = 0; round < 20; round++) {
			int width = 1 + random.nextInt(900);
			int height = 1 + random.nextInt(300);
			BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setColor(random.nextBoolean() ? Color.WHITE : Color.BLACK);
			g.fillRect(0, 0, width, height);
			for (int shape = 0; shape < 12; shape++) {
				g.setColor(new Color(random.nextInt(1 << 24)));
				int x = random.nextInt(width);
				int y = random.nextInt(height);
				switch (random.nextInt(4)) {
				case 0 -> g.fillRect(x, y, 1 + random.nextInt(width), 1 + random.nextInt(height));
				case 1 -> g.drawLine(0, y, width, y);
				case 2 -> g.drawLine(x, 0, x, height);
				default -> image.setRGB(x, y, random.nextInt(1 << 24));
				}
			}
			g.dispose();
			assertDecodesTo(image, PngEncoder.encode(image));
		}
	}

	/** A nearly blank diagram at print resolution is written as repeats: less than a hundredth of its 12 million bytes of pixels. */
	@Test
	void writesFlatAreasAsRepeats() throws IOException {
		BufferedImage image = new BufferedImage(2000, 2000, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 2000, 2000);
		g.setColor(new Color(0x1f4e79));
		g.fillRect(100, 100, 800, 300);
		g.dispose();
		byte[] png = PngEncoder.encode(image);
		assertThat(png.length).isLessThan(2000 * 2000 * 3 / 100);
		assertDecodesTo(image, png);
	}

	/** A picture drawn and encoded in bands (more than 4 million pixels) is continuous across the bands. */
	@Test
	void encodesAPictureDrawnInBands() throws IOException {
		String svg = """
				<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="3000" viewBox="0 0 1000 3000">
				<rect x="0" y="0" width="1000" height="3000" fill="#ffffff"/>
				<rect x="0" y="1000" width="1000" height="100" fill="#1f4e79"/>
				<rect x="0" y="2090" width="500" height="20" fill="#ff0000"/>
				</svg>""";
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(org.casebook.diagram.PngRenderer.render(svg, 2)));
		assertThat(read.getWidth()).isEqualTo(2000);
		assertThat(read.getHeight()).isEqualTo(6000);
		for (int y = 0; y < 6000; y++) {
			int expected = y >= 2000 && y < 2200 ? 0x1f4e79 : y >= 4180 && y < 4220 ? 0xff0000 : 0xffffff;
			if ((read.getRGB(100, y) & 0xFFFFFF) != expected || (read.getRGB(1500, y) & 0xFFFFFF) != (expected == 0xff0000 ? 0xffffff : expected)) {
				assertThat(Integer.toHexString(read.getRGB(100, y) & 0xFFFFFF) + " " + Integer.toHexString(read.getRGB(1500, y) & 0xFFFFFF))
						.as("row %d", y).isEqualTo(Integer.toHexString(expected));
			}
		}
	}

	private static void assertDecodesTo(BufferedImage image, byte[] png) throws IOException {
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(read.getWidth()).isEqualTo(image.getWidth());
		assertThat(read.getHeight()).isEqualTo(image.getHeight());
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((read.getRGB(x, y) & 0xFFFFFF) != (image.getRGB(x, y) & 0xFFFFFF)) {
					assertThat(read.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d of %dx%d", x, y, image.getWidth(), image.getHeight())
							.isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
				}
			}
		}
	}

	/** A sub-image shares the raster of its parent: its own rows are encoded, not the parent's. */
	@Test
	void encodesASubImage() throws IOException {
		BufferedImage parent = new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 40; y++) {
			for (int x = 0; x < 50; x++) {
				parent.setRGB(x, y, (x * 5) << 16 | (y * 6) << 8 | (x + y));
			}
		}
		BufferedImage part = parent.getSubimage(7, 9, 20, 11);
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(part)));
		for (int y = 0; y < 11; y++) {
			for (int x = 0; x < 20; x++) {
				assertThat(read.getRGB(x, y) & 0xFFFFFF).isEqualTo(parent.getRGB(x + 7, y + 9) & 0xFFFFFF);
			}
		}
	}

	/** Only RGB images are encoded; another type is refused instead of being written wrong. */
	@Test
	void refusesOtherImageTypes() {
		assertThatThrownBy(() -> PngEncoder.encode(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB)))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
