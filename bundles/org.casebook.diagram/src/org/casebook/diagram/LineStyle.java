// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram;

/** The visual style of a diagram edge, with its French name for the legend. */
public enum LineStyle {
	/** Attachment of an interface to its network. */
	LAN("Raccordement au réseau", "#5f6b7a", null, 1.4),
	/** Wide-area link. */
	WAN("Liaison WAN", "#c4661f", null, 2.2),
	/** Internet access. */
	INTERNET("Accès Internet", "#1d1d1f", null, 2.2),
	/** Site-to-site or remote VPN. */
	VPN("Tunnel VPN", "#1f5fbf", "8 4", 2.2),
	/** Hosting (virtual machine on its host, application on its server). */
	HOSTING("Hébergement", "#8a94a3", "3 3", 1.2),
	/** Data access or remote call. */
	FLOW("Flux de données / appel", "#6a3fb5", null, 1.6),
	/** Hierarchy. */
	HIERARCHY("Rattachement", "#5f6b7a", null, 1.4),
	/** Sequence of process steps. */
	SEQUENCE("Enchaînement", "#1d1d1f", null, 1.8),
	/** Participation of an actor or an application. */
	PARTICIPATION("Intervient / utilise", "#8a94a3", "4 3", 1.2),
	/** Filtering rule that allows a flow. */
	ALLOW("Flux autorisé", "#2e7d32", null, 1.8),
	/** Filtering rule that denies a flow. */
	DENY("Flux refusé", "#c62828", "6 3", 1.8);

	private final String label;
	private final String color;
	private final String dash;
	private final double width;

	LineStyle(String label, String color, String dash, double width) {
		this.label = label;
		this.color = color;
		this.dash = dash;
		this.width = width;
	}

	/** @return the French name shown in the legend */
	public String label() {
		return label;
	}

	/** @return the stroke colour */
	public String color() {
		return color;
	}

	/** @return the SVG dash array, or {@code null} for a solid line */
	public String dash() {
		return dash;
	}

	/** @return the stroke width */
	public double width() {
		return width;
	}
}
