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
import org.casebook.model.text.Labels;
import org.casebook.model.Actor;
import org.casebook.model.Application;
import org.casebook.model.BusinessProcess;
import org.casebook.model.Database;
import org.casebook.model.Dbms;
import org.casebook.model.Department;
import org.casebook.model.DeviceKind;
import org.casebook.model.FilterAction;
import org.casebook.model.FilterRule;
import org.casebook.model.HostGroup;
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
import org.casebook.model.WifiNetwork;
import org.casebook.model.ZoneKind;
import org.casebook.model.edition.States;
import org.casebook.model.LifecycleState;
import org.casebook.model.text.Plural;

/** Turns the model of an organisation into the content of each kind of diagram. */
public final class DiagramBuilder {

	/** Hosts drawn per network before the others are grouped into one node. */
	public static final int DEFAULT_HOST_LIMIT = 24;

	private final Organisation organisation;
	private final List<InformationSystem> systems;
	private int hostLimit = DEFAULT_HOST_LIMIT;
	/** The planned and target elements of the systems, by node key, with their state. */
	private Map<String, LifecycleState> planned;

	/**
	 * Draws every element it is given: a student diagram is built from the student projection of the scenario
	 * ({@link org.casebook.model.edition.EditionModels#student}), which holds nothing reserved to the teacher.
	 *
	 * @param organisation the organisation drawn
	 * @param systems its information systems
	 */
	public DiagramBuilder(Organisation organisation, List<InformationSystem> systems) {
		this.organisation = organisation;
		this.systems = systems;
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
		List<GraphSpec> specs = switch (kind) {
		case RESEAU -> List.of(network());
		case SECURITE -> List.of(security());
		case APPLICATIONS -> List.of(applications());
		case ORGANIGRAMME -> List.of(organisationChart());
		case PROCESSUS -> processes();
		};
		specs.forEach(this::markPlanned);
		return specs;
	}

	/**
	 * Marks the planned and target elements: a diagram of the whole scenario shows the existing system and, dashed and
	 * titled « (prévu) » or « (cible) », what the target system adds, as the contexte lists it apart.
	 */
	private void markPlanned(GraphSpec spec) {
		for (GraphSpec.NodeSpec n : spec.nodes()) {
			LifecycleState state = n.element() == null ? null : planned().get(n.element());
			if (state != null) {
				spec.markPlanned(n.id(), Labels.of(state));
			}
		}
	}

	private Map<String, LifecycleState> planned() {
		if (planned == null) {
			planned = new HashMap<>();
			for (InformationSystem si : systems) {
				// what the existing view leaves out: the resources and links of the system, with what they hold
				for (org.eclipse.emf.ecore.EObject e : si.eContents()) {
					markPlanned(e, null);
				}
			}
		}
		return planned;
	}

	/**
	 * Records the element and what it holds as planned when the innermost resource or link that is or holds it is not
	 * existing.
	 *
	 * @param state the state of the innermost resource or link holding the element, {@code null} when it is existing or
	 *        there is none
	 */
	private void markPlanned(org.eclipse.emf.ecore.EObject element, LifecycleState state) {
		if (element instanceof org.casebook.model.Asset || element instanceof Link) {
			state = States.existing(element) ? null : States.effective(element);
		}
		if (state != null && element instanceof NamedElement named) {
			planned.putIfAbsent(key(named), state);
		}
		for (org.eclipse.emf.ecore.EObject e : element.eContents()) {
			markPlanned(e, state);
		}
	}

	/** @return the label of a link's line, with its state when it is planned or target */
	private static String planned(String label, Link link) {
		return States.existing(link) ? label : (label.isBlank() ? "" : label + " ") + "(" + Labels.of(States.effective(link)) + ")";
	}

	/**
	 * The same content cut into parts that each fit a page, more finely as the level grows: for the network, an
	 * overview of the sites and their WAN, VPN and Internet links, then one diagram per site (level 1) or per site and
	 * security zone (level 2); for the organigramme, the top of the tree down to the entités of that level, then one
	 * diagram per entité of that level; for security, the zones drawn as blocks listing their VLANs (level 1).
	 *
	 * @param kind the kind of diagram
	 * @param level 1 for the coarsest cut
	 * @return the parts, or an empty list when that kind cannot be cut further
	 */
	public List<GraphSpec> parts(DiagramKind kind, int level) {
		List<GraphSpec> parts = cut(kind, level);
		parts.forEach(this::markPlanned);
		return parts;
	}

