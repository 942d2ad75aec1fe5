// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.tests;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The formatter puts one property per line, indents blocks with tabs and separates declarations. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class FormattingTest {

	@Inject
	private FormatterTestHelper formatter;

	/** A scenario written on one line is laid out one property per line. */
	@Test
	void laysOutOnePropertyPerLine() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted("paquetage p organisation   O \"Org\" { effectif 3 référentiels \"A\" ,\"B\" site S { ville \"Lyon\" } }"
					+ " système_information SI pour O { serveur S1 { os linux \"Debian\" \"12\" libre adresse 10.0.0.1 } }");
			request.setExpectation("""
					paquetage p

					organisation O "Org" {
						effectif 3
						référentiels "A", "B"
						site S {
							ville "Lyon"
						}
					}

					système_information SI pour O {
						serveur S1 {
							os linux "Debian" "12" libre
							adresse 10.0.0.1
						}
					}""");
		});
	}

	/** Flags and lists of references keep their single spaces; a formatted text is left as it is. */
	@Test
	void keepsFormattedTextUnchanged() {
		formatter.assertFormatted(request -> {
			String text = """
					système_information SI {
						service Web {
							type web
							sur A, B
							authentifié
							chiffré
						}
						serveur A {
							os linux "Debian"
						}
						serveur B {
							os linux "Debian"
						}
					}""";
			request.setToBeFormatted(text);
			request.setExpectation(text);
		});
	}

	/** The constructs of real contexts (premises, Wi-Fi, IPv6, naming rules, characteristics) are laid out like the others. */
	@Test
	void laysOutContextConstructs() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted("organisation O { effectif 12.5 siret \"123\" site S { bâtiment B { étage E1 { salle L06 { type \"local technique\""
					+ " contrôle_accès \"badge\", \"caméra\" baie BA { prises 24 prise P01 } } } } } caractéristique \"clé\" \"valeur\" }"
					+ " système_information SI pour O { vlan V { réseau6 \"2001:db8::/64\" } équipement W { type borne_wifi vlans V"
					+ " ssid \"Pro\" { vlan V sécurité wpa2_entreprise authentification \"RADIUS\" } adresse6 \"2001:db8::2\" vlan V }"
					+ " règle_nommage R { pour serveurs, equipements motif \"[A-Z]+\" } }");
			request.setExpectation("""
					organisation O {
						effectif 12.5
						siret "123"
						site S {
							bâtiment B {
								étage E1 {
									salle L06 {
										type "local technique"
										contrôle_accès "badge", "caméra"
										baie BA {
											prises 24
											prise P01
										}
									}
								}
							}
						}
						caractéristique "clé" "valeur"
					}

					système_information SI pour O {
						vlan V {
							réseau6 "2001:db8::/64"
						}
						équipement W {
							type borne_wifi
							vlans V
							ssid "Pro" {
								vlan V
								sécurité wpa2_entreprise
								authentification "RADIUS"
							}
							adresse6 "2001:db8::2" vlan V
						}
						règle_nommage R {
							pour serveurs, equipements
							motif "[A-Z]+"
						}
					}""");
		});
	}
}
