// SPDX-License-Identifier: EPL-2.0
package org.casebook.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.casebook.diagram.DiagramKind;
import org.casebook.diagram.DiagramLayout;
import org.casebook.diagram.Glyph;
import org.casebook.diagram.GraphSpec;
import org.casebook.diagram.LineStyle;
import org.casebook.diagram.SvgRenderer;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;

/**
 * Readies the language services and the diagram layout while the window opens: the first scenario opened then finds the
 * injector made, and the parser, the validator and ELK already run once, on a scenario of a few lines held in memory
 * and a diagram of three nodes. {@code -Dcasebook.preparation=false} goes without.
 */
final class Preparation {

	private static final String SCENARIO = """
			organisation Preparation {
				site Siege
			}
			système_information SI pour Preparation {
				zone LAN { type lan }
				vlan V { numéro 10 réseau 10.0.0.0/24 zone LAN site Siege }
				serveur S { os linux "Debian" adresse 10.0.0.1 vlan V }
			}
			""";

	private Preparation() {
	}

	/**
	 * Starts the preparation, unless it is turned off: the language first, which the editor needs first, then the
	 * diagrams; on one thread, for the window being made takes the other processor of a small machine (on two cores,
	 * in interleaved starts, two threads or the diagrams first made the start slower).
	 */
	static void start() {
		if (!Boolean.parseBoolean(System.getProperty("casebook.preparation", "true"))) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				language();
				diagrams();
			} catch (RuntimeException | LinkageError e) {
				// only time is lost: the first scenario opened does the same work
			}
		}, "casebook-preparation");
		thread.setDaemon(true);
		thread.start();
	}

	private static void language() {
		XtextResourceSet set = CasebookUi.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/preparation.orga"));
		try {
			resource.load(new ByteArrayInputStream(SCENARIO.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			return;
		}
		resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static void diagrams() {
		GraphSpec spec = new GraphSpec(DiagramKind.RESEAU, "Préparation", "preparation", GraphSpec.Algorithm.LAYERED_DOWN);
		spec.node("vlan", null, Glyph.VLAN, null, "VLAN 10", List.of("10.0.0.0/24"), null);
		spec.node("serveur", null, Glyph.SERVER, "vlan", "S", List.of("10.0.0.1"), null);
		spec.node("pare-feu", null, Glyph.FIREWALL, null, "FW", List.of(), null);
		spec.edge("pare-feu", "vlan", LineStyle.LAN, "10.0.0.254");
		SvgRenderer.render(DiagramLayout.layout(spec));
	}
}