	private List<GraphSpec> cut(DiagramKind kind, int level) {
		List<GraphSpec> parts = new ArrayList<>();
		switch (kind) {
		case RESEAU -> {
			if (level > 3 || organisation.getSites().size() < 2 && level == 1) {
				return parts;
			}
			if (organisation.getSites().size() >= 2) {
				parts.add(overview());
			}
			for (Site site : organisation.getSites()) {
				if (level == 1) {
					GraphSpec part = network(site, null, true);
					if (!part.nodes().isEmpty()) {
						parts.add(part);
					}
					continue;
				}
				Map<SecurityZone, List<Vlan>> byZone = new LinkedHashMap<>();
				List<Map.Entry<SecurityZone, List<Vlan>>> groups = new ArrayList<>();
				for (InformationSystem si : systems) {
					for (Vlan vlan : si.getVlans()) {
						if (vlan.getSite() == site) {
							byZone.computeIfAbsent(vlan.getZone(), z -> new ArrayList<>()).add(vlan);
							if (level == 3) {
								groups.add(new java.util.AbstractMap.SimpleEntry<>(vlan.getZone(), List.of(vlan)));
							}
						}
					}
				}
				if (level == 2) {
					groups.addAll(byZone.entrySet());
				}
				boolean first = true;
				for (Map.Entry<SecurityZone, List<Vlan>> zone : groups) {
					parts.add(network(site, zone, first));
					first = false;
				}
				if (byZone.isEmpty()) {
					GraphSpec part = network(site, null, true);
					if (!part.nodes().isEmpty()) {
						parts.add(part);
					}
				}
			}
		}
		case ORGANIGRAMME -> {
			List<Department> cut = new ArrayList<>();
			collect(organisation.getDepartments(), 1, level, cut);
			if (cut.size() < 2 || level > 4) {
				return parts;
			}
			GraphSpec top = new GraphSpec(DiagramKind.ORGANIGRAMME, DiagramKind.ORGANIGRAMME.title() + " – " + orgName()
					+ " (direction et entités)", "organigramme", Algorithm.TREE_DOWN);
			String root = key(organisation);
			top.node(root, root, Glyph.DEPARTMENT, null, orgName(),
					lines(org.casebook.model.text.Quantities.staff(organisation.getStaff())), "#1f4e79");
			for (Department department : organisation.getDepartments()) {
				topOf(top, department, root, cut);
			}
			parts.add(top);
			for (Department department : cut) {
				if (department.getPeople().stream().allMatch(p -> p == department.getHead()) && department.getDepartments().isEmpty()) {
					continue;
				}
				GraphSpec part = new GraphSpec(DiagramKind.ORGANIGRAMME, DiagramKind.ORGANIGRAMME.title() + " – " + display(department),
						"organigramme-" + department.getName(), Algorithm.TREE_DOWN);
				departments(part, List.of(department), null);
				parts.add(part);
			}
		}
		case SECURITE -> {
			if (level == 1) {
				parts.add(securityByZone(null));
			} else if (level == 2) {
				for (InformationSystem si : systems) {
					for (SecurityZone zone : si.getZones()) {
						GraphSpec part = securityByZone(zone);
						if (!part.edges().isEmpty()) {
							parts.add(part);
						}
					}
				}
			}
		}
		case APPLICATIONS -> {
			if (level == 1) {
				List<GraphSpec> components = applications().components();
				if (components.size() > 1) {
					parts.addAll(components);
				}
			}
		}
		default -> {
			return parts;
		}
		}
		return parts;
	}

	/** The entités at which the organigramme is cut: those of that depth, and shallower ones without sub-entités. */
	private static void collect(List<Department> departments, int depth, int level, List<Department> cut) {
		for (Department d : departments) {
			if (depth == level || d.getDepartments().isEmpty()) {
				cut.add(d);
			} else {
				collect(d.getDepartments(), depth + 1, level, cut);
			}
		}
	}

	/** The top of the tree: entités above the cut with their people, the entités of the cut as single boxes. */
	private void topOf(GraphSpec spec, Department department, String parent, List<Department> cut) {
		spec.node(key(department), key(department), Glyph.DEPARTMENT, null, display(department), departmentLines(department), null);
		spec.edge(parent, key(department), LineStyle.HIERARCHY, null);
		if (cut.contains(department)) {
			return;
		}
		for (Person person : department.getPeople()) {
			if (person != department.getHead()) {
				spec.node(key(person), key(person), Glyph.PERSON, null, display(person), lines(person.getJobTitle()), null);
				spec.edge(key(department), key(person), LineStyle.HIERARCHY, null);
			}
		}
		for (Department child : department.getDepartments()) {
			topOf(spec, child, key(department), cut);
		}
	}

	/**
	 * Security zones as blocks listing their VLANs, with the rules between zones.
	 *
	 * @param from only the rules leaving that zone, or {@code null} for all
	 */
	private GraphSpec securityByZone(SecurityZone from) {
		GraphSpec spec = new GraphSpec(DiagramKind.SECURITE, DiagramKind.SECURITE.title() + " – " + orgName()
				+ (from == null ? "" : " – depuis la zone " + display(from)), "securite", Algorithm.LAYERED_DOWN);
		for (InformationSystem si : systems) {
			for (SecurityZone zone : si.getZones()) {
				if (from != null && zone != from && si.getFilterRules().stream()
						.noneMatch(r -> key(from).equals(zoneOf(r.getSource(), r.getSourceHost())) && key(zone).equals(zoneOf(r.getDestination(), r.getDestinationHost())))) {
					continue;
				}
				String title = display(zone).toLowerCase(Locale.ROOT).startsWith("zone") ? display(zone) : "Zone " + display(zone);
				List<String> details = new ArrayList<>();
				for (InformationSystem other : systems) {
					for (Vlan vlan : other.getVlans()) {
						if (vlan.getZone() == zone) {
							details.add(vlanTitle(vlan) + (vlan.getSubnet() != null ? " · " + vlan.getSubnet() : ""));
						}
					}
				}
				spec.node(key(zone), key(zone), Glyph.SECURITY_ZONE, null, title, details, zoneFill(zone.getKind()));
			}
		}
		for (InformationSystem si : systems) {
			for (FilterRule rule : si.getFilterRules()) {
				String source = zoneOf(rule.getSource(), rule.getSourceHost());
				String to = zoneOf(rule.getDestination(), rule.getDestinationHost());
				if (source == null || to == null || !spec.has(source) || !spec.has(to) || from != null && !key(from).equals(source)) {
					continue;
				}
				String label = ruleLabel(si, rule);
				spec.edge(source, to, rule.getAction() == FilterAction.REFUSER ? LineStyle.DENY : LineStyle.ALLOW, label);
			}
		}
		return spec;
	}

