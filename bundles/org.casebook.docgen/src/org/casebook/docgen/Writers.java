// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that write the files of a run: the documents are independent once built, and a PDF, the PNGs of a DOCX
 * and the pages of an ODT each keep a processor busy. The thread that submits the work stays the only one to report
 * progress, so that a progress callback may stop the run by throwing, and it waits for every thread to stop before the
 * temporary folder they write in is removed.
 */
final class Writers implements AutoCloseable {

	/** A file to write. */
	interface Task {
		/**
		 * @return what was written
		 * @throws IOException when it cannot be written; the run stops
		 */
		Generator.Output write() throws IOException;
	}

	/** Stack of each thread: the layout of a long document recurses deeply, as the command line's own thread allows. */
	private static final long STACK = 4L << 20;

	private final ExecutorService pool;
	private final BlockingQueue<Future<Generator.Output>> finished = new LinkedBlockingQueue<>();
	private final Future<Generator.Output>[] files;
	private final Generator.Progress progress;
	private final int total;
	private final int threads;
	private int done;

	/**
	 * @param progress told after each file is written, on the thread that calls {@link #await}
	 * @param total the number of files of the run
	 * @param threads how many files are written at once
	 */
	Writers(Generator.Progress progress, int total, int threads) {
		this.progress = progress;
		this.total = total;
		@SuppressWarnings("unchecked")
		Future<Generator.Output>[] places = new Future[total];
		this.files = places;
		this.threads = threads;
		AtomicInteger count = new AtomicInteger();
		ThreadFactory factory = task -> {
			Thread thread = new Thread(null, task, "casebook-documents-" + count.incrementAndGet(), STACK);
			thread.setDaemon(true);
			return thread;
		};
		pool = Executors.newFixedThreadPool(threads, factory);
	}

	/**
	 * Writes a file when a thread is free, in the order submitted.
	 *
	 * @param index its place among the files of the run
	 * @param task the file
	 */
	void write(int index, Task task) {
		FutureTask<Generator.Output> future = new FutureTask<>(task::write) {
			@Override
			protected void done() {
				finished.add(this);
			}
		};
		files[index] = future;
		pool.execute(future);
	}

	/**
	 * Makes something a later file needs, when a thread is free: its failure is the file's, reported when the file
	 * needs it again.
	 *
	 * @param work the work, such as the PNG of a figure
	 */
	void prepare(Runnable work) {
		pool.execute(() -> {
			try {
				work.run();
			} catch (RuntimeException e) {
				// the file that needs it makes it again and reports the failure with its own name
			}
		});
	}

	/** @return how many files are written at once: as many documents are held in memory at most */
	int threads() {
		return threads;
	}

	/**
	 * Waits until the first files of the run are written, reporting each file written meanwhile: a document is built
	 * only when the one it would be held in memory beside is written.
	 *
	 * @param count how many files, from the first
	 * @throws IOException the first failure of a file
	 */
	void awaitFirst(int count) throws IOException {
		for (int i = 0; i < count; i++) {
			while (!files[i].isDone()) {
				take();
			}
		}
		report();
	}

	/**
	 * Reports the files written so far, without waiting.
	 *
	 * @throws IOException the failure of a file
	 */
	void report() throws IOException {
		Future<Generator.Output> next;
		while ((next = finished.poll()) != null) {
			reported(next);
		}
	}

	/**
	 * @return every file of the run, written, in the order of their places
	 * @throws IOException the first failure of a file; the other files are then abandoned
	 */
	List<Generator.Output> await() throws IOException {
		while (done < total) {
			take();
		}
		List<Generator.Output> outputs = new ArrayList<>(total);
		for (Future<Generator.Output> file : files) {
			outputs.add(file.resultNow());
		}
		return outputs;
	}

	private void take() throws IOException {
		try {
			reported(finished.take());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("génération interrompue", e);
		}
	}

	private void reported(Future<Generator.Output> future) throws IOException {
		Generator.Output output;
		try {
			output = future.get();
		} catch (java.util.concurrent.ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error error) {
				throw error; // a lack of memory is reported as on the caller's thread, with the heap and how to change it
			}
			throw new IOException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("génération interrompue", e);
		}
		done++;
		progress.step(done, total, output.file().getFileName().toString());
	}

	/** Abandons the files not yet started and waits until every thread has stopped writing. */
	@Override
	public void close() {
		pool.shutdownNow();
		boolean interrupted = false;
		while (true) {
			try {
				if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
					break;
				}
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
