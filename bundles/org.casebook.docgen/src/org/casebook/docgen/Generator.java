// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.eclipse.emf.ecore.EObject;

/**
 * Generates documents in several formats, atomically: everything is written to a temporary folder beside the output
 * folder and moved into place only when all documents succeeded, so that a failure leaves earlier outputs intact.
 */
public final class Generator {

	/** Documents written at once at most, whatever the processors. */
	private static final int MOST_THREADS = 4;

	/** Memory of a document being written, without its content. */
	private static final long DOCUMENT_BYTES = 32L << 20;

	/** Memory of a document being written, per element of the scenario. */
	private static final long DOCUMENT_BYTES_PER_ELEMENT = 25L << 10;

	/** Memory of the model, per element. */
	private static final long MODEL_BYTES_PER_ELEMENT = 15L << 10;

	/** Output formats. */
	public enum Format {
		/** Self-contained HTML page. */
		HTML("html"),
		/** PDF, A4, fonts embedded. */
		PDF("pdf"),
		/** Word document. */
		DOCX("docx"),
		/** OpenDocument text. */
		ODT("odt");

		private final String extension;

		Format(String extension) {
			this.extension = extension;
		}

		/** @return the file extension */
		public String extension() {
			return extension;
		}

		/**
		 * @param word a format name
		 * @return the format, or {@code null}
		 */
		public static Format parse(String word) {
			for (Format f : values()) {
				if (f.extension.equals(word.trim().toLowerCase(Locale.ROOT))) {
					return f;
				}
			}
			return null;
		}
	}

	/**
	 * A generated file.
	 *
	 * @param file its final path
	 * @param kind the document
	 * @param format its format
	 * @param bytes its size
	 * @param millis the time taken to write it
	 */
	public record Output(Path file, DocumentKind kind, Format format, long bytes, long millis) {
	}

	/** Told when the run starts and after each file is written, always on the thread that called {@link Generator#generate}. */
	public interface Progress {
		/**
		 * @param done files already written
		 * @param total files to write
		 * @param name the file just written, empty when the run starts
		 */
		void step(int done, int total, String name);
	}

	private Generator() {
	}

	/**
	 * @param kind a document
	 * @param edition an edition
	 * @param format a format
	 * @return the file name, which says nothing of the content: {@code sujet-eleve.pdf}
	 */
	public static String fileName(DocumentKind kind, Edition edition, Format format) {
		return kind.word() + "-" + edition.word() + "." + format.extension();
	}