	/** @return the line of a rule: its position, its name, and its flow (as written, else its protocol and ports) */
	private static String ruleLabel(InformationSystem si, FilterRule rule) {
		String protocol = rule.getProtocol() == null || rule.getProtocol().getValue() == 0 ? "" : rule.getProtocol().getLiteral();
		String technical = (protocol + (rule.getPorts() == null ? "" : " " + rule.getPorts())).strip();
		String flow = rule.getService() != null ? rule.getService() : technical.isEmpty() ? null : technical;
		return order(si, rule) + ". " + rule.getName() + (flow != null ? " · " + flow : "");
	}

	/** @return the position of a rule among the rules of its filtering device: rules apply in that order */
	private static int order(InformationSystem si, FilterRule rule) {
		int position = 0;
		for (FilterRule other : si.getFilterRules()) {
			if (other.getDevice() == rule.getDevice()) {
				position++;
			}
			if (other == rule) {
				break;
			}
		}
		return position;
	}

	/** @return the zone of a rule's side: its zone, the zone of its VLAN, or that of the host's first VLAN; {@code null} for the others */
	private static String zoneOf(NetworkSegment segment, Node host) {
		if (segment == null && host != null) {
			return host.getInterfaces().stream().map(DiagramBuilder::vlan).filter(v -> v != null && v.getZone() != null)
					.map(v -> key(v.getZone())).findFirst().orElse(null);
		}
		if (segment instanceof SecurityZone zone) {
			return key(zone);
		}
		if (segment instanceof Vlan vlan && vlan.getZone() != null) {
			return key(vlan.getZone());
		}
		return null;
	}

	private List<String> departmentLines(Department department) {
		Person head = department.getHead();
		String headLine = head == null ? null : display(head) + (head.getJobTitle() != null ? ", " + head.getJobTitle() : "");
		return lines(headLine, org.casebook.model.text.Quantities.staff(department.getStaff()));
	}

	/** The sites as frames holding the equipment at the ends of their WAN, VPN and Internet links. */
	private GraphSpec overview() {
		GraphSpec spec = new GraphSpec(DiagramKind.RESEAU, "Vue d'ensemble des sites et de leurs liaisons – " + orgName(), "reseau-sites",
				Algorithm.LAYERED_DOWN);
		for (Site site : organisation.getSites()) {
			siteContainer(spec, site);
		}
		spec.node("internet", null, Glyph.INTERNET, null, "Internet", List.of(), null);
		for (InformationSystem si : systems) {
			for (Link link : si.getLinks()) {
				if (link.getKind() == LinkKind.LAN) {
					continue;
				}
				String from = end(spec, link.getSource(), link.getSourceSite());
				String to = link.getTarget() == null && link.getTargetSite() == null && link.getKind() == LinkKind.INTERNET ? "internet"
						: end(spec, link.getTarget(), link.getTargetSite());
				if (from != null && to != null) {
					spec.edge(from, to, style(link), planned(linkLabel(link), link));
				}
			}
		}
		spec.removeIfAlone("internet");
		return spec;
	}

	private String end(GraphSpec spec, Node node, Site site) {
		if (node instanceof NetworkDevice device) {
			spec.node(key(device), key(device), glyph(device.getKind()), siteContainer(spec, siteOf(device)), device.getName(),
					lines(device.getLabel(), device.getProduct()), null);
			return key(device);
		}
		if (node != null) {
			spec.node(key(node), key(node), Glyph.SERVER, siteContainer(spec, siteOf(node)), node.getName(), lines(node.getLabel()), null);
			return key(node);
		}
		return site == null ? null : siteContainer(spec, site);
	}

	private static LineStyle style(Link link) {
		return switch (link.getKind()) {
		case INTERNET -> LineStyle.INTERNET;
		case VPN_SITE_ASITE, VPN_NOMADE -> LineStyle.VPN;
		case LAN -> LineStyle.LAN;
		default -> LineStyle.WAN;
		};
	}

