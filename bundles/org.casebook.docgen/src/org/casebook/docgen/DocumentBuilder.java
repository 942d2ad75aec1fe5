// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casebook.diagram.Diagram;
import org.casebook.diagram.DiagramKind;
import org.casebook.diagram.Diagrams;
import org.casebook.diagram.SvgRenderer;
import org.casebook.model.AccessRight;
import org.casebook.model.Annex;
import org.casebook.model.Application;
import org.casebook.model.BackupSolution;
import org.casebook.model.BusinessProcess;
import org.casebook.model.ContinuitySolution;
import org.casebook.model.Contract;
import org.casebook.model.Dbms;
import org.casebook.model.Department;
import org.casebook.model.Dossier;
import org.casebook.model.Element;
import org.casebook.model.ExamSubject;
import org.casebook.model.FilterRule;
import org.casebook.model.Group;
import org.casebook.model.InformationSystem;
import org.casebook.model.ItService;
import org.casebook.model.Mission;
import org.casebook.model.Model;
import org.casebook.model.NamedElement;
import org.casebook.model.NetworkDevice;
import org.casebook.model.NetworkInterface;
import org.casebook.model.Node;
import org.casebook.model.Organisation;
import org.casebook.model.Partner;
import org.casebook.model.Person;
import org.casebook.model.ProcessStep;
import org.casebook.model.Realisation;
import org.casebook.model.SecurityPolicy;
import org.casebook.model.Server;
import org.casebook.model.Site;
import org.casebook.model.Specification;
import org.casebook.model.TerminalGroup;
import org.casebook.model.Tool;
import org.casebook.model.Vlan;
import org.casebook.referential.Referential;
import org.casebook.referential.conformity.ConformityChecker;
import org.casebook.referential.conformity.ConformityReport;
import org.casebook.referential.conformity.Reading;
import org.casebook.referential.conformity.RuleResult;
import org.casebook.referential.coverage.CoverageAnalyzer;
import org.casebook.referential.coverage.CoverageReport;
import org.eclipse.emf.ecore.EObject;

/** Writes the content of each document of a scenario, for one edition. */
public final class DocumentBuilder {

	private final Organisation organisation;
	private final List<Model> models;
	private final List<InformationSystem> systems;
	private final Edition edition;
	private final Settings settings;

	/**
	 * @param organisation the organisation of the case
	 * @param models every file of the scenario
	 * @param edition student or teacher edition
	 * @param settings the look chosen by the teacher
	 */
	public DocumentBuilder(Organisation organisation, List<Model> models, Edition edition, Settings settings) {
		this.organisation = organisation;
		this.models = models;
		this.systems = Diagrams.systemsOf(organisation, models);
		this.edition = edition;
		this.settings = settings;
	}

	/**
	 * @param kind the document
	 * @return its content
	 * @throws IllegalArgumentException for the corrigé in the student edition
	 */
	public Doc build(DocumentKind kind) {
		if (kind.teacherOnly() && edition == Edition.ELEVE) {
			throw new IllegalArgumentException("le corrigé n'existe qu'en édition enseignant");
		}
		return switch (kind) {
		case CONTEXTE -> context();
		case SUJET -> subject(false);
		case CORRIGE -> subject(true);
		case CONFORMITE -> conformity();
		case COUVERTURE -> coverage();
		};
	}

	// ------------------------------------------------------------------------------------------------ helpers

	private boolean teacher() {
		return edition == Edition.ENSEIGNANT;
	}

