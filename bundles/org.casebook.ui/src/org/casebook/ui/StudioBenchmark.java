// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.casebook.ui.editor.CasebookEditor;
import org.casebook.ui.views.DiagramView;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Measures Casebook Studio as a teacher meets it, when started with {@code -Dcasebook.benchmark=REPORT}: the time from
 * launch to the example given on the command line open in the editor with its diagram drawn, then, with
 * {@code -Dcasebook.benchmark.typing=FILE}, the latency of each keystroke typed in that large file and the time until
 * its problems are up to date. The figures are written to the report and the workbench closes.
 */
final class StudioBenchmark {

	/** Characters typed in the large file, one keystroke each. */
	private static final String TYPED = "\tpartenaire Mesure \"Partenaire ajouté pendant la mesure\" { type esn }\n";

	private final Display display;
	private final IWorkbenchPage page;
	private final Path report;
	private final List<String> lines = new ArrayList<>();
	/** When the window was open, in milliseconds since the epoch. */
	private long windowOpen;

	private StudioBenchmark(IWorkbenchPage page, Path report) {
		this.page = page;
		this.display = page.getWorkbenchWindow().getShell().getDisplay();
		this.report = report;
	}

	/**
	 * Starts the measures if the benchmark was asked for.
	 *
	 * @param page the page of the window
	 * @param open opens a scenario file in an editor
	 */
	static void startIfAsked(IWorkbenchPage page, java.util.function.Function<Path, CasebookEditor> open) {
		String report = System.getProperty("casebook.benchmark");
		if (report == null) {
			return;
		}
		StudioBenchmark benchmark = new StudioBenchmark(page, Path.of(report));
		benchmark.windowOpen = System.currentTimeMillis();
		benchmark.display.asyncExec(() -> benchmark.run(open));
	}

	private void run(java.util.function.Function<Path, CasebookEditor> open) {
		try {
			long launched = Long.getLong("casebook.benchmark.launched", ManagementFactory.getRuntimeMXBean().getStartTime());
			long jvm = ManagementFactory.getRuntimeMXBean().getStartTime();
			CasebookEditor example = page.getActiveEditor() instanceof CasebookEditor e ? e : null;
			if (example == null) {
				lines.add("erreur : aucun exemple ouvert (donner un fichier .orga en argument)");
			} else {
				DiagramView diagram = (DiagramView) page.findView(DiagramView.ID);
				waitUntil(() -> example.lastParse() != null, 120_000);
				long parsed = System.currentTimeMillis();
				waitUntil(() -> diagram != null && !diagram.currentSvg().isEmpty(), 120_000);
				long drawn = System.currentTimeMillis();
				waitUntil(() -> diagram.ready(), 120_000);
				long ready = System.currentTimeMillis();
				lines.add(String.format(Locale.FRANCE, "démarrage : %,d ms du lancement à l'exemple ouvert avec son schéma (%s)", ready - launched,
						example.getEditorInput().getName()));
				lines.add(String.format(Locale.FRANCE, "  dont %,d ms avant la machine virtuelle et %,d ms depuis son démarrage", jvm - launched,
						ready - jvm));
				lines.add(String.format(Locale.FRANCE, "  étapes depuis la machine virtuelle : fenêtre ouverte %,d ms, exemple analysé %,d ms, schéma calculé %,d ms, "
						+ "schéma affiché %,d ms", windowOpen - jvm, parsed - jvm, drawn - jvm, ready - jvm));
			}
			String typing = System.getProperty("casebook.benchmark.typing");
			if (typing != null) {
				type(open.apply(Path.of(typing)));
			}
		} catch (RuntimeException e) {
			lines.add("erreur : " + e);
		}
		try {
			Files.write(report, lines, StandardCharsets.UTF_8);
		} catch (IOException e) {
			System.err.println("casebook : rapport de mesure impossible à écrire : " + e.getMessage());
		}
		PlatformUI.getWorkbench().close();
	}

	private void type(CasebookEditor editor) {
		if (editor == null) {
			lines.add("erreur : le fichier de la mesure de frappe ne s'ouvre pas");
			return;
		}
		long openStart = System.nanoTime();
		waitUntil(() -> editor.lastParse() != null, 120_000);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int elements = 0;
		for (var it = editor.lastParse().getAllContents(); it.hasNext(); it.next()) {
			elements++;
		}
		lines.add(String.format(Locale.FRANCE, "frappe : %s, %,d lignes, %,d éléments (première analyse %,d ms)", editor.getEditorInput().getName(),
				document.getNumberOfLines(), elements, (System.nanoTime() - openStart) / 1_000_000));
		StyledText widget = (StyledText) editor.getAdapter(Control.class);
		int at = document.get().indexOf("\n\tsite ") + 1;
		widget.setFocus();
		widget.setCaretOffset(at);
		settle();
		XtextResource before = editor.lastParse();
		List<Long> latencies = new ArrayList<>();
		for (char c : TYPED.toCharArray()) {
			Event key = new Event();
			key.character = c == '\n' ? '\r' : c;
			key.keyCode = c == '\n' ? SWT.CR : c;
			long start = System.nanoTime();
			widget.notifyListeners(SWT.KeyDown, key);
			widget.update();
			while (display.readAndDispatch()) {
				// the keystroke's repaint and everything it queued
			}
			latencies.add(System.nanoTime() - start);
		}
		long typed = System.nanoTime();
		boolean inserted = document.get().contains(TYPED.strip());
		waitUntil(() -> editor.lastParse() != before && editor.lastParse().getParseResult() != null
				&& NodeText.of(editor.lastParse()).contains("Partenaire ajouté pendant la mesure"), 120_000);
		long analysed = System.nanoTime();
		latencies.sort(null);
		lines.add(String.format(Locale.FRANCE, "  %d touches%s : médiane %.1f ms, 95e centile %.1f ms, maximum %.1f ms par touche",
				latencies.size(), inserted ? "" : " (TEXTE NON INSÉRÉ)", ms(latencies.get(latencies.size() / 2)),
				ms(latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1)), ms(latencies.get(latencies.size() - 1))));
		lines.add(String.format(Locale.FRANCE, "  analyse, plan et problèmes à jour %,d ms après la dernière touche", (analysed - typed) / 1_000_000));
		if (editor.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class) instanceof org.eclipse.jface.text.TextViewer viewer) {
			long start = System.nanoTime();
			viewer.invalidateTextPresentation();
			while (display.readAndDispatch()) {
				// the repaint
			}
			lines.add(String.format(Locale.FRANCE, "  coloration de tout le fichier (une fois, à la première analyse) : %.1f ms",
					ms(System.nanoTime() - start)));
		}
		editor.doRevertToSaved();
	}

	/** The text of a parse, to recognise the parse of the typed text. */
	private static final class NodeText {
		static String of(XtextResource resource) {
			return resource.getParseResult().getRootNode().getText();
		}
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

	private void settle() {
		long end = System.currentTimeMillis() + 500;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				Thread.onSpinWait();
			}
		}
	}

	private void waitUntil(BooleanSupplier condition, long timeoutMillis) {
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new IllegalStateException("délai dépassé");
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}
}
