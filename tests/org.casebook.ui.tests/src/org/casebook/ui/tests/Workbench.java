// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** What the UI tests do with the running workbench: its page, waiting while events are processed, screenshots. */
final class Workbench {

	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Deletes the consultation projects the viewer created, whose files are read-only. */
	static void deleteConsultations() throws org.eclipse.core.runtime.CoreException {
		for (org.eclipse.core.resources.IProject project : org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.getName().startsWith("consultation-")) {
				project.accept(r -> {
					org.eclipse.core.resources.ResourceAttributes a = r.getResourceAttributes();
					if (a != null && a.isReadOnly()) {
						a.setReadOnly(false);
						r.setResourceAttributes(a);
					}
					return true;
				});
				project.delete(true, true, null);
			}
		}
	}

	/** Processes events until a condition holds; fails after 30 s. */
	static void waitUntil(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 30_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("délai dépassé : " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** Processes events for a while, so that what was asked is drawn. */
	static void settle(long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				Thread.onSpinWait();
			}
		}
	}

	/** Saves a picture of a shell under {@code target/screenshots} for reviewing the dialogs. */
	static void screenshot(Shell shell, String name) throws IOException {
		settle(500);
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path dir = Files.createDirectories(Path.of("target", "screenshots"));
			loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#([0-9]+);");

	/** The text of an SVG document as a reader sees it: the diagrams write what is beyond Latin-1 as character references. */
	static String svgText(String svg) {
		Matcher reference = CHARACTER_REFERENCE.matcher(svg);
		StringBuilder text = new StringBuilder(svg.length());
		while (reference.find()) {
			reference.appendReplacement(text, Matcher.quoteReplacement(Character.toString(Integer.parseInt(reference.group(1)))));
		}
		return reference.appendTail(text).toString();
	}
}
