// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.text;

import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The one table of French labels of the metamodel's enumerations, as a reader sees them in documents, diagrams,
 * reports and the workbench: « sécurité » for the keyword {@code securite}, « tolérance aux pannes » for
 * {@code tolerance_panne}.
 */
public final class Labels {

	private static final Map<String, String> LABELS = Map.ofEntries(
			// ZoneKind
			e("ZoneKind", "lan", "réseau local"), e("ZoneKind", "dmz", "DMZ"), e("ZoneKind", "serveurs", "serveurs"),
			e("ZoneKind", "administration", "administration"), e("ZoneKind", "wifi", "Wi-Fi"), e("ZoneKind", "invites", "invités"),
			e("ZoneKind", "wan", "WAN"), e("ZoneKind", "internet", "Internet"), e("ZoneKind", "autre", "autre"),
			// DeviceKind
			e("DeviceKind", "routeur", "routeur"), e("DeviceKind", "commutateur", "commutateur"), e("DeviceKind", "pare_feu", "pare-feu"),
			e("DeviceKind", "borne_wifi", "borne Wi-Fi"), e("DeviceKind", "proxy", "serveur mandataire (proxy)"),
			e("DeviceKind", "utm", "boîtier de sécurité unifiée (UTM)"), e("DeviceKind", "routeur_pare_feu", "routeur pare-feu"),
			e("DeviceKind", "autre", "autre"),
			// LinkKind
			e("LinkKind", "lan", "réseau local"), e("LinkKind", "wan", "liaison WAN"), e("LinkKind", "internet", "accès Internet"),
			e("LinkKind", "vpn_site_a_site", "VPN site à site"), e("LinkKind", "vpn_nomade", "VPN nomade"), e("LinkKind", "mpls", "MPLS"),
			e("LinkKind", "fibre_noire", "fibre noire"), e("LinkKind", "autre", "autre"),
			// OsFamily
			e("OsFamily", "windows", "Windows"), e("OsFamily", "linux", "Linux"), e("OsFamily", "bsd", "BSD"), e("OsFamily", "macos", "macOS"),
			e("OsFamily", "unix", "Unix"), e("OsFamily", "android", "Android"), e("OsFamily", "ios", "iOS"), e("OsFamily", "autre", "autre"),
			// HostingKind
			e("HostingKind", "physique", "physique"), e("HostingKind", "virtuel", "virtuel"), e("HostingKind", "conteneur", "conteneur"),
			e("HostingKind", "cloud", "en nuage (cloud)"),
			// ServiceKind
			e("ServiceKind", "dns", "DNS"), e("ServiceKind", "dhcp", "DHCP"), e("ServiceKind", "annuaire", "annuaire"),
			e("ServiceKind", "authentification", "authentification"), e("ServiceKind", "web", "web"), e("ServiceKind", "messagerie", "messagerie"),
			e("ServiceKind", "collaboratif", "travail collaboratif"), e("ServiceKind", "fichiers", "partage de fichiers"),
			e("ServiceKind", "impression", "impression"), e("ServiceKind", "sauvegarde", "sauvegarde"), e("ServiceKind", "supervision", "supervision"),
			e("ServiceKind", "proxy", "serveur mandataire (proxy)"), e("ServiceKind", "vpn", "VPN"),
			e("ServiceKind", "base_de_donnees", "base de données"), e("ServiceKind", "applicatif", "applicatif"),
			e("ServiceKind", "telephonie", "téléphonie"), e("ServiceKind", "ntp", "heure (NTP)"), e("ServiceKind", "pki", "infrastructure à clés publiques (PKI)"),
			e("ServiceKind", "deploiement", "déploiement"), e("ServiceKind", "autre", "autre"),
			// Audience
			e("Audience", "internes", "internes"), e("Audience", "externes", "externes"), e("Audience", "tous", "internes et externes"),
			// Exposure
			e("Exposure", "interne", "interne"), e("Exposure", "intranet", "intranet"), e("Exposure", "extranet", "extranet"),
			e("Exposure", "internet", "Internet"),
			// ApplicationOrigin
			e("ApplicationOrigin", "developpement_specifique", "développement spécifique"),
			e("ApplicationOrigin", "modification_open_source", "logiciel libre adapté"),
			e("ApplicationOrigin", "modification_autre", "logiciel adapté"), e("ApplicationOrigin", "progiciel", "progiciel"),
			e("ApplicationOrigin", "saas", "logiciel en ligne (SaaS)"),
			// Tier
			e("Tier", "client_lourd", "client lourd"), e("Tier", "navigateur", "navigateur"), e("Tier", "mobile", "mobile"),
			e("Tier", "serveur", "serveur"),
			// CallProtocol
			e("CallProtocol", "rest", "REST"), e("CallProtocol", "soap", "SOAP"), e("CallProtocol", "graphql", "GraphQL"),
			e("CallProtocol", "grpc", "gRPC"), e("CallProtocol", "rpc", "RPC"), e("CallProtocol", "websocket", "WebSocket"),
			e("CallProtocol", "sql", "SQL"), e("CallProtocol", "autre", "autre"),
			// TerminalKind
			e("TerminalKind", "poste_fixe", "poste fixe"), e("TerminalKind", "portable", "ordinateur portable"),
			e("TerminalKind", "client_leger", "client léger"), e("TerminalKind", "smartphone", "smartphone"), e("TerminalKind", "tablette", "tablette"),
			e("TerminalKind", "imprimante", "imprimante"), e("TerminalKind", "autre", "autre"),
			// ToolCategory
			e("ToolCategory", "gestion_incidents", "gestion des incidents"), e("ToolCategory", "gestion_configurations", "gestion des configurations"),
			e("ToolCategory", "inventaire", "inventaire"), e("ToolCategory", "ids", "détection d'intrusion (IDS)"),
			e("ToolCategory", "ips", "prévention d'intrusion (IPS)"), e("ToolCategory", "analyse_trames", "analyse de trames"),
			e("ToolCategory", "analyse_trafic", "analyse de trafic"), e("ToolCategory", "supervision", "supervision"),
			e("ToolCategory", "administration_distance", "administration à distance"), e("ToolCategory", "deploiement", "déploiement"),
			e("ToolCategory", "gestion_versions", "gestion de versions"), e("ToolCategory", "suivi_problemes", "suivi des problèmes"),
			e("ToolCategory", "tests", "tests"), e("ToolCategory", "tests_securite", "tests de sécurité"), e("ToolCategory", "chiffrement", "chiffrement"),
			e("ToolCategory", "sauvegarde", "sauvegarde"), e("ToolCategory", "siem", "gestion des événements de sécurité (SIEM)"),
			e("ToolCategory", "automatisation", "automatisation"), e("ToolCategory", "virtualisation", "virtualisation"),
			e("ToolCategory", "autre", "autre"),
			// ContinuityCategory
			e("ContinuityCategory", "continuite", "continuité de service"), e("ContinuityCategory", "tolerance_panne", "tolérance aux pannes"),
			e("ContinuityCategory", "repartition_charge", "répartition de charge"), e("ContinuityCategory", "pca", "plan de continuité (PCA)"),
			e("ContinuityCategory", "pra", "plan de reprise (PRA)"),
			// FilterAction
			e("FilterAction", "autoriser", "autoriser"), e("FilterAction", "refuser", "refuser"),
			// AccessLevel
			e("AccessLevel", "lecture", "lecture"), e("AccessLevel", "ecriture", "écriture"), e("AccessLevel", "modification", "modification"),
			e("AccessLevel", "controle_total", "contrôle total"), e("AccessLevel", "administration", "administration"),
			// PartnerKind
			e("PartnerKind", "esn", "entreprise de services du numérique"), e("PartnerKind", "editeur", "éditeur de logiciels"),
			e("PartnerKind", "cloud", "fournisseur d'informatique en nuage"), e("PartnerKind", "fournisseur_materiel", "fournisseur de matériel"),
			e("PartnerKind", "operateur", "opérateur de télécommunications"), e("PartnerKind", "fournisseur", "fournisseur"),
			e("PartnerKind", "client", "client"), e("PartnerKind", "sous_traitant", "sous-traitant"), e("PartnerKind", "institution", "institution"),
			e("PartnerKind", "autre", "autre"),
			// ProviderKind
			e("ProviderKind", "dsi_interne", "direction informatique interne"), e("ProviderKind", "esn", "entreprise de services du numérique"),
			e("ProviderKind", "infogerance", "infogérance"), e("ProviderKind", "conseil", "conseil"), e("ProviderKind", "editeur", "éditeur de logiciels"),
			e("ProviderKind", "mixte", "interne et externe"),
			// ActorRole
			e("ActorRole", "direction", "direction"), e("ActorRole", "prestataire", "prestataire"), e("ActorRole", "utilisateur", "utilisateur"),
			e("ActorRole", "externe", "externe"),
			// MissionType
			e("MissionType", "assistance", "assistance"), e("MissionType", "incident", "incident"), e("MissionType", "projet", "projet"),
			e("MissionType", "nouveau_service", "nouveau service"), e("MissionType", "evolution", "évolution"),
			e("MissionType", "donnees_personnelles", "données personnelles"), e("MissionType", "securite", "sécurité"),
			e("MissionType", "maintenance", "maintenance"), e("MissionType", "developpement", "développement"), e("MissionType", "autre", "autre"),
			// ExamOption
			e("ExamOption", "commune", "commune aux deux options"), e("ExamOption", "sisr", "SISR"), e("ExamOption", "slam", "SLAM"),
			// LibraryKind
			e("LibraryKind", "interne", "bibliothèque interne"), e("LibraryKind", "depot", "dépôt de composants"),
			e("LibraryKind", "framework", "cadriciel (framework)"), e("LibraryKind", "autre", "autre"),
			// AnnexKind
			e("AnnexKind", "texte", "texte"), e("AnnexKind", "schema", "schéma"), e("AnnexKind", "tableau", "tableau"),
			e("AnnexKind", "fichier", "fichier"), e("AnnexKind", "extrait", "extrait"),
			// LifecycleState
			e("LifecycleState", "existant", "existant"), e("LifecycleState", "prévu", "prévu"), e("LifecycleState", "cible", "cible"),
			// WifiSecurity
			e("WifiSecurity", "ouvert", "ouvert (sans chiffrement)"), e("WifiSecurity", "wep", "WEP"),
			e("WifiSecurity", "wpa2_personnel", "WPA2 personnel (clé partagée)"), e("WifiSecurity", "wpa2_entreprise", "WPA2 entreprise (802.1X)"),
			e("WifiSecurity", "wpa3_personnel", "WPA3 personnel (SAE)"), e("WifiSecurity", "wpa3_entreprise", "WPA3 entreprise (802.1X)"),
			// NamingTarget
			e("NamingTarget", "serveurs", "serveurs"), e("NamingTarget", "equipements", "équipements"), e("NamingTarget", "terminaux", "terminaux"), e("NamingTarget", "services", "services"),
			e("NamingTarget", "applications", "applications"), e("NamingTarget", "vlans", "VLAN"), e("NamingTarget", "prises", "prises réseau"),
			e("NamingTarget", "salles", "salles"), e("NamingTarget", "groupes", "groupes"), e("NamingTarget", "personnes", "personnes"),
			// FilterProtocol
			e("FilterProtocol", "tcp", "TCP"), e("FilterProtocol", "udp", "UDP"), e("FilterProtocol", "icmp", "ICMP"),
			e("FilterProtocol", "tout", "tout protocole"));

	private Labels() {
	}

	private static Map.Entry<String, String> e(String enumeration, String literal, String label) {
		return Map.entry(enumeration + "." + literal, label);
	}

	/**
	 * @param value a value of an enumeration of the metamodel
	 * @return its French label; empty for {@code null} and for the value meaning « not stated »
	 */
	public static String of(Enumerator value) {
		if (value == null || value.getValue() == 0) {
			return "";
		}
		String label = LABELS.get(value.getClass().getSimpleName() + "." + value.getLiteral());
		return label != null ? label : value.getLiteral().replace('_', ' ');
	}

	/**
	 * @param enumeration the name of an enumeration of the metamodel
	 * @param literal the literal of one of its values, as the language writes it
	 * @return its French label, or {@code null} when the table has none
	 */
	public static String lookup(String enumeration, String literal) {
		return LABELS.get(enumeration + "." + literal);
	}
}
