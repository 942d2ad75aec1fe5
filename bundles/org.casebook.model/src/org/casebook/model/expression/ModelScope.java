// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.expression;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.casebook.model.Application;
import org.casebook.model.Department;
import org.casebook.model.ItService;
import org.casebook.model.Model;
import org.casebook.model.NamedElement;
import org.casebook.model.NetworkDevice;
import org.casebook.model.NetworkInterface;
import org.casebook.model.Organisation;
import org.casebook.model.Person;
import org.casebook.model.Server;
import org.casebook.model.Site;
import org.casebook.model.TerminalGroup;
import org.casebook.model.Vlan;
import org.casebook.model.edition.StudentProjection;
import org.casebook.model.net.Ipv4;
import org.eclipse.emf.ecore.EObject;

/**
 * What expressions can name in a scenario: its elements by nature and name, their properties, and counts.
 *
 * <table>
 * <caption>Natures and properties (accents optional)</caption>
 * <tr><td>{@code vlan(N)}</td><td>{@code réseau} (défaut), {@code adresse}, {@code masque}, {@code préfixe}, {@code diffusion},
 * {@code passerelle}, {@code hôtes}, {@code première}, {@code dernière}, {@code numéro}</td></tr>
 * <tr><td>{@code serveur(N)}, {@code équipement(N)}</td><td>{@code adresse} (défaut, première interface)</td></tr>
 * <tr><td>{@code terminaux(N)}</td><td>{@code nombre} (défaut)</td></tr>
 * <tr><td>{@code organisation(N)}, {@code site(N)}, {@code entité(N)}</td><td>{@code effectif} (défaut)</td></tr>
 * <tr><td>{@code personne(N)}, {@code service(N)}, {@code application(N)}</td><td>{@code libellé} (défaut)</td></tr>
 * </table>
 * <p>Every nature also has {@code nom} and {@code libellé}. {@code nombre(vlans|serveurs|équipements|sites|personnes|
 * entités|services|applications)} counts the elements that students see (those the student edition keeps);
 * {@code nombre(terminaux)} adds up their {@code nombre}.</p>
 */
public final class ModelScope {

	/** A nature of element that expressions can name. */
	private record Nature(String word, Class<? extends NamedElement> type, String plural, String defaultProperty) {
	}

	private static final List<Nature> NATURES = List.of(new Nature("vlan", Vlan.class, "vlans", "reseau"),
			new Nature("serveur", Server.class, "serveurs", "adresse"),
			new Nature("équipement", NetworkDevice.class, "équipements", "adresse"),
			new Nature("terminaux", TerminalGroup.class, "terminaux", "nombre"),
			new Nature("organisation", Organisation.class, "organisations", "effectif"),
			new Nature("site", Site.class, "sites", "effectif"), new Nature("entité", Department.class, "entités", "effectif"),
			new Nature("personne", Person.class, "personnes", "libelle"), new Nature("service", ItService.class, "services", "libelle"),
			new Nature("application", Application.class, "applications", "libelle"));

	private final List<NamedElement> elements = new ArrayList<>();
	private final Collection<Model> models;
	/** Whether an element is absent from the student edition; computed when first needed. */
	private Predicate<EObject> absent;
	private List<NamedElement> recorder;

	/**
	 * What the teacher edition evaluates: every element can be named; addresses and counts are those students see, so
	 * that the sujet and the corrigé of both editions hold the same numbers.
	 *
	 * @param models every file of a scenario
	 */
	public ModelScope(Collection<Model> models) {
		this(models, null, false);
	}

	/**
	 * The same as {@link #ModelScope(Collection)}, with the student edition already computed.
	 *
	 * @param models every file of a scenario
	 * @param absent whether an element of those files is absent from their student edition
	 */
	public ModelScope(Collection<Model> models, Predicate<EObject> absent) {
		this(models, absent, false);
	}

	/**
	 * @param studentEdition whether the elements absent from the student edition are unknown, as they are to students
	 */
	private ModelScope(Collection<Model> models, Predicate<EObject> absent, boolean studentEdition) {
		this.models = models;
		this.absent = absent;
		for (Model model : models) {
			for (var it = model.eAllContents(); it.hasNext();) {
				EObject e = it.next();
				if (e instanceof NamedElement named && named.getName() != null && !(studentEdition && absent.test(named))) {
					elements.add(named);
				}
			}
		}
	}

