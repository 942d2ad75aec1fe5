// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.messages;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;

/** French names of the kinds of model elements, as teachers call them. */
public final class Kinds {

	private static final Map<String, String> LABELS = Map.ofEntries(
			Map.entry("Organisation", "organisation"), Map.entry("Site", "site"), Map.entry("Department", "entité"),
			Map.entry("Person", "personne"), Map.entry("Partner", "partenaire"), Map.entry("Actor", "acteur"),
			Map.entry("ItProvider", "prestataire"), Map.entry("BusinessProcess", "processus"),
			Map.entry("ProcessStep", "étape"), Map.entry("Contract", "contrat"),
			Map.entry("InformationSystem", "système d'information"), Map.entry("SecurityZone", "zone"),
			Map.entry("Vlan", "vlan"), Map.entry("NetworkSegment", "zone, vlan ou groupe d'hôtes"), Map.entry("NetworkDevice", "équipement"),
			Map.entry("Node", "équipement ou serveur"), Map.entry("Link", "lien"), Map.entry("Server", "serveur"),
			Map.entry("ItService", "service"), Map.entry("Application", "application"), Map.entry("Dbms", "sgbd"),
			Map.entry("Database", "base"), Map.entry("TerminalGroup", "terminaux"), Map.entry("Tool", "outil"),
			Map.entry("BackupSolution", "sauvegarde"), Map.entry("ContinuitySolution", "continuité"),
			Map.entry("Automation", "automatisation"), Map.entry("DevEnvironment", "environnement_dev"),
			Map.entry("ComponentLibrary", "bibliothèque"), Map.entry("FilterRule", "filtrage"), Map.entry("Group", "groupe"),
			Map.entry("SharedResource", "ressource"), Map.entry("Asset", "ressource du SI"),
			Map.entry("SecurityPolicy", "politique"), Map.entry("Specification", "cahier des charges"),
			Map.entry("Mission", "mission"), Map.entry("Realisation", "réalisation"), Map.entry("ExamSubject", "sujet"),
			Map.entry("Dossier", "dossier"), Map.entry("Annex", "annexe"), Map.entry("TopLevelElement", "déclaration"),
			Map.entry("NetworkInterface", "interface"), Map.entry("AccessRight", "habilitation"), Map.entry("Milestone", "jalon"),
			Map.entry("Communication", "communication"), Map.entry("Charter", "charte"), Map.entry("ServiceLevel", "niveau de service"),
			Map.entry("OperatingSystem", "système d'exploitation"), Map.entry("RemoteCall", "appel distant"),
			Map.entry("Characteristic", "caractéristique"), Map.entry("Building", "bâtiment"), Map.entry("Floor", "étage"),
			Map.entry("Room", "salle"), Map.entry("PatchBay", "baie"), Map.entry("Socket", "prise"), Map.entry("WifiNetwork", "ssid"),
			Map.entry("NamingRule", "règle de nommage"), Map.entry("HostGroup", "groupe d'hôtes"),
			Map.entry("Variants", "variantes"), Map.entry("NamedElement", "élément"));

	private Kinds() {
	}

	/**
	 * @param type a class of the metamodel
	 * @return its French name, as the keyword that declares it
	 */
	public static String label(EClass type) {
		return LABELS.getOrDefault(type.getName(), type.getName());
	}
}
