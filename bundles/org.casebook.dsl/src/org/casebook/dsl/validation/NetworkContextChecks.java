// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.casebook.model.CasebookPackage;
import org.casebook.model.FilterAction;
import org.casebook.model.FilterProtocol;
import org.casebook.model.FilterRule;
import org.casebook.model.HostGroup;
import org.casebook.model.InformationSystem;
import org.casebook.model.Model;
import org.casebook.model.NamedElement;
import org.casebook.model.NamingRule;
import org.casebook.model.NamingTarget;
import org.casebook.model.NetworkInterface;
import org.casebook.model.Node;
import org.casebook.model.Organisation;
import org.casebook.model.Vlan;
import org.casebook.model.WifiNetwork;
import org.casebook.model.WifiSecurity;
import org.casebook.model.net.Ipv6;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/** Checks of the network facts of real contexts: IPv6 addressing, Wi-Fi networks, naming rules and the order of filtering rules. */
public class NetworkContextChecks extends ComposedChecks {

	private static final CasebookPackage P = CasebookPackage.eINSTANCE;

	// ------------------------------------------------------------------------------------------------ IPv6

	/** IPv6 prefixes, gateways and addresses get the same checks as IPv4: well formed, inside the prefix, unique, not reserved. */
	@Check
	public void checkIpv6Plan(InformationSystem system) {
		List<Prefix> prefixes = new ArrayList<>();
		for (Vlan vlan : system.getVlans()) {
			Ipv6 prefix = parse(vlan.getSubnet6(), vlan, P.getVlan_Subnet6());
			if (prefix != null) {
				if (prefix.prefix() == Ipv6.HOST_PREFIX && !vlan.getSubnet6().contains("/")) {
					warning("préfixe IPv6 « " + vlan.getSubnet6() + " » sans longueur : écrire par exemple \"" + vlan.getSubnet6() + "/64\"", vlan,
							P.getVlan_Subnet6(), IssueCodes.SUBNET_HOST_BITS);
				} else if (prefix.hasHostBits()) {
					warning("préfixe IPv6 « " + vlan.getSubnet6() + " » écrit avec des bits d'hôte : le préfixe est " + prefix.withPrefix(prefix.prefix()),
							vlan, P.getVlan_Subnet6(), IssueCodes.SUBNET_HOST_BITS);
				}
				prefixes.add(new Prefix(prefix, vlan));
			}
			Ipv6 gateway = parse(vlan.getGateway6(), vlan, P.getVlan_Gateway6());
			if (gateway != null) {
				if (prefix == null) {
					warning("passerelle IPv6 sans préfixe : donner le préfixe (réseau6) du vlan « " + vlan.getName() + " »", vlan,
							P.getVlan_Gateway6(), IssueCodes.GATEWAY_WITHOUT_SUBNET);
				} else if (!prefix.contains(gateway)) {
					error("passerelle IPv6 " + gateway.addressText() + " hors du préfixe " + prefix + " du vlan « " + vlan.getName() + " »", vlan,
							P.getVlan_Gateway6(), IssueCodes.GATEWAY_OUTSIDE_SUBNET);
				}
			}
		}
		prefixes.sort(Comparator.comparing(Prefix::prefix));
		for (int i = 1; i < prefixes.size(); i++) {
			for (int j = 0; j < i; j++) {
				if (prefixes.get(i).prefix().overlaps(prefixes.get(j).prefix())) {
					error("préfixe IPv6 " + prefixes.get(i).prefix() + " du vlan « " + prefixes.get(i).vlan().getName() + " » chevauche le préfixe "
							+ prefixes.get(j).prefix() + " du vlan « " + prefixes.get(j).vlan().getName() + " »", prefixes.get(i).vlan(),
							P.getVlan_Subnet6(), IssueCodes.OVERLAPPING_SUBNETS);
					break;
				}
			}
		}
		Map<java.math.BigInteger, NetworkInterface> used = new HashMap<>();
		List<Node> nodes = new ArrayList<>(system.getDevices());
		nodes.addAll(system.getServers());
		for (Node node : nodes) {
			for (NetworkInterface itf : node.getInterfaces()) {
				Ipv6 address = parse(itf.getAddress6(), itf, P.getNetworkInterface_Address6());
				if (address == null) {
					continue;
				}
				String reserved = address.reserved();
				Vlan vlan = itf.getVlan();
				Ipv6 prefix = vlan == null || vlan.eIsProxy() ? null : Ipv6.tryParse(vlan.getSubnet6());
				if (reserved != null) {
					error("adresse IPv6 " + address.addressText() + " de « " + node.getName() + " » : " + reserved, itf,
							P.getNetworkInterface_Address6(), IssueCodes.RESERVED_ADDRESS);
				} else if (prefix != null && !prefix.contains(address)) {
					error("adresse IPv6 " + address.addressText() + " de « " + node.getName() + " » hors du préfixe " + prefix + " du vlan « "
							+ vlan.getName() + " »", itf, P.getNetworkInterface_Address6(), IssueCodes.ADDRESS_OUTSIDE_SUBNET);
				}
				NetworkInterface other = used.putIfAbsent(address.address(), itf);
				if (other != null) {
					error("adresse IPv6 " + address.addressText() + " déjà attribuée à « " + ((NamedElement) other.eContainer()).getName() + " »", itf,
							P.getNetworkInterface_Address6(), IssueCodes.DUPLICATE_ADDRESS);
				}
			}
		}
	}

