// SPDX-License-Identifier: EPL-2.0
package org.casebook.diagram.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casebook.diagram.Diagram;
import org.casebook.diagram.Diagram.Connector;
import org.casebook.diagram.Diagram.Shape;
import org.casebook.diagram.DiagramKind;
import org.casebook.diagram.Diagrams;
import org.casebook.diagram.Glyph;
import org.casebook.diagram.SvgRenderer;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.model.Asset;
import org.casebook.model.FilterAction;
import org.casebook.model.FilterRule;
import org.casebook.model.InformationSystem;
import org.casebook.model.Link;
import org.casebook.model.Model;
import org.casebook.model.NamedElement;
import org.casebook.model.NetworkDevice;
import org.casebook.model.NetworkInterface;
import org.casebook.model.Organisation;
import org.casebook.model.Vlan;
import org.casebook.model.WifiNetwork;
import org.casebook.model.edition.States;
import org.casebook.referential.conformity.StateFilter;
import org.casebook.referential.conformity.StateView;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The facts of real contexts are drawn: default policies, Wi-Fi access points and their SSIDs, IPv6 beside IPv4,
 * filtering rules from and to hosts, groups of hosts, Internet and « tout », and planned or target elements marked
 * apart from the existing system; each diagram keeps the layout invariants.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class DiagramFactsTest {

	/** A small context using every fact drawn. */
	private static final String CONTEXT = """
			organisation O "Maison des ligues" { site Nancy }
			système_information SI pour O {
				zone Internes { type lan }
				zone Publique { type dmz }
				vlan V10 { numéro 10 réseau 10.10.0.0/24 passerelle 10.10.0.254 réseau6 "2001:db8:10::/64" passerelle6 "2001:db8:10::1" zone Internes site Nancy }
				vlan V20 { numéro 20 réseau 10.20.0.0/24 zone Internes site Nancy }
				vlan V30 { numéro 30 réseau 10.30.0.0/24 zone Publique site Nancy }
				équipement FW {
					type pare_feu site Nancy politique_défaut refuser
					interface "lan" adresse 10.10.0.254 vlan V10
					interface "lan" adresse6 "2001:db8:10::1" vlan V10
					interface "dmz" adresse 10.30.0.254 vlan V30
				}
				équipement Borne {
					type borne_wifi site Nancy vlans V20
					ssid "Ligues" { vlan V20 sécurité wpa2_entreprise authentification "RADIUS" }
					ssid "Invites" { vlan V30 sécurité wpa2_personnel }
				}
				serveur Web { os linux "Debian" adresse 10.30.0.10 vlan V30 adresse6 "2001:db8:10::10" vlan V10 }
				serveur Mail { os linux "Debian" adresse 10.30.0.11 vlan V30 }
				serveur Sup { état prévu os linux "Debian" adresse 10.10.0.20 vlan V10 }
				groupe_hôtes Publics "Serveurs publiés" { membres Web, Mail }
				lien Acces { type internet de FW }
				lien Secours { état cible type internet de FW technologie "4G" }
				filtrage F1 { de internet vers Publics protocole tcp ports "443" autoriser via FW }
				filtrage F2 { de Internes vers hôte Web protocole tcp ports "22" autoriser via FW }
				filtrage F3 { de tout sauf Internes vers Internes refuser via FW }
				filtrage F4 { de V10 vers Publique autoriser via FW }
			}
			""";

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ScenarioLoader loader;

	private List<Model> context() throws Exception {
		Model model = parser.parse(CONTEXT);
		EcoreUtil.resolveAll(model);
		assertThat(model.eResource().getErrors()).as("the context parses").isEmpty();
		return List.of(model);
	}

	private List<Model> example(String name) {
		return loader.load(List.of(TestScenarios.root().resolve("examples").resolve(name))).getModels();
	}

	private static Organisation organisation(List<Model> models) {
		return models.stream().flatMap(m -> m.getElements().stream()).filter(Organisation.class::isInstance)
				.map(Organisation.class::cast).findFirst().orElseThrow();
	}

	private static Diagram draw(List<Model> models, DiagramKind kind) {
		List<Diagram> diagrams = Diagrams.draw(organisation(models), models, kind);
		assertThat(diagrams).hasSize(1);
		return diagrams.get(0);
	}

	/** A DBMS frame says « SGBD » once: before its product, or not before a label that says it already. */
	@Test
	void aDbmsFrameSaysSgbdOnce() {
		List<Model> models = example("gsb");
		List<String> titles = new ArrayList<>();
		for (Diagram diagram : Diagrams.draw(organisation(models), models, DiagramKind.APPLICATIONS)) {
			diagram.shapes().stream().filter(s -> s.glyph() == org.casebook.diagram.Glyph.DBMS).forEach(s -> titles.add(s.title()));
		}
		assertThat(titles).contains("SGBD MySQL 8.0", "SGBD du progiciel", "SGBD de la base médicale achetée")
				.noneMatch(t -> t.startsWith("SGBD SGBD"));
	}

	/** A site's city is not repeated after a label that names it (« … – Paris · Paris »). */
	@Test
	void aSiteFrameDoesNotRepeatItsCity() {
		List<Model> models = example("gsb");
		List<Shape> sites = new ArrayList<>();
		for (Diagram diagram : Diagrams.draw(organisation(models), models, DiagramKind.RESEAU)) {
			diagram.shapes().stream().filter(s -> s.glyph() == org.casebook.diagram.Glyph.SITE).forEach(sites::add);
		}
		assertThat(sites).isNotEmpty().allSatisfy(site -> assertThat(site.details())
				.noneMatch(city -> site.title().contains(city.split("[(,]", 2)[0].strip())));
	}

	private static Shape shape(Diagram diagram, NamedElement element) {
		String key = element.eClass().getName() + ":" + element.getName();
		return diagram.shapes().stream().filter(s -> key.equals(s.element())).findFirst()
				.orElseThrow(() -> new AssertionError(key + " not drawn"));
	}

	private static List<NetworkDevice> devices(List<Model> models) {
		List<NetworkDevice> devices = new ArrayList<>();
		for (InformationSystem si : Diagrams.systemsOf(organisation(models), models)) {
			devices.addAll(si.getDevices());
		}
		return devices;
	}

	/** Every filtering equipment with a default policy states it on the security diagram, in the GSB example and here. */
	@Test
	void securityDiagramStatesTheDefaultPolicy() throws Exception {
		for (List<Model> models : List.of(example("gsb"), context())) {
			Diagram diagram = draw(models, DiagramKind.SECURITE);
			List<NetworkDevice> withPolicy = devices(models).stream()
					.filter(d -> d.getDefaultPolicy() != null && d.getDefaultPolicy() != FilterAction.NON_PRECISE).toList();
			assertThat(withPolicy).isNotEmpty();
			for (NetworkDevice device : withPolicy) {
				String word = device.getDefaultPolicy() == FilterAction.REFUSER ? "tout refuser" : "tout autoriser";
				assertThat(shape(diagram, device).details()).as(device.getName()).anySatisfy(l -> assertThat(l).contains("par défaut : " + word));
			}
			Invariants.check(diagram);
		}
	}

	/** Every rule is drawn once, numbered, from and to its group of hosts, host, Internet or « tout » with its exceptions. */
	@Test
	void securityDiagramDrawsEveryKindOfEndpoint() throws Exception {
		List<Model> models = context();
		Diagram diagram = draw(models, DiagramKind.SECURITE);
		InformationSystem si = Diagrams.systemsOf(organisation(models), models).get(0);
		assertThat(diagram.notes()).noneMatch(n -> n.contains("non dessinée"));
		Map<String, Shape> shapes = new HashMap<>();
		diagram.shapes().forEach(s -> shapes.put(s.id(), s));
		int position = 0;
		for (FilterRule rule : si.getFilterRules()) {
			position++;
			String label = position + ". " + rule.getName();
			List<Connector> drawn = diagram.connectors().stream()
					.filter(c -> c.label() != null && (c.label().equals(label) || c.label().startsWith(label + " · "))).toList();
			assertThat(drawn).as(label).hasSize(1);
		}
		Connector f1 = connector(diagram, "1. F1");
		assertThat(f1.label()).isEqualTo("1. F1 · tcp 443");
		assertThat(shapes.get(f1.source()).glyph()).isEqualTo(Glyph.INTERNET);
		assertThat(shapes.get(f1.target()).glyph()).isEqualTo(Glyph.HOST_GROUP);
		assertThat(shapes.get(f1.target()).details()).containsExactly("Web, Mail");
		assertThat(shapes.get(connector(diagram, "2. F2").target()).element()).isEqualTo("Server:Web");
		assertThat(shapes.get(connector(diagram, "3. F3").source()).title()).isEqualTo("Tout réseau sauf Internes");
		Invariants.check(diagram);
	}

	/** Every SSID of an access point is written on it, and its VLAN, when drawn, is joined to it with the SSID's name. */
	@Test
	void networkDiagramDrawsAccessPointsAndTheirSsids() throws Exception {
		List<Model> models = context();
		Diagram diagram = draw(models, DiagramKind.RESEAU);
		for (NetworkDevice device : devices(models)) {
			for (WifiNetwork ssid : device.getSsids()) {
				assertThat(shape(diagram, device).details()).anySatisfy(l -> assertThat(l).startsWith("SSID « " + ssid.getSsid() + " »"));
				String vlan = "Vlan:" + ssid.getVlan().getName();
				assertThat(diagram.connectors()).as("%s joined to %s", device.getName(), vlan)
						.anySatisfy(c -> {
							assertThat(c.source()).isEqualTo("NetworkDevice:" + device.getName());
							assertThat(c.target()).isEqualTo(vlan);
							assertThat(c.label()).contains("SSID « " + ssid.getSsid() + " »");
						});
			}
			for (Vlan vlan : device.getVlans()) {
				assertThat(diagram.connectors()).as("%s placed in %s without an address", device.getName(), vlan.getName())
						.anyMatch(c -> c.source().equals("NetworkDevice:" + device.getName()) && c.target().equals("Vlan:" + vlan.getName()));
			}
		}
		Invariants.check(diagram);
	}

	/** A VLAN's IPv6 prefix is written under its IPv4 network, and every IPv6 address is written where its IPv4 one would be. */
	@Test
	void networkDiagramWritesIpv6BesideIpv4() throws Exception {
		for (List<Model> models : List.of(example("gsb"), context())) {
			Diagram diagram = draw(models, DiagramKind.RESEAU);
			String svg = SvgRenderer.render(diagram);
			for (InformationSystem si : Diagrams.systemsOf(organisation(models), models)) {
				for (Vlan vlan : si.getVlans()) {
					if (vlan.getSubnet6() != null) {
						List<String> details = shape(diagram, vlan).details();
						assertThat(details).anySatisfy(l -> assertThat(l).startsWith(vlan.getSubnet6()));
						assertThat(details.indexOf(details.stream().filter(l -> l.startsWith(vlan.getSubnet6())).findFirst().orElseThrow()))
								.isEqualTo(details.indexOf(details.stream().filter(l -> l.startsWith(vlan.getSubnet())).findFirst().orElseThrow()) + 1);
					}
				}
				si.eAllContents().forEachRemaining(e -> {
					if (e instanceof NetworkInterface itf && itf.getAddress6() != null && States.existing(itf)) {
						assertThat(svg).as("address %s drawn", itf.getAddress6()).contains(itf.getAddress6());
					}
				});
			}
			Invariants.check(diagram);
		}
	}

	/**
	 * The whole scenario's diagrams draw the planned and target elements dashed and titled with their state, and only
	 * them; the diagrams of the existing system leave them out.
	 */
	@Test
	void plannedElementsAreMarkedApartFromTheExistingSystem() throws Exception {
		for (List<Model> models : List.of(example("gsb"), context())) {
			for (DiagramKind kind : List.of(DiagramKind.RESEAU, DiagramKind.APPLICATIONS)) {
				Diagram diagram = draw(models, kind);
				List<String> planned = new ArrayList<>();
				for (InformationSystem si : Diagrams.systemsOf(organisation(models), models)) {
					// the resources and links the existing view leaves out
					si.eContents().forEach(e -> {
						if ((e instanceof Asset || e instanceof Link) && !States.existing(e)) {
							planned.add(((NamedElement) e).eClass().getName() + ":" + ((NamedElement) e).getName());
							e.eAllContents().forEachRemaining(inner -> {
								if (inner instanceof NamedElement named) {
									planned.add(named.eClass().getName() + ":" + named.getName());
								}
							});
						}
					});
				}
				boolean any = false;
				for (Shape s : diagram.shapes()) {
					boolean isPlanned = s.element() != null && planned.contains(s.element());
					assertThat(s.planned()).as("%s marked in %s", s.id(), kind).isEqualTo(isPlanned);
					if (isPlanned) {
						assertThat(s.title()).matches(".* \\((prévu|cible)\\)");
						any = true;
					}
				}
				String svg = SvgRenderer.render(diagram);
				assertThat(svg.contains("data-planned=\"oui\"")).isEqualTo(any);
				assertThat(svg.contains("Élément prévu ou cible")).isEqualTo(any);
				if (kind == DiagramKind.RESEAU) {
					assertThat(any).as("the network of %s has planned elements", organisation(models).getName()).isTrue();
				}
				StateFilter.Filtered existing = StateFilter.filter(models, StateView.EXISTANT);
				Diagram today = Diagrams.draw(existing.resolve(organisation(models)), existing.models(), kind).get(0);
				assertThat(today.shapes()).noneMatch(Shape::planned);
				assertThat(today.connectors()).noneMatch(c -> c.label() != null && c.label().matches(".*\\((prévu|cible)\\)"));
				Invariants.check(diagram);
				Invariants.check(today);
			}
		}
	}

	/** A planned or target link says so on its line. */
	@Test
	void plannedLinksSaySo() throws Exception {
		Diagram diagram = draw(context(), DiagramKind.RESEAU);
		assertThat(diagram.connectors()).anySatisfy(c -> assertThat(c.label()).isEqualTo("4G (cible)"));
		assertThat(diagram.connectors()).noneSatisfy(c -> assertThat(c.label()).isEqualTo("Acces (cible)"));
	}

	private static Connector connector(Diagram diagram, String labelStart) {
		return diagram.connectors().stream().filter(c -> c.label() != null && c.label().startsWith(labelStart)).findFirst()
				.orElseThrow(() -> new AssertionError(labelStart + " not drawn"));
	}
}
