// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.casebook.model.edition.EditionModels;
import org.casebook.model.expression.Expressions;
import org.casebook.model.expression.ModelScope;
import org.casebook.model.edition.StudentProjection;
import org.casebook.model.text.Elision;
import org.casebook.model.text.Labels;
import org.casebook.model.text.Plural;
import org.casebook.referential.Referential;
import org.casebook.referential.conformity.ConformityChecker;
import org.casebook.referential.conformity.ConformityReport;
import org.casebook.referential.conformity.Reading;
import org.casebook.referential.conformity.RuleResult;
import org.casebook.referential.conformity.StateView;
import org.casebook.referential.coverage.CoverageAnalyzer;
import org.casebook.referential.coverage.CoverageReport;
import org.eclipse.emf.ecore.EObject;

/** Writes the content of each document of a scenario, for one edition. */
public final class DocumentBuilder {

	private final Organisation organisation;
	private final EditionModels content;
	private final List<Model> models;
	private final List<InformationSystem> systems;
	private final Edition edition;
	private final Settings settings;
	private final Set<Element> notesPrinted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<Element> described = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<Element> characteristicsPrinted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
	private EditionModels studentEdition;
	private ModelScope scope;
	/**
	 * The diagrams of each kind laid out for print, once for all the documents built here: the sujet, the corrigé and the
	 * annexes show the contexte's diagrams, and a layout tries several arrangements.
	 */
	private final java.util.Map<DiagramKind, List<Diagrams.Printed>> printedDiagrams = new java.util.EnumMap<>(DiagramKind.class);

	/**
	 * @param organisation the organisation of the case, from the scenario
	 * @param models every file of the scenario
	 * @param edition student or teacher edition: the student edition is built from the scenario's
	 *        {@link EditionModels#student student projection} only
	 * @param settings the look chosen by the teacher
	 * @throws IllegalArgumentException when the organisation is reserved to the teacher and the edition is the student's
	 */
	public DocumentBuilder(Organisation organisation, List<Model> models, Edition edition, Settings settings) {
		this(edition == Edition.ELEVE ? EditionModels.student(models) : EditionModels.teacher(models), organisation, settings);
	}

	/**
	 * @param content the models of the edition: for a student, the projection of the scenario
	 * @param organisation the organisation of the case, from the scenario or from the edition
	 * @param settings the look chosen by the teacher
	 * @throws IllegalArgumentException when the organisation is not part of the edition
	 */
	public DocumentBuilder(EditionModels content, Organisation organisation, Settings settings) {
		this.content = content;
		this.organisation = content.resolve(organisation);
		if (this.organisation == null) {
			throw new IllegalArgumentException(where(organisation) + "l'organisation « " + organisation.getName()
					+ " » est réservée à l'enseignant (@enseignant) : elle n'a pas d'édition élève");
		}
		this.models = content.models();
		this.systems = Diagrams.systemsOf(this.organisation, models);
		this.edition = content.isStudent() ? Edition.ELEVE : Edition.ENSEIGNANT;
		this.settings = settings;
	}

	/** @return {@code file:line:column: } of an element of a loaded scenario, or nothing when it was not read from a file */
	public static String where(EObject element) {
		var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualNodeFor(element);
		if (element.eResource() == null || node == null) {
			return "";
		}
		var uri = element.eResource().getURI();
		String file = uri.isFile() ? uri.toFileString() : uri.lastSegment();
		var position = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getLineAndColumn(node, node.getOffset());
		return file + ":" + position.getLine() + ":" + position.getColumn() + ": ";
	}

	/** @return what the expressions {@code {{ … }}} of the réalisations are evaluated on: the models of the edition */
	private ModelScope scope() {
		if (scope == null) {
			// the sujet and the corrigé number their parts on the student projection: its removed elements are known
			scope = new ModelScope(models, studentEdition().projection()::leavesOut);
		}
		return scope;
	}

