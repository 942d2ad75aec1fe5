// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The formatter puts one property per line, indents blocks with tabs and separates declarations, keeping the layout the teacher chose. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class FormattingTest {

	@Inject
	private FormatterTestHelper formatter;

	/** A block written over several lines, or holding a block, is laid out one property per line. */
	@Test
	void laysOutOnePropertyPerLine() {
		formatter.assertFormatted(request -> {
			request.setUseSerializer(false);
			request.setToBeFormatted("paquetage p organisation   O \"Org\" { effectif 3 référentiels \"A\" ,\"B\" site S { ville \"Lyon\" } }"
					+ " système_information SI pour O { serveur S1 {\n os linux \"Debian\" \"12\" libre adresse 10.0.0.1 } }");
			request.setExpectation("""
					paquetage p

					organisation O "Org" {
						effectif 3
						référentiels "A", "B"
						site S { ville "Lyon" }
					}

					système_information SI pour O {
						serveur S1 {
							os linux "Debian" "12" libre
							adresse 10.0.0.1
						}
					}""");
		});
	}

	/** A word the language does not know keeps its statement as written, and the elements after it are laid out. */
	@Test
	void keepsAnUnknownStatementAsWritten() {
		formatter.assertFormatted(request -> {
			request.setUseSerializer(false);
			request.setAllowSyntaxErrors(true);
			request.setToBeFormatted("organisation O {\n\tentite  E {  nom \"x\" }\n  site   S { ville \"Lyon\" }\n}");
			request.setExpectation("organisation O {\n\tentite  E {  nom \"x\" }\n\tsite S { ville \"Lyon\" }\n}");
		});
	}

	/** A model without text (a copy, as the student projection is) is serialized one property per line. */
	@Test
	void modelWithoutTextIsLaidOutOnePropertyPerLine() throws Exception {
		org.casebook.model.Model parsed = parser.parse("organisation O { site S { ville \"Lyon\" } }");
		org.eclipse.emf.ecore.resource.Resource copy = parsed.eResource().getResourceSet()
				.createResource(org.eclipse.emf.common.util.URI.createURI("copie.orga"));
		copy.getContents().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(parsed));
		String text = serializer.serialize(copy.getContents().get(0), org.eclipse.xtext.resource.SaveOptions.newBuilder().format().getOptions());
		assertThat(text.strip()).isEqualTo("organisation O {\n\tsite S {\n\t\tville \"Lyon\"\n\t}\n}");
	}

	@Inject
	private org.eclipse.xtext.serializer.ISerializer serializer;

	/** One-line blocks, blank lines between groups of properties and between declarations, and comments stay as written. */
	@Test
	void keepsTheLayoutTheTeacherChose() {
		formatter.assertFormatted(request -> {
			request.setUseSerializer(false);
			String text = """
					organisation O "Org" {
						effectif 3

						site S { ville "Lyon" effectif 2 }
						site T { ville "Lyon" }
					}


					système_information SI pour O {
						description "Un site."

						// ------------------------------------------------ plan d'adressage
						vlan V10 "Administration" { numéro 10 réseau 10.1.10.0/24 passerelle 10.1.10.254 site S }
						vlan V20 { numéro 20 réseau 10.1.20.0/24 }

						serveur S1 {
							os linux "Debian"
							adresse 10.1.10.1 vlan V10
						}
					}""";
			request.setToBeFormatted(text);
			request.setExpectation(text);
		});
	}

	/** Inside a kept line, spaces are made single; more than one blank line in a block, or one before its end, goes. */
	@Test
	void tidiesWhatItKeeps() {
		formatter.assertFormatted(request -> {
			request.setUseSerializer(false);
			request.setToBeFormatted("""
					système_information SI {
						vlan V10 {numéro 10    réseau 10.1.10.0/24}



						vlan V20 { }

					}""");
			request.setExpectation("""
					système_information SI {
						vlan V10 { numéro 10 réseau 10.1.10.0/24 }

						vlan V20 { }
					}""");
		});
	}

	/** Formatting an example twice gives what formatting it once gave, and keeps its one-line VLANs. */
	@Test
	void formattingExamplesIsStable() throws Exception {
		for (java.nio.file.Path file : java.nio.file.Files.walk(TestScenarios.root().resolve("examples"))
				.filter(f -> f.toString().endsWith(".orga")).sorted().toList()) {
			String once = format(java.nio.file.Files.readString(file));
			assertThat(format(once)).as(file.toString()).isEqualTo(once);
			java.util.regex.Matcher vlans = java.util.regex.Pattern.compile("(?m)^\\s*vlan [^\\n]*\\{[^\\n]*\\}$")
					.matcher(java.nio.file.Files.readString(file));
			while (vlans.find()) {
				assertThat(once).as(file.toString()).contains(vlans.group().strip());
			}
		}
	}

	@Inject
	private org.eclipse.xtext.testing.util.ParseHelper<org.casebook.model.Model> parser;

	@Inject
	private com.google.inject.Provider<org.eclipse.xtext.formatting2.FormatterRequest> requests;

	@Inject
	private com.google.inject.Provider<org.eclipse.xtext.formatting2.IFormatter2> formatters;

	@Inject
	private org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder regionAccess;

	private String format(String text) throws Exception {
		org.eclipse.xtext.resource.XtextResource resource = (org.eclipse.xtext.resource.XtextResource) parser.parse(text).eResource();
		var request = requests.get();
		request.setTextRegionAccess(regionAccess.forNodeModel(resource).create());
		StringBuilder result = new StringBuilder(text);
		var replacements = new java.util.ArrayList<>(formatters.get().format(request));
		replacements.sort(java.util.Comparator.comparingInt(org.eclipse.xtext.formatting2.regionaccess.ITextReplacement::getOffset).reversed());
		for (var r : replacements) {
			result.replace(r.getOffset(), r.getEndOffset(), r.getReplacementText());
		}
		return result.toString();
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

	/** The constructs of real contexts (premises, Wi-Fi, IPv6, naming rules, characteristics) are laid out like the others: short blocks kept on one line. */
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
										baie BA { prises 24 prise P01 }
									}
								}
							}
						}
						caractéristique "clé" "valeur"
					}

					système_information SI pour O {
						vlan V { réseau6 "2001:db8::/64" }
						équipement W {
							type borne_wifi
							vlans V
							ssid "Pro" { vlan V sécurité wpa2_entreprise authentification "RADIUS" }
							adresse6 "2001:db8::2" vlan V
						}
						règle_nommage R { pour serveurs, equipements motif "[A-Z]+" }
					}""");
		});
	}
}