	private record Prefix(Ipv6 prefix, Vlan vlan) {
	}

	private Ipv6 parse(String text, EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature) {
		if (text == null) {
			return null;
		}
		try {
			return Ipv6.parse(text);
		} catch (IllegalArgumentException e) {
			error(e.getMessage() + " ; par exemple \"2001:db8:10::1\" ou \"2001:db8:10::/64\"", owner, feature, IssueCodes.INVALID_VALUE);
			return null;
		}
	}

	// ------------------------------------------------------------------------------------------------ Wi-Fi

	/** A Wi-Fi network without security (or with WEP) reaching an internal VLAN, or an enterprise mode without authentication. */
	@Check
	public void checkWifi(WifiNetwork wifi) {
		if (wifi.getSecurity() == WifiSecurity.WEP) {
			warning("SSID « " + wifi.getSsid() + " » en WEP : ce chiffrement est cassé, écrire sécurité wpa2_personnel, wpa3_personnel ou wpa2_entreprise",
					wifi, P.getWifiNetwork_Security(), IssueCodes.WEAK_WIFI);
		} else if (wifi.getSecurity() == WifiSecurity.OUVERT && wifi.getVlan() != null && wifi.getVlan().getZone() != null
				&& wifi.getVlan().getZone().getKind() != org.casebook.model.ZoneKind.INVITES
				&& wifi.getVlan().getZone().getKind() != org.casebook.model.ZoneKind.WIFI
				&& wifi.getVlan().getZone().getKind() != org.casebook.model.ZoneKind.NON_PRECISE) {
			warning("SSID ouvert « " + wifi.getSsid() + " » dans le vlan « " + wifi.getVlan().getName() + " » de la zone « "
					+ wifi.getVlan().getZone().getName() + " » : un réseau ouvert se place dans une zone invités ou wifi", wifi,
					P.getWifiNetwork_Vlan(), IssueCodes.WEAK_WIFI);
		}
		if ((wifi.getSecurity() == WifiSecurity.WPA2_ENTREPRISE || wifi.getSecurity() == WifiSecurity.WPA3_ENTREPRISE)
				&& (wifi.getAuthentication() == null || wifi.getAuthentication().isBlank())) {
			warning("SSID « " + wifi.getSsid() + " » en mode entreprise sans serveur d'authentification : écrire par exemple authentification \"RADIUS (NPS)\"",
					wifi, P.getWifiNetwork_Security(), IssueCodes.WEAK_WIFI);
		}
	}

	// ------------------------------------------------------------------------------------------------ naming rules

	/** A naming rule's pattern must be valid, and the names of the elements it governs must follow it. */
	@Check
	public void checkNamingRule(NamingRule rule) {
		if (rule.getPattern() == null || rule.getPattern().isBlank()) {
			error("règle de nommage « " + rule.getName() + " » sans motif : écrire par exemple motif \"SRV-[A-Z]{3}-[0-9]{2}\"", rule,
					P.getNamedElement_Name(), IssueCodes.INVALID_NAMING_RULE);
			return;
		}
		Pattern pattern;
		try {
			pattern = Pattern.compile(rule.getPattern());
		} catch (PatternSyntaxException e) {
			error("motif « " + rule.getPattern() + " » invalide : " + e.getDescription() + " (position " + e.getIndex() + ")", rule,
					P.getNamingRule_Pattern(), IssueCodes.INVALID_NAMING_RULE);
			return;
		}
		if (rule.getExample() != null && !pattern.matcher(rule.getExample()).matches()) {
			error("l'exemple « " + rule.getExample() + " » ne suit pas le motif « " + rule.getPattern() + " »", rule, P.getNamingRule_Example(),
					IssueCodes.INVALID_NAMING_RULE);
			return;
		}
		if (!(rule.eContainer() instanceof InformationSystem system)) {
			return;
		}
		String expected = rule.getExample() != null ? "forme attendue « " + rule.getExample() + " » (motif « " + rule.getPattern() + " »)"
				: "motif attendu « " + rule.getPattern() + " »";
		for (NamedElement named : governed(system, rule.getTargets())) {
			if (named.getName() != null && !pattern.matcher(named.getName()).matches()) {
				getMessageAcceptor().acceptWarning("nom « " + named.getName() + " » hors de la règle de nommage « " + rule.getName() + " » : " + expected,
						named, P.getNamedElement_Name(), -1, IssueCodes.NAME_NOT_FOLLOWING_RULE);
			}
		}
	}

