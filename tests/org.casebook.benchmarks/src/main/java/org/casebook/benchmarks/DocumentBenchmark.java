// SPDX-License-Identifier: EPL-2.0
package org.casebook.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Generator.Output;
import org.casebook.docgen.Settings;
import org.casebook.dsl.CasebookStandaloneSetup;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.model.Model;
import org.casebook.model.Organisation;

import com.google.inject.Injector;

/**
 * Times the generation of every document in every format (teacher edition) for each example and a 10k-element scenario.
 * A diagram's PNG is drawn once per run by the first format that needs it (DOCX, and PDF when
 * {@code -Dcasebook.pdf.schemas=png} prints them as pictures), so the total of a document is the figure to compare.
 */
public final class DocumentBenchmark {

	private DocumentBenchmark() {
	}

	/**
	 * @param args the scenario folders or files to measure; the examples and a synthetic 10k-element scenario by default
	 * @throws IOException when files cannot be written
	 */
	public static void main(String[] args) throws IOException {
		org.apache.log4j.BasicConfigurator.configure(new org.apache.log4j.varia.NullAppender());
		Injector injector = new CasebookStandaloneSetup().createInjectorAndDoEMFRegistration();
		Path tmp = Files.createTempDirectory("casebook-doc-bench");
		List<Path> inputs;
		if (args.length > 0) {
			inputs = Arrays.stream(args).map(Path::of).toList();
		} else {
			Path synthetic = tmp.resolve("synthetique-10000.orga");
			Files.writeString(synthetic, SyntheticScenario.generate(10_000), StandardCharsets.UTF_8);
			try (var examples = Files.list(Path.of("examples"))) {
				inputs = new java.util.ArrayList<>(examples.filter(Files::isDirectory).sorted().toList());
			}
			inputs.add(synthetic);
		}
		System.out.printf(Locale.ROOT, "%-24s %-12s %8s %8s %8s %8s %9s %12s%n", "scenario", "document", "html_ms", "pdf_ms", "docx_ms", "odt_ms",
				"total_ms", "peak_heap_MB");
		for (Path input : inputs) {
			List<Model> models = injector.getInstance(ScenarioLoader.class).load(List.of(input)).getModels();
			Organisation org = models.stream().flatMap(m -> m.getElements().stream()).filter(Organisation.class::isInstance)
					.map(Organisation.class::cast).findFirst().orElseThrow();
			for (int warm = 0; warm < 2; warm++) {
				Generator.generate(org, models, List.of(DocumentKind.SUJET), Edition.ENSEIGNANT, Arrays.asList(Format.values()), Settings.defaults(),
						tmp.resolve("warm"), (d, t, n) -> { });
			}
			for (DocumentKind kind : DocumentKind.values()) {
				System.gc();
				for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
					pool.resetPeakUsage();
				}
				List<Output> outputs = Generator.generate(org, models, List.of(kind), Edition.ENSEIGNANT, Arrays.asList(Format.values()),
						Settings.defaults(), tmp.resolve("out"), (d, t, n) -> { });
				long peak = 0;
				for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
					if (pool.getType() == MemoryType.HEAP) {
						peak += pool.getPeakUsage().getUsed();
					}
				}
				long[] ms = new long[Format.values().length];
				outputs.forEach(o -> ms[o.format().ordinal()] = o.millis());
				System.out.printf(Locale.ROOT, "%-24s %-12s %8d %8d %8d %8d %9d %12.1f%n", input.getFileName(), kind.word(), ms[0], ms[1], ms[2], ms[3],
						java.util.Arrays.stream(ms).sum(), peak / 1048576.0);
			}
		}
	}
}