	private static String linkLabel(Link link) {
		return String.join(" · ", lines(link.getTechnology() != null ? link.getTechnology() : display(link), link.getBandwidth()));
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
			if (vlan(itf) != null && vlan(itf).getSite() != null) {
				return vlan(itf).getSite();
			}
		}
		return null;
	}

	private String siteContainer(GraphSpec spec, Site site) {
		if (site == null) {
			return null;
		}
		String id = key(site);
		String title = "Site : " + display(site);
		// a city the label already names (« Siège – Paris », ville « Paris » or « Paris (Île-de-France) ») is not repeated
		String city = site.getCity() == null ? null : site.getCity().strip();
		String core = city == null ? "" : city.split("[(,]", 2)[0].strip();
		if (!core.isEmpty() && title.contains(core)) {
			city = null;
		}
		spec.node(id, key(site), Glyph.SITE, null, title, lines(city), null);
		return id;
	}

	/**
	 * @return the VLAN of an interface, or {@code null} when none is given or its name designates no VLAN (yet: while a
	 *         teacher types it), so that nothing unnamed is drawn
	 */
	static Vlan vlan(NetworkInterface itf) {
		return itf.getVlan() == null || itf.getVlan().eIsProxy() ? null : itf.getVlan();
	}

	/** @return the VLAN of a group of terminals, {@code null} when none is given or it designates no VLAN */
	static Vlan vlan(TerminalGroup terminals) {
		return terminals.getVlan() == null || terminals.getVlan().eIsProxy() ? null : terminals.getVlan();
	}

	private static String vlanTitle(Vlan vlan) {
		String number = vlan.getNumber() > 0 ? "VLAN " + vlan.getNumber() + " – " : "";
		return number + display(vlan);
	}

	private GraphSpec network() {
		return network(null, null, true);
	}

	/** @return the elements at either end of a link of the information system, by identity */
	private static Set<Node> linkEnds(InformationSystem si) {
		Set<Node> ends = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (var link : si.getLinks()) {
			ends.add(link.getSource());
			ends.add(link.getTarget());
		}
		return ends;
	}

	/**
	 * @param only the site drawn, or {@code null} for all
	 * @param zone the VLANs drawn, grouped under their security zone, or {@code null} for all the VLANs of the site
	 * @param loose whether to draw what is attached to no VLAN of the diagram
	 */
	private GraphSpec network(Site only, Map.Entry<SecurityZone, List<Vlan>> zone, boolean loose) {
		String suffix = only == null ? "" : " – site " + display(only)
				+ (zone == null ? "" : zone.getValue().size() == 1 ? " – " + vlanTitle(zone.getValue().get(0))
						: zone.getKey() == null ? " – hors zone" : " – zone " + display(zone.getKey()));
		GraphSpec spec = new GraphSpec(DiagramKind.RESEAU, DiagramKind.RESEAU.title() + " – " + orgName() + suffix,
				only == null ? "reseau" : "reseau-" + only.getName(), Algorithm.LAYERED_DOWN);
		boolean internet = false;
		for (InformationSystem si : systems) {
			internet |= si.getLinks().stream().anyMatch(l -> l.getKind() == LinkKind.INTERNET);
		}
		if (internet) {
			spec.node("internet", null, Glyph.INTERNET, null, "Internet", List.of(), null);
		}
		for (InformationSystem si : systems) {
			for (Vlan vlan : si.getVlans()) {
				if ((only == null || vlan.getSite() == only) && (zone == null || zone.getValue().contains(vlan))) {
					networkVlan(spec, vlan);
				}
			}
		}
		// each kind of element has a method of its own: one method for all of them was too large for the fast compiler
		Map<Vlan, Integer> hosts = new HashMap<>();
		Map<Vlan, Integer> grouped = new LinkedHashMap<>();
		for (InformationSystem si : systems) {
			Set<Node> linkEnds = linkEnds(si);
			for (NetworkDevice device : si.getDevices()) {
				if (only == null || siteOf(device) == only) {
					networkDevice(spec, device, linkEnds, zone, loose);
				}
			}
			for (Server server : si.getServers()) {
				if (only == null || siteOf(server) == only) {
					networkServer(spec, server, linkEnds, zone, loose, hosts, grouped);
				}
			}
			for (TerminalGroup terminals : si.getTerminals()) {
				networkTerminals(spec, terminals, only, zone, loose);
			}
			for (Link link : si.getLinks()) {
				networkLink(spec, link, only);
			}
		}
		if (only != null) {
			spec.removeIfAlone("internet");
		}
		for (Map.Entry<Vlan, Integer> entry : grouped.entrySet()) {
			Vlan vlan = entry.getKey();
			String id = "more:" + vlan.getName();
			int more = entry.getValue();
			spec.node(id, null, Glyph.MORE, key(vlan), "+ " + Plural.count(more, "serveur", "serveurs"),
					List.of(Plural.form(more, "non détaillé", "non détaillés") + " sur ce schéma"), null);
			spec.note(Plural.count(more, "serveur", "serveurs") + " du réseau « " + vlan.getName() + " » "
					+ Plural.form(more, "est regroupé", "sont regroupés") + " (plus de " + hostLimit + " hôtes).");
		}
		return spec;
	}

	/** The block of a VLAN, in the container of its site. */
	private void networkVlan(GraphSpec spec, Vlan vlan) {
		String zoneLine = vlan.getZone() != null ? "zone " + display(vlan.getZone()) : null;
		String subnet = vlan.getSubnet() == null ? null
				: vlan.getSubnet() + (vlan.getGateway() != null ? " · passerelle " + vlan.getGateway() : "");
		String subnet6 = vlan.getSubnet6() == null ? null
				: vlan.getSubnet6() + (vlan.getGateway6() != null ? " · passerelle " + vlan.getGateway6() : "");
		spec.node(key(vlan), key(vlan), Glyph.VLAN, siteContainer(spec, vlan.getSite()), vlanTitle(vlan),
				lines(subnet, subnet6, zoneLine), zoneFill(vlan.getZone() == null ? null : vlan.getZone().getKind()));
	}

	/** A network equipment of the site drawn, joined to its VLANs, or packed inside the one VLAN of the diagram. */
	private void networkDevice(GraphSpec spec, NetworkDevice device, Set<Node> linkEnds, Map.Entry<SecurityZone, List<Vlan>> zone,
			boolean loose) {
		boolean here = device.getInterfaces().stream().anyMatch(i -> vlan(i) != null && spec.has(key(vlan(i))))
				|| placed(device).stream().anyMatch(v -> spec.has(key(v)));
		boolean attached = here || linkEnds.contains(device);
		boolean elsewhere = !here && (device.getInterfaces().stream().anyMatch(i -> vlan(i) != null) || !placed(device).isEmpty());
		if (!here && (!loose || zone != null && elsewhere)) {
			return;
		}
		if (zone != null && zone.getValue().size() == 1 && here
				&& !linkEnds.contains(device)) {
			// one VLAN per diagram: its equipment is packed inside its block, with its address there
			Vlan vlan = zone.getValue().get(0);
			List<String> details = lines(device.getLabel(), device.getProduct());
			device.getInterfaces().stream().filter(i -> vlan(i) == vlan).forEach(i -> details.addAll(lines(i.getAddress(), i.getAddress6())));
			details.addAll(ssids(device));
			spec.node(key(device), key(device), glyph(device.getKind()), key(vlan), device.getName(), details, null);
			attachSsids(spec, device, vlan);
			return;
		}
		String parent = attached ? siteContainer(spec, siteOf(device)) : frame(spec, siteOf(device));
		List<String> details = lines(device.getLabel(), device.getProduct());
		details.addAll(ssids(device));
		spec.node(key(device), key(device), glyph(device.getKind()), parent, device.getName(), details, null);
		attach(spec, device);
	}

	/**
	 * A server of the site drawn, inside the first VLAN of the diagram it has an address in; beyond the host limit of that
	 * VLAN it is only counted in {@code grouped}.
	 */
	private void networkServer(GraphSpec spec, Server server, Set<Node> linkEnds, Map.Entry<SecurityZone, List<Vlan>> zone,
			boolean loose, Map<Vlan, Integer> hosts, Map<Vlan, Integer> grouped) {
		Vlan main = null;
		List<String> addresses = new ArrayList<>();
		int first = 0;
		for (NetworkInterface itf : server.getInterfaces()) {
			Vlan vlan = vlan(itf);
			if ((main == null || vlan == main) && vlan != null && spec.has(key(vlan))) {
				// the addresses in the VLAN the server is drawn in come first, IPv4 then IPv6
				main = vlan;
				List<String> own = lines(itf.getAddress(), itf.getAddress6());
				addresses.addAll(first, own);
				first += own.size();
			} else {
				for (String address : lines(itf.getAddress(), itf.getAddress6())) {
					addresses.add(address + (vlan != null ? " (" + vlanTitle(vlan) + ")" : ""));
				}
			}
		}
		if (main != null && hosts.merge(main, 1, Integer::sum) > hostLimit) {
			grouped.merge(main, 1, Integer::sum);
			return;
		}
		String os = server.getOs() == null ? null
				: server.getOs().getName() + (server.getOs().getVersion() != null ? " " + server.getOs().getVersion() : "");
		List<String> details = lines(server.getLabel(), os);
		details.addAll(addresses);
		boolean linked = linkEnds.contains(server);
		if (main == null && (!loose || zone != null && server.getInterfaces().stream().anyMatch(i -> vlan(i) != null))) {
			return;
		}
		String parent = main != null ? key(main) : linked ? siteContainer(spec, siteOf(server)) : frame(spec, siteOf(server));
		spec.node(key(server), key(server), Glyph.SERVER, parent, server.getName(), details, null);
	}

	/** A group of terminals, in its VLAN when the diagram has it. */
	private void networkTerminals(GraphSpec spec, TerminalGroup terminals, Site only, Map.Entry<SecurityZone, List<Vlan>> zone,
			boolean loose) {
		Vlan vlan = vlan(terminals);
		Site site = terminals.getSite() != null ? terminals.getSite() : vlan != null ? vlan.getSite() : null;
		if (only != null && site != only
				|| !loose && !(vlan != null && spec.has(key(vlan)))
				|| zone != null && vlan != null && !spec.has(key(vlan))) {
			return;
		}
		String count = (terminals.getCount() > 0 ? terminals.getCount() + " × " : "")
				+ Labels.of(terminals.getKind());
		String parent = vlan != null && spec.has(key(vlan)) ? key(vlan) : frame(spec, site);
		spec.node(key(terminals), key(terminals), Glyph.TERMINALS, parent, display(terminals), lines(count, terminals.getOs()),
				null);
	}

	/** A link between two elements or sites of the diagram, else a note that says why it is not drawn. */
	private void networkLink(GraphSpec spec, Link link, Site only) {
		String label = planned(String.join(" · ", lines(link.getTechnology() != null ? link.getTechnology() : display(link),
				link.getBandwidth())), link);
		String from = link.getSource() != null ? key(link.getSource()) : link.getSourceSite() != null ? key(link.getSourceSite()) : null;
		String to = link.getTarget() != null ? key(link.getTarget())
				: link.getTargetSite() != null ? key(link.getTargetSite()) : link.getKind() == LinkKind.INTERNET ? "internet" : null;
		if (only != null && (!spec.has(from == null ? "" : from) || !spec.has(to == null ? "" : to))) {
			return;
		}
		if (from == null || to == null) {
			spec.note("Lien « " + link.getName() + " » non dessiné : extrémités incomplètes.");
			return;
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

	/** The labelled frame of a site holding what is attached to no VLAN of the diagram and to no link. */
	private String frame(GraphSpec spec, Site site) {
		String parent = siteContainer(spec, site);
		String id = "hors-vlan:" + (site == null ? "" : site.getName());
		spec.node(id, null, Glyph.FRAME, parent, "Non rattachés à un VLAN", List.of(), "#fafafa");
		return id;
	}

	/**
	 * Joins a node to each VLAN of the diagram it sits in, once per VLAN, the line labelled with its addresses there (IPv4
	 * then IPv6), else the interface's name; an equipment placed in a VLAN without an address (a Wi-Fi access point, a
	 * switch) and the VLANs of the SSIDs of an access point are joined too.
	 */
	private void attach(GraphSpec spec, Node node) {
		Map<Vlan, List<String>> labels = new LinkedHashMap<>();
		for (NetworkInterface itf : node.getInterfaces()) {
			if (vlan(itf) != null && spec.has(key(vlan(itf)))) {
				List<String> label = labels.computeIfAbsent(vlan(itf), v -> new ArrayList<>());
				List<String> addresses = lines(itf.getAddress(), itf.getAddress6());
				label.addAll(addresses.isEmpty() ? lines(itf.getName()) : addresses);
			}
		}
		if (node instanceof NetworkDevice device) {
			for (Vlan vlan : placed(device)) {
				if (spec.has(key(vlan))) {
					labels.computeIfAbsent(vlan, v -> new ArrayList<>());
				}
			}
			for (WifiNetwork ssid : device.getSsids()) {
				if (ssid.getVlan() != null && !ssid.getVlan().eIsProxy() && spec.has(key(ssid.getVlan())) && ssid.getSsid() != null) {
					labels.computeIfAbsent(ssid.getVlan(), v -> new ArrayList<>()).add("SSID « " + ssid.getSsid() + " »");
				}
			}
		}
		for (Map.Entry<Vlan, List<String>> entry : labels.entrySet()) {
			String label = String.join(" · ", new LinkedHashSet<>(entry.getValue()));
			spec.edge(key(node), key(entry.getKey()), LineStyle.LAN, label.isEmpty() ? null : label);
		}
	}

	/** Joins an access point packed in a VLAN's block to the other VLANs of the diagram its SSIDs put their clients in. */
	private void attachSsids(GraphSpec spec, NetworkDevice device, Vlan home) {
		Map<Vlan, List<String>> labels = new LinkedHashMap<>();
		for (WifiNetwork ssid : device.getSsids()) {
			Vlan vlan = ssid.getVlan();
			if (vlan != null && !vlan.eIsProxy() && vlan != home && spec.has(key(vlan)) && ssid.getSsid() != null) {
				labels.computeIfAbsent(vlan, v -> new ArrayList<>()).add("SSID « " + ssid.getSsid() + " »");
			}
		}
		labels.forEach((vlan, label) -> spec.edge(key(device), key(vlan), LineStyle.LAN, String.join(" · ", label)));
	}

	/** @return the VLANs an equipment is placed in without an address, that designate a VLAN */
	private static List<Vlan> placed(NetworkDevice device) {
		return device.getVlans().stream().filter(v -> v != null && !v.eIsProxy()).toList();
	}

	/** @return one line per SSID an access point broadcasts: its name, security, authentication and whether it is hidden */
	private static List<String> ssids(NetworkDevice device) {
		List<String> result = new ArrayList<>();
		for (WifiNetwork ssid : device.getSsids()) {
			if (ssid.getSsid() == null) {
				continue;
			}
			List<String> parts = lines("SSID « " + ssid.getSsid() + " »", Labels.of(ssid.getSecurity()), ssid.getAuthentication(),
					ssid.isMasked() ? "masqué" : null);
			result.add(String.join(" · ", parts));
		}
		return result;
	}

	// ------------------------------------------------------------------------------------------------ security

	private GraphSpec security() {
		GraphSpec spec = new GraphSpec(DiagramKind.SECURITE, DiagramKind.SECURITE.title() + " – " + orgName(), "securite",
				Algorithm.LAYERED_DOWN);
		for (InformationSystem si : systems) {
			for (SecurityZone zone : si.getZones()) {
				String title = display(zone).toLowerCase(Locale.ROOT).startsWith("zone") ? display(zone) : "Zone " + display(zone);
				spec.node(key(zone), key(zone), Glyph.ZONE, null, title,
						lines(zone.getKind().getValue() == 0 ? null : Labels.of(zone.getKind())),
						zoneFill(zone.getKind()));
			}
		}
		for (InformationSystem si : systems) {
			for (Vlan vlan : si.getVlans()) {
				String parent = vlan.getZone() != null && spec.has(key(vlan.getZone())) ? key(vlan.getZone()) : null;
				spec.node(key(vlan), key(vlan), Glyph.VLAN, parent, vlanTitle(vlan), lines(vlan.getSubnet(), vlan.getSubnet6()),
						zoneFill(vlan.getZone() == null ? null : vlan.getZone().getKind()));
			}
		}
		for (InformationSystem si : systems) {
			for (NetworkDevice device : si.getDevices()) {
				boolean filtering = switch (device.getKind()) {
				case PARE_FEU, UTM, ROUTEUR_PARE_FEU, PROXY -> true;
				default -> false;
				};
				boolean used = si.getFilterRules().stream().anyMatch(r -> r.getDevice() == device);
				boolean policy = device.getDefaultPolicy() != null && device.getDefaultPolicy() != FilterAction.NON_PRECISE;
				if (!filtering && !used && !policy) {
					continue;
				}
				// a switch or a router that filters (access lists) keeps its own symbol
				List<String> details = lines(filtering ? device.getProduct() : Labels.of(device.getKind()), filtering ? null : device.getProduct(),
						policy ? defaultPolicy(device.getDefaultPolicy()) : null);
				spec.node(key(device), key(device), glyph(device.getKind()), null, device.getName(), details, null);
				Set<SecurityZone> zones = new LinkedHashSet<>();
				for (NetworkInterface itf : device.getInterfaces()) {
					if (vlan(itf) != null && vlan(itf).getZone() != null) {
						zones.add(vlan(itf).getZone());
					}
				}
				for (SecurityZone zone : zones) {
					spec.edge(key(device), key(zone), LineStyle.LAN, null);
				}
			}
		}
		for (InformationSystem si : systems) {
			for (FilterRule rule : si.getFilterRules()) {
				String from = endpoint(spec, rule.getSource(), rule.getSourceHost(), rule.isSourceInternet(), rule.isSourceAny(),
						rule.isSourceAny() ? rule.getExcluded() : List.of());
				String to = endpoint(spec, rule.getDestination(), rule.getDestinationHost(), rule.isDestinationInternet(),
						rule.isDestinationAny(), rule.isDestinationAny() && !rule.isSourceAny() ? rule.getExcluded() : List.of());
				if (from == null || to == null) {
					spec.note("Règle « " + rule.getName() + " » non dessinée : source ou destination absente du schéma.");
					continue;
				}
				String label = ruleLabel(si, rule);
				spec.edge(from, to, rule.getAction() == FilterAction.REFUSER ? LineStyle.DENY : LineStyle.ALLOW, label);
			}
		}
		return spec;
	}

	/** @return the default policy of a filtering equipment as its node states it */
	private static String defaultPolicy(FilterAction action) {
		return "par défaut : tout " + (action == FilterAction.REFUSER ? "refuser" : "autoriser") + " (après les règles)";
	}

	/**
	 * @return the node a filtering rule starts or ends on: its zone or VLAN, the host (drawn in its VLAN's block when
	 *         that VLAN is drawn), Internet (the zone of kind internet when there is one) or « tout » with its
	 *         exceptions; {@code null} when the rule says nothing of it
	 */
	private String endpoint(GraphSpec spec, NetworkSegment segment, Node host, boolean internet, boolean any, List<NetworkSegment> excluded) {
		if (segment instanceof HostGroup group && !group.eIsProxy()) {
			List<String> members = group.getMembers().stream().filter(m -> m != null && !m.eIsProxy()).map(NamedElement::getName).toList();
			spec.node(key(group), key(group), Glyph.HOST_GROUP, null, display(group),
					members.isEmpty() ? List.of() : List.of(members.size() <= 4 ? String.join(", ", members)
							: String.join(", ", members.subList(0, 3)) + "… (" + Plural.count(members.size(), "hôte", "hôtes") + ")"), null);
			return key(group);
		}
		if (segment != null && !segment.eIsProxy()) {
			return spec.has(key(segment)) ? key(segment) : null;
		}
		if (host != null && !host.eIsProxy()) {
			if (!spec.has(key(host))) {
				// in the zone of its VLAN, the VLAN written under its name (the VLAN blocks are laid out on their own)
				Vlan vlan = host.getInterfaces().stream().map(DiagramBuilder::vlan).filter(v -> v != null).findFirst().orElse(null);
				String parent = vlan != null && vlan.getZone() != null && spec.has(key(vlan.getZone())) ? key(vlan.getZone()) : null;
				Glyph glyph = host instanceof NetworkDevice device ? glyph(device.getKind()) : Glyph.SERVER;
				spec.node(key(host), key(host), glyph, parent, host.getName(), lines(host.getLabel(), vlan == null ? null : vlanTitle(vlan)), null);
			}
			return key(host);
		}
		if (internet) {
			for (InformationSystem si : systems) {
				for (SecurityZone zone : si.getZones()) {
					if (zone.getKind() == ZoneKind.INTERNET && spec.has(key(zone))) {
						return key(zone);
					}
				}
			}
			spec.node("internet", null, Glyph.INTERNET, null, "Internet", List.of(), null);
			return "internet";
		}
		if (any) {
			List<String> names = excluded.stream().filter(e -> e != null && !e.eIsProxy()).map(DiagramBuilder::display).toList();
			String id = "tout:" + String.join(",", excluded.stream().filter(e -> e != null && !e.eIsProxy()).map(NamedElement::getName).toList());
			spec.node(id, null, Glyph.ANY, null, names.isEmpty() ? "Tout réseau" : "Tout réseau sauf " + String.join(", ", names),
					List.of(), null);
			return id;
		}
		return null;
	}

	// ------------------------------------------------------------------------------------------------ applications

	private GraphSpec applications() {
		GraphSpec spec = new GraphSpec(DiagramKind.APPLICATIONS, DiagramKind.APPLICATIONS.title() + " – " + orgName(),
				"applications", Algorithm.LAYERED_RIGHT);
		for (InformationSystem si : systems) {
			for (Application app : si.getApplications()) {
				String tiers = String.join(", ", app.getTiers().stream().map(Labels::of).toList());
				String data = app.getDataSite() != null ? "données : " + display(app.getDataSite()) : null;
				spec.node(key(app), key(app), Glyph.APPLICATION, null, display(app), lines(tiers, data), null);
			}
		}
		for (InformationSystem si : systems) {
			for (Dbms dbms : si.getDbms()) {
				// the product, else the label the teacher gave, never the internal name when there is a label
				String shown = dbms.getProduct() != null ? dbms.getProduct() : display(dbms);
				// a label that says « SGBD » already is not prefixed a second time (« SGBD SGBD des applications »)
				String title = (shown.regionMatches(true, 0, "SGBD", 0, 4) ? "" : "SGBD ") + shown
						+ (dbms.getVersion() != null ? " " + dbms.getVersion() : "");
				spec.node(key(dbms), key(dbms), Glyph.DBMS, null, title, lines(dbms.getProceduralLanguage()), null);
				for (Database db : dbms.getDatabases()) {
					spec.node(key(db), key(db), Glyph.DATABASE, key(dbms), display(db),
							lines(db.isPersonalData() ? "données personnelles" : null), null);
				}
			}
		}
		Set<Server> servers = new LinkedHashSet<>();
		for (InformationSystem si : systems) {
			for (Application app : si.getApplications()) {
				servers.addAll(app.getHostedOn());
			}
			for (Dbms dbms : si.getDbms()) {
				if (dbms.getServer() != null) {
					servers.add(dbms.getServer());
				}
			}
		}
		for (Server server : servers) {
			String os = server.getOs() == null ? null : server.getOs().getName();
			spec.node(key(server), key(server), Glyph.SERVER, null, server.getName(), lines(os), null);
		}
		for (InformationSystem si : systems) {
			for (Application app : si.getApplications()) {
				for (Database db : app.getDatabases()) {
					spec.edge(key(app), key(db), LineStyle.FLOW, null);
				}
				for (RemoteCall call : app.getRemoteCalls()) {
					if (call.getTarget() != null) {
						spec.edge(key(app), key(call.getTarget()), LineStyle.FLOW, Labels.of(call.getProtocol()));
					}
				}
				for (Server server : app.getHostedOn()) {
					spec.edge(key(app), key(server), LineStyle.HOSTING, null);
				}
			}
			for (Dbms dbms : si.getDbms()) {
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
				lines(org.casebook.model.text.Quantities.staff(organisation.getStaff())), "#1f4e79");
		departments(spec, organisation.getDepartments(), root);
		return spec;
	}

	/** A department to draw under its parent's node. */
	private record Pending(Department department, String parent) {
	}

	/** Draws the departments in depth-first order with a stack of its own: a deep chart cannot exhaust the thread's stack. */
	private void departments(GraphSpec spec, List<Department> top, String parent) {
		java.util.ArrayDeque<Pending> stack = new java.util.ArrayDeque<>();
		List<Department> first = top;
		for (int i = first.size() - 1; i >= 0; i--) {
			stack.push(new Pending(first.get(i), parent));
		}
		while (!stack.isEmpty()) {
			Pending next = stack.pop();
			department(spec, next.department(), next.parent());
			List<Department> children = next.department().getDepartments();
			for (int i = children.size() - 1; i >= 0; i--) {
				stack.push(new Pending(children.get(i), key(next.department())));
			}
		}
	}

	private void department(GraphSpec spec, Department department, String parent) {
		Person head = department.getHead();
		String headLine = head == null ? null : display(head) + (head.getJobTitle() != null ? ", " + head.getJobTitle() : "");
		spec.node(key(department), key(department), Glyph.DEPARTMENT, null, display(department),
				lines(headLine, org.casebook.model.text.Quantities.staff(department.getStaff())), null);
		if (parent != null) {
			spec.edge(parent, key(department), LineStyle.HIERARCHY, null);
		}
		for (Person person : department.getPeople()) {
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
		for (BusinessProcess process : organisation.getProcesses()) {
			GraphSpec spec = new GraphSpec(DiagramKind.PROCESSUS, "Processus – " + display(process), "processus-" + process.getName(),
					Algorithm.LAYERED_RIGHT);
			List<ProcessStep> steps = process.getSteps();
			if (steps.isEmpty()) {
				spec.node(key(process), key(process), Glyph.STEP, null, display(process), List.of(), null);
				for (Actor actor : process.getActors()) {
					actor(spec, actor);
					spec.edge(key(actor), key(process), LineStyle.PARTICIPATION, null);
				}
				for (Application app : process.getApplications()) {
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
				if (step.getActor() != null) {
					actor(spec, step.getActor());
					spec.edge(key(step.getActor()), id, LineStyle.PARTICIPATION, null);
				}
				for (Application app : step.getApplications()) {
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