	private static List<NamedElement> governed(InformationSystem system, List<NamingTarget> targets) {
		List<NamedElement> found = new ArrayList<>();
		for (NamingTarget target : targets) {
			switch (target) {
			case SERVEURS -> found.addAll(system.getServers());
			case EQUIPEMENTS -> found.addAll(system.getDevices());
			case TERMINAUX -> found.addAll(system.getTerminals());
			case SERVICES -> found.addAll(system.getServices());
			case APPLICATIONS -> found.addAll(system.getApplications());
			case VLANS -> found.addAll(system.getVlans());
			case GROUPES -> found.addAll(system.getGroups());
			case PRISES, SALLES, PERSONNES -> {
				for (Organisation organisation : organisations(system)) {
					organisation.eAllContents().forEachRemaining(e -> {
						if (target == NamingTarget.PRISES && e instanceof org.casebook.model.Socket
								|| target == NamingTarget.SALLES && e instanceof org.casebook.model.Room
								|| target == NamingTarget.PERSONNES && e instanceof org.casebook.model.Person) {
							found.add((NamedElement) e);
						}
					});
				}
			}
			default -> {
			}
			}
		}
		return found;
	}

	/** @return the organisation of the system, or the organisations of its file when it names none */
	private static List<Organisation> organisations(InformationSystem system) {
		if (system.getOrganisation() != null && !system.getOrganisation().eIsProxy()) {
			return List.of(system.getOrganisation());
		}
		if (system.eContainer() instanceof Model model) {
			return model.getElements().stream().filter(Organisation.class::isInstance).map(Organisation.class::cast).toList();
		}
		return List.of();
	}

	// ------------------------------------------------------------------------------------------------ ordered filtering

	/** A group of hosts names its hosts: a rule from or to an empty group matches no flow. */
	@Check
	public void checkHostGroup(HostGroup group) {
		if (group.getMembers().isEmpty()) {
			warning("groupe d'hôtes « " + group.getName() + " » sans membre : une règle de filtrage qui le vise ne s'applique à aucun flux ; "
					+ "nommer ses hôtes, par exemple : membres SRV-1, SRV-2", group, P.getNamedElement_Name(), IssueCodes.INVALID_HOST_GROUP);
			return;
		}
		java.util.Set<Node> seen = new java.util.HashSet<>();
		for (int i = 0; i < group.getMembers().size(); i++) {
			Node member = group.getMembers().get(i);
			if (member != null && !member.eIsProxy() && !seen.add(member)) {
				warning("hôte « " + member.getName() + " » nommé deux fois dans le groupe d'hôtes « " + group.getName() + " »", group,
						P.getHostGroup_Members(), i, IssueCodes.INVALID_HOST_GROUP);
			}
		}
	}

	/** What a rule matches on one side: a zone or VLAN, a host, a group of hosts, Internet, or anything. */
	private record Endpoint(Object target, boolean any) {
		/** @return whether it may take flows of other targets than its own: anything, a zone (its VLANs), a group (its hosts) */
		boolean wide() {
			return any || target instanceof org.casebook.model.SecurityZone || target instanceof HostGroup;
		}

		boolean covers(Endpoint other) {
			if (any) {
				return true;
			}
			if (other.any || target == null) {
				return false;
			}
			if (target == other.target || target instanceof org.casebook.model.SecurityZone zone && other.target instanceof Vlan vlan && vlan.getZone() == zone) {
				return true;
			}
			// a group takes its hosts, and the groups whose hosts are all its own
			if (target instanceof HostGroup group) {
				return other.target instanceof Node host ? group.getMembers().contains(host)
						: other.target instanceof HostGroup smaller && !smaller.getMembers().isEmpty()
								&& group.getMembers().containsAll(smaller.getMembers());
			}
			return false;
		}
	}

	private static Endpoint source(FilterRule rule) {
		return endpoint(rule.getSource(), rule.getSourceHost(), rule.isSourceInternet(), rule.isSourceAny());
	}

	private static Endpoint destination(FilterRule rule) {
		return endpoint(rule.getDestination(), rule.getDestinationHost(), rule.isDestinationInternet(), rule.isDestinationAny());
	}