	/**
	 * @param organisation the organisation of the case
	 * @param models every file of the scenario
	 * @param kinds the documents
	 * @param edition the edition
	 * @param formats the formats
	 * @param settings the look
	 * @param outDir the output folder
	 * @param progress told of each file
	 * @return the files written
	 * @throws IOException when the folder cannot be written or a document fails; nothing is then changed in it
	 */
	public static List<Output> generate(Organisation organisation, List<Model> models, List<DocumentKind> kinds, Edition edition,
			List<Format> formats, Settings settings, Path outDir, Progress progress) throws IOException {
		for (DocumentKind kind : kinds) {
			if (kind.teacherOnly() && edition == Edition.ELEVE) {
				throw new IllegalArgumentException("le " + kind.title().toLowerCase(Locale.ROOT) + " n'existe qu'en édition enseignant");
			}
		}
		AtomicFiles.checkFolder(outDir);
		Path target = outDir.toAbsolutePath().normalize();
		Files.createDirectories(target);
		if (!Files.isWritable(target)) {
			throw new IOException(target + " : dossier non inscriptible");
		}
		// a run stopped by SIGTERM or Ctrl+C removes its temporary folder; after SIGKILL, the next run does
		List<Output> outputs = new ArrayList<>();
		try (Leftovers.Folder work = Leftovers.folder(target, "documents")) {
			Path temp = work.path();
			DocumentBuilder builder;
			try {
				builder = new DocumentBuilder(organisation, models, edition, settings);
			} catch (IllegalArgumentException e) {
				throw new IOException(e.getMessage(), e);
			}
			int total = kinds.size() * formats.size();
			progress.step(0, total, "");
			try (Writers writers = new Writers(progress, total, threads(models))) {
				for (int k = 0; k < kinds.size(); k++) {
					DocumentKind kind = kinds.get(k);
					// a document, its layout and its PNGs are held until its files are written: as many at once as threads
					writers.awaitFirst(Math.max(0, k - writers.threads() + 1) * formats.size());
					Doc doc = builder.build(kind);
					int first = k * formats.size();
					// the PDF first, the longest to write, then the PNGs of the figures for DOCX and ODT, drawn beside it
					if (formats.contains(Format.PDF)) {
						writers.write(first + formats.indexOf(Format.PDF), () -> write(doc, kind, edition, Format.PDF, settings, temp, target));
					}
					if (formats.contains(Format.DOCX) || formats.contains(Format.ODT)) {
						doc.blocks().stream().filter(Doc.Figure.class::isInstance).map(Doc.Figure.class::cast).forEach(f -> writers.prepare(f::png));
					}
					for (int f = 0; f < formats.size(); f++) {
						Format format = formats.get(f);
						if (format != Format.PDF) {
							writers.write(first + f, () -> write(doc, kind, edition, format, settings, temp, target));
						}
					}
					writers.report();
				}
				outputs.addAll(writers.await());
			}
			for (Output output : outputs) {
				AtomicFiles.checkFile(output.file());
			}
			for (Output output : outputs) {
				Path from = temp.resolve(output.file().getFileName());
				try {
					Files.move(from, output.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(from, output.file(), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return outputs;
		}
	}

	/**
	 * How many documents are written at once: one per processor, four at most, as many as the heap holds beside the
	 * model. {@code -Dcasebook.threads=N} chooses instead.
	 *
	 * @param models every file of the scenario
	 * @return at least one
	 */
	private static int threads(List<Model> models) {
		Integer chosen = Integer.getInteger("casebook.threads");
		if (chosen != null) {
			return Math.max(1, chosen);
		}
		long elements = 0;
		for (Model model : models) {
			for (Iterator<EObject> all = model.eAllContents(); all.hasNext(); all.next()) {
				elements++;
			}
		}
		return threads(elements, Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
	}

	/**
	 * A document being written holds about 32 MB and 25 kB per element of the scenario (its layout and pictures), the
	 * model about 15 kB per element: the 10,000 elements of the synthetic scenario need about 420 MB for one document,
	 * and are written one document at a time in the heap the command line gives them.
	 *
	 * @param elements the elements of the scenario
	 * @param heap the largest heap
	 * @param processors the processors
	 * @return how many documents may be written at once, at least one
	 */
	public static int threads(long elements, long heap, int processors) {
		long model = elements * MODEL_BYTES_PER_ELEMENT;
		long document = DOCUMENT_BYTES + elements * DOCUMENT_BYTES_PER_ELEMENT;
		long fit = (heap - model) / document;
		return (int) Math.max(1, Math.min(Math.min(MOST_THREADS, processors), fit));
	}

	private static Output write(Doc doc, DocumentKind kind, Edition edition, Format format, Settings settings, Path temp, Path target)
			throws IOException {
		String name = fileName(kind, edition, format);
		long start = System.nanoTime();
		Path file = temp.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			switch (format) {
			case HTML -> out.write(HtmlWriter.write(doc, settings, false).getBytes(StandardCharsets.UTF_8));
			case PDF -> PdfWriter.write(doc, settings, out);
			case DOCX -> DocxWriter.write(doc, settings, out);
			case ODT -> OdtWriter.write(doc, settings, out);
			}
		} catch (IOException | RuntimeException e) {
			throw new IOException(name + " : " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
		}
		return new Output(target.resolve(name), kind, format, Files.size(file), (System.nanoTime() - start) / 1_000_000);
	}
}
