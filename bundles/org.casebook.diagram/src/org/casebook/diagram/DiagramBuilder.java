// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.casebook.diagram.GraphSpec.Algorithm;
import org.casebook.model.Actor;
import org.casebook.model.Application;
import org.casebook.model.BusinessProcess;
import org.casebook.model.Database;
import org.casebook.model.Dbms;
import org.casebook.model.Department;
import org.casebook.model.DeviceKind;
import org.casebook.model.Element;
import org.casebook.model.FilterAction;
import org.casebook.model.FilterRule;
import org.casebook.model.InformationSystem;
import org.casebook.model.Link;
import org.casebook.model.LinkKind;
import org.casebook.model.NamedElement;
import org.casebook.model.NetworkDevice;
import org.casebook.model.NetworkInterface;
import org.casebook.model.NetworkSegment;
import org.casebook.model.Node;
import org.casebook.model.Organisation;
import org.casebook.model.Partner;
import org.casebook.model.Person;
import org.casebook.model.ProcessStep;
import org.casebook.model.RemoteCall;
import org.casebook.model.SecurityZone;
import org.casebook.model.Server;
import org.casebook.model.Site;
import org.casebook.model.TerminalGroup;
import org.casebook.model.Vlan;
import org.casebook.model.ZoneKind;

/** Turns the model of an organisation into the content of each kind of diagram. */
public final class DiagramBuilder {

	/** Hosts drawn per network before the others are grouped into one node. */
	public static final int DEFAULT_HOST_LIMIT = 24;

	private final Organisation organisation;
	private final List<InformationSystem> systems;
	private final boolean teacherEdition;
	private int hostLimit = DEFAULT_HOST_LIMIT;

	/**
	 * @param organisation the organisation drawn
	 * @param systems its information systems
	 * @param teacherEdition whether elements marked {@code @enseignant} are drawn
	 */
	public DiagramBuilder(Organisation organisation, List<InformationSystem> systems, boolean teacherEdition) {
		this.organisation = organisation;
		this.systems = systems;
		this.teacherEdition = teacherEdition;
	}

	/** @param limit hosts drawn per VLAN before grouping the rest */
	public void setHostLimit(int limit) {
		this.hostLimit = limit;
	}

	/**
	 * @param kind the kind of diagram
	 * @return the diagrams of that kind: one, or one per process
	 */
	public List<GraphSpec> build(DiagramKind kind) {
		return switch (kind) {
		case RESEAU -> List.of(network());
		case SECURITE -> List.of(security());
		case APPLICATIONS -> List.of(applications());
		case ORGANIGRAMME -> List.of(organisationChart());
		case PROCESSUS -> processes();
		};
	}

	private boolean shown(Element element) {
		if (element == null) {
			return false;
		}
		for (Element e = element; e != null; e = e.eContainer() instanceof Element parent ? parent : null) {
			if (e.isTeacherOnly() && !teacherEdition) {
				return false;
			}
		}
		return true;
	}

	private <T extends Element> List<T> visible(List<T> elements) {
		return elements.stream().filter(this::shown).toList();
	}

	private String orgName() {
		return display(organisation);
	}

	static String display(NamedElement element) {
		return element.getLabel() != null && !element.getLabel().isBlank() ? element.getLabel() : element.getName();
	}

	static String key(NamedElement element) {
		return element.eClass().getName() + ":" + element.getName();
	}

