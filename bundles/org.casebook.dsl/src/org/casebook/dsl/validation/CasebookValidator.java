// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.casebook.model.Asset;
import org.casebook.model.CasebookPackage;
import org.casebook.model.Element;
import org.casebook.model.FilterAction;
import org.casebook.model.FilterRule;
import org.casebook.model.InformationSystem;
import org.casebook.model.Link;
import org.casebook.model.LinkKind;
import org.casebook.model.Model;
import org.casebook.model.NamedElement;
import org.casebook.model.NetworkInterface;
import org.casebook.model.Node;
import org.casebook.model.Person;
import org.casebook.model.Server;
import org.casebook.model.Site;
import org.casebook.model.Vlan;
import org.casebook.model.ExamOption;
import org.casebook.model.ExamSubject;
import org.casebook.model.Mission;
import org.casebook.model.Realisation;
import org.casebook.model.edition.StudentProjection;
import org.casebook.model.net.Ipv4;
import org.casebook.dsl.messages.Kinds;
import org.casebook.referential.Referential;
import org.casebook.referential.Referential.Option;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.emf.common.util.URI;
import org.casebook.model.text.Markup;
import org.casebook.model.text.Plural;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;

import com.google.inject.Inject;

/**
 * Checks the consistency of scenarios: names, addressing plan, hierarchy, simulation and completeness.
 *
 * <p>Every check reports an {@link IssueCodes} constant and a French message.</p>
 */
@ComposedChecks(validators = { VariantChecks.class, NetworkContextChecks.class, ExamChecks.class })
public class CasebookValidator extends AbstractCasebookValidator {

	private static final CasebookPackage P = CasebookPackage.eINSTANCE;

	private static final List<EClass> NAME_CLUSTERS = List.of(P.getAsset(), P.getNetworkSegment(), P.getActor(),
			P.getTopLevelElement());

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IQualifiedNameConverter nameConverter;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	// ------------------------------------------------------------------------------------------------ file and names

	/** A file that declares nothing is almost always a mistake. */
	@Check
	public void checkFileNotEmpty(Model model) {
		if (model.getElements().isEmpty() && model.getImports().isEmpty()
				&& (model.getNamespace() == null || model.getNamespace().isEmpty())) {
			warning("le fichier ne déclare rien", model, null, IssueCodes.EMPTY_FILE);
		}
	}