	/**
	 * @param models every file of a scenario
	 * @param absent whether an element of those files is absent from their student edition
	 * @return what the student edition evaluates: only what it keeps, an element it leaves out being unknown
	 */
	public static ModelScope studentEdition(Collection<Model> models, Predicate<EObject> absent) {
		return new ModelScope(models, absent, true);
	}

	private boolean absent(EObject element) {
		if (absent == null) {
			absent = StudentProjection.absence(models);
		}
		return absent.test(element);
	}

	/** @return the natures that expressions can name, in French */
	public static List<String> natures() {
		return NATURES.stream().map(Nature::word).toList();
	}

	/**
	 * @param kind a nature as written
	 * @param name a name as written (simple or qualified)
	 * @return the element named, or {@code null}
	 */
	public NamedElement element(String kind, String name) {
		Nature nature = nature(kind);
		return nature == null ? null : find(nature, name);
	}

	private static Nature nature(String word) {
		String key = key(word);
		for (Nature n : NATURES) {
			if (key(n.word()).equals(key)) {
				return n;
			}
		}
		return null;
	}

	private NamedElement find(Nature nature, String name) {
		String simple = name.substring(name.lastIndexOf('.') + 1);
		for (NamedElement e : elements) {
			if (nature.type().isInstance(e) && simple.equals(e.getName())) {
				return e;
			}
		}
		return null;
	}

	private NamedElement findAny(String name) {
		String simple = name.substring(name.lastIndexOf('.') + 1);
		for (NamedElement e : elements) {
			if (simple.equals(e.getName()) && nature(e) != null) {
				return e;
			}
		}
		return null;
	}

	private static Nature nature(NamedElement e) {
		for (Nature n : NATURES) {
			if (n.type().isInstance(e)) {
				return n;
			}
		}
		return null;
	}

	/**
	 * Evaluates {@code kind(name).property}; offsets are those of the expression's source.
	 *
	 * @throws ExpressionException when the element is unknown or the property does not fit it
	 */
	Value value(String kind, int kindStart, String name, int nameStart, int callLength, String property, int propertyStart,
			int propertyLength) throws ExpressionException {
		if (key(kind).equals("nombre")) {
			if (property != null) {
				throw new ExpressionException(ExpressionException.WRONG_TYPE, "type incorrect : un nombre n'a pas de propriété « " + property + " »",
						propertyStart, propertyLength);
			}
			return count(name, nameStart);
		}
		Nature nature = nature(kind);
		if (nature == null) {
			throw new ExpressionException(ExpressionException.UNKNOWN_ELEMENT, "nature « " + kind + " » inconnue : " + String.join(", ", natures())
					+ " ou nombre attendu", kindStart, kind.length());
		}
		NamedElement element = find(nature, name);
		if (element != null && recorder != null) {
			recorder.add(element);
		}
		if (element == null) {
			NamedElement other = findAny(name);
			if (other != null) {
				throw new ExpressionException(ExpressionException.WRONG_TYPE, "type incorrect : « " + name + " » est un(e) " + nature(other).word()
						+ ", pas un(e) " + nature.word(), nameStart, name.length());
			}
			throw new ExpressionException(ExpressionException.UNKNOWN_ELEMENT, "élément inconnu : aucun(e) " + nature.word() + " nommé(e) « " + name
					+ " » dans le scénario", nameStart, name.length());
		}
		String p = property == null ? nature.defaultProperty() : key(property);
		Value v = property(element, p);
		if (v == null) {
			int at = property == null ? kindStart : propertyStart;
			int length = property == null ? callLength : propertyLength;
			String what = property == null ? nature.defaultProperty() : property;
			throw new ExpressionException(ExpressionException.WRONG_TYPE, "type incorrect : un(e) " + nature.word() + " n'a pas de propriété « "
					+ what + " » renseignée (" + properties(nature) + ")", at, length);
		}
		return v;
	}

	private static String properties(Nature nature) {
		if (nature.type() == Vlan.class) {
			return "réseau, adresse, masque, préfixe, diffusion, passerelle, hôtes, première, dernière, numéro, nom, libellé";
		}
		if (nature.type() == Server.class || nature.type() == NetworkDevice.class) {
			return "adresse, nom, libellé";
		}
		if (nature.type() == TerminalGroup.class) {
			return "nombre, nom, libellé";
		}
		if (nature.defaultProperty().equals("effectif")) {
			return "effectif, nom, libellé";
		}
		return "nom, libellé";
	}

