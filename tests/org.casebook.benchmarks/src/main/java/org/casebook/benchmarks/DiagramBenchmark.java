// SPDX-License-Identifier: EPL-2.0
package org.casebook.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.casebook.diagram.Diagram;
import org.casebook.diagram.DiagramBuilder;
import org.casebook.diagram.DiagramKind;
import org.casebook.diagram.DiagramLayout;
import org.casebook.diagram.Diagrams;
import org.casebook.diagram.GraphSpec;
import org.casebook.diagram.SvgRenderer;
import org.casebook.dsl.CasebookStandaloneSetup;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.model.Model;
import org.casebook.model.Organisation;

import com.google.inject.Injector;

/**
 * Measures the network diagram on synthetic networks of about 50, 500 and 2,000 nodes: ELK's bare layout of the
 * prepared graph, and the whole pipeline (diagram content from the model, ELK graph, layout, SVG).
 */
public final class DiagramBenchmark {

	private DiagramBenchmark() {
	}

	/**
	 * @param args optional node counts (default 50 500 2000)
	 * @throws IOException when the temporary scenario cannot be written
	 */
	public static void main(String[] args) throws IOException {
		org.apache.log4j.BasicConfigurator.configure(new org.apache.log4j.varia.NullAppender());
		int[] sizes = args.length == 0 ? new int[] { 50, 500, 2000 } : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		Injector injector = new CasebookStandaloneSetup().createInjectorAndDoEMFRegistration();
		Path dir = Files.createTempDirectory("casebook-diagram-bench");
		System.out.println("Schéma du réseau : disposition ELK seule et chaîne complète sur le même graphe, médianes après échauffement");
		System.out.printf(Locale.ROOT, "%-7s %7s %7s %12s %16s %8s %10s%n", "target", "nodes", "edges", "elk_ms", "pipeline_ms",
				"ratio", "svg_KB");
		for (int target : sizes) {
			Path file = dir.resolve("reseau-" + target + ".orga");
			Files.writeString(file, network(target), StandardCharsets.UTF_8);
			List<Model> models = injector.getInstance(ScenarioLoader.class).load(List.of(file)).getModels();
			Organisation org = (Organisation) models.get(0).getElements().get(0);
			int runs = target >= 2000 ? 15 : target >= 500 ? 31 : 61;
			// warmed up until the times no longer fall: the content and the drawing run once a round, ELK's inner loops
			// many times, so a short warm-up measures the compiler at work on the former
			int warmups = target >= 2000 ? 20 : target >= 500 ? 80 : 200;
			List<Long> elk = new ArrayList<>();
			List<Long> pipeline = new ArrayList<>();
			Diagram last = null;
			String svg = "";
			for (int i = 0; i < runs + warmups; i++) {
				GraphSpec spec = new DiagramBuilder(org, Diagrams.systemsOf(org, models)).build(DiagramKind.RESEAU).get(0);
				DiagramLayout.ElkGraph graph = DiagramLayout.toElk(spec);
				long t0 = System.nanoTime();
				DiagramLayout.run(graph);
				long t1 = System.nanoTime();
				long p0 = System.nanoTime();
				GraphSpec content = new DiagramBuilder(org, Diagrams.systemsOf(org, models)).build(DiagramKind.RESEAU).get(0);
				long b1 = System.nanoTime();
				last = DiagramLayout.layout(content);
				long b2 = System.nanoTime();
				svg = SvgRenderer.render(last);
				long p1 = System.nanoTime();
				if (i >= warmups && System.getProperty("breakdown") != null) {
					System.out.printf(Locale.ROOT, "  build %.2f layout %.2f svg %.2f%n", (b1 - p0) / 1e6, (b2 - b1) / 1e6, (p1 - b2) / 1e6);
				}
				if (i >= warmups) {
					elk.add(t1 - t0);
					pipeline.add(p1 - p0);
				}
			}
			double elkMs = median(elk);
			double pipelineMs = median(pipeline);
			System.out.printf(Locale.ROOT, "%-7d %7d %7d %12.1f %16.1f %8.2f %10d%n", target, last.shapes().size(),
					last.connectors().size(), elkMs, pipelineMs, pipelineMs / elkMs, svg.length() / 1024);
			if (target >= 500) {
				System.out.printf(Locale.ROOT, "  %d nœuds : contenu + ELK + SVG %.2fx ELK seul (objectif <= 1.2x) : %s%n", last.shapes().size(),
						pipelineMs / elkMs, pipelineMs / elkMs <= 1.2 ? "tenu" : "non tenu");
			}
		}
	}

	private static double median(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2) / 1e6;
	}

	/** A network of about {@code nodes} nodes: sites of 6 VLANs, each with 8 servers, and a firewall per site. */
	static String network(int nodes) {
		int perSite = 1 + 1 + 6 * 9;
		int sites = Math.max(1, Math.round(nodes / (float) perSite));
		StringBuilder org = new StringBuilder("organisation Bench {\n");
		StringBuilder si = new StringBuilder("système_information SI pour Bench {\n\tzone LAN { type lan }\n");
		int remaining = nodes;
		for (int s = 0; s < sites; s++) {
			org.append("\tsite S").append(s).append('\n');
			si.append("\téquipement FW").append(s).append(" { type pare_feu site S").append(s).append('\n');
			int vlans = Math.max(1, Math.min(6, (remaining - 2) / 9));
			for (int v = 0; v < vlans; v++) {
				si.append("\t\tinterface \"if").append(v).append("\" adresse 10.").append(s).append('.').append(v).append(".254 vlan V")
						.append(s).append('_').append(v).append('\n');
			}
			si.append("\t}\n");
			if (s > 0) {
				si.append("\tlien L").append(s).append(" { type vpn_site_a_site de FW0 vers FW").append(s).append(" }\n");
			}
			for (int v = 0; v < vlans; v++) {
				si.append("\tvlan V").append(s).append('_').append(v).append(" { numéro ").append(v + 10).append(" réseau 10.").append(s)
						.append('.').append(v).append(".0/24 zone LAN site S").append(s).append(" }\n");
				for (int h = 0; h < 8; h++) {
					si.append("\tserveur H").append(s).append('_').append(v).append('_').append(h).append(" { os linux \"Debian\" adresse 10.")
							.append(s).append('.').append(v).append('.').append(h + 1).append(" vlan V").append(s).append('_').append(v)
							.append(" }\n");
				}
			}
			remaining -= perSite;
		}
		return org.append("}\n").append(si).append("}\n").toString();
	}
}
