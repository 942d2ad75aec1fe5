// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casebook.dsl.validation.IssueCodes;
import org.casebook.model.InformationSystem;
import org.casebook.model.Model;
import org.casebook.model.NetworkDevice;
import org.casebook.model.Organisation;
import org.casebook.model.Room;
import org.casebook.model.Server;
import org.casebook.model.WifiNetwork;
import org.casebook.model.WifiSecurity;
import org.casebook.model.NamingTarget;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The facts of real teaching contexts: quantities, identity, premises, tenants, Wi-Fi, IPv6, naming rules, characteristics. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class ContextConstructsTest {

	private static final String CONTEXT = """
			organisation Maison "Maison des associations" {
				effectif 3.5
				siret "123 456 789 00012"
				capital "10 000 €"
				résultat_net "-2 000 €"
				héberge Ligue
				caractéristique "Convention" "mise à disposition des locaux"
				entité Commerciaux { effectif 12 itinérant personne Vendeur { itinérant } }
				site Nancy {
					bâtiment A {
						étage E2 {
							salle L06 "Local technique" {
								type "salle serveurs"
								contrôle_accès "badge", "vidéosurveillance"
								baie BAE2L06 { prises 48 prise BAE2L06S01P01 vers SRV-1 }
							}
						}
					}
				}
			}
			organisation Ligue { effectif 0.75 }
			système_information SI pour Maison {
				zone Invites { type invites }
				vlan Wifi { numéro 30 zone Invites réseau 10.30.0.0/24 réseau6 "2001:db8:30::/64" passerelle6 "2001:db8:30::1" }
				équipement Borne {
					type borne_wifi
					vlans Wifi
					ssid "Invites" { vlan Wifi sécurité ouvert masqué }
				}
				serveur SRV-1 {
					os linux "Debian" libre
					nombre 45
					adresse 10.30.0.10 vlan Wifi
					adresse6 "2001:db8:30::10" vlan Wifi
				}
				règle_nommage Serveurs { pour serveurs motif "SRV-[0-9]+" exemple "SRV-07" }
			}
			""";

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ValidationTestHelper validation;

	/** Every construct is read into the metamodel and the context validates cleanly. */
	@Test
	void readsRealContextFacts() throws Exception {
		Model model = parser.parse(CONTEXT);
		validation.assertNoIssues(model);
		Organisation maison = (Organisation) model.getElements().get(0);
		assertThat(maison.getStaff()).isEqualTo(3.5);
		assertThat(maison.getSiret()).isEqualTo("123 456 789 00012");
		assertThat(maison.getNetProfit()).isEqualTo("-2 000 €");
		assertThat(maison.getTenants()).extracting(Organisation::getName).containsExactly("Ligue");
		assertThat(((Organisation) model.getElements().get(1)).getStaff()).isEqualTo(0.75);
		assertThat(maison.getCharacteristics()).singleElement().satisfies(c -> {
			assertThat(c.getKey()).isEqualTo("Convention");
			assertThat(c.getValue()).isEqualTo("mise à disposition des locaux");
		});
		assertThat(maison.getDepartments().get(0).isItinerant()).isTrue();
		assertThat(maison.getDepartments().get(0).getPeople().get(0).isItinerant()).isTrue();
		Room room = maison.getSites().get(0).getBuildings().get(0).getFloors().get(0).getRooms().get(0);
		assertThat(room.getAccessControls()).containsExactly("badge", "vidéosurveillance");
		assertThat(room.getRacks().get(0).getSocketCount()).isEqualTo(48);
		assertThat(room.getRacks().get(0).getSockets().get(0).getTarget().getName()).isEqualTo("SRV-1");
		InformationSystem si = (InformationSystem) model.getElements().get(2);
		assertThat(si.getVlans().get(0).getSubnet6()).isEqualTo("2001:db8:30::/64");
		NetworkDevice borne = si.getDevices().get(0);
		assertThat(borne.getVlans()).extracting(v -> v.getName()).containsExactly("Wifi");
		assertThat(borne.getInterfaces()).isEmpty();
		WifiNetwork ssid = borne.getSsids().get(0);
		assertThat(ssid.getSecurity()).isEqualTo(WifiSecurity.OUVERT);
		assertThat(ssid.isMasked()).isTrue();
		Server server = si.getServers().get(0);
		assertThat(server.getCount()).isEqualTo(45);
		assertThat(server.getInterfaces()).extracting(i -> i.getAddress6()).containsExactly(null, "2001:db8:30::10");
		assertThat(si.getNamingRules().get(0).getTargets()).containsExactly(NamingTarget.SERVEURS);
	}

	/** An IPv6 address outside its prefix is an error located on the address, saying the prefix. */
	@Test
	void locatesIpv6AddressOutsidePrefix() throws Exception {
		String text = CONTEXT.replace("adresse6 \"2001:db8:30::10\"", "adresse6 \"2001:db8:31::10\"");
		List<Issue> issues = validation.validate(parser.parse(text));
		assertThat(issues).filteredOn(i -> IssueCodes.ADDRESS_OUTSIDE_SUBNET.equals(i.getCode())).singleElement().satisfies(i -> {
			assertThat(text.substring(i.getOffset(), i.getOffset() + i.getLength())).isEqualTo("\"2001:db8:31::10\"");
			assertThat(i.getMessage()).contains("2001:db8:31::10", "hors du préfixe 2001:db8:30::/64", "« SRV-1 »");
		});
	}

	/** A name outside the naming rule is a warning on the name that shows the expected form. */
	@Test
	void warnsOnNameOutsideNamingRule() throws Exception {
		String text = CONTEXT.replace("SRV-1", "web1");
		List<Issue> issues = validation.validate(parser.parse(text));
		assertThat(issues).filteredOn(i -> IssueCodes.NAME_NOT_FOLLOWING_RULE.equals(i.getCode())).singleElement().satisfies(i -> {
			assertThat(text.substring(i.getOffset(), i.getOffset() + i.getLength())).isEqualTo("web1");
			assertThat(i.getMessage()).contains("« web1 »", "forme attendue « SRV-07 »");
		});
	}
}
