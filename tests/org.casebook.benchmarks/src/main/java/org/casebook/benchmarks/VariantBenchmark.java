// SPDX-License-Identifier: EPL-2.0
package org.casebook.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Settings;
import org.casebook.docgen.variants.ClassList;
import org.casebook.docgen.variants.VariantRun;
import org.casebook.dsl.CasebookStandaloneSetup;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.dsl.variants.VariantGenerator;
import org.casebook.model.Organisation;

import com.google.inject.Injector;

/**
 * Times {@code casebook variantes} for a class: one variant per student of the scenario (the largest example, GSB, by
 * default) with its contexte, sujet and corrigé in PDF and its student package, then the class answer key; prints the
 * time of each student and the total.
 */
public final class VariantBenchmark {

	private VariantBenchmark() {
	}

	/**
	 * @param args the number of students (35 by default), then the scenario folder ({@code examples/gsb} by default)
	 * @throws IOException when files cannot be written
	 */
	public static void main(String[] args) throws IOException {
		org.apache.log4j.BasicConfigurator.configure(new org.apache.log4j.varia.NullAppender());
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 35;
		Path input = Path.of(args.length > 1 ? args[1] : "examples/gsb");
		long t0 = System.nanoTime();
		Injector injector = new CasebookStandaloneSetup().createInjectorAndDoEMFRegistration();
		ScenarioLoader loader = injector.getInstance(ScenarioLoader.class);
		ScenarioSet scenario = loader.load(List.of(input));
		loader.validate(scenario);
		Organisation org = scenario.getModels().stream().flatMap(m -> m.getElements().stream()).filter(Organisation.class::isInstance)
				.map(Organisation.class::cast).findFirst().orElseThrow();
		long loaded = System.nanoTime();
		Path tmp = Files.createTempDirectory("casebook-variantes-bench");
		StringBuilder csv = new StringBuilder("Nom;Prénom\n");
		for (int i = 1; i <= count; i++) {
			csv.append("Élève").append(i).append(";Prénom").append(i).append('\n');
		}
		Path list = tmp.resolve("classe.csv");
		Files.writeString(list, csv, StandardCharsets.UTF_8);
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
		long[] last = { System.nanoTime() };
		VariantRun.Result result = VariantRun.run(scenario, injector.getInstance(VariantGenerator.class), org, ClassList.read(list), 1,
				List.of(Format.PDF), Settings.defaults(), tmp.resolve("sortie"), (d, t, n) -> {
					long now = System.nanoTime();
					if (d > 0) {
						System.out.printf(Locale.ROOT, "élève %d/%d fait en %d ms%n", d, t, (now - last[0]) / 1_000_000);
						System.out.flush();
					}
					last[0] = now;
				});
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.printf(Locale.ROOT, "%-6s %-24s %8s %8s %10s %10s%n", "rang", "eleve", "ms", "tirages", "pdf_Ko", "paquet_Ko");
		int rank = 1;
		long sum = 0;
		List<Long> times = new java.util.ArrayList<>();
		for (VariantRun.StudentOutput s : result.students()) {
			long bytes = 0;
			for (Path f : s.files()) {
				if (f.toString().endsWith(".pdf")) {
					bytes += Files.size(f);
				}
			}
			long packageBytes = Files.size(s.folder().resolve(VariantRun.PACKAGE));
			System.out.printf(Locale.ROOT, "%-6d %-24s %8d %8d %10d %10d%n", rank++, s.student().name(), s.millis(), s.variant().attempt() + 1,
					bytes / 1024, packageBytes / 1024);
			sum += s.millis();
			times.add(s.millis());
		}
		times.sort(null);
		System.out.printf(Locale.ROOT, "chargement et validation du scénario : %d ms%n", (loaded - t0) / 1_000_000);
		System.out.printf(Locale.ROOT, "%d élèves, %d documents PDF : total %d ms (élèves %d ms, médiane %d ms par élève), pic de tas %.0f Mo%n",
				result.students().size(), result.students().size() * 3, result.millis(), sum, times.get(times.size() / 2), peak / 1048576.0);
	}
}
