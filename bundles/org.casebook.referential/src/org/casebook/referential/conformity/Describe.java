// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.conformity;

import java.util.ArrayList;
import java.util.List;

import org.casebook.model.text.Labels;
import java.util.Locale;

import org.casebook.model.Application;
import org.casebook.model.Asset;
import org.casebook.model.BackupSolution;
import org.casebook.model.ContinuitySolution;
import org.casebook.model.Dbms;
import org.casebook.model.DevEnvironment;
import org.casebook.model.ItService;
import org.casebook.model.Link;
import org.casebook.model.NamedElement;
import org.casebook.model.NetworkDevice;
import org.casebook.model.OperatingSystem;
import org.casebook.model.SecurityZone;
import org.casebook.model.Server;
import org.casebook.model.Site;
import org.casebook.model.TerminalGroup;
import org.casebook.model.Tool;
import org.casebook.model.Automation;
import org.casebook.model.text.Labels;
import org.eclipse.emf.ecore.EObject;

/** French one-line descriptions of model elements, used as evidence in the attestation. */
public final class Describe {

	private Describe() {
	}

	/**
	 * @param element a model element
	 * @return its kind, name, label and the details relevant to Annexe II.E
	 */
	public static String element(EObject element) {
		List<String> details = new ArrayList<>();
		String kind = kind(element);
		if (element instanceof Server server) {
			details.add(os(server.getOs()));
			if (server.getHosting() != null && server.getHosting().getValue() != 0) {
				details.add(Labels.of(server.getHosting()));
			}
		} else if (element instanceof ItService service) {
			add(details, service.getProduct());
			if (service.getAudience().getValue() != 0) {
				details.add("utilisateurs " + Labels.of(service.getAudience()));
			}
			if (service.getExposure().getValue() != 0) {
				details.add("exposition " + Labels.of(service.getExposure()));
			}
			if (service.isAuthentication()) {
				details.add("authentifié");
			}
			if (service.isTls()) {
				details.add("chiffré");
			}
		} else if (element instanceof Tool tool) {
			add(details, tool.getProduct());
		} else if (element instanceof NetworkDevice device) {
			details.add(Labels.of(device.getKind()));
			add(details, device.getProduct());
		} else if (element instanceof Dbms dbms) {
			add(details, dbms.getProduct());
			add(details, dbms.getProceduralLanguage());
		} else if (element instanceof TerminalGroup terminals) {
			details.add(terminals.getCount() > 0 ? terminals.getCount() + " × " + Labels.of(terminals.getKind()) : Labels.of(terminals.getKind()));
		} else if (element instanceof Application application) {
			if (application.getOrigin().getValue() != 0) {
				details.add(Labels.of(application.getOrigin()));
			}
			if (!application.getTiers().isEmpty()) {
				details.add(String.join(", ", application.getTiers().stream().map(Labels::of).toList()));
			}
		} else if (element instanceof BackupSolution backup) {
			add(details, backup.getProduct());
			add(details, backup.getSchedule());
		} else if (element instanceof ContinuitySolution continuity) {
			add(details, continuity.getTechnology());
		} else if (element instanceof Automation automation) {
			add(details, automation.getLanguage());
		} else if (element instanceof DevEnvironment env) {
			add(details, env.getIde());
		} else if (element instanceof Link link) {
			add(details, link.getTechnology());
			if (link.getSourceSite() != null && link.getTargetSite() != null) {
				details.add(name(link.getSourceSite()) + " – " + name(link.getTargetSite()));
			}
		} else if (element instanceof SecurityZone zone && zone.getKind().getValue() != 0) {
			details.add(Labels.of(zone.getKind()));
		}
		if (element instanceof Asset asset && asset.isSimulated()) {
			details.add("simulé");
		}
		StringBuilder text = new StringBuilder(kind);
		if (element instanceof NamedElement named) {
			text.append(' ').append(named.getName());
			if (named.getLabel() != null && !named.getLabel().isBlank()) {
				text.append(" « ").append(named.getLabel()).append(" »");
			}
		}
		details.removeIf(d -> d == null || d.isBlank());
		if (!details.isEmpty()) {
			text.append(" (").append(String.join(", ", details)).append(')');
		}
		return text.toString();
	}

	/**
	 * @param elements model elements
	 * @return their descriptions
	 */
	public static List<String> all(List<? extends EObject> elements) {
		return elements.stream().map(Describe::element).toList();
	}

	static String name(NamedElement element) {
		return element.getLabel() != null && !element.getLabel().isBlank() ? element.getLabel() : element.getName();
	}

	private static String os(OperatingSystem os) {
		if (os == null) {
			return "système non précisé";
		}
		String text = os.getName() + (os.getVersion() != null ? " " + os.getVersion() : "");
		return text + (os.isOpenSource() ? ", libre" : "");
	}

	private static void add(List<String> details, String value) {
		if (value != null && !value.isBlank()) {
			details.add(value);
		}
	}

	private static String kind(EObject element) {
		return switch (element.eClass().getName()) {
		case "Server" -> "serveur";
		case "ItService" -> "service";
		case "Tool" -> "outil";
		case "NetworkDevice" -> "équipement";
		case "Dbms" -> "SGBD";
		case "TerminalGroup" -> "terminaux";
		case "Application" -> "application";
		case "BackupSolution" -> "sauvegarde";
		case "ContinuitySolution" -> "solution";
		case "Automation" -> "automatisation";
		case "DevEnvironment" -> "environnement de développement";
		case "ComponentLibrary" -> "bibliothèque";
		case "Link" -> "lien";
		case "SecurityZone" -> "zone";
		case "Site" -> "site";
		case "SharedResource" -> "ressource";
		case "Contract" -> "contrat";
		default -> element.eClass().getName().toLowerCase(Locale.ROOT);
		};
	}

	static String siteName(Site site) {
		return site == null ? "?" : name(site);
	}
}
