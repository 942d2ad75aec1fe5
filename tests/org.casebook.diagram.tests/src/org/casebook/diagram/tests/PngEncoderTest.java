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
