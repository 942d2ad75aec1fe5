// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.conformity;

import static org.casebook.model.ToolCategory.ADMINISTRATION_DISTANCE;
import static org.casebook.model.ToolCategory.ANALYSE_TRAFIC;
import static org.casebook.model.ToolCategory.ANALYSE_TRAMES;
import static org.casebook.model.ToolCategory.CHIFFREMENT;
import static org.casebook.model.ToolCategory.DEPLOIEMENT;
import static org.casebook.model.ToolCategory.GESTION_CONFIGURATIONS;
import static org.casebook.model.ToolCategory.GESTION_INCIDENTS;
import static org.casebook.model.ToolCategory.GESTION_VERSIONS;
import static org.casebook.model.ToolCategory.IDS;
import static org.casebook.model.ToolCategory.INVENTAIRE;
import static org.casebook.model.ToolCategory.IPS;
import static org.casebook.model.ToolCategory.SIEM;
import static org.casebook.model.ToolCategory.SUIVI_PROBLEMES;
import static org.casebook.model.ToolCategory.SUPERVISION;
import static org.casebook.model.ToolCategory.TESTS;
import static org.casebook.model.ToolCategory.TESTS_SECURITE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.casebook.model.AccessRight;
import org.casebook.model.Application;
import org.casebook.model.ApplicationOrigin;
import org.casebook.model.Asset;
import org.casebook.model.Audience;
import org.casebook.model.BackupSolution;
import org.casebook.model.ContinuityCategory;
import org.casebook.model.ContinuitySolution;
import org.casebook.model.Contract;
import org.casebook.model.Dbms;
import org.casebook.model.DevEnvironment;
import org.casebook.model.DeviceKind;
import org.casebook.model.Exposure;
import org.casebook.model.HostingKind;
import org.casebook.model.ItService;
import org.casebook.model.Link;
import org.casebook.model.LinkKind;
import org.casebook.model.NetworkDevice;
import org.casebook.model.Server;
import org.casebook.model.ServiceKind;
import org.casebook.model.ServiceLevel;
import org.casebook.model.Site;
import org.casebook.model.TerminalGroup;
import org.casebook.model.TerminalKind;
import org.casebook.model.Tier;
import org.casebook.model.Tool;
import org.casebook.model.text.Plural;
import org.casebook.model.ToolCategory;
import org.casebook.model.FilterRule;
import org.eclipse.emf.ecore.EObject;
import org.casebook.referential.Referential.Option;

/**
 * The rules of Annexe II.E (environnement technologique pour la certification), each with its id, the exact text of
 * the regulation and its evaluation on a scenario.
 */
public final class AnnexIIE {

	/** Heading of the common rules. */
	public static final String COMMON = "1. Éléments communs aux deux options";
	/** Heading of the SISR rules. */
	public static final String SISR = "2. Option « solutions d'infrastructure, systèmes et réseaux » (SISR)";
	/** Heading of the SLAM rules. */
	public static final String SLAM = "3. Option « solutions logicielles et applications métiers » (SLAM)";

	/** The outcome of a rule before it is dressed with its id and text. */
	record Outcome(Status status, List<String> evidence, String explanation) {
	}

	/** Evaluates one rule. */
	interface Evaluator {
		Outcome evaluate(Facts facts, Reading reading);
	}

	/**
	 * A rule of the annex.
	 *
	 * @param id its id
	 * @param option the option it belongs to
	 * @param section its heading
	 * @param text the exact text
	 * @param ambiguous whether the text admits a strict and a lenient reading
	 * @param evaluator its evaluation
	 */
	record Rule(String id, Option option, String section, String text, boolean ambiguous, Evaluator evaluator) {
	}

	private static final Set<DeviceKind> FILTERING = EnumSet.of(DeviceKind.PARE_FEU, DeviceKind.UTM,
			DeviceKind.ROUTEUR_PARE_FEU, DeviceKind.PROXY);

	private static final List<Rule> RULES = List.of(
			rule("C1.1-a", Option.COMMUNE, COMMON, "un service d'authentification pour les utilisateurs internes et externes à l'organisation", true, AnnexIIE::authentication),
			rule("C1.1-b", Option.COMMUNE, COMMON, "un SGBD", false, AnnexIIE::dbms),
			rule("C1.1-c", Option.COMMUNE, COMMON, "un accès sécurisé à internet", false, AnnexIIE::internetAccess),
			rule("C1.1-d", Option.COMMUNE, COMMON, "un environnement de travail collaboratif", true, AnnexIIE::collaborative),
			rule("C1.1-e", Option.COMMUNE, COMMON, "deux serveurs, éventuellement virtualisés, basés sur des systèmes d'exploitation différents, dont l'un est un logiciel open source", true, AnnexIIE::twoServers),
			rule("C1.1-f", Option.COMMUNE, COMMON, "une solution de sauvegarde", true, AnnexIIE::backup),
			rule("C1.1-g", Option.COMMUNE, COMMON, "des ressources dont l'accès est sécurisé et soumis à habilitation", true, AnnexIIE::authorisedResources),
			rule("C1.1-h", Option.COMMUNE, COMMON, "deux types de terminaux dont un mobile (type smartphone ou encore tablette)", false, AnnexIIE::terminals),
			rule("C1.2", Option.COMMUNE, COMMON, "Les logiciels de simulation ou d'émulation sont utilisés en réponse à des besoins de l'organisation. Ils ne peuvent se substituer complètement à des équipements réels", false, AnnexIIE::simulation),
			rule("C1.3-a", Option.COMMUNE, COMMON, "Des outils sont mobilisés pour la gestion de la sécurité : gestion des incidents", false, (f, r) -> tool(f, "gestion des incidents", f.tools(GESTION_INCIDENTS), List.of(GESTION_INCIDENTS))),
			rule("C1.3-b", Option.COMMUNE, COMMON, "Des outils sont mobilisés pour la gestion de la sécurité : détection et prévention des intrusions", false, (f, r) -> tool(f, "détection et prévention des intrusions (IDS/IPS)", f.tools(IDS, IPS), List.of(IDS, IPS))),
			rule("C1.3-c", Option.COMMUNE, COMMON, "Des outils sont mobilisés pour la gestion de la sécurité : chiffrement", false, AnnexIIE::encryption),
			rule("C1.3-d", Option.COMMUNE, COMMON, "Des outils sont mobilisés pour la gestion de la sécurité : analyse de trafic", true, (f, r) -> tool(f, "analyse de trafic", r == Reading.STRICTE ? f.tools(ANALYSE_TRAFIC) : f.tools(ANALYSE_TRAFIC, ANALYSE_TRAMES), List.of(ANALYSE_TRAFIC))),

			rule("S2.0", Option.SISR, SISR, "Une solution d'infrastructure réduite à une simulation par un logiciel ne peut être acceptée.", false, AnnexIIE::notOnlySimulated),
			rule("S2.1-a", Option.SISR, SISR, "un réseau comportant plusieurs périmètres de sécurité", false, AnnexIIE::securityPerimeters),
			rule("S2.1-b", Option.SISR, SISR, "un service rendu à l'utilisateur final respectant un contrat de service comportant des contraintes en termes de sécurité et de haute disponibilité", false, AnnexIIE::serviceContract),
			rule("S2.1-c", Option.SISR, SISR, "un logiciel d'analyse de trames", false, (f, r) -> tool(f, "analyse de trames", f.tools(ANALYSE_TRAMES), List.of(ANALYSE_TRAMES))),
			rule("S2.1-d", Option.SISR, SISR, "un logiciel de gestion des configurations", true, (f, r) -> tool(f, "gestion des configurations", r == Reading.STRICTE ? f.tools(GESTION_CONFIGURATIONS) : f.tools(GESTION_CONFIGURATIONS, INVENTAIRE), List.of(GESTION_CONFIGURATIONS))),
			rule("S2.1-e", Option.SISR, SISR, "une solution permettant l'administration à distance sécurisée de serveurs et de solutions techniques d'accès", false, AnnexIIE::remoteAdministration),
			rule("S2.1-f", Option.SISR, SISR, "une solution permettant la supervision de la qualité, de la sécurité et de la disponibilité des équipements d'interconnexion, serveurs, systèmes et services avec remontées d'alertes", true, AnnexIIE::monitoring),
			rule("S2.1-g", Option.SISR, SISR, "une solution garantissant des accès sécurisés à un service, internes au périmètre de sécurité de l'organisation (type intranet) ou externes (type internet ou extranet)", false, AnnexIIE::secureServiceAccess),
			rule("S2.1-h", Option.SISR, SISR, "une solution garantissant la continuité d'un service", true, AnnexIIE::serviceContinuity),
			rule("S2.1-i", Option.SISR, SISR, "une solution garantissant la tolérance de panne de systèmes serveurs ou d'éléments d'interconnexion", false, AnnexIIE::faultTolerance),
			rule("S2.1-j", Option.SISR, SISR, "une solution permettant la répartition de charges entre services, serveurs ou éléments d'interconnexion", false, AnnexIIE::loadBalancing),
			rule("S2.2", Option.SISR, SISR, "La structure et les activités de l'organisation s'appuient sur au moins une solution d'infrastructure opérationnelle parmi les suivantes :", true, AnnexIIE::operationalInfrastructure),
			rule("S2.2-a", Option.SISR, SISR, "une solution permettant la connexion sécurisée entre deux sites distants", false, AnnexIIE::siteToSite),
			rule("S2.2-b", Option.SISR, SISR, "une solution permettant le déploiement des solutions techniques d'accès", false, (f, r) -> tool(f, "déploiement des postes", f.tools(DEPLOIEMENT), List.of(DEPLOIEMENT), f.services.stream().filter(s -> s.getKind() == ServiceKind.DEPLOIEMENT).filter(Facts::existing).toArray(Asset[]::new))),
			rule("S2.2-c", Option.SISR, SISR, "une solution gérée à l'aide de procédures automatisées écrites avec un langage de scripting", false, AnnexIIE::automation),
			rule("S2.2-d", Option.SISR, SISR, "une solution permettant la détection d'intrusions ou de comportements anormaux sur le réseau", false, (f, r) -> tool(f, "détection d'intrusions sur le réseau (IDS, SIEM)", f.tools(IDS, IPS, SIEM), List.of(IDS, IPS, SIEM))),

			rule("L3.1-a", Option.SLAM, SLAM, "un ou deux environnements de développement disposant d'outils de gestion de tests et supportant un cadre applicatif (framework) et au moins deux langages", true, AnnexIIE::devEnvironments),
			rule("L3.1-b", Option.SLAM, SLAM, "une bibliothèque de composants logiciels", false, AnnexIIE::libraries),
			rule("L3.1-c", Option.SLAM, SLAM, "un SGBD avec langage de programmation associé", false, AnnexIIE::proceduralDbms),
			rule("L3.1-d", Option.SLAM, SLAM, "un logiciel de gestion de versions et de suivi de problèmes d'ordre logiciel", false, AnnexIIE::versionControl),
			rule("L3.1-e", Option.SLAM, SLAM, "une solution permettant de tester les comportements anormaux d'une application", true, (f, r) -> tool(f, "tests de comportements anormaux", r == Reading.STRICTE ? f.tools(TESTS_SECURITE) : f.tools(TESTS_SECURITE, TESTS), List.of(TESTS_SECURITE))),
			rule("L3.2-a", Option.SLAM, SLAM, "Les activités de l'organisation cliente s'appuient sur aux moins deux solutions applicatives opérationnelles permettant d'offrir un accès sécurisé à des données hébergées sur un site distant.", true, AnnexIIE::remoteDataApplications),
			rule("L3.2-b", Option.SLAM, SLAM, "Au sein des architectures de ces solutions applicatives doivent figurer l'exploitation de mécanismes d'appel à des services applicatifs distants", true, AnnexIIE::remoteCalls),
			rule("L3.2-c", Option.SLAM, SLAM, "et au moins trois des situations ci-dessous : code exécuté sur le système d'exploitation d'une solution technique d'accès fixe (type client lourd) ; code exécuté dans un navigateur Web (type client léger ou riche) ; code exécuté sur le système d'exploitation d'une solution technique d'accès mobile ; code exécuté sur le système d'exploitation d'un serveur", false, AnnexIIE::tiers),
			rule("L3.3", Option.SLAM, SLAM, "Une solution applicative peut être issue d'un développement spécifique ou de la modification du code d'un logiciel notamment open source.", true, AnnexIIE::applicationOrigin));