	/** @return the student projection, on which the numbers of the sujet and of the corrigé are computed */
	private EditionModels studentEdition() {
		if (studentEdition == null) {
			studentEdition = content.isStudent() ? content : EditionModels.student(models);
		}
		return studentEdition;
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

	/** @return the elements of the systems' lists that exist today: planned and target ones have their own section */
	private <T extends EObject> List<T> all(Function<InformationSystem, List<T>> list) {
		List<T> result = new ArrayList<>();
		systems.forEach(si -> list.apply(si).stream().filter(e -> !(e instanceof org.casebook.model.Asset || e instanceof org.casebook.model.Link)
				|| StateView.EXISTANT.shows(e)).forEach(result::add));
		return result;
	}

	static String name(NamedElement element) {
		if (element == null) {
			return "";
		}
		return element.getLabel() != null && !element.getLabel().isBlank() ? element.getLabel() : element.getName();
	}

	private static String names(Collection<? extends NamedElement> elements) {
		return elements.stream().map(NamedElement::getName).collect(Collectors.joining(", "));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private static String number(int n) {
		return n > 0 ? Integer.toString(n) : "";
	}

	private static String literal(org.eclipse.emf.common.util.Enumerator e) {
		return Labels.of(e);
	}

	/**
	 * @return the mark of an element the students do not see, as the teacher edition shows it: reserved to the teacher, or
	 *         removed from the student edition with a reserved element it cannot exist without
	 */
	private String mark(Element element) {
		if (!teacher()) {
			return "";
		}
		if (StudentProjection.markedTeacherOnly(element)) {
			return " [enseignant]";
		}
		return studentEdition().resolve(element) == null ? " [retiré de l'édition élève]" : "";
	}

	/** @return the name of an element and its label, when it has one */
	static String ident(NamedElement element) {
		String label = element.getLabel();
		return element.getName() + (label != null && !label.isBlank() && !label.equals(element.getName()) ? " – " + label : "");
	}

	private void teacherNote(Doc doc, Element element) {
		if (element != null && element.getTeacherNote() != null && notesPrinted.add(element)) {
			doc.note("Note pour l'enseignant", List.of(element.getTeacherNote()), true);
		}
	}

	/**
	 * Prints, after a table, the notes for the teacher written on its rows and on what they contain, each introduced by
	 * the element it annotates.
	 */
	private void notes(Doc doc, Collection<? extends EObject> elements) {
		List<String> lines = new ArrayList<>();
		for (EObject row : elements) {
			collectNotes(row, lines);
			row.eAllContents().forEachRemaining(e -> collectNotes(e, lines));
		}
		if (!lines.isEmpty()) {
			doc.note("Notes pour l'enseignant", lines, true);
		}
	}

	private void collectNotes(EObject e, List<String> lines) {
		if (e instanceof Element element && element.getTeacherNote() != null && notesPrinted.add(element)) {
			lines.add(designation(element) + " : " + element.getTeacherNote());
		}
	}

	/** @return how a note introduces the element it annotates */
	private static String designation(Element element) {
		String kind = org.casebook.dsl.messages.Kinds.label(element.eClass());
		kind = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
		if (element instanceof NamedElement named && named.getName() != null) {
			return kind + " " + ident(named);
		}
		if (element instanceof NetworkInterface itf) {
			return kind + " " + nz(itf.getAddress()) + (itf.eContainer() instanceof NamedElement owner ? " de " + owner.getName() : "");
		}
		if (element instanceof AccessRight right) {
			return kind + (right.getGroup() != null ? " de " + right.getGroup().getName() : "")
					+ (right.getTarget() != null ? " sur " + right.getTarget().getName() : "");
		}
		if (element instanceof org.casebook.model.Milestone milestone) {
			return kind + " " + nz(milestone.getLabel());
		}
		return kind;
	}

	/** Prints every note for the teacher of these elements and of their content that no part of the document printed. */
	private void remainingNotes(Doc doc, Collection<? extends EObject> roots) {
		List<String> lines = new ArrayList<>();
		for (EObject root : roots) {
			collectNotes(root, lines);
			root.eAllContents().forEachRemaining(e -> collectNotes(e, lines));
		}
		if (!lines.isEmpty()) {
			doc.h(2, "Autres notes pour l'enseignant");
			doc.note("Notes pour l'enseignant", lines, true);
		}
	}

	private void description(Doc doc, Element element) {
		if (element != null) {
			if (described.add(element)) {
				doc.p(element.getDescription());
			}
			teacherNote(doc, element);
		}
	}

	/**
	 * Prints, after a table, the descriptions written on its rows and on what they contain (interfaces, systems,
	 * bases…), each introduced by the element it describes, then the notes for the teacher on them.
	 */
	private void details(Doc doc, Collection<? extends EObject> elements) {
		for (EObject row : elements) {
			describe(doc, row);
			row.eAllContents().forEachRemaining(e -> describe(doc, e));
		}
		notes(doc, elements);
		characteristics(doc, elements);
	}

	/** Prints the description of the rows of a table, not of what they contain (entités contain other entités). */
	private void shallowDetails(Doc doc, Collection<? extends Element> elements) {
		elements.forEach(e -> describe(doc, e));
		List<String> lines = new ArrayList<>();
		elements.forEach(e -> collectNotes(e, lines));
		if (!lines.isEmpty()) {
			doc.note("Notes pour l'enseignant", lines, true);
		}
	}

	private void describe(Doc doc, EObject e) {
		if (e instanceof Element element && element.getDescription() != null && !element.getDescription().isBlank() && described.add(element)) {
			doc.text(designation(element) + mark(element) + " :", element.getDescription());
		}
	}

	/** Prints every description of these elements and of their content that no part of the document printed. */
	private void remainingDescriptions(Doc doc, Collection<? extends EObject> roots) {
		List<Element> left = new ArrayList<>();
		for (EObject root : roots) {
			if (root instanceof Element e && e.getDescription() != null && !e.getDescription().isBlank() && !described.contains(e)) {
				left.add(e);
			}
			root.eAllContents().forEachRemaining(x -> {
				if (x instanceof Element e && e.getDescription() != null && !e.getDescription().isBlank() && !described.contains(e)) {
					left.add(e);
				}
			});
		}
		if (!left.isEmpty()) {
			doc.h(2, "Autres précisions");
			left.forEach(e -> describe(doc, e));
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
		List<Diagrams.Printed> printed = printedDiagrams.computeIfAbsent(kind, k -> Diagrams.drawForPrint(content, organisation, k));
		boolean cut = printed.size() > 1 && kind != DiagramKind.PROCESSUS;
		for (Diagrams.Printed p : printed) {
			Diagram diagram = p.diagram();
			if (diagram.shapes().isEmpty()) {
				continue;
			}
			doc.figure(p.svg(), kind == DiagramKind.PROCESSUS || cut ? diagram.title() : caption, p.placement());
		}
	}

	// ------------------------------------------------------------------------------------------------ contexte

	private Doc context() {
		Doc doc = new Doc(DocumentKind.CONTEXTE.title() + " – " + name(organisation), subtitle());
		Organisation o = organisation;
		doc.h(1, "Présentation de l'organisation");
		doc.field("Raison sociale", name(o)).field("Forme juridique", o.getLegalForm()).field("Secteur d'activité", o.getSector())
				.field("Effectif", org.casebook.model.text.Quantities.staff(o.getStaff())).field("Chiffre d'affaires", o.getTurnover())
				.field("Création", o.getFounded() > 0 ? Integer.toString(o.getFounded()) : null)
				.field("SIRET", o.getSiret()).field("Capital", o.getCapital()).field("Résultat net", o.getNetProfit());
		description(doc, o);
		characteristics(doc, List.of(o));
		if (o.getActivity() != null) {
			doc.h(2, "Métier");
			doc.p(o.getActivity());
		}
		if (o.getHistory() != null) {
			doc.h(2, "Historique");
			doc.p(o.getHistory());
		}
		doc.table(List.of("Site", "Nature", "Adresse", "Effectif"), o.getSites().stream()
				.map(s -> List.of(name(s) + mark(s), nz(s.getKind()), nz(s.getAddress()), org.casebook.model.text.Quantities.number(s.getStaff()))).toList());
		details(doc, o.getSites());
		premises(doc, o);
		tenants(doc, o);
		if (!o.getStandards().isEmpty()) {
			doc.field("Référentiels et réglementations", String.join(", ", o.getStandards()));
		}

		doc.h(1, "Organisation et acteurs");
		diagram(doc, DiagramKind.ORGANIGRAMME, "Organigramme " + Elision.de(name(o)));
		List<List<String>> entities = new ArrayList<>();
		List<Department> departments = new ArrayList<>();
		List<Person> persons = new ArrayList<>();
		o.getDepartments().forEach(d -> hierarchy(d, departments, persons));
		for (Department d : departments) {
			entities.add(List.of(name(d) + mark(d), d.getHead() == null ? "" : name(d.getHead()),
					d.eContainer() instanceof Department parent ? name(parent) : "", org.casebook.model.text.Quantities.number(d.getStaff()) + (d.isItinerant() ? " (itinérant)" : "")));
		}
		doc.table(List.of("Entité", "Responsable", "Rattachée à", "Effectif"), entities);
		shallowDetails(doc, departments);
		List<List<String>> people = new ArrayList<>();
		for (Person p : persons) {
			people.add(List.of(name(p) + mark(p), nz(p.getJobTitle()), p.eContainer() instanceof Department d ? name(d) : "",
					p.getSite() == null ? p.isItinerant() ? "itinérant" : "" : name(p.getSite())));
		}
		doc.h(2, "Personnes");
		doc.table(List.of("Nom", "Fonction", "Entité", "Site"), people);
		details(doc, persons);
		if (o.getProvider() != null) {
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
			details(doc, provider.eContents());
		}
		List<Partner> partners = o.getPartners();
		if (!partners.isEmpty()) {
			doc.h(2, "Partenaires");
			doc.table(List.of("Partenaire", "Nature", "Contact"),
					partners.stream().map(p -> List.of(name(p) + mark(p), literal(p.getKind()), nz(p.getContact()))).toList());
			details(doc, partners);
		}
		if (o.getCommunication() != null) {
			var c = o.getCommunication();
			doc.h(2, "Communication");
			doc.field("Site web", c.getWebsite()).field("Nom de domaine", c.getDomain())
					.field("Réseaux sociaux", String.join(", ", c.getSocialNetworks())).field("Mentions légales", c.getLegalNotice());
			description(doc, c);
		}
		List<BusinessProcess> processes = o.getProcesses();
		if (!processes.isEmpty()) {
			doc.h(1, "Processus métier");
			for (BusinessProcess process : processes) {
				doc.h(2, name(process));
				description(doc, process);
				List<List<String>> steps = new ArrayList<>();
				int i = 1;
				for (ProcessStep step : process.getSteps()) {
					steps.add(List.of(Integer.toString(i++), name(step), step.getActor() != null ? name(step.getActor()) : "",
							names(step.getApplications())));
				}
				if (!steps.isEmpty()) {
					doc.table(List.of("N°", "Étape", "Acteur", "Applications"), steps);
				}
				if (!process.getData().isEmpty()) {
					doc.field("Données", String.join(", ", process.getData()));
				}
				details(doc, process.getSteps());
			}
			diagram(doc, DiagramKind.PROCESSUS, "Processus");
		}

		doc.h(1, "Système d'information");
		systems.forEach(si -> {
			if (systems.size() > 1 || si.getLabel() != null && !si.getLabel().isBlank()) {
				doc.h(2, (si.getLabel() != null && !si.getLabel().isBlank() ? si.getLabel() : "Système d'information " + si.getName()) + mark(si));
			}
			description(doc, si);
			if (si.getState() != null && si.getState().getValue() != 0) {
				doc.field("État", literal(si.getState()));
			}
		});
		doc.h(2, "Réseau et plan d'adressage");
		diagram(doc, DiagramKind.RESEAU, "Schéma du réseau " + Elision.de(name(o)));
		vlanTable(doc, all(InformationSystem::getVlans));
		doc.table(List.of("Zone", "Nom", "Type"), all(InformationSystem::getZones).stream()
				.map(z -> List.of(z.getName() + mark(z), nz(z.getLabel()), literal(z.getKind()))).toList());
		details(doc, all(InformationSystem::getZones));
		details(doc, all(InformationSystem::getVlans));
		List<List<String>> addresses = new ArrayList<>();
		List<Node> nodes = new ArrayList<>(all(InformationSystem::getDevices));
		nodes.addAll(all(InformationSystem::getServers));
		for (Node node : nodes) {
			for (NetworkInterface itf : node.getInterfaces()) {
				if (itf.getAddress() != null || itf.getAddress6() != null) {
					addresses.add(List.of(node.getName(), nz(itf.getName()), itf.getAddress() != null ? itf.getAddress() : itf.getAddress6(),
							itf.getVlan() == null ? "" : name(itf.getVlan())));
				}
			}
		}
		doc.h(3, "Adresses des équipements et serveurs");
		doc.table(List.of("Équipement ou serveur", "Interface", "Adresse", "Réseau"), addresses);
		for (Node node : nodes) {
			details(doc, node.getInterfaces());
		}
		doc.h(3, "Liaisons");
		doc.table(List.of("Lien", "Nature", "Extrémités", "Technologie", "Débit"), all(InformationSystem::getLinks).stream()
				.map(l -> List.of(name(l) + mark(l), literal(l.getKind()),
						(l.getSource() != null ? l.getSource().getName() : l.getSourceSite() != null ? name(l.getSourceSite()) : "") + " – "
								+ (l.getTarget() != null ? l.getTarget().getName() : l.getTargetSite() != null ? name(l.getTargetSite()) : "Internet"),
						nz(l.getTechnology()), nz(l.getBandwidth())))
				.toList());
		details(doc, all(InformationSystem::getLinks));
		doc.h(2, "Équipements d'interconnexion");
		doc.table(List.of("Équipement", "Nature", "Produit", "Site"), all(InformationSystem::getDevices).stream()
				.map(d -> List.of(ident(d) + mark(d), literal(d.getKind()), nz(d.getProduct()), d.getSite() == null ? "" : name(d.getSite())))
				.toList());
		details(doc, all(InformationSystem::getDevices));
		List<List<String>> wifi = new ArrayList<>();
		for (var device : all(InformationSystem::getDevices)) {
			for (var ssid : device.getSsids()) {
				wifi.add(List.of(nz(ssid.getSsid()) + (ssid.isMasked() ? " (masqué)" : "") + mark(ssid), device.getName(),
						ssid.getVlan() == null ? "" : name(ssid.getVlan()), literal(ssid.getSecurity()), nz(ssid.getAuthentication())));
			}
		}
		if (!wifi.isEmpty()) {
			doc.h(3, "Réseaux Wi-Fi");
			doc.table(List.of("SSID", "Borne", "VLAN", "Sécurité", "Authentification"), wifi);
		}
		if (!all(InformationSystem::getNamingRules).isEmpty()) {
			doc.h(3, "Règles de nommage");
			doc.table(List.of("Règle", "S'applique à", "Forme", "Exemple"), all(InformationSystem::getNamingRules).stream()
					.map(r -> List.of(ident(r) + mark(r), r.getTargets().stream().map(t -> t.getLiteral().replace("equipements", "équipements"))
							.collect(Collectors.joining(", ")), nz(r.getPattern()), nz(r.getExample())))
					.toList());
			details(doc, all(InformationSystem::getNamingRules));
		}
		doc.h(2, "Serveurs");
		serverTable(doc, all(InformationSystem::getServers));
		details(doc, all(InformationSystem::getServers));
		doc.h(2, "Services");
		doc.table(List.of("Service", "Nature", "Produit", "Serveurs", "Utilisateurs", "Exposition", "Sécurité"), all(InformationSystem::getServices).stream()
				.map(s -> List.of(name(s) + mark(s), literal(s.getKind()), nz(s.getProduct()), names(s.getHostedOn()), literal(s.getAudience()),
						s.getExposure().getValue() != 0 ? literal(s.getExposure()) : "",
						String.join(", ", flags(s.isAuthentication() ? "authentifié" : null, s.isTls() ? "chiffré" : null, s.isVpn() ? "VPN" : null))))
				.toList());
		details(doc, all(InformationSystem::getServices));
		doc.h(2, "Applications et données");
		diagram(doc, DiagramKind.APPLICATIONS, "Cartographie des applications");
		doc.table(List.of("Application", "Fonction", "Provenance", "Exécution", "Données"), all(InformationSystem::getApplications).stream()
				.map(a -> List.of(name(a) + mark(a), nz(a.getFunction()), literal(a.getOrigin()),
						a.getTiers().stream().map(Labels::of).collect(Collectors.joining(", ")),
						names(a.getDatabases())))
				.toList());
		details(doc, all(InformationSystem::getApplications));
		List<List<String>> databases = new ArrayList<>();
		for (Dbms dbms : all(InformationSystem::getDbms)) {
			String product = (nz(dbms.getProduct()) + " " + nz(dbms.getVersion())).strip();
			String head = name(dbms) + mark(dbms) + (product.isEmpty() || product.equals(name(dbms)) ? "" : " (" + product + ")");
			if (dbms.getDatabases().isEmpty()) {
				databases.add(List.of(head, nz(dbms.getProceduralLanguage()), "", "", ""));
			}
			for (var db : dbms.getDatabases()) {
				databases.add(List.of(head, nz(dbms.getProceduralLanguage()), name(db) + mark(db), String.join(", ", db.getTables()),
						db.isPersonalData() ? "oui" : ""));
			}
		}
		doc.table(List.of("SGBD", "Langage", "Base", "Tables principales", "Données personnelles"), databases);
		details(doc, all(InformationSystem::getDbms));
		doc.h(2, "Terminaux");
		doc.table(List.of("Terminaux", "Type", "Nombre", "Système", "Site"), all(InformationSystem::getTerminals).stream()
				.map(t -> List.of(name(t) + mark(t), literal(t.getKind()), number(t.getCount()), nz(t.getOs()), t.getSite() == null ? "" : name(t.getSite())))
				.toList());
		details(doc, all(InformationSystem::getTerminals));
		doc.h(2, "Outils");
		doc.table(List.of("Outil", "Catégories", "Produit", "Remarque"), all(InformationSystem::getTools).stream()
				.map(t -> List.of(name(t) + mark(t), t.getCategories().stream().map(Labels::of).collect(Collectors.joining(", ")),
						nz(t.getProduct()), t.isSimulated() ? "simulé : " + nz(t.getJustification()) : t.isAlerting() ? "remontée d'alertes" : ""))
				.toList());
		details(doc, all(InformationSystem::getTools));
		if (!all(InformationSystem::getAutomations).isEmpty()) {
			doc.h(3, "Automatisations");
			doc.table(List.of("Automatisation", "Langage", "Cibles", "Planification"), all(InformationSystem::getAutomations).stream()
					.map(a -> List.of(name(a) + mark(a), nz(a.getLanguage()), names(a.getTargets()), nz(a.getSchedule()))).toList());
			details(doc, all(InformationSystem::getAutomations));
		}
		if (!all(InformationSystem::getDevEnvironments).isEmpty() || !all(InformationSystem::getLibraries).isEmpty()) {
			doc.h(3, "Environnements de développement et bibliothèques");
			doc.table(List.of("Environnement", "EDI", "Langages", "Cadriciels", "Outils de test"), all(InformationSystem::getDevEnvironments).stream()
					.map(d -> List.of(name(d) + mark(d), nz(d.getIde()), String.join(", ", d.getLanguages()), String.join(", ", d.getFrameworks()),
							String.join(", ", d.getTestTools())))
					.toList());
			details(doc, all(InformationSystem::getDevEnvironments));
			doc.table(List.of("Bibliothèque", "Nature", "Produit"), all(InformationSystem::getLibraries).stream()
					.map(l -> List.of(name(l) + mark(l), literal(l.getKind()), nz(l.getProduct()))).toList());
			details(doc, all(InformationSystem::getLibraries));
		}

		targetSystem(doc);

		doc.h(1, "Sécurité et habilitations");
		diagram(doc, DiagramKind.SECURITE, "Zones de sécurité et règles de filtrage");
		filterTable(doc, all(InformationSystem::getFilterRules));
		details(doc, all(InformationSystem::getFilterRules));
		if (!all(InformationSystem::getHostGroups).isEmpty()) {
			doc.h(3, "Groupes d'hôtes");
			doc.table(List.of("Groupe d'hôtes", "Hôtes"), all(InformationSystem::getHostGroups).stream()
					.map(g -> List.of(ident(g) + mark(g), names(g.getMembers()))).toList());
			details(doc, all(InformationSystem::getHostGroups));
		}
		if (!all(InformationSystem::getResources).isEmpty()) {
			doc.h(2, "Ressources partagées");
			doc.table(List.of("Ressource", "Nature", "Emplacement", "Site"), all(InformationSystem::getResources).stream()
					.map(r -> List.of(name(r) + mark(r), nz(r.getKind()), r.getLocation() == null ? "" : name(r.getLocation()),
							r.getSite() == null ? "" : name(r.getSite())))
					.toList());
			details(doc, all(InformationSystem::getResources));
		}
		doc.h(2, "Groupes et habilitations");
		doc.table(List.of("Groupe", "Membres"), all(InformationSystem::getGroups).stream()
				.map(g -> List.of(name(g) + mark(g), join(names(g.getDepartments()), names(g.getMembers())))).toList());
		details(doc, all(InformationSystem::getGroups));
		doc.table(List.of("Groupe", "Ressource", "Niveau"), all(InformationSystem::getAccessRights).stream()
				.map(r -> List.of((r.getGroup() == null ? "" : name(r.getGroup())) + mark(r), r.getTarget() == null ? "" : name(r.getTarget()),
						literal(r.getLevel())))
				.toList());
		details(doc, all(InformationSystem::getAccessRights));
		for (SecurityPolicy policy : all(InformationSystem::getPolicies)) {
			doc.field(name(policy) + mark(policy), policy.getStatement());
			doc.field("Portée", policy.getScope());
			description(doc, policy);
		}
		systems.stream().map(InformationSystem::getCharter).filter(c -> c != null).forEach(c -> {
			doc.h(2, (c.getTitle() == null ? "Charte informatique" : c.getTitle()) + mark(c));
			doc.bullets(c.getRules());
			description(doc, c);
		});

		doc.h(1, "Continuité et sauvegarde");
		doc.table(List.of("Sauvegarde", "Produit", "Éléments sauvegardés", "Planification", "Rétention", "Stockage", "Restauration testée"),
				all(InformationSystem::getBackups).stream()
						.map(b -> List.of(name(b) + mark(b), nz(b.getProduct()), names(b.getTargets()), nz(b.getSchedule()), nz(b.getRetention()),
								nz(b.getLocation()), b.isRestoreTested() ? "oui" + (b.getLastRestoreTest() != null ? " (" + b.getLastRestoreTest() + ")" : "") : "non"))
						.toList());
		details(doc, all(InformationSystem::getBackups));
		doc.table(List.of("Solution", "Catégorie", "Technologie", "Éléments protégés", "RTO", "RPO"), all(InformationSystem::getContinuity).stream()
				.map(c -> List.of(name(c) + mark(c), literal(c.getCategory()), nz(c.getTechnology()), names(c.getTargets()), nz(c.getRto()), nz(c.getRpo())))
				.toList());
		details(doc, all(InformationSystem::getContinuity));

		List<Contract> contracts = o.getContracts();
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
				details(doc, contract.eContents());
				notes(doc, List.of(contract));
			}
		}
		List<Specification> specifications = unreferencedSpecifications();
		if (!specifications.isEmpty()) {
			doc.h(1, "Cahiers des charges");
			for (Specification spec : specifications) {
				doc.h(2, name(spec) + mark(spec));
				specification(doc, spec);
			}
		}
		List<EObject> roots = new ArrayList<>(List.of(o));
		roots.addAll(systems);
		remainingDescriptions(doc, roots);
		remainingNotes(doc, roots);
		return doc;
	}

	/** Prints the planned and target elements apart from the existing system: the target system is the existing one and these. */
	private void targetSystem(Doc doc) {
		List<List<String>> rows = new ArrayList<>();
		List<NamedElement> planned = new ArrayList<>();
		for (InformationSystem si : systems) {
			for (EObject e : si.eContents()) {
				if ((e instanceof org.casebook.model.Asset || e instanceof org.casebook.model.Link) && !StateView.EXISTANT.shows(e)) {
					NamedElement named = (NamedElement) e;
					planned.add(named);
					String kind = org.casebook.dsl.messages.Kinds.label(e.eClass());
					rows.add(List.of(ident(named) + mark(named), kind, StateView.effective(e) == org.casebook.model.LifecycleState.PREVU ? "prévu" : "cible",
							nz(named.getDescription())));
				}
			}
		}
		if (!rows.isEmpty()) {
			doc.h(2, "Système cible et évolutions prévues");
			doc.p("Les tableaux précédents décrivent le système existant. Le système cible y ajoute les éléments suivants.");
			doc.table(List.of("Élément", "Nature", "État", "Description"), rows);
			notes(doc, planned);
		}
	}

	/** @return the source or destination of a filtering rule as the filter table shows it */
	private String endpoint(NamedElement segment, NamedElement host, boolean internet, boolean any, List<? extends NamedElement> excluded) {
		if (any) {
			return "tout" + (excluded.isEmpty() ? "" : " sauf " + names(excluded));
		}
		return internet ? "Internet" : host != null ? host.getName() : segment != null ? name(segment) : "";
	}

	/** @return the protocol, ports and flow of a filtering rule */
	private static String flow(org.casebook.model.FilterRule r) {
		String protocol = r.getProtocol() == null || r.getProtocol().getValue() == 0 ? "" : r.getProtocol().getLiteral();
		String ports = r.getPorts() == null ? "" : " " + r.getPorts();
		String technical = (protocol + ports).strip();
		return technical.isEmpty() ? nz(r.getService()) : r.getService() == null ? technical : technical + " – " + r.getService();
	}

	/** @return an IPv4 and an IPv6 value of a cell, side by side (dual stack) */
	private static String both(String ipv4, String ipv6) {
		return ipv4 == null ? nz(ipv6) : ipv6 == null ? ipv4 : ipv4 + " ; " + ipv6;
	}

	/** Prints the free characteristics (caractéristique "clé" "valeur") of the elements and of what they contain. */
	private void characteristics(Doc doc, Collection<? extends EObject> elements) {
		List<List<String>> rows = new ArrayList<>();
		for (EObject row : elements) {
			List<EObject> all = new ArrayList<>(List.of(row));
			row.eAllContents().forEachRemaining(all::add);
			for (EObject e : all) {
				if (e instanceof Element element && !(e instanceof org.casebook.model.Characteristic)) {
					for (var c : element.getCharacteristics()) {
						if (characteristicsPrinted.add(c)) {
							rows.add(List.of(designation(element), nz(c.getKey()) + mark(c), nz(c.getValue())));
						}
					}
				}
			}
		}
		doc.table(List.of("Élément", "Caractéristique", "Valeur"), rows);
	}

	/** Prints the premises of the sites: buildings, floors, rooms, their physical access controls and patch bays. */
	private void premises(Doc doc, Organisation o) {
		List<List<String>> rows = new ArrayList<>();
		for (Site site : o.getSites()) {
			for (var building : site.getBuildings()) {
				for (var room : building.getRooms()) {
					rows.add(room(site, building, null, room));
				}
				for (var floor : building.getFloors()) {
					for (var room : floor.getRooms()) {
						rows.add(room(site, building, floor, room));
					}
					if (floor.getRooms().isEmpty()) {
						rows.add(List.of(name(site), name(building) + mark(building), name(floor) + mark(floor), "", "", "", ""));
					}
				}
				if (building.getRooms().isEmpty() && building.getFloors().isEmpty()) {
					rows.add(List.of(name(site), name(building) + mark(building), "", "", "", "", ""));
				}
			}
		}
		if (!rows.isEmpty()) {
			doc.h(2, "Locaux");
			doc.table(List.of("Site", "Bâtiment", "Étage", "Salle", "Nature", "Contrôle d'accès", "Baies de brassage"), rows);
			List<Element> all = new ArrayList<>();
			o.getSites().forEach(s -> all.addAll(s.getBuildings()));
			notes(doc, all);
			characteristics(doc, all);
		}
	}

	private List<String> room(Site site, org.casebook.model.Building building, org.casebook.model.Floor floor, org.casebook.model.Room room) {
		String racks = room.getRacks().stream().map(r -> name(r) + mark(r) + (r.getSocketCount() > 0 ? " (" + Plural.count(r.getSocketCount(), "prise", "prises") + ")"
				: r.getSockets().isEmpty() ? "" : " (" + Plural.count(r.getSockets().size(), "prise", "prises") + ")")).collect(Collectors.joining(", "));
		return List.of(name(site), name(building) + mark(building), floor == null ? "" : name(floor) + mark(floor), name(room) + mark(room), nz(room.getKind()),
				String.join(", ", room.getAccessControls()), racks);
	}

	/** Prints the organisations hosted by the organisation, with their own staff. */
	private void tenants(Doc doc, Organisation o) {
		if (o.getTenants().isEmpty()) {
			return;
		}
		doc.h(2, "Organisations hébergées");
		doc.table(List.of("Organisation", "Secteur", "Effectif"), o.getTenants().stream()
				.map(t -> List.of(name(t) + mark(t), nz(t.getSector()), org.casebook.model.text.Quantities.number(t.getStaff()))).toList());
	}

	private void vlanTable(Doc doc, List<Vlan> vlans) {
		doc.table(List.of("VLAN", "Nom", "Réseau", "Passerelle", "Zone", "Site"), vlans.stream()
				.map(v -> List.of(number(v.getNumber()), name(v) + mark(v), both(v.getSubnet(), v.getSubnet6()), both(v.getGateway(), v.getGateway6()),
						v.getZone() == null ? "" : name(v.getZone()), v.getSite() == null ? "" : name(v.getSite())))
				.toList());
	}

	private void serverTable(Doc doc, List<Server> servers) {
		doc.table(List.of("Serveur", "Rôle", "Système", "Hébergement", "Site"), servers.stream()
				.map(s -> List.of(s.getName() + (s.getCount() > 1 ? " (× " + s.getCount() + ")" : "") + mark(s), nz(s.getLabel()) + (s.getRoles().isEmpty() ? "" : " (" + String.join(", ", s.getRoles()) + ")"),
						s.getOs() == null ? "non précisé" : s.getOs().getName() + " " + nz(s.getOs().getVersion()) + (s.getOs().isOpenSource() ? " (libre)" : ""),
						literal(s.getHosting()) + (s.getHost() != null ? " sur " + s.getHost().getName() : ""), s.getSite() == null ? "" : name(s.getSite())))
				.toList());
	}

	private void filterTable(Doc doc, List<FilterRule> rules) {
		java.util.Map<Object, Integer> positions = new java.util.HashMap<>();
		doc.table(List.of("N°", "Règle", "Source", "Destination", "Flux", "Action", "Équipement"), rules.stream()
				.map(r -> List.of(Integer.toString(positions.merge(r.getDevice() == null ? "" : r.getDevice(), 1, Integer::sum)), ident(r) + mark(r),
						endpoint(r.getSource(), r.getSourceHost(), r.isSourceInternet(), r.isSourceAny(), r.isSourceAny() ? r.getExcluded() : List.of()),
						endpoint(r.getDestination(), r.getDestinationHost(), r.isDestinationInternet(), r.isDestinationAny(),
								r.isDestinationAny() && !r.isSourceAny() ? r.getExcluded() : List.of()),
						flow(r), literal(r.getAction()), r.getDevice() == null ? "" : r.getDevice().getName()))
				.toList());
		java.util.Set<Object> devices = new java.util.LinkedHashSet<>();
		rules.forEach(r -> devices.add(r.getDevice()));
		for (Object d : devices) {
			if (d instanceof org.casebook.model.NetworkDevice device && device.getDefaultPolicy() != null && device.getDefaultPolicy().getValue() != 0) {
				doc.field("Politique par défaut de " + device.getName(), literal(device.getDefaultPolicy())
						+ " (ce qu'aucune règle ne vise ; les règles s'appliquent dans l'ordre, la première qui correspond décide)");
			}
		}
	}

	/**
	 * Prints the tables of the model elements an annex names ({@code éléments F1, F2}), one table per kind, computed
	 * from the model so that the dossier documentaire never contradicts the context.
	 */
	private void annexTables(Doc doc, Annex annex) {
		java.util.Map<org.eclipse.emf.ecore.EClass, List<NamedElement>> byKind = new java.util.LinkedHashMap<>();
		annex.getElements().forEach(e -> byKind.computeIfAbsent(e.eClass(), k -> new ArrayList<>()).add(e));
		for (List<NamedElement> elements : byKind.values()) {
			NamedElement first = elements.get(0);
			if (first instanceof FilterRule) {
				filterTable(doc, elements.stream().map(FilterRule.class::cast).toList());
			} else if (first instanceof Vlan) {
				vlanTable(doc, elements.stream().map(Vlan.class::cast).toList());
			} else if (first instanceof Server) {
				serverTable(doc, elements.stream().map(Server.class::cast).toList());
			} else if (first instanceof NetworkDevice) {
				doc.table(List.of("Équipement", "Nature", "Produit", "Adresses"), elements.stream().map(NetworkDevice.class::cast)
						.map(d -> List.of(ident(d) + mark(d), literal(d.getKind()), nz(d.getProduct()), d.getInterfaces().stream()
								.filter(i -> i.getAddress() != null).map(i -> i.getAddress() + (i.getVlan() != null ? " (" + name(i.getVlan()) + ")" : ""))
								.collect(Collectors.joining("\n"))))
						.toList());
			} else if (first instanceof org.casebook.model.SharedResource || first instanceof Group) {
				List<AccessRight> rights = all(InformationSystem::getAccessRights).stream()
						.filter(r -> elements.contains(r.getTarget()) || elements.contains(r.getGroup())).toList();
				doc.table(List.of("Groupe", "Ressource", "Niveau"), rights.stream()
						.map(r -> List.of(r.getGroup() == null ? "" : name(r.getGroup()), r.getTarget() == null ? "" : name(r.getTarget()),
								literal(r.getLevel())))
						.toList());
			} else {
				String kind = org.casebook.dsl.messages.Kinds.label(first.eClass());
				doc.table(List.of(Character.toUpperCase(kind.charAt(0)) + kind.substring(1), "Libellé", "Description"),
						elements.stream().map(e -> List.of(e.getName() + mark(e), nz(e.getLabel()), nz(e.getDescription()))).toList());
			}
		}
	}

	/** Visits entités in the order of the hierarchy: an entité, its people (its head first), then its sub-entités. */
	private static void hierarchy(Department d, List<Department> departments, List<Person> persons) {
		departments.add(d);
		if (d.getHead() != null && d.getPeople().contains(d.getHead())) {
			persons.add(d.getHead());
		}
		d.getPeople().stream().filter(p -> p != d.getHead()).forEach(persons::add);
		d.getDepartments().forEach(sub -> hierarchy(sub, departments, persons));
	}

	/** @return the cahiers des charges of the organisation that no mission of the scenario refers to */
	private List<Specification> unreferencedSpecifications() {
		Set<Specification> referenced = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		List<Specification> all = new ArrayList<>();
		for (Model model : models) {
			model.eAllContents().forEachRemaining(e -> {
				if (e instanceof Mission m && m.getSpecification() != null) {
					referenced.add(m.getSpecification());
				}
				if (e instanceof Specification spec && (spec.getOrganisation() == null || spec.getOrganisation() == organisation)) {
					all.add(spec);
				}
			});
		}
		return all.stream().filter(spec -> !referenced.contains(spec)).toList();
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

	private static List<ExamSubject> subjects(List<Model> models, Organisation organisation) {
		List<ExamSubject> subjects = new ArrayList<>();
		for (Model model : models) {
			for (EObject e : model.getElements()) {
				if (e instanceof ExamSubject s && (s.getOrganisation() == null || s.getOrganisation() == organisation)) {
					subjects.add(s);
				}
			}
		}
		return subjects;
	}

	private List<ExamSubject> subjects() {
		return subjects(models, organisation);
	}

	private static List<Mission> standaloneMissions(List<Model> models, Organisation organisation) {
		List<Mission> missions = new ArrayList<>();
		for (Model model : models) {
			for (EObject e : model.getElements()) {
				if (e instanceof Mission m && (m.getOrganisation() == null || m.getOrganisation() == organisation)) {
					missions.add(m);
				}
			}
		}
		return missions;
	}

	/**
	 * @return the subject of the document: the one the students read (the first one of the student edition), so that
	 *         the corrigé is about the same subject; the first one when the students read none
	 */
	private ExamSubject subject() {
		Numbering numbering = numbering();
		if (numbering.subject() != null) {
			for (ExamSubject s : subjects()) {
				if (studentEdition().resolve(s) == numbering.subject()) {
					return s;
				}
			}
		}
		List<ExamSubject> subjects = subjects();
		return subjects.isEmpty() ? null : subjects.get(0);
	}

	private Numbering numbering;

	/** @return the numbers of the student subject, which the corrigé reuses */
	private Numbering numbering() {
		if (numbering == null) {
			EditionModels student = studentEdition();
			Organisation studentOrganisation = student.resolve(organisation);
			List<ExamSubject> subjects = studentOrganisation == null ? List.of() : subjects(student.models(), studentOrganisation);
			numbering = new Numbering(student, subjects.isEmpty() ? null : subjects.get(0),
					studentOrganisation == null ? List.of() : standaloneMissions(student.models(), studentOrganisation));
		}
		return numbering;
	}

	private Doc subject(boolean answers) {
		ExamSubject subject = subject();
		Numbering numbering = numbering();
		String title = (answers ? DocumentKind.CORRIGE.title() : DocumentKind.SUJET.title()) + " – "
				+ (subject != null ? name(subject) : "Missions " + name(organisation));
		Doc doc = new Doc(title, subtitle());
		String session = settings.session() != null ? settings.session() : subject == null ? null : subject.getSession();
		String duration = settings.duration() != null ? settings.duration() : subject == null ? null : subject.getDuration();
		List<List<String>> box = new ArrayList<>();
		Referential.Exam exam = subject == null ? null : exam(subject, session);
		String examText = subject != null && subject.getExam() != null ? subject.getExam()
				: exam != null ? exam.code() + " – " + exam.title() : null;
		if (examText != null) {
			box.add(List.of("Épreuve", examText));
		}
		if (subject != null && subject.getOption() != null && subject.getOption().getValue() != 0) {
			box.add(List.of("Option", Labels.of(subject.getOption())));
		}
		if (duration != null) {
			box.add(List.of("Durée", duration));
		}
		String coefficient = settings.coefficient() != null ? settings.coefficient()
				: exam != null && exam.coefficient() != null && !exam.coefficient().isBlank() ? exam.coefficient() : null;
		if (coefficient != null) {
			box.add(List.of("Coefficient", coefficient));
		}
		if (settings.material() != null) {
			box.add(List.of("Matériel autorisé", settings.material()));
		}
		List<Mission> missions = new ArrayList<>();
		if (subject != null) {
			subject.getDossiers().forEach(d -> missions.addAll(d.getMissions()));
		} else {
			missions.addAll(standaloneMissions(models, organisation));
		}
		double total = missions.stream().flatMap(m -> m.getRealisations().stream()).filter(r -> numbering.of(r) != null)
				.mapToDouble(Realisation::getPoints).sum();
		if (subject != null) {
			List<String> parts = new ArrayList<>();
			for (Dossier dossier : subject.getDossiers()) {
				String number = numbering.of(dossier);
				double points = dossier.getMissions().stream().flatMap(m -> m.getRealisations().stream()).filter(r -> numbering.of(r) != null)
						.mapToDouble(Realisation::getPoints).sum();
				if (number != null) {
					parts.add("Dossier " + number + " – " + name(dossier) + (points > 0 ? " : " + Typography.points(points) : ""));
				}
			}
			if (!parts.isEmpty()) {
				box.add(List.of("Dossiers", String.join("\n", parts)));
			}
		}
		if (total > 0) {
			box.add(List.of("Barème", "noté sur " + Typography.points(total)));
		}
		List<String> heading = new ArrayList<>(List.of("BTS Services informatiques aux organisations"));
		if (session != null) {
			heading.add("Session " + session);
		}
		doc.cover(heading, box, !answers);
		if (answers) {
			doc.note("Document réservé à l'enseignant", List.of("Corrigé et barème du sujet" + (subject != null ? " « " + name(subject) + " »" : "") + "."), true);
			doc.note("Confidentiel", List.of("Ce corrigé ne doit pas être communiqué aux candidats."), true);
		}
		if (subject != null) {
			doc.h(1, "Présentation du contexte" + mark(subject));
			doc.p(subject.getSummary());
			doc.p("Le dossier de contexte décrit l'organisation " + name(organisation) + " et son système d'information.");
			description(doc, subject);
			for (Dossier dossier : subject.getDossiers()) {
				String number = numbering.of(dossier);
				doc.h(1, (number != null ? "Dossier " + number : "Dossier réservé à l'enseignant") + " – " + name(dossier));
				description(doc, dossier);
				missions(doc, dossier.getMissions(), answers);
			}
		} else {
			missions(doc, missions, answers);
		}
		if (answers) {
			doc.h(1, "Barème");
			List<List<String>> rows = new ArrayList<>();
			double reserved = 0;
			for (Mission mission : missions) {
				for (Realisation r : mission.getRealisations()) {
					List<String> codes = r.getCompetencies().isEmpty() ? mission.getCompetencies() : r.getCompetencies();
					String number = numbering.of(r);
					if (number == null) {
						reserved += r.getPoints();
					}
					rows.add(List.of(name(mission), (number != null ? number : "réservé à l'enseignant") + " – " + name(r),
							Typography.points(r.getPoints()), String.join(", ", codes)));
				}
			}
			rows.add(List.of("Total", "", Typography.points(total), ""));
			if (reserved > 0) {
				rows.add(List.of("Hors barème élève", "travaux réservés à l'enseignant", Typography.points(reserved), ""));
			}
			doc.table(List.of("Mission", "Travail à faire", "Points", "Compétences"), rows);
		}
		if (subject != null && !subject.getAnnexes().isEmpty()) {
			doc.pageBreak();
			doc.h(1, "Dossier documentaire");
			for (Annex annex : subject.getAnnexes()) {
				String number = numbering.of(annex);
				doc.h(2, (number != null ? "Annexe " + number : "Annexe réservée à l'enseignant") + " – " + name(annex));
				doc.p(annex.getContent());
				annexTables(doc, annex);
				if (annex.getDiagram() != null) {
					DiagramKind kind = DiagramKind.parse(annex.getDiagram());
					if (kind != null) {
						diagram(doc, kind, name(annex));
					}
				}
				if (annex.getFile() != null) {
					doc.field("Document joint", annex.getFile());
				}
				description(doc, annex);
			}
		}
		if (answers && subject != null) {
			List<Mission> standalone = standaloneMissions(models, organisation);
			if (!standalone.isEmpty()) {
				doc.pageBreak();
				doc.h(1, "Missions hors sujet");
				doc.p("Missions décrites dans le scénario en dehors du sujet d'examen (travaux pratiques), avec leurs corrigés.");
				missions(doc, standalone, true);
			}
		}
		List<EObject> roots = new ArrayList<>();
		if (subject != null) {
			roots.add(subject);
		}
		roots.addAll(missions);
		remainingDescriptions(doc, roots);
		if (teacher()) {
			remainingNotes(doc, roots);
		}
		return doc;
	}

	/**
	 * @return the épreuve of the subject in the numbering of its session: the written case study is E6 of the 2019
	 *         regulation up to session 2024 and E7 from session 2025 (arrêté of 8 July 2024)
	 */
	private static Referential.Exam exam(ExamSubject subject, String session) {
		return Referential.get().examOfSubject(session, subject.getExam()).orElse(null);
	}

	private void missions(Doc doc, List<Mission> missions, boolean answers) {
		Numbering numbering = numbering();
		for (Mission mission : missions) {
			String missionNumber = numbering.of(mission);
			doc.h(2, (missionNumber != null ? "Mission " + missionNumber : "Mission réservée à l'enseignant") + " – " + name(mission));
			doc.field("Nature", literal(mission.getType())).field("Demandeur", mission.getRequester() == null ? null
					: name(mission.getRequester()) + (mission.getRequester().getJobTitle() != null ? ", " + mission.getRequester().getJobTitle() : ""));
			doc.p(mission.getScope());
			description(doc, mission);
			Specification spec = mission.getSpecification();
			if (spec != null) {
				doc.h(3, "Cahier des charges – " + name(spec) + mark(spec));
				specification(doc, spec);
			}
			if (answers && !mission.getCompetencies().isEmpty()) {
				doc.field("Compétences visées", describeCodes(mission.getCompetencies()));
			}
			for (Realisation r : mission.getRealisations()) {
				String number = numbering.of(r);
				doc.h(3, (number != null ? "Travail à faire " + number : "Travail réservé à l'enseignant") + " – " + name(r) + " ("
						+ Typography.points(r.getPoints()) + ")");
				doc.p(Expressions.render(r.getQuestion(), scope()));
				description(doc, r);
				if (!r.getAnnexes().isEmpty()) {
					doc.field("Documents à consulter", r.getAnnexes().stream().map(a -> {
						String n = numbering.of(a);
						return (n != null ? "Annexe " + n : "annexe réservée à l'enseignant") + " (" + name(a) + ")";
					}).collect(Collectors.joining(", ")));
				}
				if (answers) {
					List<String> lines = new ArrayList<>();
					if (r.getAnswer() != null) {
						lines.add(Expressions.render(r.getAnswer(), scope()));
					}
					r.getCriteria().forEach(c -> lines.add("Critère : " + c));
					if (!r.getCompetencies().isEmpty()) {
						lines.add("Compétences : " + describeCodes(r.getCompetencies()));
					}
					if (r.getTeacherNote() != null && notesPrinted.add(r)) {
						lines.add(r.getTeacherNote());
					}
					doc.note("Éléments de corrigé", lines, true);
				} else {
					teacherNote(doc, r);
				}
			}
		}
	}

	private void specification(Doc doc, Specification spec) {
		doc.field("Contexte", spec.getContext()).field("Besoin", spec.getNeed());
		doc.bullets(spec.getFunctionalSpecs().stream().map(s -> "Spécification fonctionnelle : " + s).toList());
		doc.bullets(spec.getTechnicalSpecs().stream().map(s -> "Spécification technique : " + s).toList());
		doc.bullets(spec.getConstraints().stream().map(s -> "Contrainte : " + s).toList());
		doc.bullets(spec.getDeliverables().stream().map(s -> "Livrable : " + s).toList());
		doc.bullets(spec.getMilestones().stream().map(m -> m.getLabel() + " : " + m.getDate() + mark(m)).toList());
		description(doc, spec);
		details(doc, spec.getMilestones());
	}

	private String describeCodes(List<String> codes) {
		Referential referential = Referential.get();
		Referential.Option option = option();
		return codes.stream().map(c -> referential.competency(c, option).map(x -> c + " " + x.label()).orElse(c))
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
			ConformityReport report = ConformityChecker.check(content, organisation, opt, Reading.STRICTE);
			doc.h(1, "Option " + opt.word().toUpperCase(Locale.ROOT));
			doc.p(Plural.count(report.count(org.casebook.referential.conformity.Status.CONFORME), "exigence conforme", "exigences conformes")
					+ ", " + Plural.count(report.count(org.casebook.referential.conformity.Status.NON_CONFORME), "non conforme", "non conformes")
					+ ", " + report.count(org.casebook.referential.conformity.Status.INFORMATION_ABSENTE)
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
		CoverageReport report = CoverageAnalyzer.analyze(content, option());
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