	private static List<String> lines(String... values) {
		List<String> result = new ArrayList<>();
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				result.add(v);
			}
		}
		return result;
	}

	// ------------------------------------------------------------------------------------------------ network

	private static String zoneFill(ZoneKind kind) {
		if (kind == null) {
			return "#e9edf2";
		}
		return switch (kind) {
		case LAN -> "#dbe9f7";
		case DMZ -> "#fde3c8";
		case SERVEURS -> "#dff0d8";
		case ADMINISTRATION -> "#ecdff5";
		case WIFI, INVITES -> "#fff2bf";
		case WAN, INTERNET -> "#ececec";
		default -> "#e9edf2";
		};
	}

	private static Glyph glyph(DeviceKind kind) {
		return switch (kind) {
		case ROUTEUR -> Glyph.ROUTER;
		case COMMUTATEUR -> Glyph.SWITCH;
		case PARE_FEU, UTM, ROUTEUR_PARE_FEU, PROXY -> Glyph.FIREWALL;
		case BORNE_WIFI -> Glyph.ACCESS_POINT;
		default -> Glyph.DEVICE;
		};
	}

	private static Site siteOf(Node node) {
		if (node.getSite() != null) {
			return node.getSite();
		}
		for (NetworkInterface itf : node.getInterfaces()) {
			if (itf.getVlan() != null && itf.getVlan().getSite() != null) {
				return itf.getVlan().getSite();
			}
		}
		return null;
	}

	private String siteContainer(GraphSpec spec, Site site) {
		if (site == null || !shown(site)) {
			return null;
		}
		String id = key(site);
		spec.node(id, key(site), Glyph.SITE, null, "Site : " + display(site), lines(site.getCity()), null);
		return id;
	}

	private static String vlanTitle(Vlan vlan) {
		String number = vlan.getNumber() > 0 ? "VLAN " + vlan.getNumber() + " – " : "";
		return number + display(vlan);
	}

	private GraphSpec network() {
		GraphSpec spec = new GraphSpec(DiagramKind.RESEAU, DiagramKind.RESEAU.title() + " – " + orgName(), "reseau",
				Algorithm.LAYERED_DOWN);
		boolean internet = false;
		for (InformationSystem si : systems) {
			internet |= visible(si.getLinks()).stream().anyMatch(l -> l.getKind() == LinkKind.INTERNET);
		}
		if (internet) {
			spec.node("internet", null, Glyph.INTERNET, null, "Internet", List.of(), null);
		}
		for (InformationSystem si : systems) {
			for (Vlan vlan : visible(si.getVlans())) {
				String zone = vlan.getZone() != null ? "zone " + display(vlan.getZone()) : null;
				String subnet = vlan.getSubnet() == null ? null
						: vlan.getSubnet() + (vlan.getGateway() != null ? " · passerelle " + vlan.getGateway() : "");
				spec.node(key(vlan), key(vlan), Glyph.VLAN, siteContainer(spec, vlan.getSite()), vlanTitle(vlan),
						lines(subnet, zone), zoneFill(vlan.getZone() == null ? null : vlan.getZone().getKind()));
			}
		}
		Map<Vlan, Integer> hosts = new HashMap<>();
		Map<Vlan, Integer> grouped = new LinkedHashMap<>();
		for (InformationSystem si : systems) {
			for (NetworkDevice device : visible(si.getDevices())) {
				spec.node(key(device), key(device), glyph(device.getKind()), siteContainer(spec, siteOf(device)),
						device.getName(), lines(device.getLabel(), device.getProduct()), null);
				attach(spec, device);
			}
			for (Server server : visible(si.getServers())) {
				Vlan main = null;
				List<String> addresses = new ArrayList<>();
				for (NetworkInterface itf : server.getInterfaces()) {
					if (!shown(itf)) {
						continue;
					}
					if (main == null && itf.getVlan() != null && spec.has(key(itf.getVlan()))) {
						main = itf.getVlan();
						if (itf.getAddress() != null) {
							addresses.add(0, itf.getAddress());
						}
					} else if (itf.getAddress() != null) {
						addresses.add(itf.getAddress() + (itf.getVlan() != null ? " (" + vlanTitle(itf.getVlan()) + ")" : ""));
					}
				}
				if (main != null && hosts.merge(main, 1, Integer::sum) > hostLimit) {
					grouped.merge(main, 1, Integer::sum);
					continue;
				}
				String os = server.getOs() == null ? null
						: server.getOs().getName() + (server.getOs().getVersion() != null ? " " + server.getOs().getVersion() : "");
				List<String> details = lines(server.getLabel(), os);
				details.addAll(addresses);
				String parent = main != null ? key(main) : siteContainer(spec, siteOf(server));
				spec.node(key(server), key(server), Glyph.SERVER, parent, server.getName(), details, null);
			}
			for (TerminalGroup terminals : visible(si.getTerminals())) {
				Site site = terminals.getSite() != null ? terminals.getSite()
						: terminals.getVlan() != null ? terminals.getVlan().getSite() : null;
				String count = (terminals.getCount() > 0 ? terminals.getCount() + " × " : "")
						+ terminals.getKind().getLiteral().replace('_', ' ');
				String parent = terminals.getVlan() != null && spec.has(key(terminals.getVlan())) ? key(terminals.getVlan())
						: siteContainer(spec, site);
				spec.node(key(terminals), key(terminals), Glyph.TERMINALS, parent, display(terminals), lines(count, terminals.getOs()),
						null);
			}
			for (Link link : visible(si.getLinks())) {
				String label = String.join(" · ", lines(link.getTechnology() != null ? link.getTechnology() : display(link),
						link.getBandwidth()));
				String from = link.getSource() != null ? key(link.getSource()) : link.getSourceSite() != null ? key(link.getSourceSite()) : null;
				String to = link.getTarget() != null ? key(link.getTarget())
						: link.getTargetSite() != null ? key(link.getTargetSite()) : link.getKind() == LinkKind.INTERNET ? "internet" : null;
				if (from == null || to == null) {
					spec.note("Lien « " + link.getName() + " » non dessiné : extrémités incomplètes.");
					continue;
				}
				LineStyle style = switch (link.getKind()) {
				case INTERNET -> LineStyle.INTERNET;
				case VPN_SITE_ASITE, VPN_NOMADE -> LineStyle.VPN;
				case LAN -> LineStyle.LAN;
				default -> LineStyle.WAN;
				};
				if (!spec.edge(from, to, style, label)) {
					spec.note("Lien « " + link.getName() + " » non dessiné : une extrémité n'est pas représentée.");
				}
			}
		}
		for (Map.Entry<Vlan, Integer> entry : grouped.entrySet()) {
			Vlan vlan = entry.getKey();
			String id = "more:" + vlan.getName();
			spec.node(id, null, Glyph.MORE, key(vlan), "+ " + entry.getValue() + " serveurs",
					List.of("non détaillés sur ce schéma"), null);
			spec.note(entry.getValue() + " serveurs du réseau « " + vlan.getName() + " » sont regroupés (plus de " + hostLimit
					+ " hôtes).");
		}
		return spec;
	}

	private void attach(GraphSpec spec, Node node) {
		Set<Vlan> seen = new LinkedHashSet<>();
		for (NetworkInterface itf : node.getInterfaces()) {
			if (itf.getVlan() != null && spec.has(key(itf.getVlan())) && shown(itf)) {
				if (seen.add(itf.getVlan()) || itf.getAddress() != null) {
					String label = itf.getAddress() != null ? itf.getAddress() : itf.getName();
					spec.edge(key(node), key(itf.getVlan()), LineStyle.LAN, label);
				}
			}
		}
	}

	// ------------------------------------------------------------------------------------------------ security

	private GraphSpec security() {
		GraphSpec spec = new GraphSpec(DiagramKind.SECURITE, DiagramKind.SECURITE.title() + " – " + orgName(), "securite",
				Algorithm.LAYERED_DOWN);
		for (InformationSystem si : systems) {
			for (SecurityZone zone : visible(si.getZones())) {
				String title = display(zone).toLowerCase(Locale.ROOT).startsWith("zone") ? display(zone) : "Zone " + display(zone);
				spec.node(key(zone), key(zone), Glyph.ZONE, null, title,
						lines(zone.getKind().getValue() == 0 ? null : zone.getKind().getLiteral().toUpperCase(Locale.ROOT)),
						zoneFill(zone.getKind()));
			}
		}
		for (InformationSystem si : systems) {
			for (Vlan vlan : visible(si.getVlans())) {
				String parent = vlan.getZone() != null && spec.has(key(vlan.getZone())) ? key(vlan.getZone()) : null;
				spec.node(key(vlan), key(vlan), Glyph.VLAN, parent, vlanTitle(vlan), lines(vlan.getSubnet()),
						zoneFill(vlan.getZone() == null ? null : vlan.getZone().getKind()));
			}
		}
		for (InformationSystem si : systems) {
			for (NetworkDevice device : visible(si.getDevices())) {
				boolean filtering = switch (device.getKind()) {
				case PARE_FEU, UTM, ROUTEUR_PARE_FEU, PROXY -> true;
				default -> false;
				};
				boolean used = visible(si.getFilterRules()).stream().anyMatch(r -> r.getDevice() == device);
				if (!filtering && !used) {
					continue;
				}
				spec.node(key(device), key(device), Glyph.FIREWALL, null, device.getName(), lines(device.getProduct()), null);
				Set<SecurityZone> zones = new LinkedHashSet<>();
				for (NetworkInterface itf : device.getInterfaces()) {
					if (itf.getVlan() != null && itf.getVlan().getZone() != null) {
						zones.add(itf.getVlan().getZone());
					}
				}
				for (SecurityZone zone : zones) {
					spec.edge(key(device), key(zone), LineStyle.LAN, null);
				}
			}
		}
		for (InformationSystem si : systems) {
			for (FilterRule rule : visible(si.getFilterRules())) {
				NetworkSegment from = rule.getSource();
				NetworkSegment to = rule.getDestination();
				if (from == null || to == null || !spec.has(key(from)) || !spec.has(key(to))) {
					spec.note("Règle « " + rule.getName() + " » non dessinée : source ou destination absente du schéma.");
					continue;
				}
				String label = rule.getName() + (rule.getService() != null ? " · " + rule.getService() : "");
				spec.edge(key(from), key(to), rule.getAction() == FilterAction.REFUSER ? LineStyle.DENY : LineStyle.ALLOW, label);
			}
		}
		return spec;
	}

	// ------------------------------------------------------------------------------------------------ applications

	private GraphSpec applications() {
		GraphSpec spec = new GraphSpec(DiagramKind.APPLICATIONS, DiagramKind.APPLICATIONS.title() + " – " + orgName(),
				"applications", Algorithm.LAYERED_RIGHT);
		for (InformationSystem si : systems) {
			for (Application app : visible(si.getApplications())) {
				String tiers = String.join(", ", app.getTiers().stream().map(t -> t.getLiteral().replace('_', ' ')).toList());
				String data = app.getDataSite() != null ? "données : " + display(app.getDataSite()) : null;
				spec.node(key(app), key(app), Glyph.APPLICATION, null, display(app), lines(tiers, data), null);
			}
		}
		for (InformationSystem si : systems) {
			for (Dbms dbms : visible(si.getDbms())) {
				String title = "SGBD " + (dbms.getProduct() != null ? dbms.getProduct() : dbms.getName())
						+ (dbms.getVersion() != null ? " " + dbms.getVersion() : "");
				spec.node(key(dbms), key(dbms), Glyph.DBMS, null, title, lines(dbms.getProceduralLanguage()), null);
				for (Database db : visible(dbms.getDatabases())) {
					spec.node(key(db), key(db), Glyph.DATABASE, key(dbms), display(db),
							lines(db.isPersonalData() ? "données personnelles" : null), null);
				}
			}
		}
		Set<Server> servers = new LinkedHashSet<>();
		for (InformationSystem si : systems) {
			for (Application app : visible(si.getApplications())) {
				servers.addAll(visible(app.getHostedOn()));
			}
			for (Dbms dbms : visible(si.getDbms())) {
				if (dbms.getServer() != null && shown(dbms.getServer())) {
					servers.add(dbms.getServer());
				}
			}
		}
		for (Server server : servers) {
			String os = server.getOs() == null ? null : server.getOs().getName();
			spec.node(key(server), key(server), Glyph.SERVER, null, server.getName(), lines(os), null);
		}
		for (InformationSystem si : systems) {
			for (Application app : visible(si.getApplications())) {
				for (Database db : app.getDatabases()) {
					spec.edge(key(app), key(db), LineStyle.FLOW, null);
				}
				for (RemoteCall call : app.getRemoteCalls()) {
					if (call.getTarget() != null) {
						spec.edge(key(app), key(call.getTarget()), LineStyle.FLOW, call.getProtocol().getLiteral().toUpperCase(Locale.ROOT));
					}
				}
				for (Server server : app.getHostedOn()) {
					spec.edge(key(app), key(server), LineStyle.HOSTING, null);
				}
			}
			for (Dbms dbms : visible(si.getDbms())) {
				if (dbms.getServer() != null) {
					spec.edge(key(dbms), key(dbms.getServer()), LineStyle.HOSTING, null);
				}
			}
		}
		return spec;
	}

	// ------------------------------------------------------------------------------------------------ organisation chart

	private GraphSpec organisationChart() {
		GraphSpec spec = new GraphSpec(DiagramKind.ORGANIGRAMME, DiagramKind.ORGANIGRAMME.title() + " – " + orgName(),
				"organigramme", Algorithm.TREE_DOWN);
		String root = key(organisation);
		spec.node(root, root, Glyph.DEPARTMENT, null, orgName(),
				lines(organisation.getStaff() > 0 ? organisation.getStaff() + " personnes" : null), "#1f4e79");
		departments(spec, organisation.getDepartments(), root);
		return spec;
	}

	/** A department to draw under its parent's node. */
	private record Pending(Department department, String parent) {
	}

	/** Draws the departments in depth-first order with a stack of its own: a deep chart cannot exhaust the thread's stack. */
	private void departments(GraphSpec spec, List<Department> top, String root) {
		java.util.ArrayDeque<Pending> stack = new java.util.ArrayDeque<>();
		List<Department> first = visible(top);
		for (int i = first.size() - 1; i >= 0; i--) {
			stack.push(new Pending(first.get(i), root));
		}
		while (!stack.isEmpty()) {
			Pending next = stack.pop();
			department(spec, next.department(), next.parent());
			List<Department> children = visible(next.department().getDepartments());
			for (int i = children.size() - 1; i >= 0; i--) {
				stack.push(new Pending(children.get(i), key(next.department())));
			}
		}
	}

	private void department(GraphSpec spec, Department department, String parent) {
		Person head = department.getHead();
		String headLine = head == null ? null : display(head) + (head.getJobTitle() != null ? ", " + head.getJobTitle() : "");
		spec.node(key(department), key(department), Glyph.DEPARTMENT, null, display(department),
				lines(headLine, department.getStaff() > 0 ? department.getStaff() + " personnes" : null), null);
		spec.edge(parent, key(department), LineStyle.HIERARCHY, null);
		for (Person person : visible(department.getPeople())) {
			if (person == head) {
				continue;
			}
			spec.node(key(person), key(person), Glyph.PERSON, null, display(person), lines(person.getJobTitle()), null);
			spec.edge(key(department), key(person), LineStyle.HIERARCHY, null);
		}
	}

	// ------------------------------------------------------------------------------------------------ processes

	private List<GraphSpec> processes() {
		List<GraphSpec> result = new ArrayList<>();
		for (BusinessProcess process : visible(organisation.getProcesses())) {
			GraphSpec spec = new GraphSpec(DiagramKind.PROCESSUS, "Processus – " + display(process), "processus-" + process.getName(),
					Algorithm.LAYERED_RIGHT);
			List<ProcessStep> steps = visible(process.getSteps());
			if (steps.isEmpty()) {
				spec.node(key(process), key(process), Glyph.STEP, null, display(process), List.of(), null);
				for (Actor actor : visible(process.getActors())) {
					actor(spec, actor);
					spec.edge(key(actor), key(process), LineStyle.PARTICIPATION, null);
				}
				for (Application app : visible(process.getApplications())) {
					spec.node(key(app), key(app), Glyph.APPLICATION, null, display(app), List.of(), null);
					spec.edge(key(process), key(app), LineStyle.PARTICIPATION, null);
				}
			}
			String previous = null;
			int index = 1;
			for (ProcessStep step : steps) {
				String id = key(step);
				spec.node(id, key(process) + "." + step.getName(), Glyph.STEP, null, index++ + ". " + display(step), List.of(), null);
				if (previous != null) {
					spec.edge(previous, id, LineStyle.SEQUENCE, null);
				}
				previous = id;
				if (step.getActor() != null && shown(step.getActor())) {
					actor(spec, step.getActor());
					spec.edge(key(step.getActor()), id, LineStyle.PARTICIPATION, null);
				}
				for (Application app : visible(step.getApplications())) {
					spec.node(key(app), key(app), Glyph.APPLICATION, null, display(app), List.of(), null);
					spec.edge(id, key(app), LineStyle.PARTICIPATION, null);
				}
			}
			result.add(spec);
		}
		return result;
	}

	private static void actor(GraphSpec spec, Actor actor) {
		Glyph glyph = actor instanceof Person ? Glyph.PERSON : actor instanceof Partner ? Glyph.PARTNER : Glyph.DEPARTMENT;
		String detail = actor instanceof Person person ? person.getJobTitle() : null;
		spec.node(key(actor), key(actor), glyph, null, display(actor), lines(detail), null);
	}
}