	private AnnexIIE() {
	}

	private static Rule rule(String id, Option option, String section, String text, boolean ambiguous, Evaluator evaluator) {
		return new Rule(id, option, section, text, ambiguous, evaluator);
	}

	/**
	 * @param option the option of the scenario
	 * @return the rules that apply: the common ones and those of the option
	 */
	static List<Rule> rules(Option option) {
		return RULES.stream().filter(r -> r.option() == Option.COMMUNE || r.option() == option).toList();
	}

	/** @return the ids of every rule, in the order of the annex */
	public static List<String> ids() {
		return RULES.stream().map(Rule::id).toList();
	}

	// ------------------------------------------------------------------------------------------------ helpers

	private static Outcome ok(List<String> evidence, String explanation) {
		return new Outcome(Status.CONFORME, evidence, explanation);
	}

	private static Outcome ko(List<String> evidence, String explanation) {
		return new Outcome(Status.NON_CONFORME, evidence, explanation);
	}

	private static Outcome absent(String explanation) {
		return new Outcome(Status.INFORMATION_ABSENTE, List.of(), explanation);
	}

	private static Outcome tool(Facts f, String what, List<Tool> found) {
		return tool(f, what, found, List.of());
	}

	/**
	 * A rule met by a tool of one of some categories: met when one is described, not met only when the context says that
	 * no tool of these categories exists ({@code aucun_outil}), otherwise not stated.
	 */
	private static Outcome tool(Facts f, String what, List<Tool> found, List<ToolCategory> categories, Asset... alsoMeeting) {
		List<Asset> meeting = new ArrayList<>(found);
		meeting.addAll(List.of(alsoMeeting));
		if (!meeting.isEmpty()) {
			return ok(Describe.all(meeting), (found.isEmpty() ? "Solution " : "Outil ") + de(what) + " présent" + (found.isEmpty() ? "e." : "."));
		}
		String words = String.join(", ", categories.stream().map(ToolCategory::getLiteral).toList());
		if (!categories.isEmpty() && f.absentTools.containsAll(categories)) {
			return ko(List.of(), "Le contexte indique qu'il n'existe aucun outil " + de(what) + " (aucun_outil " + words + ").");
		}
		String state = categories.isEmpty() ? "" : " ou indiquer qu'il n'en existe pas (aucun_outil " + words + ")";
		String planned = plannedNote(f, f.hidden.stream().filter(Tool.class::isInstance).map(Tool.class::cast)
				.filter(t -> categories.stream().anyMatch(t.getCategories()::contains)).toList());
		if (f.tools.isEmpty()) {
			return absent("Le contexte ne décrit aucun outil : déclarer l'outil " + de(what) + " (outil … { catégories " + (words.isEmpty() ? "…" : words) + " })"
					+ state + "." + planned);
		}
		String described = f.tools.size() == 1 ? "Le seul outil décrit ne relève pas" : "Aucun des " + Plural.count(f.tools.size(), "outil décrit", "outils décrits") + " ne relève";
		return absent(described + " de la catégorie « " + what + " » : déclarer l'outil" + state + "." + planned);
	}

	/** @return a sentence naming the planned or target elements the view leaves out, or nothing */
	private static String plannedNote(Facts f, List<? extends EObject> planned) {
		if (planned.isEmpty()) {
			return "";
		}
		return " Prévu ou cible, non compté dans le système existant : " + String.join(", ", planned.stream()
				.map(e -> ((org.casebook.model.NamedElement) e).getName()).toList()) + ".";
	}

	/** @return the outcome when nothing meets the rule: not stated when a fact is missing, else not met */
	private static Outcome unmet(List<String> evidence, List<String> toState, String notMet) {
		if (!toState.isEmpty()) {
			return new Outcome(Status.INFORMATION_ABSENTE, evidence, "Préciser : " + String.join(" ; ", toState) + ".");
		}
		return ko(evidence, notMet);
	}

