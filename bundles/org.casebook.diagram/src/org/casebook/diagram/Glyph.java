// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram;

/** The visual symbol of a diagram node, with its French name for the legend. */
public enum Glyph {
	/** Interconnection: router. */
	ROUTER("Routeur"),
	/** Interconnection: switch. */
	SWITCH("Commutateur"),
	/** Interconnection: firewall, UTM, filtering proxy. */
	FIREWALL("Pare-feu"),
	/** Interconnection: Wi-Fi access point. */
	ACCESS_POINT("Borne Wi-Fi"),
	/** Other interconnection equipment. */
	DEVICE("Équipement"),
	/** Server. */
	SERVER("Serveur"),
	/** A group of hosts that filtering rules name together. */
	HOST_GROUP("Groupe d'hôtes"),
	/** Internet or an external cloud. */
	INTERNET("Internet"),
	/** Every network, as a filtering rule says « tout » (with its exceptions). */
	ANY("Tout réseau"),
	/** A group of terminals. */
	TERMINALS("Terminaux"),
	/** A database. */
	DATABASE("Base de données"),
	/** An application. */
	APPLICATION("Application"),
	/** A person. */
	PERSON("Personne"),
	/** An external partner. */
	PARTNER("Partenaire"),
	/** An entity of the organisation chart. */
	DEPARTMENT("Entité"),
	/** A VLAN, drawn as a block holding the hosts attached to it. */
	VLAN("Réseau (VLAN)"),
	/** A step of a process. */
	STEP("Étape"),
	/** A security zone drawn as one block, in the diagram of the zones and their flows. */
	SECURITY_ZONE("Zone de sécurité"),
	/** A group of elements left out of a large diagram. */
	MORE("Éléments regroupés"),
	/** Container: site. */
	SITE("Site"),
	/** Container: security zone. */
	ZONE("Zone de sécurité"),
	/** Container: database management system. */
	DBMS("SGBD"),
	/** A labelled frame grouping elements attached to no network. */
	FRAME("Éléments non rattachés à un VLAN");

	private final String label;

	Glyph(String label) {
		this.label = label;
	}

	/** @return the French name shown in the legend */
	public String label() {
		return label;
	}

	/** @return whether nodes of this glyph contain other nodes */
	public boolean isContainer() {
		return this == SITE || this == ZONE || this == DBMS || this == VLAN || this == FRAME;
	}
}