	private static Endpoint endpoint(Object segment, Object host, boolean internet, boolean any) {
		return new Endpoint(any ? null : internet ? "internet" : host != null ? host : segment, any);
	}

	/** @return whether the flows of {@code earlier} include every flow of {@code later} */
	private static boolean coversFlow(FilterRule earlier, FilterRule later) {
		boolean protocol = (earlier.getProtocol() == FilterProtocol.NON_PRECISE || earlier.getProtocol() == FilterProtocol.TOUT) && earlier.getPorts() == null
				|| earlier.getProtocol() == later.getProtocol() && java.util.Objects.equals(earlier.getPorts(), later.getPorts());
		return protocol && (earlier.getService() == null || earlier.getService().equals(later.getService()));
	}

	private static boolean sameMatch(FilterRule a, FilterRule b) {
		return source(a).equals(source(b)) && destination(a).equals(destination(b)) && a.getProtocol() == b.getProtocol()
				&& java.util.Objects.equals(a.getPorts(), b.getPorts()) && java.util.Objects.equals(a.getService(), b.getService())
				&& a.getExcluded().isEmpty() && b.getExcluded().isEmpty();
	}

	/**
	 * Rules apply in the order they are written, for each filtering device, the first that matches a flow deciding: a
	 * rule whose flows an earlier rule already takes is unreachable, and contradicts it when it decides otherwise.
	 */
	@Check
	public void checkFilterOrder(InformationSystem system) {
		Map<Object, List<FilterRule>> chains = new java.util.LinkedHashMap<>();
		for (FilterRule rule : system.getFilterRules()) {
			chains.computeIfAbsent(rule.getDevice() == null ? "" : rule.getDevice(), k -> new ArrayList<>()).add(rule);
		}
		for (List<FilterRule> chain : chains.values()) {
			// the earlier rules that may take a later one's flows: those on its very source, and those on anything, a zone or a group
			Map<Object, List<Integer>> onSource = new HashMap<>();
			List<Integer> wide = new ArrayList<>();
			Endpoint[] sources = new Endpoint[chain.size()];
			Endpoint[] destinations = new Endpoint[chain.size()];
			for (int i = 0; i < chain.size(); i++) {
				FilterRule later = chain.get(i);
				sources[i] = source(later);
				destinations[i] = destination(later);
				if (later.getAction() != FilterAction.NON_PRECISE) {
					FilterRule earlier = firstTaking(chain, i, sources, destinations, onSource.getOrDefault(sources[i].target(), List.of()), wide);
					if (earlier != null) {
						report(earlier, later);
					}
				}
				if (later.getExcluded().isEmpty() && later.getAction() != FilterAction.NON_PRECISE) {
					if (sources[i].wide()) {
						wide.add(i);
					} else if (sources[i].target() != null) {
						onSource.computeIfAbsent(sources[i].target(), k -> new ArrayList<>()).add(i);
					}
				}
			}
		}
	}

	/** @return the first rule before the {@code i}th, among the candidates (two ascending lists), that takes all its flows */
	private static FilterRule firstTaking(List<FilterRule> chain, int i, Endpoint[] sources, Endpoint[] destinations, List<Integer> same,
			List<Integer> wide) {
		FilterRule later = chain.get(i);
		int a = 0;
		int b = 0;
		while (a < same.size() || b < wide.size()) {
			int j = b >= wide.size() || a < same.size() && same.get(a) < wide.get(b) ? same.get(a++) : wide.get(b++);
			if (sources[j].covers(sources[i]) && destinations[j].covers(destinations[i]) && coversFlow(chain.get(j), later)) {
				return chain.get(j);
			}
		}
		return null;
	}

	private void report(FilterRule earlier, FilterRule later) {
		String verb = earlier.getAction() == FilterAction.AUTORISER ? "autorise" : "refuse";
		if (earlier.getAction() != later.getAction()) {
			warning("règle « " + later.getName() + " » contredite par la règle « " + earlier.getName() + " », écrite avant, qui " + verb
					+ " déjà " + (sameMatch(earlier, later) ? "les mêmes flux" : "tous ces flux")
					+ " : la première règle qui correspond s'applique ; placer « " + later.getName() + " » avant « " + earlier.getName() + " »",
					later, P.getNamedElement_Name(), IssueCodes.CONTRADICTORY_FILTER_RULE);
		} else {
			warning("règle « " + later.getName() + " » inaccessible : la règle « " + earlier.getName() + " », écrite avant, " + verb
					+ " déjà tous ces flux", later, P.getNamedElement_Name(), IssueCodes.SHADOWED_FILTER_RULE);
		}
	}
}