	/** @return the names of the elements, comma-separated */
	private static String names(Collection<? extends org.casebook.model.NamedElement> elements) {
		return String.join(", ", elements.stream().map(org.casebook.model.NamedElement::getName).toList());
	}

	/** @return « de » or « d' » followed by the words, as French elides before a vowel */
	static String de(String words) {
		return "aeiouyéèêàâîôh".indexOf(Character.toLowerCase(words.charAt(0))) >= 0 ? "d'" + words : "de " + words;
	}

	private static <T> List<T> concat(Collection<? extends T> a, Collection<? extends T> b) {
		List<T> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	// ------------------------------------------------------------------------------------------------ common

	private static Outcome authentication(Facts f, Reading r) {
		if (f.services.isEmpty()) {
			return absent("Le contexte ne décrit aucun service : déclarer le service d'authentification (service … { type authentification utilisateurs tous }).");
		}
		// an authentication service, a directory, or any service stated authenticated authenticates its users
		List<ItService> auth = f.services.stream().filter(s -> s.getKind() == ServiceKind.AUTHENTIFICATION || s.getKind() == ServiceKind.ANNUAIRE
				|| s.isSetAuthentication() && s.isAuthentication()).toList();
		if (r == Reading.STRICTE) {
			List<ItService> both = auth.stream().filter(s -> s.getAudience() == Audience.TOUS).toList();
			if (!both.isEmpty()) {
				return ok(Describe.all(both), "Un même service authentifie les utilisateurs internes et externes.");
			}
		} else {
			boolean internal = auth.stream().anyMatch(s -> s.getAudience() == Audience.TOUS || s.getAudience() == Audience.INTERNES);
			boolean external = auth.stream().anyMatch(s -> s.getAudience() == Audience.TOUS || s.getAudience() == Audience.EXTERNES);
			if (internal && external) {
				return ok(Describe.all(auth), "Les services d'authentification couvrent ensemble les utilisateurs internes et externes.");
			}
		}
		List<String> toState = new ArrayList<>();
		List<ItService> audienceUnknown = auth.stream().filter(s -> s.getAudience() == Audience.NON_PRECISE).toList();
		if (!audienceUnknown.isEmpty()) {
			toState.add("les utilisateurs (utilisateurs internes|externes|tous) de " + names(audienceUnknown));
		}
		// a service whose authentication is not stated could be the one, unless its users rule it out
		Set<ItService> authenticating = Set.copyOf(auth);
		List<ItService> authUnknown = f.services.stream().filter(s -> !authenticating.contains(s) && !s.isSetAuthentication())
				.filter(s -> s.getAudience() == Audience.NON_PRECISE || s.getAudience() == Audience.TOUS
						|| r == Reading.SOUPLE || s.getAudience() == Audience.EXTERNES && r == Reading.SOUPLE)
				.toList();
		if (!authUnknown.isEmpty()) {
			toState.add("si ces services sont authentifiés (authentifié oui|non) : " + names(authUnknown));
		}
		return unmet(Describe.all(auth), toState, auth.isEmpty() ? "Aucun service d'authentification, d'annuaire ou authentifié."
				: r == Reading.STRICTE ? "Aucun service n'authentifie à la fois les utilisateurs internes et externes (lecture stricte : un même service)."
						: "Les utilisateurs externes ou internes ne sont authentifiés par aucun service.");
	}

	private static Outcome dbms(Facts f, Reading r) {
		if (!f.dbms.isEmpty()) {
			return ok(Describe.all(f.dbms), "SGBD présent.");
		}
		if (f.noDbms) {
			return ko(List.of(), "Le contexte indique qu'il n'existe aucun SGBD (aucun_sgbd).");
		}
		String planned = plannedNote(f, f.hidden.stream().filter(Dbms.class::isInstance).toList());
		return absent((f.applications.isEmpty() ? "Le contexte ne décrit aucun SGBD" : "Des applications sont décrites, mais le contexte ne dit rien de leur SGBD")
				+ " : le déclarer (sgbd … { produit … }) ou indiquer qu'il n'y en a pas (aucun_sgbd)." + planned);
	}

	private static Outcome internetAccess(Facts f, Reading r) {
		List<Link> internet = f.links.stream().filter(l -> l.getKind() == LinkKind.INTERNET).toList();
		if (internet.isEmpty()) {
			return absent("Le contexte ne décrit pas l'accès à Internet (lien … { type internet de <équipement> }).");
		}
		Set<NetworkDevice> filtering = filteringDevices(f);
		List<String> evidence = new ArrayList<>();
		for (Link link : internet) {
			if (link.getSource() instanceof NetworkDevice device && filtering.contains(device)) {
				evidence.add(Describe.element(link) + " filtré par " + Describe.element(device) + filteringHow(f, device));
			}
		}
		if (!evidence.isEmpty()) {
			return ok(evidence, "L'accès à Internet passe par un équipement de filtrage.");
		}
		List<ItService> proxies = f.services.stream().filter(s -> s.getKind() == ServiceKind.PROXY).toList();
		if (!proxies.isEmpty()) {
			return ok(concat(Describe.all(internet), Describe.all(proxies)), "L'accès à Internet passe par un proxy filtrant.");
		}
		if (!filtering.isEmpty()) {
			return ok(concat(Describe.all(internet), Describe.all(new ArrayList<>(filtering))),
					"Un équipement de filtrage protège le réseau ; préciser de quel équipement part le lien Internet.");
		}
		List<Link> unknown = internet.stream().filter(l -> l.getSource() == null).toList();
		return unmet(Describe.all(internet), unknown.isEmpty() ? List.of() : List.of("de quel équipement part le lien Internet (de …) : " + names(unknown)),
				"Aucun pare-feu, proxy ou règle de filtrage sur l'accès à Internet.");
	}

	/** @return the devices that filter: firewalls, UTM, proxies, and any device a filtering rule goes through (ACL of a switch, router) */
	private static Set<NetworkDevice> filteringDevices(Facts f) {
		Set<NetworkDevice> found = new LinkedHashSet<>();
		f.devices.stream().filter(d -> FILTERING.contains(d.getKind())).forEach(found::add);
		Set<NetworkDevice> described = new java.util.HashSet<>(f.devices);
		f.filterRules.stream().map(FilterRule::getDevice).filter(Objects::nonNull).filter(described::contains).forEach(found::add);
		return found;
	}

	private static String filteringHow(Facts f, NetworkDevice device) {
		long rules = f.filterRules.stream().filter(x -> x.getDevice() == device).count();
		return rules == 0 ? "" : " : " + rules + (rules > 1 ? " règles de filtrage" : " règle de filtrage");
	}

	private static Outcome collaborative(Facts f, Reading r) {
		List<ItService> found = f.services.stream().filter(s -> s.getKind() == ServiceKind.COLLABORATIF
				|| r == Reading.SOUPLE && s.getKind() == ServiceKind.MESSAGERIE).toList();
		if (!found.isEmpty()) {
			return ok(Describe.all(found), "Environnement de travail collaboratif présent.");
		}
		List<ServiceKind> kinds = r == Reading.SOUPLE ? List.of(ServiceKind.COLLABORATIF, ServiceKind.MESSAGERIE) : List.of(ServiceKind.COLLABORATIF);
		String words = String.join(", ", kinds.stream().map(ServiceKind::getLiteral).toList());
		if (f.absentServices.containsAll(kinds)) {
			return ko(List.of(), "Le contexte indique qu'il n'existe aucun service " + words.replace(", ", " ni ") + " (aucun_service " + words + ").");
		}
		List<ItService> unknown = f.services.stream().filter(s -> s.getKind() == ServiceKind.NON_PRECISE).toList();
		String state = " : déclarer le service (service … { type collaboratif }) ou indiquer qu'il n'en existe pas (aucun_service " + words + ").";
		if (!unknown.isEmpty()) {
			return absent("Préciser le type (type collaboratif, messagerie…) de : " + names(unknown) + " ; sinon" + state.substring(2));
		}
		return absent((f.services.isEmpty() ? "Le contexte ne décrit aucun service" : "Aucun des services décrits n'est collaboratif (messagerie et agenda partagés, GED, Nextcloud, ENT…)")
				+ state);
	}

	private static Outcome twoServers(Facts f, Reading r) {
		List<Server> known = f.servers.stream().filter(s -> s.getOs() != null).toList();
		List<Server> unknown = f.servers.stream().filter(s -> s.getOs() == null).toList();
		if (f.servers.isEmpty()) {
			return absent("Le contexte ne décrit aucun serveur.");
		}
		Server open = known.stream().filter(s -> s.getOs().isOpenSource()).findFirst().orElse(null);
		if (open != null) {
			for (Server other : known) {
				boolean different = r == Reading.STRICTE ? other.getOs().getFamily() != open.getOs().getFamily()
						: !Objects.equals(other.getOs().getName(), open.getOs().getName())
								|| other.getOs().getFamily() != open.getOs().getFamily();
				if (different) {
					return ok(List.of(Describe.element(open), Describe.element(other)), r == Reading.STRICTE
							? "Deux serveurs de familles de systèmes différentes, dont un libre."
							: "Deux serveurs de systèmes différents, dont un libre (lecture souple : deux distributions d'une même famille suffisent).");
				}
			}
		}
		if (!unknown.isEmpty()) {
			return new Outcome(Status.INFORMATION_ABSENTE, Describe.all(known),
					"Système d'exploitation non précisé pour : " + String.join(", ", unknown.stream().map(Server::getName).toList()) + ".");
		}
		if (known.size() < 2) {
			return ko(Describe.all(known), "Un seul serveur décrit ; il en faut deux.");
		}
		boolean anyOpen = known.stream().anyMatch(s -> s.getOs().isOpenSource());
		List<Server> licenceUnknown = known.stream().filter(s -> !s.getOs().isSetOpenSource()).toList();
		if (!anyOpen && !licenceUnknown.isEmpty()) {
			return new Outcome(Status.INFORMATION_ABSENTE, Describe.all(known),
					"Préciser si le système d'exploitation est un logiciel libre (libre oui|non) pour : " + names(licenceUnknown) + ".");
		}
		return ko(Describe.all(known), anyOpen
				? "Les serveurs relèvent tous de la même famille de systèmes d'exploitation" + (r == Reading.STRICTE ? " (lecture stricte : familles différentes exigées)." : ".")
				: "Aucun serveur ne repose sur un système d'exploitation libre (marque « libre » après l'os).");
	}

	private static Outcome backup(Facts f, Reading r) {
		if (f.backups.isEmpty()) {
			return f.noBackup ? ko(List.of(), "Le contexte indique qu'il n'existe aucune solution de sauvegarde (aucune_sauvegarde).")
					: absent("Le contexte ne décrit aucune solution de sauvegarde : la déclarer (sauvegarde … { cibles … planification … }) ou indiquer qu'il n'y en a pas (aucune_sauvegarde)."
							+ plannedNote(f, f.hidden.stream().filter(BackupSolution.class::isInstance).toList()));
		}
		List<BackupSolution> planned = f.backups.stream().filter(b -> !b.getTargets().isEmpty() && b.getSchedule() != null).toList();
		if (r == Reading.SOUPLE) {
			return ok(Describe.all(f.backups), "Solution de sauvegarde présente.");
		}
		if (!planned.isEmpty()) {
			String restore = planned.stream().anyMatch(BackupSolution::isRestoreTested) ? " Restaurations testées."
					: " Les tests de restauration ne sont pas mentionnés (indicateur I1.1.6).";
			return ok(Describe.all(planned), "Sauvegarde avec cibles et planification (plan de sauvegarde)." + restore);
		}
		return new Outcome(Status.INFORMATION_ABSENTE, Describe.all(f.backups),
				"Lecture stricte : préciser les cibles (cibles …) et la planification (planification …) de la sauvegarde (plan de sauvegarde) : " + names(f.backups) + ".");
	}

	private static Outcome authorisedResources(Facts f, Reading r) {
		Set<Asset> secured = new LinkedHashSet<>();
		for (ItService service : f.services) {
			if (service.isAuthentication() && !service.getAuthorizedGroups().isEmpty()) {
				secured.add(service);
			}
		}
		for (AccessRight right : f.accessRights) {
			if (right.getTarget() != null && right.getGroup() != null) {
				secured.add(right.getTarget());
			}
		}
		int needed = r == Reading.STRICTE ? 2 : 1;
		if (secured.size() >= needed) {
			return ok(Describe.all(new ArrayList<>(secured)), Plural.count(secured.size(), "ressource soumise", "ressources soumises") + " à habilitation.");
		}
		String needs = (r == Reading.STRICTE ? "Lecture stricte : au moins deux ressources" : "Au moins une ressource")
				+ " dont l'accès est authentifié et réservé à des groupes (habilitations) ; trouvé : " + secured.size();
		if (f.noAccessRights) {
			return ko(Describe.all(new ArrayList<>(secured)), needs + " ; le contexte indique qu'aucune autre ressource n'est soumise à habilitation (aucune_habilitation).");
		}
		if (f.services.isEmpty() && f.resources.isEmpty() && f.accessRights.isEmpty()) {
			return absent("Le contexte ne décrit ni ressources, ni habilitations : les déclarer (habilitation <groupe> sur <ressource> <niveau>) ou indiquer qu'il n'y en a pas (aucune_habilitation).");
		}
		return new Outcome(Status.INFORMATION_ABSENTE, Describe.all(new ArrayList<>(secured)), needs
				+ ". Préciser les habilitations (habilitation <groupe> sur <ressource> <niveau>, ou service … { authentifié groupes … }) ou indiquer qu'il n'y en a pas (aucune_habilitation).");
	}

	private static Outcome terminals(Facts f, Reading r) {
		if (f.terminals.isEmpty()) {
			return absent("Le contexte ne décrit pas les terminaux (terminaux … { type … nombre … }).");
		}
		Set<TerminalKind> kinds = EnumSet.noneOf(TerminalKind.class);
		f.terminals.forEach(t -> kinds.add(t.getKind()));
		kinds.remove(TerminalKind.NON_PRECISE);
		List<TerminalGroup> mobile = f.terminals.stream()
				.filter(t -> t.getKind() == TerminalKind.SMARTPHONE || t.getKind() == TerminalKind.TABLETTE).toList();
		if (kinds.size() >= 2 && !mobile.isEmpty()) {
			return ok(Describe.all(f.terminals), Plural.count(kinds.size(), "type", "types") + " de terminaux, dont un mobile.");
		}
		List<TerminalGroup> kindUnknown = f.terminals.stream().filter(t -> t.getKind() == TerminalKind.NON_PRECISE).toList();
		if (!kindUnknown.isEmpty()) {
			return new Outcome(Status.INFORMATION_ABSENTE, Describe.all(f.terminals), "Préciser le type (type poste_fixe, tablette…) de : " + names(kindUnknown) + ".");
		}
		if (mobile.isEmpty()) {
			return ko(Describe.all(f.terminals), "Aucun terminal mobile (smartphone ou tablette) ; un ordinateur portable n'en est pas un.");
		}
		return ko(Describe.all(f.terminals), "Un seul type de terminal décrit ; il en faut deux.");
	}

	private static Outcome simulation(Facts f, Reading r) {
		List<Asset> simulated = f.assets().stream().filter(Asset::isSimulated).toList();
		if (simulated.isEmpty()) {
			return f.assets().isEmpty() ? absent("Le contexte ne décrit aucun élément du système d'information.")
					: ok(List.of(), "Aucun élément simulé ou émulé.");
		}
		List<Asset> unjustified = simulated.stream().filter(a -> a.getJustification() == null || a.getJustification().isBlank()).toList();
		long real = f.assets().size() - simulated.size();
		if (!unjustified.isEmpty()) {
			return ko(Describe.all(unjustified), "Simulation sans justification par un besoin de l'organisation.");
		}
		if (real == 0) {
			return ko(Describe.all(simulated), "Tous les éléments sont simulés : la simulation ne peut se substituer complètement à des équipements réels.");
		}
		List<String> evidence = simulated.stream().map(a -> Describe.element(a) + " : " + a.getJustification()).toList();
		return ok(evidence, "Éléments simulés justifiés ; " + Plural.count(real, "élément réel", "éléments réels") + ".");
	}

	private static Outcome encryption(Facts f, Reading r) {
		List<String> evidence = new ArrayList<>(Describe.all(f.tools(CHIFFREMENT)));
		f.services.stream().filter(s -> s.isTls() || s.isVpn()).map(Describe::element).forEach(evidence::add);
		f.links.stream().filter(l -> l.getKind() == LinkKind.VPN_SITE_ASITE || l.getKind() == LinkKind.VPN_NOMADE)
				.map(Describe::element).forEach(evidence::add);
		if (!evidence.isEmpty()) {
			return ok(evidence, "Chiffrement mis en œuvre (TLS, VPN ou outil de chiffrement).");
		}
		List<String> toState = new ArrayList<>();
		List<ItService> unknown = f.services.stream().filter(s -> !s.isSetTls()).toList();
		if (!unknown.isEmpty()) {
			toState.add("si ces services sont chiffrés (chiffré oui|non) : " + names(unknown));
		}
		if (!f.absentTools.contains(CHIFFREMENT)) {
			toState.add("l'outil de chiffrement (outil … { catégories chiffrement }) ou son absence (aucun_outil chiffrement)");
		}
		return unmet(List.of(), toState, "Aucun service chiffré, VPN ou outil de chiffrement.");
	}

	// ------------------------------------------------------------------------------------------------ SISR

	private static Outcome notOnlySimulated(Facts f, Reading r) {
		List<Asset> infrastructure = concat(f.servers, f.devices);
		if (infrastructure.isEmpty()) {
			return absent("Le contexte ne décrit ni serveurs ni équipements d'interconnexion.");
		}
		List<Asset> real = infrastructure.stream().filter(a -> !a.isSimulated()).toList();
		if (real.isEmpty()) {
			return ko(Describe.all(infrastructure), "Toute l'infrastructure est simulée.");
		}
		return ok(List.of(Plural.count(real.size(), "serveur ou équipement réel", "serveurs et équipements réels") + " sur " + infrastructure.size()),
				"L'infrastructure ne se réduit pas à une simulation.");
	}

	private static Outcome securityPerimeters(Facts f, Reading r) {
		if (f.zones.isEmpty()) {
			return absent("Le contexte ne décrit pas de périmètres de sécurité (zone … { type … }).");
		}
		if (f.zones.size() < 2) {
			return ko(Describe.all(f.zones), "Un seul périmètre de sécurité ; il en faut plusieurs (LAN et DMZ par exemple).");
		}
		List<NetworkDevice> filters = new ArrayList<>(filteringDevices(f));
		List<ItService> proxies = f.services.stream().filter(s -> s.getKind() == ServiceKind.PROXY).toList();
		if (!filters.isEmpty() || !f.filterRules.isEmpty() || !proxies.isEmpty()) {
			List<String> evidence = concat(Describe.all(f.zones), Describe.all(filters));
			evidence.addAll(Describe.all(proxies));
			return ok(evidence, f.zones.size() + " périmètres séparés par " + (filters.isEmpty() ? "des règles de filtrage ou un proxy." : "un équipement de filtrage."));
		}
		return absent("Plusieurs périmètres sont décrits, mais pas ce qui les sépare : préciser l'équipement de filtrage (équipement … { type pare_feu }) ou les règles (filtrage … via …).");
	}

	private static Outcome serviceContract(Facts f, Reading r) {
		List<String> evidence = new ArrayList<>();
		List<String> toState = new ArrayList<>();
		boolean anyContract = false;
		for (ItService service : f.services) {
			for (Contract contract : contractsOf(f, service)) {
				anyContract = true;
				ServiceLevel sla = contract.getSla();
				if (sla == null) {
					toState.add("le niveau de service (sla { … }) du contrat " + contract.getName());
					continue;
				}
				boolean availability = !sla.getAvailabilityConstraints().isEmpty() || sla.getAvailability() != null && !sla.getAvailability().isBlank();
				boolean security = !sla.getSecurityConstraints().isEmpty();
				if (service.getAudience() == Audience.NON_PRECISE) {
					toState.add("les utilisateurs (utilisateurs …) du service " + service.getName());
				} else if (availability && security) {
					evidence.add(Describe.element(service) + " sous " + Describe.element(contract) + " (disponibilité "
							+ Objects.toString(sla.getAvailability(), String.join(", ", sla.getAvailabilityConstraints())) + ", GTR " + Objects.toString(sla.getGtr(), "?") + ")");
				}
			}
		}
		if (!evidence.isEmpty()) {
			return ok(evidence, "Service couvert par un contrat avec contraintes de sécurité et de haute disponibilité.");
		}
		if (!anyContract) {
			return absent("Aucun service rattaché à un contrat de service (contrat … { services … sla { … } }).");
		}
		return unmet(List.of(), toState, "Le contrat doit comporter des contraintes de sécurité (contrainte_sécurité) et de disponibilité (disponibilité, contrainte_disponibilité).");
	}

	private static List<Contract> contractsOf(Facts f, ItService service) {
		Set<Contract> contracts = new LinkedHashSet<>();
		if (service.getContract() != null) {
			contracts.add(service.getContract());
		}
		f.contracts.stream().filter(c -> c.getServices().contains(service)).forEach(contracts::add);
		return new ArrayList<>(contracts);
	}

	private static Outcome remoteAdministration(Facts f, Reading r) {
		List<Tool> tools = f.tools(ADMINISTRATION_DISTANCE);
		if (tools.isEmpty()) {
			return tool(f, "administration à distance", tools, List.of(ADMINISTRATION_DISTANCE));
		}
		for (Tool t : tools) {
			boolean servers = t.getTargets().stream().anyMatch(Server.class::isInstance);
			boolean stations = t.getTargets().stream().anyMatch(TerminalGroup.class::isInstance);
			if (servers && stations) {
				return ok(Describe.all(List.of(t)), "Administration à distance des serveurs et des postes" + (t.getProtocol() != null ? " (" + t.getProtocol() + ")." : "."));
			}
		}
		if (tools.stream().allMatch(t -> t.getTargets().isEmpty())) {
			return new Outcome(Status.INFORMATION_ABSENTE, Describe.all(tools), "Préciser les cibles (serveurs et terminaux) de l'outil d'administration à distance.");
		}
		return ko(Describe.all(tools), "L'administration à distance doit viser à la fois des serveurs et des solutions techniques d'accès (terminaux).");
	}

	private static Outcome monitoring(Facts f, Reading r) {
		List<Tool> tools = f.tools(SUPERVISION);
		if (tools.isEmpty()) {
			return tool(f, "supervision", tools, List.of(SUPERVISION));
		}
		List<String> toState = new ArrayList<>();
		for (Tool t : tools) {
			boolean devices = t.getTargets().stream().anyMatch(NetworkDevice.class::isInstance);
			boolean servers = t.getTargets().stream().anyMatch(Server.class::isInstance);
			boolean services = t.getTargets().stream().anyMatch(a -> a instanceof ItService || a instanceof Application);
			boolean covered = r == Reading.STRICTE ? devices && servers && services : servers && (devices || services);
			if (t.isAlerting() && covered) {
				return ok(Describe.all(List.of(t)), "Supervision avec remontée d'alertes de " + Plural.count(t.getTargets().size(), "élément", "éléments") + ".");
			}
			if (t.getTargets().isEmpty()) {
				toState.add("les éléments supervisés par " + t.getName() + " (cibles …)");
			}
			if (!t.isSetAlerting() && (covered || t.getTargets().isEmpty())) {
				toState.add("si " + t.getName() + " remonte des alertes (alertes oui|non)");
			}
		}
		return unmet(Describe.all(tools), toState, r == Reading.STRICTE
				? "La supervision doit couvrir équipements d'interconnexion, serveurs et services, avec remontée d'alertes (lecture stricte)."
				: "La supervision doit couvrir des serveurs et des équipements ou services, avec remontée d'alertes.");
	}

	private static Outcome secureServiceAccess(Facts f, Reading r) {
		Set<Exposure> exposed = EnumSet.of(Exposure.INTRANET, Exposure.INTERNET, Exposure.EXTRANET);
		List<ItService> found = f.services.stream().filter(s -> exposed.contains(s.getExposure()))
				.filter(s -> s.isAuthentication() && (s.isTls() || s.isVpn())).toList();
		if (!found.isEmpty()) {
			return ok(Describe.all(found), "Accès authentifié et chiffré à un service intranet, extranet ou internet.");
		}
		if (f.services.isEmpty()) {
			return absent("Le contexte ne décrit aucun service.");
		}
		List<String> toState = new ArrayList<>();
		List<ItService> candidates = f.services.stream().filter(s -> exposed.contains(s.getExposure()) || s.getExposure() == Exposure.NON_PRECISE)
				.filter(s -> !s.isSetAuthentication() || s.isAuthentication()).toList();
		List<ItService> auth = candidates.stream().filter(s -> !s.isSetAuthentication()).toList();
		List<ItService> tls = candidates.stream().filter(s -> !s.isSetTls() && !s.isSetVpn()).toList();
		List<ItService> exposure = candidates.stream().filter(s -> s.getExposure() == Exposure.NON_PRECISE).toList();
		if (!auth.isEmpty()) {
			toState.add("si ces services sont authentifiés (authentifié oui|non) : " + names(auth));
		}
		if (!tls.isEmpty()) {
			toState.add("si ces services sont chiffrés (chiffré oui|non, accès_vpn oui|non) : " + names(tls));
		}
		if (!exposure.isEmpty()) {
			toState.add("l'exposition (exposition intranet|extranet|internet) de " + names(exposure));
		}
		return unmet(List.of(), toState, "Aucun service exposé (intranet, extranet, internet) à la fois authentifié et chiffré (TLS ou VPN).");
	}

	/** A rule met by a continuity solution of some categories; not met only when the context says none exists. */
	private static Outcome continuityRule(Facts f, String what, List<ContinuityCategory> categories, List<ContinuitySolution> found, String met, String example) {
		if (!found.isEmpty()) {
			return ok(Describe.all(found), met);
		}
		String words = String.join(", ", categories.stream().map(ContinuityCategory::getLiteral).toList());
		List<ContinuitySolution> ofCategory = f.continuity.stream().filter(c -> categories.contains(c.getCategory())).toList();
		if (!ofCategory.isEmpty()) {
			return ko(Describe.all(ofCategory), "Les solutions de catégorie " + words + " ne portent pas sur les éléments attendus (cibles).");
		}
		if (f.absentContinuity.containsAll(categories)) {
			return ko(List.of(), "Le contexte indique qu'il n'existe aucune solution " + de(what) + " (aucune_continuité " + words + ").");
		}
		List<ContinuitySolution> unknown = f.continuity.stream().filter(c -> c.getCategory() == ContinuityCategory.NON_PRECISE).toList();
		String state = " (continuité … { catégorie " + words + " }, " + example + ") ou indiquer qu'il n'en existe pas (aucune_continuité " + words + ")";
		if (!unknown.isEmpty()) {
			return absent("Préciser la catégorie de " + names(unknown) + " ; sinon déclarer la solution " + de(what) + state + ".");
		}
		return absent((f.continuity.isEmpty() ? "Le contexte ne décrit aucune solution de continuité" : "Aucune des solutions de continuité décrites n'est " + de(what))
				+ " : déclarer la solution" + state + ".");
	}

	private static Outcome serviceContinuity(Facts f, Reading r) {
		List<ContinuitySolution> found = f.continuity.stream()
				.filter(c -> c.getCategory() == ContinuityCategory.CONTINUITE || c.getCategory() == ContinuityCategory.PCA
						|| c.getCategory() == ContinuityCategory.PRA)
				.filter(c -> r == Reading.SOUPLE || c.getTargets().stream().anyMatch(t -> t instanceof ItService
						|| t instanceof Application || t instanceof Server))
				.toList();
		return continuityRule(f, "continuité de service", List.of(ContinuityCategory.CONTINUITE, ContinuityCategory.PCA, ContinuityCategory.PRA), found,
				"Solution de continuité" + (r == Reading.STRICTE ? " rattachée à un service ou à ses serveurs." : "."), "cibles <service>");
	}

	private static Outcome faultTolerance(Facts f, Reading r) {
		List<ContinuitySolution> found = f.continuity.stream().filter(c -> c.getCategory() == ContinuityCategory.TOLERANCE_PANNE)
				.filter(c -> c.getTargets().isEmpty() || c.getTargets().stream().anyMatch(t -> t instanceof Server || t instanceof NetworkDevice)).toList();
		return continuityRule(f, "tolérance de panne", List.of(ContinuityCategory.TOLERANCE_PANNE), found,
				"Tolérance de panne de serveurs ou d'équipements d'interconnexion.", "RAID, cluster, CARP/VRRP…");
	}

	private static Outcome loadBalancing(Facts f, Reading r) {
		List<ContinuitySolution> found = f.continuity.stream().filter(c -> c.getCategory() == ContinuityCategory.REPARTITION_CHARGE).toList();
		return continuityRule(f, "répartition de charge", List.of(ContinuityCategory.REPARTITION_CHARGE), found,
				"Répartition de charge présente.", "HAProxy, NLB, DNS tourniquet…");
	}

	private static Outcome operationalInfrastructure(Facts f, Reading r) {
		List<String> evidence = new ArrayList<>();
		List<String> absent = new ArrayList<>();
		List<String> unmet = new ArrayList<>();
		for (String id : List.of("S2.2-a", "S2.2-b", "S2.2-c", "S2.2-d")) {
			Rule rule = RULES.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
			Outcome outcome = rule.evaluator().evaluate(f, r);
			switch (outcome.status()) {
			case CONFORME -> evidence.add(id + " : " + String.join(" ; ", outcome.evidence()));
			case INFORMATION_ABSENTE -> absent.add(id);
			default -> unmet.add(id);
			}
		}
		if (!evidence.isEmpty()) {
			return ok(evidence, Plural.count(evidence.size(), "solution opérationnelle", "solutions opérationnelles")
					+ " parmi S2.2-a à S2.2-d.");
		}
		if (absent.isEmpty()) {
			return ko(List.of(), "Aucune des solutions S2.2-a à S2.2-d n'est en place.");
		}
		return absent("Aucune solution S2.2 n'est établie ; information absente pour " + String.join(", ", absent)
				+ (unmet.isEmpty() ? "." : ", non conforme pour " + String.join(", ", unmet) + "."));
	}

	private static Outcome siteToSite(Facts f, Reading r) {
		if (f.sites.size() < 2) {
			return f.sites.isEmpty() ? absent("Le contexte ne décrit pas les sites de l'organisation.")
					: ko(List.of(Describe.element(f.sites.get(0))), "Un seul site : la connexion sécurisée entre sites distants suppose deux sites.");
		}
		Set<LinkKind> secure = EnumSet.of(LinkKind.VPN_SITE_ASITE, LinkKind.WAN, LinkKind.MPLS, LinkKind.FIBRE_NOIRE);
		List<Link> between = f.links.stream().filter(l -> {
			Site a = l.getSourceSite() != null ? l.getSourceSite() : l.getSource() != null ? l.getSource().getSite() : null;
			Site b = l.getTargetSite() != null ? l.getTargetSite() : l.getTarget() != null ? l.getTarget().getSite() : null;
			return a != null && b != null && a != b;
		}).toList();
		List<Link> found = between.stream().filter(l -> secure.contains(l.getKind())).filter(Facts::existing).toList();
		if (!found.isEmpty()) {
			return ok(Describe.all(found), "Liaison sécurisée (VPN ou ligne dédiée) entre sites distants.");
		}
		String planned = plannedNote(f, f.hidden.stream().filter(Link.class::isInstance).toList())
				+ plannedNote(f, between.stream().filter(l -> !Facts.existing(l)).toList());
		List<Link> unknown = between.stream().filter(l -> l.getKind() == LinkKind.NON_PRECISE).toList();
		if (!unknown.isEmpty()) {
			return absent("Préciser le type (type vpn_site_a_site, wan, mpls…) des liens entre sites : " + names(unknown) + "." + planned);
		}
		if (between.stream().filter(Facts::existing).findAny().isEmpty()) {
			return absent("Le contexte ne décrit pas de liaison existante entre ses sites (lien … { type vpn_site_a_site entre … et … })." + planned);
		}
		return ko(Describe.all(between), "Les liens entre sites ne sont ni des VPN ni des lignes dédiées (WAN, MPLS, fibre noire)." + planned);
	}

	private static Outcome automation(Facts f, Reading r) {
		List<org.casebook.model.Automation> found = f.automations.stream().filter(a -> a.getLanguage() != null && !a.getLanguage().isBlank())
				.filter(a -> !a.isSimulated()).filter(Facts::existing).toList();
		if (!found.isEmpty()) {
			return ok(Describe.all(found), "Procédure automatisée écrite dans un langage de script.");
		}
		List<org.casebook.model.Automation> noLanguage = f.automations.stream().filter(a -> a.getLanguage() == null || a.getLanguage().isBlank()).toList();
		if (!noLanguage.isEmpty()) {
			return absent("Préciser le langage de script (langage \"PowerShell\", \"bash\"…) de : " + names(noLanguage) + ".");
		}
		if (!f.automations.isEmpty()) {
			return ko(Describe.all(f.automations), "Les procédures automatisées décrites sont simulées ou seulement prévues.");
		}
		return f.noAutomation ? ko(List.of(), "Le contexte indique qu'aucune procédure n'est automatisée (aucune_automatisation).")
				: absent("Le contexte ne décrit aucune procédure automatisée : la déclarer (automatisation … { langage … }) ou indiquer qu'il n'y en a pas (aucune_automatisation).");
	}

	// ------------------------------------------------------------------------------------------------ SLAM

	private static Outcome devEnvironments(Facts f, Reading r) {
		if (f.devEnvironments.isEmpty()) {
			return absent("Le contexte ne décrit aucun environnement de développement (environnement_dev … { langages … frameworks … tests … }).");
		}
		Set<String> languages = new LinkedHashSet<>();
		f.devEnvironments.forEach(e -> languages.addAll(e.getLanguages()));
		List<DevEnvironment> complete = f.devEnvironments.stream().filter(e -> !e.getTestTools().isEmpty() && !e.getFrameworks().isEmpty()).toList();
		boolean allComplete = complete.size() == f.devEnvironments.size();
		boolean envOk = r == Reading.STRICTE ? allComplete : !complete.isEmpty();
		String count = f.devEnvironments.size() > 2 ? " Le texte parle d'un ou deux environnements : " + Plural.number(f.devEnvironments.size()) + " sont décrits." : "";
		if (envOk && languages.size() >= 2) {
			return ok(Describe.all(f.devEnvironments), "Outils de test, framework et " + Plural.count(languages.size(), "langage", "langages") + " (" + String.join(", ", languages) + ")." + count);
		}
		List<DevEnvironment> noLanguages = f.devEnvironments.stream().filter(e -> e.getLanguages().isEmpty()).toList();
		if (languages.size() < 2 && noLanguages.isEmpty()) {
			return ko(Describe.all(f.devEnvironments), "Au moins deux langages sont requis ; trouvé : " + languages.size() + "." + count);
		}
		List<String> toState = new ArrayList<>();
		if (languages.size() < 2) {
			toState.add("les langages (langages …) de " + names(noLanguages));
		}
		List<DevEnvironment> incomplete = f.devEnvironments.stream().filter(e -> e.getTestTools().isEmpty() || e.getFrameworks().isEmpty()).toList();
		if (!envOk && !incomplete.isEmpty()) {
			toState.add("les outils de test (tests …) et le framework (frameworks …) de " + names(incomplete));
		}
		if (!toState.isEmpty()) {
			return new Outcome(Status.INFORMATION_ABSENTE, Describe.all(f.devEnvironments), "Préciser : " + String.join(" ; ", toState) + "." + count);
		}
		return ko(Describe.all(f.devEnvironments), (r == Reading.STRICTE ? "Lecture stricte : chaque environnement" : "Au moins un environnement")
				+ " doit disposer d'outils de test et d'un framework." + count);
	}

	private static Outcome libraries(Facts f, Reading r) {
		if (!f.libraries.isEmpty()) {
			return ok(Describe.all(f.libraries), "Bibliothèque de composants logiciels présente.");
		}
		if (f.noLibraries) {
			return ko(List.of(), "Le contexte indique qu'il n'existe aucune bibliothèque de composants logiciels (aucune_bibliothèque).");
		}
		return absent((f.devEnvironments.isEmpty() ? "Le contexte ne décrit aucune bibliothèque de composants"
				: "Un environnement de développement est décrit, mais rien n'est dit de sa bibliothèque de composants")
				+ " : la déclarer (bibliothèque … { type depot … }) ou indiquer qu'il n'y en a pas (aucune_bibliothèque)."
				+ plannedNote(f, f.hidden.stream().filter(org.casebook.model.ComponentLibrary.class::isInstance).toList()));
	}

	private static Outcome proceduralDbms(Facts f, Reading r) {
		List<Dbms> found = f.dbms.stream().filter(d -> d.getProceduralLanguage() != null && !d.getProceduralLanguage().isBlank()).toList();
		if (!found.isEmpty()) {
			return ok(Describe.all(found), "SGBD avec langage procédural.");
		}
		if (f.dbms.isEmpty()) {
			return absent("Le contexte ne décrit aucun SGBD.");
		}
		// a product without procedural language settles it; an unknown product or a product that has one leaves it unstated
		List<Dbms> without = f.dbms.stream().filter(d -> d.getProduct() != null && d.getProduct().toLowerCase(java.util.Locale.ROOT).contains("sqlite")).toList();
		Set<Dbms> withoutServer = Set.copyOf(without);
		List<Dbms> unknown = f.dbms.stream().filter(d -> !withoutServer.contains(d)).toList();
		if (!unknown.isEmpty()) {
			return new Outcome(Status.INFORMATION_ABSENTE, Describe.all(f.dbms), "Préciser le produit (produit …) et le langage associé (langage \"PL/pgSQL\", \"T-SQL\"…) de : " + names(unknown) + ".");
		}
		return ko(Describe.all(f.dbms), "Le SGBD décrit n'a pas de langage de programmation associé.");
	}

	private static Outcome versionControl(Facts f, Reading r) {
		List<Tool> versions = f.tools(GESTION_VERSIONS);
		List<Tool> issues = f.tools(SUIVI_PROBLEMES);
		if (!versions.isEmpty() && !issues.isEmpty()) {
			Set<Tool> both = new LinkedHashSet<>(versions);
			both.addAll(issues);
			return ok(Describe.all(new ArrayList<>(both)), "Gestion de versions et suivi de problèmes présents.");
		}
		if (versions.isEmpty() && f.absentTools.contains(GESTION_VERSIONS) || issues.isEmpty() && f.absentTools.contains(SUIVI_PROBLEMES)) {
			return ko(Describe.all(concat(versions, issues)), "Le contexte indique qu'il n'existe aucun outil de "
					+ (versions.isEmpty() && f.absentTools.contains(GESTION_VERSIONS) ? "gestion de versions." : "suivi de problèmes."));
		}
		return tool(f, versions.isEmpty() ? "gestion de versions" : "suivi de problèmes", List.of(),
				List.of(versions.isEmpty() ? GESTION_VERSIONS : SUIVI_PROBLEMES));
	}

	private static List<Application> remoteDataCandidates(Facts f, Reading r) {
		return f.applications.stream().filter(Application::isOperational).filter(Facts::existing).filter(Application::isSecureAccess)
				.filter(a -> remoteData(a) != null)
				.filter(a -> r == Reading.SOUPLE || f.processes.stream().anyMatch(p -> p.getApplications().contains(a)
						|| p.getSteps().stream().anyMatch(s -> s.getApplications().contains(a))))
				.toList();
	}

	/** @return how the application's data is remote from its users, or {@code null} when it is not */
	private static String remoteData(Application a) {
		Site data = a.getDataSite();
		if (data != null && a.getUserSites().stream().anyMatch(s -> s != data)) {
			return "données sur " + Describe.siteName(data) + ", utilisée sur " + String.join(", ",
					a.getUserSites().stream().filter(s -> s != data).map(Describe::siteName).toList());
		}
		if (a.getHostedOn().stream().anyMatch(s -> s.getHosting() == HostingKind.CLOUD)) {
			return "hébergée en nuage";
		}
		if (a.getTiers().contains(Tier.MOBILE) && data != null) {
			return "données sur " + Describe.siteName(data) + ", accès mobile";
		}
		return null;
	}

	private static Outcome remoteDataApplications(Facts f, Reading r) {
		List<Application> found = remoteDataCandidates(f, r);
		if (found.size() >= 2) {
			return ok(found.stream().map(a -> Describe.element(a) + " : " + remoteData(a)).toList(),
					Plural.count(found.size(), "solution applicative opérationnelle", "solutions applicatives opérationnelles")
							+ " avec accès sécurisé à des données distantes"
							+ (r == Reading.STRICTE ? ", supports de processus de l'organisation." : "."));
		}
		if (f.applications.isEmpty()) {
			return absent("Le contexte ne décrit aucune application.");
		}
		List<String> toState = new ArrayList<>();
		List<Application> opUnknown = f.applications.stream().filter(a -> !found.contains(a) && !a.isSetOperational()).toList();
		List<Application> secUnknown = f.applications.stream().filter(a -> !found.contains(a) && !a.isSetSecureAccess()).toList();
		List<Application> siteUnknown = f.applications.stream().filter(a -> !found.contains(a) && remoteData(a) == null
				&& (a.getDataSite() == null || a.getUserSites().isEmpty())).toList();
		if (!opUnknown.isEmpty()) {
			toState.add("si ces applications sont en production (en_production oui|non) : " + names(opUnknown));
		}
		if (!secUnknown.isEmpty()) {
			toState.add("si leur accès est sécurisé (accès_sécurisé oui|non) : " + names(secUnknown));
		}
		if (!siteUnknown.isEmpty()) {
			toState.add("où sont leurs données et d'où elles sont utilisées (données_sur, utilisée_sur) : " + names(siteUnknown));
		}
		if (!toState.isEmpty()) {
			return new Outcome(Status.INFORMATION_ABSENTE, found.stream().map(Describe::element).toList(), "Trouvé : " + found.size()
					+ " application(s) sur les deux requises. Préciser : " + String.join(" ; ", toState) + "."
					+ plannedNote(f, f.hidden.stream().filter(Application.class::isInstance).toList()));
		}
		List<Application> partial = f.applications.stream().filter(a -> remoteData(a) == null || !a.isOperational() || !a.isSecureAccess()).toList();
		return ko(found.stream().map(Describe::element).toList(), "Il faut au moins deux applications en production (en_production), à accès sécurisé (accès_sécurisé), "
				+ "dont les données sont sur un site distant (données_sur, utilisée_sur)" + (r == Reading.STRICTE ? " et qui servent un processus de l'organisation" : "")
				+ " ; trouvé : " + found.size() + (partial.isEmpty() ? "." : " (à compléter : " + String.join(", ", partial.stream().map(Application::getName).toList()) + ")."));
	}

	private static Outcome remoteCalls(Facts f, Reading r) {
		List<Application> apps = remoteDataCandidates(f, r);
		if (apps.isEmpty()) {
			apps = f.applications;
		}
		if (apps.isEmpty()) {
			return absent("Le contexte ne décrit aucune application.");
		}
		List<Application> calling = apps.stream().filter(a -> !a.getRemoteCalls().isEmpty()).toList();
		boolean met = r == Reading.STRICTE ? calling.size() == apps.size() : !calling.isEmpty();
		List<String> evidence = calling.stream().flatMap(a -> a.getRemoteCalls().stream().map(c -> Describe.element(a) + " appelle "
				+ (c.getTarget() != null ? c.getTarget().getName() : "?") + " (" + org.casebook.model.text.Labels.of(c.getProtocol()) + ")")).toList();
		if (met) {
			return ok(evidence, r == Reading.STRICTE ? "Chacune des solutions applicatives appelle un service applicatif distant."
					: "Au moins une solution applicative appelle un service applicatif distant.");
		}
		List<Application> silent = apps.stream().filter(a -> a.getRemoteCalls().isEmpty() && !a.isNoRemoteCalls()).toList();
		if (!silent.isEmpty()) {
			return new Outcome(Status.INFORMATION_ABSENTE, evidence, "Préciser les appels de ces applications à des services distants (appelle rest|soap|… <application>)"
					+ " ou indiquer qu'elles n'en font pas (aucun_appel_distant) : " + names(silent) + ".");
		}
		return ko(evidence, r == Reading.STRICTE ? "Lecture stricte : chaque solution applicative doit appeler un service distant (appelle rest …) ; sans appel : "
				+ String.join(", ", apps.stream().filter(a -> a.getRemoteCalls().isEmpty()).map(Application::getName).toList()) + "."
				: "Aucune solution applicative n'appelle de service applicatif distant (appelle rest|soap|… <application>).");
	}

	private static Outcome tiers(Facts f, Reading r) {
		List<Application> apps = remoteDataCandidates(f, r);
		if (apps.size() < 2) {
			apps = f.applications.stream().filter(Application::isOperational).toList();
		}
		if (apps.isEmpty()) {
			if (f.applications.isEmpty()) {
				return absent("Le contexte ne décrit aucune application.");
			}
			List<Application> unknown = f.applications.stream().filter(a -> !a.isSetOperational()).toList();
			return unknown.isEmpty() ? ko(List.of(), "Aucune application en production (en_production).")
					: absent("Préciser si ces applications sont en production (en_production oui|non) : " + names(unknown) + ".");
		}
		Set<Tier> tiers = EnumSet.noneOf(Tier.class);
		apps.forEach(a -> tiers.addAll(a.getTiers()));
		List<String> labels = Stream.of(Tier.CLIENT_LOURD, Tier.NAVIGATEUR, Tier.MOBILE, Tier.SERVEUR).filter(tiers::contains)
				.map(t -> switch (t) {
				case CLIENT_LOURD -> "client lourd";
				case NAVIGATEUR -> "navigateur";
				case MOBILE -> "mobile";
				default -> "serveur";
				}).toList();
		if (labels.size() >= 3) {
			return ok(Describe.all(apps), "Situations d'exécution couvertes : " + String.join(", ", labels) + ".");
		}
		List<Application> tiersUnknown = apps.stream().filter(a -> a.getTiers().isEmpty()).toList();
		if (!tiersUnknown.isEmpty()) {
			return new Outcome(Status.INFORMATION_ABSENTE, Describe.all(apps), "Préciser où s'exécute le code des applications (exécution client_lourd, navigateur, mobile, serveur) : "
					+ names(tiersUnknown) + ".");
		}
		return ko(Describe.all(apps), "Trois situations d'exécution sont requises ; couvertes : " + (labels.isEmpty() ? "aucune" : String.join(", ", labels)) + ".");
	}

	private static Outcome applicationOrigin(Facts f, Reading r) {
		if (f.applications.isEmpty()) {
			return absent("Le contexte ne décrit aucune application.");
		}
		Set<ApplicationOrigin> developed = EnumSet.of(ApplicationOrigin.DEVELOPPEMENT_SPECIFIQUE,
				ApplicationOrigin.MODIFICATION_OPEN_SOURCE, ApplicationOrigin.MODIFICATION_AUTRE);
		List<Application> scope = r == Reading.STRICTE && remoteDataCandidates(f, r).size() >= 2 ? remoteDataCandidates(f, r) : f.applications;
		List<Application> ok = scope.stream().filter(a -> developed.contains(a.getOrigin())).toList();
		List<Application> packaged = scope.stream().filter(a -> !developed.contains(a.getOrigin())).toList();
		boolean met = r == Reading.STRICTE ? !ok.isEmpty() && packaged.isEmpty() : !ok.isEmpty();
		String note = packaged.isEmpty() ? "" : " Progiciels ou provenance non précisée : " + String.join(", ", packaged.stream().map(Application::getName).toList()) + ".";
		if (met) {
			return ok(Describe.all(ok), "Solutions issues d'un développement spécifique ou d'une modification de code." + note);
		}
		if (ok.isEmpty() && scope.stream().allMatch(a -> a.getOrigin() == ApplicationOrigin.NON_PRECISE)) {
			return new Outcome(Status.INFORMATION_ABSENTE, List.of(), "Préciser l'origine des applications (origine developpement_specifique, modification_open_source…).");
		}
		return ko(Describe.all(ok), (r == Reading.STRICTE ? "Lecture stricte : les solutions applicatives retenues doivent toutes être développées ou modifiées." : "Aucune solution développée ou modifiée.") + note);
	}
}