	private Value property(NamedElement e, String p) {
		switch (p) {
		case "nom":
			return Value.text(e.getName());
		case "libelle":
			return Value.text(e.getLabel() != null ? e.getLabel() : e.getName());
		default:
			break;
		}
		if (e instanceof Vlan vlan) {
			if (p.equals("numero")) {
				return vlan.getNumber() == 0 ? null : Value.number(vlan.getNumber());
			}
			if (p.equals("passerelle")) {
				Ipv4 gw = Ipv4.tryParse(vlan.getGateway());
				return gw == null ? null : Value.address(new Ipv4(gw.address(), 32));
			}
			Ipv4 net = Ipv4.tryParse(vlan.getSubnet());
			if (net == null) {
				return null;
			}
			Ipv4 n = net.withPrefix(net.prefix());
			return switch (p) {
			case "reseau" -> Value.address(n);
			case "adresse" -> Value.address(new Ipv4(n.first(), 32));
			case "masque" -> Value.address(new Ipv4(n.mask(), 32));
			case "prefixe" -> Value.number(n.prefix());
			case "diffusion" -> Value.address(new Ipv4(n.last(), 32));
			case "hotes" -> Value.number(n.usableHosts());
			case "premiere" -> Value.address(new Ipv4(n.prefix() >= 31 ? n.first() : n.first() + 1, 32));
			case "derniere" -> Value.address(new Ipv4(n.prefix() >= 31 ? n.last() : n.last() - 1, 32));
			default -> null;
			};
		}
		if (p.equals("adresse")) {
			List<NetworkInterface> interfaces = e instanceof Server s ? s.getInterfaces()
					: e instanceof NetworkDevice d ? d.getInterfaces() : List.of();
			// the first interface students see, unless the element itself is reserved to the teacher
			boolean reserved = absent(e);
			for (NetworkInterface i : interfaces) {
				if (!reserved && absent(i)) {
					continue;
				}
				Ipv4 a = Ipv4.tryParse(i.getAddress());
				if (a != null) {
					return Value.address(new Ipv4(a.address(), 32));
				}
			}
			return null;
		}
		if (p.equals("nombre") && e instanceof TerminalGroup t) {
			return Value.number(t.getCount());
		}
		if (p.equals("effectif")) {
			long staff = Math.round(e instanceof Organisation o ? o.getStaff() : e instanceof Site s ? s.getStaff() : e instanceof Department d ? d.getStaff() : 0);
			return staff == 0 ? null : Value.number(staff);
		}
		return null;
	}

	private Value count(String plural, int at) throws ExpressionException {
		String key = key(plural);
		for (Nature n : NATURES) {
			if (key(n.plural()).equals(key) || key(n.word()).equals(key)) {
				long total = 0;
				for (NamedElement e : elements) {
					if (n.type().isInstance(e) && !absent(e)) {
						total += e instanceof TerminalGroup t ? t.getCount() : 1;
					}
				}
				return Value.number(total);
			}
		}
		List<String> plurals = NATURES.stream().map(Nature::plural).toList();
		throw new ExpressionException(ExpressionException.UNKNOWN_ELEMENT, "nombre(" + plural + ") : nature inconnue ; "
				+ String.join(", ", plurals) + " attendu", at, plural.length());
	}

	/**
	 * @param element an element of the scenario
	 * @return whether it is absent from the student edition: marked {@code @enseignant} or inside such an element, or
	 *         removed with a target it cannot exist without (a VLAN of a reserved site…)
	 */
	public boolean reserved(NamedElement element) {
		return absent(element);
	}

	/**
	 * @param text a text
	 * @return the elements its expressions name, in order
	 */
	public List<NamedElement> named(String text) {
		List<NamedElement> result = new ArrayList<>();
		recorder = result;
		try {
			for (Expressions.Occurrence o : Expressions.find(text)) {
				try {
					Expressions.evaluate(o, this);
				} catch (ExpressionException e) {
					// reported by the checks
				}
			}
		} finally {
			recorder = null;
		}
		return result;
	}

	private static String key(String word) {
		String stripped = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return stripped.toLowerCase(Locale.ROOT);
	}
}
