// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram;

import java.util.Locale;

/** The kinds of diagrams drawn from a scenario. */
public enum DiagramKind {
	/** Sites, VLANs, interconnection equipment, servers, terminals, links, Internet and inter-site VPN. */
	RESEAU("Schéma du réseau"),
	/** Applications, databases, servers, remote calls and data flows. */
	APPLICATIONS("Cartographie des applications"),
	/** Entities, people and hierarchy. */
	ORGANIGRAMME("Organigramme"),
	/** A business process with its steps, actors and applications. */
	PROCESSUS("Processus"),
	/** Security zones and the filtering rules between them. */
	SECURITE("Zones de sécurité et filtrage");

	private final String title;

	DiagramKind(String title) {
		this.title = title;
	}

	/** @return the French title of the diagram */
	public String title() {
		return title;
	}

	/** @return the lower-case word used on the command line and in file names */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param word {@code reseau}, {@code applications}, ...
	 * @return the kind, or {@code null} when the word is unknown
	 */
	public static DiagramKind parse(String word) {
		for (DiagramKind kind : values()) {
			if (kind.word().equalsIgnoreCase(word.trim())) {
				return kind;
			}
		}
		return null;
	}
}