	/**
	 * Characters that XML 1.0 forbids cannot be written into the SVG, HTML, DOCX, ODT and PDF outputs, and control
	 * characters that print as nothing (C1 controls, bidirectional overrides) would reach the reports shown on a
	 * terminal: the raw text is checked first, then the values, where an escape such as {@code \\uFFFF} may have
	 * produced one.
	 */
	@Check
	public void checkCharacters(Model model) {
		ICompositeNode root = NodeModelUtils.getNode(model);
		String text = root == null ? "" : root.getRootNode().getText();
		int reported = 0;
		for (int at = firstRefused(text); at >= 0 && reported < 10; reported++) {
			getMessageAcceptor().acceptError(refused(text.charAt(at)), model, at, 1, IssueCodes.FORBIDDEN_CHARACTER);
			int next = firstRefused(text.subSequence(at + 1, text.length()));
			at = next < 0 ? -1 : at + 1 + next;
		}
		if (reported > 0 || root != null && text.indexOf('\\') < 0) {
			return; // only an escape (\\u0001, \\b, \\f…) writes in a value a character that the text does not hold
		}
		for (var it = model.eAllContents(); it.hasNext() && reported < 10;) {
			EObject object = it.next();
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (attribute.getEAttributeType().getInstanceClass() != String.class || !object.eIsSet(attribute)) {
					continue;
				}
				Object value = object.eGet(attribute);
				List<?> values = value instanceof List<?> list ? list : List.of(value);
				for (int i = 0; i < values.size(); i++) {
					if (values.get(i) instanceof String s) {
						int at = firstRefused(s);
						if (at >= 0) {
							error(refused(s.charAt(at)), object, attribute, attribute.isMany() ? i : INSIGNIFICANT_INDEX,
									IssueCodes.FORBIDDEN_CHARACTER);
							reported++;
						}
					}
				}
			}
		}
	}

	private static int firstRefused(CharSequence text) {
		int forbidden = Markup.firstForbidden(text);
		int control = Markup.firstControl(forbidden < 0 ? text : text.subSequence(0, forbidden));
		return control >= 0 ? control : forbidden;
	}

	private static String refused(char c) {
		if (Markup.isControl(c)) {
			return String.format("caractère de contrôle U+%04X : invisible dans les documents, il commanderait le terminal ou "
					+ "inverserait l'affichage du texte dans un rapport ou un éditeur ; le retirer", (int) c);
		}
		return String.format("caractère interdit U+%04X : les documents produits (XML) ne peuvent pas le contenir ; le retirer", (int) c);
	}

	/** Longest label: a label titles its element in the tables, the diagrams and the running headers. */
	static final int MAX_LABEL = 300;

	/**
	 * A label titles its element in every table and diagram that shows it, and an organisation's in the running header
	 * of each page: a label of thousands of characters is a description written in the wrong place.
	 */
	@Check
	public void checkLabelLength(NamedElement element) {
		String label = element.getLabel();
		if (label != null && label.length() > MAX_LABEL) {
			error("libellé de " + Plural.count(label.length(), "caractère", "caractères") + " : " + MAX_LABEL + " au plus (il titre l'élément dans les tableaux et "
					+ "les schémas) ; le détail va dans sa description", element, P.getNamedElement_Label(),
					IssueCodes.INVALID_VALUE);
		}
	}

	/** Two elements of the same kind cannot share a qualified name, in one file or across the files loaded together. */
	@Check
	public void checkUniqueNames(Model model) {
		Map<Key, List<NamedElement>> local = new LinkedHashMap<>();
		for (var it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof NamedElement named) {
				QualifiedName qn = names.getFullyQualifiedName(named);
				if (qn != null) {
					local.computeIfAbsent(new Key(cluster(named.eClass()), qn), k -> new ArrayList<>(1)).add(named);
				}
			}
		}
		Resource resource = model.eResource();
		IResourceDescriptions index = resource == null || resource.getResourceSet() == null ? null
				: indexProvider.getResourceDescriptions(resource);
		URI self = resource == null ? null : resource.getURI();
		// the other files only: this file's own names are compared above, without computing their URIs
		List<IResourceDescription> others = new ArrayList<>();
		if (index != null) {
			for (IResourceDescription description : index.getAllResourceDescriptions()) {
				if (!description.getURI().equals(self)) {
					others.add(description);
				}
			}
		}
		for (Map.Entry<Key, List<NamedElement>> entry : local.entrySet()) {
			List<NamedElement> same = entry.getValue();
			if (same.size() > 1) {
				String shown = nameConverter.toString(entry.getKey().name());
				for (NamedElement named : same) {
					error("nom « " + named.getName() + " » déclaré " + same.size() + " fois pour un même type d'élément ("
							+ shown + ")", named, P.getNamedElement_Name(), IssueCodes.DUPLICATE_NAME);
				}
				continue;
			}
			otherFiles: for (IResourceDescription description : others) {
				for (IEObjectDescription other : description.getExportedObjects(EcorePackage.Literals.EOBJECT,
						entry.getKey().name(), false)) {
					URI where = other.getEObjectURI().trimFragment();
					EObject found = other.getEObjectOrProxy();
					boolean sameFile = where.equals(self) || !found.eIsProxy() && found.eResource() == resource;
					if (!sameFile && cluster(other.getEClass()) == entry.getKey().cluster()) {
						error("nom « " + nameConverter.toString(entry.getKey().name()) + " » déjà déclaré dans " + where.lastSegment(), same.get(0),
								P.getNamedElement_Name(), IssueCodes.DUPLICATE_NAME);
						break otherFiles;
					}
				}
			}
		}
	}

	private static EClass cluster(EClass type) {
		for (EClass cluster : NAME_CLUSTERS) {
			if (cluster.isSuperTypeOf(type)) {
				return cluster;
			}
		}
		return type;
	}

	private record Key(EClass cluster, QualifiedName name) {
	}

	/** The feature each grammar element of the language assigns, by identity: the same for every file read. */
	private final Map<EObject, String> assignedFeatures = new ConcurrentHashMap<>();

	/** A single-valued property written twice in a block would silently keep the last value. */
	@Check
	public void checkPropertiesGivenOnce(Element element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return;
		}
		Map<EStructuralFeature, INode> seen = new HashMap<>();
		visitOwnNodes(element, node, seen);
	}

	private void visitOwnNodes(EObject owner, ICompositeNode parent, Map<EStructuralFeature, INode> seen) {
		for (INode child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof ILeafNode leaf && leaf.isHidden()) {
				continue; // spaces and comments assign nothing
			}
			EStructuralFeature feature = assignedFeature(owner, child);
			if (feature != null && !feature.isMany()) {
				INode first = seen.putIfAbsent(feature, child);
				if (first != null) {
					getMessageAcceptor().acceptError("propriété « " + firstWord(parent, first) + " » déjà donnée ligne "
							+ first.getStartLine() + " : une seule valeur est gardée", owner, child.getOffset(),
							child.getLength(), IssueCodes.DUPLICATE_PROPERTY);
				}
			}
			if (child instanceof ICompositeNode composite
					&& !(composite.hasDirectSemanticElement() && composite.getSemanticElement() != owner)) {
				visitOwnNodes(owner, composite, seen);
			}
		}
	}

	private EStructuralFeature assignedFeature(EObject owner, INode node) {
		EObject grammarElement = node.getGrammarElement();
		if (grammarElement == null) {
			return null;
		}
		String feature = assignedFeatures.computeIfAbsent(grammarElement, CasebookValidator::assignedFeatureName);
		return feature.isEmpty() ? null : owner.eClass().getEStructuralFeature(feature);
	}

	/** @return the name of the feature a grammar element assigns, empty when it assigns none */
	private static String assignedFeatureName(EObject grammarElement) {
		EObject container = grammarElement.eContainer();
		if (container instanceof CrossReference) {
			container = container.eContainer();
		}
		return container instanceof Assignment assignment ? assignment.getFeature() : "";
	}

	private static String firstWord(ICompositeNode parent, INode valueNode) {
		INode previous = valueNode.getPreviousSibling();
		while (previous != null && previous.getText().isBlank()) {
			previous = previous.getPreviousSibling();
		}
		String text = previous != null ? previous.getText().trim() : valueNode.getText().trim();
		return text.isEmpty() ? valueNode.getText().trim() : text;
	}

	// ------------------------------------------------------------------------------------------------ addressing plan

	/** Checks the addressing plan of an information system: VLAN numbers, subnets, gateways and addresses. */
	@Check
	public void checkAddressingPlan(InformationSystem system) {
		List<Network> networks = new ArrayList<>();
		Map<String, Vlan> numbers = new HashMap<>();
		for (Vlan vlan : system.getVlans()) {
			checkVlanNumber(vlan, numbers);
			Ipv4 subnet = Ipv4.tryParse(vlan.getSubnet());
			if (subnet != null) {
				if (subnet.prefix() == Ipv4.HOST_PREFIX && !vlan.getSubnet().contains("/")) {
					warning("réseau « " + vlan.getSubnet() + " » sans longueur de préfixe : écrire par exemple "
							+ vlan.getSubnet() + "/24", vlan, P.getVlan_Subnet(), IssueCodes.SUBNET_HOST_BITS);
				} else if (subnet.hasHostBits()) {
					warning("réseau « " + vlan.getSubnet() + " » écrit avec des bits d'hôte : l'adresse de réseau est "
							+ subnet.withPrefix(subnet.prefix()), vlan, P.getVlan_Subnet(),
							IssueCodes.SUBNET_HOST_BITS);
				}
				networks.add(new Network(subnet, vlan));
			}
			Ipv4 gateway = Ipv4.tryParse(vlan.getGateway());
			if (gateway != null) {
				if (subnet == null) {
					warning("passerelle sans réseau : donner le réseau du vlan « " + vlan.getName() + " »", vlan,
							P.getVlan_Gateway(), IssueCodes.GATEWAY_WITHOUT_SUBNET);
				} else if (!subnet.contains(gateway)) {
					error("passerelle " + gateway + " hors du réseau " + subnet + " du vlan « " + vlan.getName() + " »",
							vlan, P.getVlan_Gateway(), IssueCodes.GATEWAY_OUTSIDE_SUBNET);
				} else if (isReserved(gateway, subnet)) {
					warning("passerelle " + gateway + " : adresse de réseau ou de diffusion de " + subnet, vlan,
							P.getVlan_Gateway(), IssueCodes.RESERVED_ADDRESS);
				}
			}
		}
		checkOverlaps(networks);
		checkInterfaces(system);
	}

	private void checkVlanNumber(Vlan vlan, Map<String, Vlan> numbers) {
		if (NodeModelUtils.findNodesForFeature(vlan, P.getVlan_Number()).isEmpty() && !vlan.eIsSet(P.getVlan_Number())) {
			return;
		}
		int number = vlan.getNumber();
		if (number < 1 || number > 4094) {
			error("numéro de vlan " + number + " hors de la plage 1 à 4094", vlan, P.getVlan_Number(),
					IssueCodes.VLAN_ID_RANGE);
			return;
		}
		Site site = vlan.getSite();
		String key = (site == null ? "" : site.getName()) + "#" + number;
		Vlan other = numbers.putIfAbsent(key, vlan);
		if (other != null) {
			error("numéro de vlan " + number + " déjà utilisé par « " + other.getName() + " »"
					+ (site == null ? "" : " sur le site « " + site.getName() + " »"), vlan, P.getVlan_Number(),
					IssueCodes.DUPLICATE_VLAN_ID);
		}
	}

	private void checkOverlaps(List<Network> networks) {
		networks.sort(Comparator.comparing(Network::subnet));
		Network widest = null;
		for (Network current : networks) {
			if (widest != null && current.subnet().first() <= widest.subnet().last()) {
				error("réseau " + current.subnet() + " du vlan « " + current.vlan().getName() + " » chevauche le réseau "
						+ widest.subnet() + " du vlan « " + widest.vlan().getName() + " »", current.vlan(),
						P.getVlan_Subnet(), IssueCodes.OVERLAPPING_SUBNETS);
			}
			if (widest == null || current.subnet().last() > widest.subnet().last()) {
				widest = current;
			}
		}
	}

	private record Network(Ipv4 subnet, Vlan vlan) {
	}

	private void checkInterfaces(InformationSystem system) {
		Map<Long, NetworkInterface> used = new HashMap<>();
		List<Node> nodes = new ArrayList<>(system.getDevices());
		nodes.addAll(system.getServers());
		for (Node node : nodes) {
			for (NetworkInterface itf : node.getInterfaces()) {
				Ipv4 address = Ipv4.tryParse(itf.getAddress());
				if (address == null) {
					continue;
				}
				Vlan vlan = itf.getVlan();
				Ipv4 subnet = vlan == null || vlan.eIsProxy() ? null : Ipv4.tryParse(vlan.getSubnet());
				if (subnet != null) {
					if (!subnet.contains(address)) {
						error("adresse " + address.addressText() + " de « " + node.getName() + " » hors du réseau "
								+ subnet + " du vlan « " + vlan.getName() + " »", itf, P.getNetworkInterface_Address(),
								IssueCodes.ADDRESS_OUTSIDE_SUBNET);
					} else if (isReserved(address, subnet)) {
						error("adresse " + address.addressText() + " de « " + node.getName()
								+ " » : adresse de réseau ou de diffusion de " + subnet, itf,
								P.getNetworkInterface_Address(), IssueCodes.RESERVED_ADDRESS);
					}
				}
				NetworkInterface other = used.putIfAbsent(address.address(), itf);
				if (other != null) {
					error("adresse " + address.addressText() + " déjà attribuée à « "
							+ ((NamedElement) other.eContainer()).getName() + " »", itf, P.getNetworkInterface_Address(),
							IssueCodes.DUPLICATE_ADDRESS);
				}
			}
		}
	}

	private static boolean isReserved(Ipv4 address, Ipv4 subnet) {
		return subnet.prefix() <= 30 && (address.address() == subnet.first() || address.address() == subnet.last());
	}

	// ------------------------------------------------------------------------------------------------ servers and assets

	/** A server without operating system cannot be checked against annexe II.E (C1.1-e). */
	@Check
	public void checkServerHasOperatingSystem(Server server) {
		if (server.getOs() == null) {
			warning("serveur « " + server.getName() + " » sans système d'exploitation (os) : la conformité à "
					+ "l'annexe II.E (C1.1-e) ne peut pas être vérifiée", server, P.getNamedElement_Name(),
					IssueCodes.SERVER_WITHOUT_OS);
		}
	}

	/** A virtual server cannot be its own host, directly or not. */
	@Check
	public void checkHostChain(Server server) {
		if (leadsBackTo(server, Server::getHost)) {
			error("serveur « " + server.getName() + " » hébergé par lui-même (chaîne d'hôtes circulaire)", server,
					P.getServer_Host(), IssueCodes.HOST_CYCLE);
		}
	}

	/**
	 * @return whether following {@code next} from {@code start} comes back to {@code start}; stops on a cycle that
	 *         does not include it, or on an unresolved reference
	 */
	private static <T extends EObject> boolean leadsBackTo(T start, Function<T, T> next) {
		Set<T> visited = new HashSet<>();
		for (T current = next.apply(start); current != null && !current.eIsProxy(); current = next.apply(current)) {
			if (current == start) {
				return true;
			}
			if (!visited.add(current)) {
				return false;
			}
		}
		return false;
	}

	/** Annexe II.E (C1.2): simulation answers a need of the organisation and must be justified. */
	@Check
	public void checkSimulationJustified(Asset asset) {
		if (asset.isSimulated() && (asset.getJustification() == null || asset.getJustification().isBlank())) {
			warning("« " + asset.getName() + " » est simulé sans justification : l'annexe II.E (C1.2) demande que "
					+ "la simulation réponde à un besoin de l'organisation", asset, P.getAsset_Simulated(),
					IssueCodes.SIMULATION_NOT_JUSTIFIED);
		}
	}

	// ------------------------------------------------------------------------------------------------ organisation

	/** Nobody is their own superior, directly or not. */
	@Check
	public void checkManagerChain(Person person) {
		if (leadsBackTo(person, Person::getManager)) {
			error("hiérarchie circulaire : « " + person.getName() + " » est son propre supérieur", person,
					P.getPerson_Manager(), IssueCodes.HIERARCHY_CYCLE);
		}
	}

	// ------------------------------------------------------------------------------------------------ competencies

	/** Missions target competencies of the BTS SIO referential, by code. */
	@Check
	public void checkMissionCompetencies(Mission mission) {
		checkCompetencyCodes(mission, mission.getCompetencies(), P.getMission_Competencies());
	}

	/** Réalisations mobilise competencies of the BTS SIO referential, by code. */
	@Check
	public void checkRealisationCompetencies(Realisation realisation) {
		checkCompetencyCodes(realisation, realisation.getCompetencies(), P.getRealisation_Competencies());
	}

	private void checkCompetencyCodes(EObject owner, List<String> codes, EStructuralFeature feature) {
		Option option = optionOf(owner);
		Referential referential = Referential.get();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			if (referential.competency(code, option).isEmpty()) {
				List<String> close = referential.suggestions(code);
				error("compétence « " + code + " » inconnue du référentiel du BTS SIO"
						+ (option == null ? "" : " (option " + option.word() + ")")
						+ (close.isEmpty() ? " : codes attendus B1.1 à B1.6, B1.1.1 à B1.6.4, B2.1 à B3.5…"
								: " : vouliez-vous dire " + String.join(", ", close) + " ?"),
						owner, feature, i, IssueCodes.UNKNOWN_COMPETENCY, close.toArray(String[]::new));
			}
		}
	}

	private static Option optionOf(EObject element) {
		ExamSubject subject = EcoreUtil2.getContainerOfType(element, ExamSubject.class);
		if (subject == null || subject.getOption() == ExamOption.NON_PRECISE || subject.getOption() == ExamOption.COMMUNE) {
			return null;
		}
		return Option.parse(subject.getOption().getLiteral());
	}

	// ------------------------------------------------------------------------------------------------ network

	/** A filtering rule says where from, where to, and what to do. */
	@Check
	public void checkFilterRuleComplete(FilterRule rule) {
		List<String> missing = new ArrayList<>();
		if (rule.getSource() == null && rule.getSourceHost() == null && !rule.isSourceInternet() && !rule.isSourceAny()) {
			missing.add("de");
		}
		if (rule.getDestination() == null && rule.getDestinationHost() == null && !rule.isDestinationInternet() && !rule.isDestinationAny()) {
			missing.add("vers");
		}
		if (rule.getAction() == FilterAction.NON_PRECISE) {
			missing.add("autoriser ou refuser");
		}
		if (!missing.isEmpty()) {
			error("règle de filtrage « " + rule.getName() + " » incomplète : manque " + String.join(", ", missing), rule,
					P.getNamedElement_Name(), IssueCodes.INCOMPLETE_FILTER_RULE);
		}
	}

	/** A link joins two ends; only an Internet access may leave its far end implicit. */
	@Check
	public void checkLinkEnds(Link link) {
		boolean nodes = link.getSource() != null && link.getTarget() != null;
		boolean sites = link.getSourceSite() != null && link.getTargetSite() != null;
		boolean toInternet = link.getKind() == LinkKind.INTERNET && link.getSource() != null;
		if (!nodes && !sites && !toInternet) {
			warning("lien « " + link.getName() + " » sans ses deux extrémités (de … vers …, ou entre … et …)", link,
					P.getNamedElement_Name(), IssueCodes.INCOMPLETE_LINK);
		}
		if (link.getKind() == LinkKind.VPN_SITE_ASITE && sites && link.getSourceSite() == link.getTargetSite()) {
			warning("VPN site à site « " + link.getName() + " » entre un site et lui-même", link,
					P.getLink_TargetSite(), IssueCodes.INCOMPLETE_LINK);
		}
		if (nodes && link.getSource() == link.getTarget()) {
			warning("lien « " + link.getName() + " » d'un équipement vers lui-même (« " + link.getSource().getName()
					+ " ») : l'autre extrémité est sans doute un autre équipement", link, P.getLink_Target(), IssueCodes.INCOMPLETE_LINK);
		}
	}

	// ------------------------------------------------------------------------------------------------ editions

	/**
	 * A visible element that names an element reserved to the teacher loses that reference in the student edition, or
	 * is removed with it when it cannot exist without it (the rules of {@link StudentProjection}): the teacher is told,
	 * at the reference, what the student edition will drop.
	 */
	@Check
	public void checkReferenceToTeacherOnly(Element element) {
		if (StudentProjection.markedTeacherOnly(element)) {
			return;
		}
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || !element.eIsSet(reference)) {
				continue;
			}
			List<?> targets = reference.isMany() ? (List<?>) element.eGet(reference) : List.of(element.eGet(reference));
			for (int i = 0; i < targets.size(); i++) {
				if (!(targets.get(i) instanceof EObject target) || target.eIsProxy() || !StudentProjection.markedTeacherOnly(target)) {
					continue;
				}
				String self = describe(element);
				String consequence = StudentProjection.ownerRemoved(reference)
						? "l'édition élève retirera aussi " + self + ", qui ne peut exister sans cette référence"
						: StudentProjection.together(reference) != null ? "l'édition élève retirera les deux sites de ce lien"
								: "l'édition élève retirera cette référence";
				warning(self + " désigne " + describe(target) + ", élément réservé à l'enseignant (@enseignant) : " + consequence
						+ " ; marquer aussi @enseignant l'élément qui porte la référence, ou retirer la marque", element, reference,
						reference.isMany() ? i : INSIGNIFICANT_INDEX, IssueCodes.TEACHER_ONLY_REFERENCE);
			}
		}
	}

	private static String describe(EObject element) {
		String kind = Kinds.label(element.eClass());
		if (element instanceof NamedElement named && named.getName() != null) {
			return kind + " « " + named.getName() + " »";
		}
		if (element instanceof org.casebook.model.AccessRight right && right.getGroup() != null && right.getGroup().getName() != null) {
			return kind + " du groupe « " + right.getGroup().getName() + " »";
		}
		if (element.eContainer() instanceof NamedElement owner && owner.getName() != null) {
			return kind + " de « " + owner.getName() + " »";
		}
		return kind;
	}
}