	private boolean shown(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Element el && el.isTeacherOnly() && !teacher()) {
				return false;
			}
		}
		return element != null;
	}

	private <T extends EObject> List<T> visible(Collection<T> elements) {
		return elements.stream().filter(this::shown).toList();
	}

	private <T extends EObject> List<T> all(Function<InformationSystem, List<T>> list) {
		List<T> result = new ArrayList<>();
		systems.stream().filter(this::shown).forEach(si -> result.addAll(visible(list.apply(si))));
		return result;
	}

	static String name(NamedElement element) {
		if (element == null) {
			return "";
		}
		return element.getLabel() != null && !element.getLabel().isBlank() ? element.getLabel() : element.getName();
	}

	private String names(Collection<? extends NamedElement> elements) {
		return visible(elements).stream().map(NamedElement::getName).collect(Collectors.joining(", "));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private static String number(int n) {
		return n > 0 ? Integer.toString(n) : "";
	}

	private static String literal(org.eclipse.emf.common.util.Enumerator e) {
		return e == null || e.getValue() == 0 ? "" : e.getLiteral().replace('_', ' ');
	}

	private String mark(Element element) {
		return element.isTeacherOnly() ? " [enseignant]" : "";
	}

	private void teacherNote(Doc doc, Element element) {
		if (teacher() && element != null && element.getTeacherNote() != null) {
			doc.note("Note pour l'enseignant", List.of(element.getTeacherNote()), true);
		}
	}

	private void description(Doc doc, Element element) {
		if (element != null) {
			doc.p(element.getDescription());
			teacherNote(doc, element);
		}
	}

	private String subtitle() {
		List<String> parts = new ArrayList<>();
		parts.add(name(organisation));
		if (settings.school() != null) {
			parts.add(settings.school());
		}
		parts.add("édition " + edition.label());
		return String.join(" – ", parts);
	}

	private void diagram(Doc doc, DiagramKind kind, String caption) {
		for (Diagram diagram : Diagrams.draw(organisation, models, kind, teacher())) {
			if (diagram.shapes().isEmpty()) {
				continue;
			}
			String svg = SvgRenderer.render(diagram);
			doc.figure(svg, kind == DiagramKind.PROCESSUS ? diagram.title() : caption, diagram.width() + 48,
					diagram.height() + 100);
		}
	}

	// ------------------------------------------------------------------------------------------------ contexte

	private Doc context() {
		Doc doc = new Doc(DocumentKind.CONTEXTE.title() + " – " + name(organisation), subtitle());
		Organisation o = organisation;
		doc.h(1, "Présentation de l'organisation");
		doc.field("Raison sociale", name(o)).field("Forme juridique", o.getLegalForm()).field("Secteur d'activité", o.getSector())
				.field("Effectif", o.getStaff() > 0 ? o.getStaff() + " personnes" : null).field("Chiffre d'affaires", o.getTurnover())
				.field("Création", o.getFounded() > 0 ? Integer.toString(o.getFounded()) : null);
		description(doc, o);
		if (o.getActivity() != null) {
			doc.h(2, "Métier");
			doc.p(o.getActivity());
		}
		if (o.getHistory() != null) {
			doc.h(2, "Historique");
			doc.p(o.getHistory());
		}
		doc.table(List.of("Site", "Nature", "Adresse", "Effectif"), visible(o.getSites()).stream()
				.map(s -> List.of(name(s) + mark(s), nz(s.getKind()), nz(s.getAddress()), number(s.getStaff()))).toList());
		if (!o.getStandards().isEmpty()) {
			doc.field("Référentiels et réglementations", String.join(", ", o.getStandards()));
		}

		doc.h(1, "Organisation et acteurs");
		diagram(doc, DiagramKind.ORGANIGRAMME, "Organigramme de " + name(o));
		List<List<String>> entities = new ArrayList<>();
		o.eAllContents().forEachRemaining(e -> {
			if (e instanceof Department d && shown(d)) {
				entities.add(List.of(name(d) + mark(d), d.getHead() == null ? "" : name(d.getHead()), number(d.getStaff())));
			}
		});
		doc.table(List.of("Entité", "Responsable", "Effectif"), entities);
		List<List<String>> people = new ArrayList<>();
		o.eAllContents().forEachRemaining(e -> {
			if (e instanceof Person p && shown(p)) {
				people.add(List.of(name(p) + mark(p), nz(p.getJobTitle()), p.eContainer() instanceof Department d ? name(d) : "",
						p.getSite() == null ? "" : name(p.getSite())));
			}
		});
		doc.h(2, "Personnes");
		doc.table(List.of("Nom", "Fonction", "Entité", "Site"), people);
		if (o.getProvider() != null && shown(o.getProvider())) {
			var provider = o.getProvider();
			doc.h(2, "Prestataire informatique");
			doc.field("Prestataire", name(provider)).field("Nature", literal(provider.getKind()))
					.field("Société", provider.getPartner() == null ? null : name(provider.getPartner()))
					.field("Responsable", provider.getHead() == null ? null : name(provider.getHead()))
					.field("Compétences", String.join(", ", provider.getSkills()))
					.field("Méthodes", String.join(", ", provider.getMethods()))
					.field("Référentiels", String.join(", ", provider.getStandards()));
			doc.bullets(provider.getProcedures());
			description(doc, provider);
		}
		List<Partner> partners = visible(o.getPartners());
		if (!partners.isEmpty()) {
			doc.h(2, "Partenaires");
			doc.table(List.of("Partenaire", "Nature", "Rôle"),
					partners.stream().map(p -> List.of(name(p) + mark(p), literal(p.getKind()), nz(p.getDescription()))).toList());
		}
		if (o.getCommunication() != null && shown(o.getCommunication())) {
			var c = o.getCommunication();
			doc.h(2, "Communication");
			doc.field("Site web", c.getWebsite()).field("Nom de domaine", c.getDomain())
					.field("Réseaux sociaux", String.join(", ", c.getSocialNetworks())).field("Mentions légales", c.getLegalNotice());
		}
		List<BusinessProcess> processes = visible(o.getProcesses());
		if (!processes.isEmpty()) {
			doc.h(1, "Processus métier");
			for (BusinessProcess process : processes) {
				doc.h(2, name(process));
				description(doc, process);
				List<String> steps = new ArrayList<>();
				int i = 1;
				for (ProcessStep step : visible(process.getSteps())) {
					steps.add(i++ + ". " + name(step) + (step.getActor() != null ? " (" + name(step.getActor()) + ")" : "")
							+ (step.getApplications().isEmpty() ? "" : " – " + names(step.getApplications())));
				}
				doc.bullets(steps);
				if (!process.getData().isEmpty()) {
					doc.field("Données", String.join(", ", process.getData()));
				}
			}
			diagram(doc, DiagramKind.PROCESSUS, "Processus");
		}

		doc.pageBreak();
		doc.h(1, "Système d'information");
		systems.stream().filter(this::shown).forEach(si -> description(doc, si));
		doc.h(2, "Réseau et plan d'adressage");
		diagram(doc, DiagramKind.RESEAU, "Schéma du réseau de " + name(o));
		doc.table(List.of("VLAN", "Nom", "Réseau", "Passerelle", "Zone", "Site"), all(InformationSystem::getVlans).stream()
				.map(v -> List.of(number(v.getNumber()), name(v) + mark(v), nz(v.getSubnet()), nz(v.getGateway()),
						v.getZone() == null ? "" : name(v.getZone()), v.getSite() == null ? "" : name(v.getSite())))
				.toList());
		List<List<String>> addresses = new ArrayList<>();
		List<Node> nodes = new ArrayList<>(all(InformationSystem::getDevices));
		nodes.addAll(all(InformationSystem::getServers));
		for (Node node : nodes) {
			for (NetworkInterface itf : visible(node.getInterfaces())) {
				if (itf.getAddress() != null) {
					addresses.add(List.of(node.getName(), nz(itf.getName()), itf.getAddress(), itf.getVlan() == null ? "" : name(itf.getVlan())));
				}
			}
		}
		doc.h(3, "Adresses des équipements et serveurs");
		doc.table(List.of("Équipement ou serveur", "Interface", "Adresse", "Réseau"), addresses);
		doc.h(3, "Liaisons");
		doc.table(List.of("Lien", "Nature", "Extrémités", "Technologie", "Débit"), all(InformationSystem::getLinks).stream()
				.map(l -> List.of(name(l) + mark(l), literal(l.getKind()),
						(l.getSource() != null ? l.getSource().getName() : l.getSourceSite() != null ? name(l.getSourceSite()) : "") + " – "
								+ (l.getTarget() != null ? l.getTarget().getName() : l.getTargetSite() != null ? name(l.getTargetSite()) : "Internet"),
						nz(l.getTechnology()), nz(l.getBandwidth())))
				.toList());
		doc.h(2, "Équipements d'interconnexion");
		doc.table(List.of("Équipement", "Nature", "Produit", "Site"), all(InformationSystem::getDevices).stream()
				.map(d -> List.of(d.getName() + mark(d), literal(d.getKind()), nz(d.getProduct()), d.getSite() == null ? "" : name(d.getSite())))
				.toList());
		doc.h(2, "Serveurs");
		doc.table(List.of("Serveur", "Rôle", "Système", "Hébergement", "Site"), all(InformationSystem::getServers).stream()
				.map(s -> List.of(s.getName() + mark(s), nz(s.getLabel()) + (s.getRoles().isEmpty() ? "" : " (" + String.join(", ", s.getRoles()) + ")"),
						s.getOs() == null ? "non précisé" : s.getOs().getName() + " " + nz(s.getOs().getVersion()) + (s.getOs().isOpenSource() ? " (libre)" : ""),
						literal(s.getHosting()) + (s.getHost() != null ? " sur " + s.getHost().getName() : ""), s.getSite() == null ? "" : name(s.getSite())))
				.toList());
		doc.h(2, "Services");
		doc.table(List.of("Service", "Nature", "Produit", "Serveurs", "Utilisateurs", "Sécurité"), all(InformationSystem::getServices).stream()
				.map(s -> List.of(name(s) + mark(s), literal(s.getKind()), nz(s.getProduct()), names(s.getHostedOn()),
						literal(s.getAudience()) + (s.getExposure().getValue() != 0 ? ", " + literal(s.getExposure()) : ""),
						String.join(", ", flags(s.isAuthentication() ? "authentifié" : null, s.isTls() ? "chiffré" : null, s.isVpn() ? "VPN" : null))))
				.toList());
		doc.h(2, "Applications et données");
		diagram(doc, DiagramKind.APPLICATIONS, "Cartographie des applications");
		doc.table(List.of("Application", "Fonction", "Provenance", "Exécution", "Données"), all(InformationSystem::getApplications).stream()
				.map(a -> List.of(name(a) + mark(a), nz(a.getFunction()), literal(a.getOrigin()),
						a.getTiers().stream().map(t -> t.getLiteral().replace('_', ' ')).collect(Collectors.joining(", ")),
						names(a.getDatabases())))
				.toList());
		List<List<String>> databases = new ArrayList<>();
		for (Dbms dbms : all(InformationSystem::getDbms)) {
			String head = nz(dbms.getProduct()) + " " + nz(dbms.getVersion());
			for (var db : visible(dbms.getDatabases())) {
				databases.add(List.of(head.strip(), nz(dbms.getProceduralLanguage()), name(db) + mark(db), String.join(", ", db.getTables()),
						db.isPersonalData() ? "oui" : ""));
			}
		}
		doc.table(List.of("SGBD", "Langage", "Base", "Tables principales", "Données personnelles"), databases);
		doc.h(2, "Terminaux");
		doc.table(List.of("Terminaux", "Type", "Nombre", "Système", "Site"), all(InformationSystem::getTerminals).stream()
				.map(t -> List.of(name(t) + mark(t), literal(t.getKind()), number(t.getCount()), nz(t.getOs()), t.getSite() == null ? "" : name(t.getSite())))
				.toList());
		doc.h(2, "Outils");
		doc.table(List.of("Outil", "Catégories", "Produit", "Remarque"), all(InformationSystem::getTools).stream()
				.map(t -> List.of(name(t) + mark(t), t.getCategories().stream().map(c -> c.getLiteral().replace('_', ' ')).collect(Collectors.joining(", ")),
						nz(t.getProduct()), t.isSimulated() ? "simulé : " + nz(t.getJustification()) : t.isAlerting() ? "remontée d'alertes" : ""))
				.toList());
		all(InformationSystem::getTools).forEach(t -> teacherNote(doc, t));

		doc.h(1, "Sécurité et habilitations");
		diagram(doc, DiagramKind.SECURITE, "Zones de sécurité et règles de filtrage");
		doc.table(List.of("Règle", "Source", "Destination", "Flux", "Action", "Équipement"), all(InformationSystem::getFilterRules).stream()
				.map(r -> List.of(r.getName() + mark(r), r.getSource() == null ? "" : name(r.getSource()),
						r.getDestination() == null ? "" : name(r.getDestination()), nz(r.getService()), literal(r.getAction()),
						r.getDevice() == null ? "" : r.getDevice().getName()))
				.toList());
		doc.h(2, "Groupes et habilitations");
		doc.table(List.of("Groupe", "Membres"), all(InformationSystem::getGroups).stream()
				.map(g -> List.of(name(g) + mark(g), join(names(g.getDepartments()), names(g.getMembers())))).toList());
		doc.table(List.of("Groupe", "Ressource", "Niveau"), all(InformationSystem::getAccessRights).stream()
				.map(r -> List.of(r.getGroup() == null ? "" : name(r.getGroup()), r.getTarget() == null ? "" : name(r.getTarget()), literal(r.getLevel())))
				.toList());
		for (SecurityPolicy policy : all(InformationSystem::getPolicies)) {
			doc.field(name(policy), policy.getStatement());
		}
		systems.stream().filter(this::shown).map(InformationSystem::getCharter).filter(c -> c != null && shown(c)).forEach(c -> {
			doc.h(2, c.getTitle() == null ? "Charte informatique" : c.getTitle());
			doc.bullets(c.getRules());
		});

		doc.h(1, "Continuité et sauvegarde");
		doc.table(List.of("Sauvegarde", "Produit", "Éléments sauvegardés", "Planification", "Rétention", "Stockage", "Restauration testée"),
				all(InformationSystem::getBackups).stream()
						.map(b -> List.of(name(b) + mark(b), nz(b.getProduct()), names(b.getTargets()), nz(b.getSchedule()), nz(b.getRetention()),
								nz(b.getLocation()), b.isRestoreTested() ? "oui" + (b.getLastRestoreTest() != null ? " (" + b.getLastRestoreTest() + ")" : "") : "non"))
						.toList());
		doc.table(List.of("Solution", "Catégorie", "Technologie", "Éléments protégés", "RTO", "RPO"), all(InformationSystem::getContinuity).stream()
				.map(c -> List.of(name(c) + mark(c), literal(c.getCategory()), nz(c.getTechnology()), names(c.getTargets()), nz(c.getRto()), nz(c.getRpo())))
				.toList());

		List<Contract> contracts = visible(o.getContracts());
		if (!contracts.isEmpty()) {
			doc.h(1, "Contrats de service");
			for (Contract contract : contracts) {
				doc.h(2, name(contract));
				doc.field("Prestataire", contract.getProvider() == null ? null : name(contract.getProvider())).field("Objet", contract.getObject())
						.field("Périmètre", contract.getScope()).field("Services couverts", names(contract.getServices()));
				if (contract.getSla() != null) {
					var sla = contract.getSla();
					doc.table(List.of("Niveau de service", "Engagement"), rows(
							row("Disponibilité", sla.getAvailability()), row("Garantie de temps d'intervention (GTI)", sla.getGti()),
							row("Garantie de temps de rétablissement (GTR)", sla.getGtr()),
							row("Contraintes de disponibilité", String.join(" ; ", sla.getAvailabilityConstraints())),
							row("Contraintes de sécurité", String.join(" ; ", sla.getSecurityConstraints()))));
				}
				doc.bullets(contract.getObligations());
				description(doc, contract);
			}
		}
		return doc;
	}

	private static List<String> flags(String... values) {
		List<String> result = new ArrayList<>();
		for (String v : values) {
			if (v != null) {
				result.add(v);
			}
		}
		return result;
	}

	private static String join(String a, String b) {
		return a.isEmpty() ? b : b.isEmpty() ? a : a + ", " + b;
	}

	private static List<String> row(String label, String value) {
		return value == null || value.isBlank() ? null : List.of(label, value);
	}

	@SafeVarargs
	private static List<List<String>> rows(List<String>... rows) {
		List<List<String>> result = new ArrayList<>();
		for (List<String> r : rows) {
			if (r != null) {
				result.add(r);
			}
		}
		return result;
	}

	// ------------------------------------------------------------------------------------------------ sujet and corrigé

	private List<ExamSubject> subjects() {
		List<ExamSubject> subjects = new ArrayList<>();
		for (Model model : models) {
			for (EObject e : model.getElements()) {
				if (e instanceof ExamSubject s && shown(s) && (s.getOrganisation() == null || s.getOrganisation() == organisation)) {
					subjects.add(s);
				}
			}
		}
		return subjects;
	}

	private List<Mission> standaloneMissions() {
		List<Mission> missions = new ArrayList<>();
		for (Model model : models) {
			for (EObject e : model.getElements()) {
				if (e instanceof Mission m && shown(m) && (m.getOrganisation() == null || m.getOrganisation() == organisation)) {
					missions.add(m);
				}
			}
		}
		return missions;
	}

	private Doc subject(boolean answers) {
		List<ExamSubject> subjects = subjects();
		ExamSubject subject = subjects.isEmpty() ? null : subjects.get(0);
		String title = (answers ? DocumentKind.CORRIGE.title() : DocumentKind.SUJET.title()) + " – "
				+ (subject != null ? name(subject) : "Missions " + name(organisation));
		Doc doc = new Doc(title, subtitle());
		List<String> front = new ArrayList<>();
		String session = settings.session() != null ? settings.session() : subject == null ? null : subject.getSession();
		String duration = settings.duration() != null ? settings.duration() : subject == null ? null : subject.getDuration();
		if (subject != null && subject.getExam() != null) {
			front.add("Épreuve : " + subject.getExam());
		}
		if (subject != null && subject.getOption() != null && subject.getOption().getValue() != 0) {
			front.add("Option : " + subject.getOption().getLiteral().toUpperCase(Locale.ROOT));
		}
		if (session != null) {
			front.add("Session : " + session);
		}
		if (duration != null) {
			front.add("Durée : " + duration);
		}
		List<Mission> missions = new ArrayList<>();
		if (subject != null) {
			subject.getDossiers().forEach(d -> missions.addAll(visible(d.getMissions())));
		} else {
			missions.addAll(standaloneMissions());
		}
		double total = missions.stream().flatMap(m -> visible(m.getRealisations()).stream()).mapToDouble(Realisation::getPoints).sum();
		if (total > 0) {
			front.add("Barème : " + Typography.points(total));
		}
		doc.note(answers ? "Document réservé à l'enseignant" : "Informations", front, answers);
		if (answers) {
			doc.note("Confidentiel", List.of("Ce corrigé ne doit pas être communiqué aux candidats."), true);
		}
		if (subject != null) {
			doc.h(1, "Présentation du contexte");
			doc.p(subject.getSummary());
			doc.p("Le dossier de contexte décrit l'organisation " + name(organisation) + " et son système d'information.");
			teacherNote(doc, subject);
			int dossierIndex = 1;
			for (Dossier dossier : visible(subject.getDossiers())) {
				doc.h(1, "Dossier " + dossierIndex + " – " + name(dossier));
				description(doc, dossier);
				missions(doc, visible(dossier.getMissions()), dossierIndex, answers);
				dossierIndex++;
			}
		} else {
			missions(doc, missions, 1, answers);
		}
		if (answers) {
			doc.h(1, "Barème");
			List<List<String>> rows = new ArrayList<>();
			for (Mission mission : missions) {
				int i = 1;
				for (Realisation r : visible(mission.getRealisations())) {
					List<String> codes = r.getCompetencies().isEmpty() ? mission.getCompetencies() : r.getCompetencies();
					rows.add(List.of(name(mission), i++ + ". " + name(r), Typography.points(r.getPoints()), String.join(", ", codes)));
				}
			}
			rows.add(List.of("Total", "", Typography.points(total), ""));
			doc.table(List.of("Mission", "Réalisation", "Points", "Compétences"), rows);
		}
		if (subject != null && !visible(subject.getAnnexes()).isEmpty()) {
			doc.pageBreak();
			doc.h(1, "Dossier documentaire");
			int i = 1;
			for (Annex annex : visible(subject.getAnnexes())) {
				doc.h(2, "Annexe " + i++ + " – " + name(annex));
				doc.p(annex.getContent());
				if (annex.getDiagram() != null) {
					DiagramKind kind = DiagramKind.parse(annex.getDiagram());
					if (kind != null) {
						diagram(doc, kind, name(annex));
					}
				}
				if (annex.getFile() != null) {
					doc.field("Document joint", annex.getFile());
				}
				teacherNote(doc, annex);
			}
		}
		return doc;
	}

	private void missions(Doc doc, List<Mission> missions, int dossierIndex, boolean answers) {
		int missionIndex = 1;
		for (Mission mission : missions) {
			doc.h(2, "Mission " + dossierIndex + "." + missionIndex + " – " + name(mission));
			doc.field("Nature", literal(mission.getType())).field("Demandeur", mission.getRequester() == null ? null
					: name(mission.getRequester()) + (mission.getRequester().getJobTitle() != null ? ", " + mission.getRequester().getJobTitle() : ""));
			doc.p(mission.getScope());
			description(doc, mission);
			Specification spec = mission.getSpecification();
			if (spec != null && shown(spec)) {
				doc.h(3, "Cahier des charges – " + name(spec));
				doc.field("Contexte", spec.getContext()).field("Besoin", spec.getNeed());
				doc.bullets(spec.getFunctionalSpecs().stream().map(s -> "Spécification fonctionnelle : " + s).toList());
				doc.bullets(spec.getTechnicalSpecs().stream().map(s -> "Spécification technique : " + s).toList());
				doc.bullets(spec.getConstraints().stream().map(s -> "Contrainte : " + s).toList());
				doc.bullets(spec.getDeliverables().stream().map(s -> "Livrable : " + s).toList());
				doc.bullets(visible(spec.getMilestones()).stream().map(m -> m.getLabel() + " : " + m.getDate()).toList());
			}
			if (answers && !mission.getCompetencies().isEmpty()) {
				doc.field("Compétences visées", describeCodes(mission.getCompetencies()));
			}
			int i = 1;
			for (Realisation r : visible(mission.getRealisations())) {
				doc.h(3, "Travail à faire " + dossierIndex + "." + missionIndex + "." + i++ + " – " + name(r) + " ("
						+ Typography.points(r.getPoints()) + ")");
				doc.p(r.getQuestion());
				if (!r.getAnnexes().isEmpty()) {
					doc.field("Documents à consulter", visible(r.getAnnexes()).stream().map(DocumentBuilder::name).collect(Collectors.joining(", ")));
				}
				if (answers) {
					List<String> lines = new ArrayList<>();
					if (r.getAnswer() != null) {
						lines.add(r.getAnswer());
					}
					r.getCriteria().forEach(c -> lines.add("Critère : " + c));
					if (!r.getCompetencies().isEmpty()) {
						lines.add("Compétences : " + describeCodes(r.getCompetencies()));
					}
					if (r.getTeacherNote() != null) {
						lines.add(r.getTeacherNote());
					}
					doc.note("Éléments de corrigé", lines, true);
				}
			}
			missionIndex++;
		}
	}

	private static String describeCodes(List<String> codes) {
		Referential referential = Referential.get();
		return codes.stream().map(c -> referential.competency(c, null).map(x -> c + " " + x.label()).orElse(c))
				.collect(Collectors.joining(" ; "));
	}

	// ------------------------------------------------------------------------------------------------ conformité and couverture

	private Referential.Option option() {
		for (ExamSubject s : subjects()) {
			if (s.getOption() != null && (s.getOption().getValue() == 2 || s.getOption().getValue() == 3)) {
				return Referential.Option.parse(s.getOption().getLiteral());
			}
		}
		return null;
	}

	private Doc conformity() {
		Doc doc = new Doc(DocumentKind.CONFORMITE.title() + " – " + name(organisation), subtitle());
		Referential.Option option = option();
		List<Referential.Option> options = option == null ? List.of(Referential.Option.SISR, Referential.Option.SLAM) : List.of(option);
		for (Referential.Option opt : options) {
			ConformityReport report = ConformityChecker.check(organisation, models, opt, Reading.STRICTE, teacher());
			doc.h(1, "Option " + opt.word().toUpperCase(Locale.ROOT));
			doc.p(report.count(org.casebook.referential.conformity.Status.CONFORME) + " exigences conformes, "
					+ report.count(org.casebook.referential.conformity.Status.NON_CONFORME) + " non conformes, "
					+ report.count(org.casebook.referential.conformity.Status.INFORMATION_ABSENTE)
					+ " sans information suffisante (lecture stricte des exigences ambiguës).");
			String section = null;
			List<List<String>> rows = new ArrayList<>();
			for (RuleResult r : report.results()) {
				if (!r.section().equals(section)) {
					if (!rows.isEmpty()) {
						doc.table(List.of("Élément requis", "Implantation dans le contexte", "Statut", "Remarques"), rows);
						rows = new ArrayList<>();
					}
					section = r.section();
					doc.h(2, section);
				}
				rows.add(List.of(r.id() + " " + r.text(), String.join(" ; ", r.evidence()), r.status().label(), r.explanation()));
			}
			doc.table(List.of("Élément requis", "Implantation dans le contexte", "Statut", "Remarques"), rows);
		}
		return doc;
	}

	private Doc coverage() {
		Doc doc = new Doc(DocumentKind.COUVERTURE.title() + " – " + name(organisation), subtitle());
		CoverageReport report = CoverageAnalyzer.analyze(models, option(), teacher());
		doc.h(1, "Compétences travaillées par mission");
		List<String> header = new ArrayList<>(List.of("Compétence"));
		report.missions().forEach(m -> header.add(m.name()));
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < report.competencies().size(); i++) {
			List<String> row = new ArrayList<>(List.of(report.competencies().get(i).code() + " " + report.competencies().get(i).label()));
			for (int j = 0; j < report.missions().size(); j++) {
				row.add(report.covered()[i][j] ? "X" : "");
			}
			rows.add(row);
		}
		doc.table(header, rows);
		doc.field("Compétences non couvertes", report.gaps().isEmpty() ? "aucune"
				: report.gaps().stream().map(c -> c.code()).collect(Collectors.joining(", ")));
		doc.h(1, "Tableau de synthèse des réalisations du bloc 1");
		List<String> synthesisHeader = new ArrayList<>(List.of("Réalisation"));
		synthesisHeader.addAll(CoverageReport.BLOC1);
		List<List<String>> synthesis = new ArrayList<>();
		for (var r : report.realisations()) {
			List<String> row = new ArrayList<>(List.of(r.mission() + " · " + (r.label() != null ? r.label() : r.name())));
			for (boolean b : r.bloc1()) {
				row.add(b ? "X" : "");
			}
			synthesis.add(row);
		}
		List<String> total = new ArrayList<>(List.of("Compétence mobilisée"));
		for (int i = 0; i < CoverageReport.BLOC1.size(); i++) {
			total.add(report.bloc1Covered(i) ? "oui" : "non");
		}
		synthesis.add(total);
		doc.table(synthesisHeader, synthesis);
		return doc;
	}
}
