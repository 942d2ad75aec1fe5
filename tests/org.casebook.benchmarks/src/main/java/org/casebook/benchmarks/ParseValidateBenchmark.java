// SPDX-License-Identifier: EPL-2.0
package org.casebook.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.casebook.dsl.CasebookStandaloneSetup;
import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.referential.Referential.Option;
import org.casebook.referential.conformity.ConformityChecker;
import org.casebook.referential.conformity.Reading;
import org.casebook.referential.coverage.CoverageAnalyzer;
import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Injector;

/**
 * Measures parse + validation of synthetic scenarios of 1k, 10k and 100k model elements and prints time, throughput and
 * peak heap for each size, and the time of a run right after a full collection, then the time of the Annexe II.E checks
 * (both options) and of the competency coverage, beside Structurizr's DSL parser on an equivalent workspace in the same
 * run, interleaved.
 */
public final class ParseValidateBenchmark {

	private ParseValidateBenchmark() {
	}

	/**
	 * @param args optional sizes in elements (default 1000 10000 100000)
	 * @throws IOException when the temporary scenario cannot be written
	 */
	public static void main(String[] args) throws IOException {
		org.apache.log4j.BasicConfigurator.configure(new org.apache.log4j.varia.NullAppender());
		int[] sizes = args.length == 0 ? new int[] { 1_000, 10_000, 100_000 }
				: Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		Injector injector = new CasebookStandaloneSetup().createInjectorAndDoEMFRegistration();
		Path dir = Files.createTempDirectory("casebook-bench");
		long structurizrTimeout = Long.getLong("structurizr.timeout", 60);
		System.out.println("Lecture + validation complète, Casebook et Structurizr DSL " + StructurizrParse.version()
				+ " sur un espace de travail équivalent, exécutions entrelacées, médianes (ms)");
		System.out.printf(Locale.ROOT, "%-9s %10s %9s %12s %12s %14s %12s %10s %12s %12s %10s %11s %10s %8s%n", "target", "elements",
				"file_KB", "median_ms", "after_gc_ms", "elements_per_s", "peak_heap_MB", "check_ms", "coverage_ms", "szr_elements",
				"szr_KB", "szr_ms", "ratio", "goal");
		for (int target : sizes) {
			Path file = dir.resolve("synthetique-" + target + ".orga");
			Files.writeString(file, SyntheticScenario.generate(target), StandardCharsets.UTF_8);
			String workspace = StructurizrWorkspace.generate(target);
			int runs = target >= 100_000 ? 3 : target >= 10_000 ? 10 : 20;
			// both parsers warmed up in each size, interleaved, until their times no longer fall (at 1,000 elements, 15 runs
			// still measured the compiler at work: about 65 ms a run then, 12 ms from the 200th on), so that each size
			// measures the parsers and not the compiler
			int warmups = target >= 100_000 ? 2 : target >= 10_000 ? 30 : 250;
			// Structurizr grows quadratically: beyond 10,000 elements it is run once, and stopped after the time limit
			boolean single = target > 10_000;
			List<Long> times = new ArrayList<>();
			List<Long> checks = new ArrayList<>();
			List<Long> coverages = new ArrayList<>();
			List<Long> peers = new ArrayList<>();
			long elements = 0;
			long peerElements = 0;
			long peak = 0;
			boolean peerStopped = false;
			List<Long> afterCollection = new ArrayList<>();
			for (int i = 0; i < warmups + runs; i++) {
				// timed as a language server or a batch runs it, with whatever the earlier runs left in the heap: the first
				// run after a forced full collection is slower by some 8 ms whatever its size (a 20-element scenario: 10 ms
				// right after System.gc(), 2 ms on the next run, 1.5 ms without it; Guice makes an XtextResource in 1.7 ms
				// right after it, 85 µs otherwise), which the after_gc_ms column shows; both parsers are timed the same way
				long start = System.nanoTime();
				ScenarioLoader loader = injector.getInstance(ScenarioLoader.class);
				ScenarioSet scenario = loader.load(List.of(file));
				List<Problem> problems = loader.validate(scenario);
				long elapsed = System.nanoTime() - start;
				long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
				if (errors > 0) {
					throw new IllegalStateException("synthetic scenario has errors: " + problems.get(0).format());
				}
				elements = countElements(scenario);
				List<Model> models = scenario.getModels();
				Organisation organisation = (Organisation) models.get(0).getElements().get(0);
				long checkStart = System.nanoTime();
				ConformityChecker.check(organisation, models, Option.SISR, Reading.STRICTE);
				ConformityChecker.check(organisation, models, Option.SLAM, Reading.STRICTE);
				long checkElapsed = System.nanoTime() - checkStart;
				long coverageStart = System.nanoTime();
				CoverageAnalyzer.analyze(models, null);
				long coverageElapsed = System.nanoTime() - coverageStart;
				scenario = null;
				models = null;
				organisation = null;
				if (i >= warmups) {
					times.add(elapsed);
					checks.add(checkElapsed);
					coverages.add(coverageElapsed);
					// the peak heap of a run, the heap emptied before it; its time printed too
					System.gc();
					resetPeaks();
					long again = System.nanoTime();
					ScenarioLoader second = injector.getInstance(ScenarioLoader.class);
					second.validate(second.load(List.of(file)));
					afterCollection.add(System.nanoTime() - again);
					peak = Math.max(peak, peakHeap());
				}
				if (single ? i == warmups + runs - 1 : true) {
					StructurizrParse.Result peer = StructurizrParse.run(workspace, single ? structurizrTimeout : 0);
					peerElements = peer.elements();
					peerStopped |= peer.stopped();
					if (single || i >= warmups) {
						peers.add(peer.nanos());
					}
				}
			}
			double medianMs = median(times);
			double peerMs = median(peers);
			double goal = target >= 10_000 ? 10 : 1.5;
			double ratio = peerMs / medianMs;
			System.out.printf(Locale.ROOT, "%-9d %10d %9d %12.1f %12.1f %14.0f %12.1f %10.1f %12.1f %12d %10d %11s %10s %8s%n", target,
					elements, Files.size(file) / 1024, medianMs, median(afterCollection), elements / (medianMs / 1000), peak / 1048576.0,
					median(checks), median(coverages), peerElements, workspace.getBytes(StandardCharsets.UTF_8).length / 1024,
					(peerStopped ? ">" : "") + String.format(Locale.ROOT, "%.1f", peerMs),
					(peerStopped ? ">" : "") + String.format(Locale.ROOT, "%.2fx", ratio), String.format(Locale.ROOT, ">=%.1fx", goal));
			if (target >= 100_000) {
				System.out.printf(Locale.ROOT, "  %d éléments en %.0f ms : objectif < 1 000 ms %s%n", elements, medianMs,
						medianMs < 1000 ? "tenu" : "non tenu");
			}
			System.out.printf(Locale.ROOT, "  Casebook %.2fx plus rapide que Structurizr (objectif %.1fx) : %s%n", ratio, goal,
					ratio >= goal ? "tenu" : peerStopped ? "au moins " + String.format(Locale.ROOT, "%.1fx", ratio) : "non tenu");
		}
		System.exit(0);
	}

	private static double median(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2) / 1e6;
	}

	private static long countElements(ScenarioSet scenario) {
		long count = 0;
		for (Resource resource : scenario.getResources()) {
			for (var it = resource.getAllContents(); it.hasNext(); it.next()) {
				count++;
			}
		}
		return count;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}
}
