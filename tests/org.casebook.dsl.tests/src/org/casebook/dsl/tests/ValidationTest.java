// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casebook.dsl.load.Nesting;
import org.casebook.dsl.validation.IssueCodes;
import org.casebook.model.Model;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Every issue code is reported on a scenario that breaks its rule, and not on the corrected scenario. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class ValidationTest {

	private static final String SI = "système_information SI {\n%s\n}";

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	static Stream<Arguments> cases() {
		return Stream.of(
				Arguments.of(IssueCodes.SYNTAX, "organisation O { } }", "organisation O { }"),
				Arguments.of(IssueCodes.SYNTAX_VALUE, "organisation O { effectif trois }", "organisation O { effectif 3 }"),
				Arguments.of(IssueCodes.SYNTAX_UNKNOWN_WORD, "organisation O { entite E }", "organisation O { entité E }"),
				Arguments.of(IssueCodes.SYNTAX_RESERVED_NAME, si("serveur web"), si("serveur ^web")),
				Arguments.of(IssueCodes.SYNTAX_MISPLACED, "organisation O { serveur S }", "organisation O { site S }"),
				Arguments.of(IssueCodes.SYNTAX_BRACE, "organisation O { site S", "organisation O { site S }"),
				Arguments.of(IssueCodes.SYNTAX_NUMBER, "mission M { réalisation R { points 3,5 } }", "mission M { réalisation R { points 3.5 } }"),
				Arguments.of(IssueCodes.SYNTAX_QUOTES, "organisation O { entité Ressources humaines }", "organisation O { entité Ressources_humaines }"),
				Arguments.of(IssueCodes.INVALID_VALUE, si("vlan V { réseau 10.0.0.256/24 }"), si("vlan V { réseau 10.0.0.0/24 }")),
				Arguments.of(IssueCodes.INVALID_VALUE, si("vlan V { réseau 10.0.0.0/33 }"), si("vlan V { réseau 10.0.0.0/32 }")),
				Arguments.of(IssueCodes.UNKNOWN_REFERENCE, si("serveur S { os linux \"D\" hôte Absent }"),
						si("serveur H { os linux \"D\" } serveur S { os linux \"D\" hôte H }")),
				Arguments.of(IssueCodes.DUPLICATE_NAME, si("serveur S { os linux \"D\" } outil S"),
						si("serveur S { os linux \"D\" } outil T")),
				Arguments.of(IssueCodes.DUPLICATE_PROPERTY, si("vlan V { numéro 10 numéro 20 }"), si("vlan V { numéro 10 }")),
				Arguments.of(IssueCodes.DUPLICATE_PROPERTY, si("zone Z { type lan } zone Y { type dmz } vlan V { zone Z /* puis */ zone Y }"),
						si("zone Z { type lan } zone Y { type dmz } vlan V { zone Z /* puis */ }")),
				Arguments.of(IssueCodes.ADDRESS_OUTSIDE_SUBNET,
						si("vlan V { réseau 10.0.0.0/24 } serveur S { os linux \"D\" adresse 10.0.1.5 vlan V }"),
						si("vlan V { réseau 10.0.0.0/24 } serveur S { os linux \"D\" adresse 10.0.0.5 vlan V }")),
				Arguments.of(IssueCodes.DUPLICATE_ADDRESS,
						si("serveur A { os linux \"D\" adresse 10.0.0.5 } serveur B { os linux \"D\" adresse 10.0.0.5 }"),
						si("serveur A { os linux \"D\" adresse 10.0.0.5 } serveur B { os linux \"D\" adresse 10.0.0.6 }")),
				Arguments.of(IssueCodes.RESERVED_ADDRESS,
						si("vlan V { réseau 10.0.0.0/24 } serveur S { os linux \"D\" adresse 10.0.0.255 vlan V }"),
						si("vlan V { réseau 10.0.0.0/24 } serveur S { os linux \"D\" adresse 10.0.0.254 vlan V }")),
				Arguments.of(IssueCodes.OVERLAPPING_SUBNETS, si("vlan A { réseau 10.0.0.0/16 } vlan B { réseau 10.0.200.0/24 }"),
						si("vlan A { réseau 10.0.0.0/24 } vlan B { réseau 10.0.1.0/24 }")),
				Arguments.of(IssueCodes.SUBNET_HOST_BITS, si("vlan V { réseau 10.0.0.1/24 }"), si("vlan V { réseau 10.0.0.0/24 }")),
				Arguments.of(IssueCodes.GATEWAY_OUTSIDE_SUBNET, si("vlan V { réseau 10.0.0.0/24 passerelle 10.0.1.254 }"),
						si("vlan V { réseau 10.0.0.0/24 passerelle 10.0.0.254 }")),
				Arguments.of(IssueCodes.GATEWAY_WITHOUT_SUBNET, si("vlan V { passerelle 10.0.1.254 }"),
						si("vlan V { réseau 10.0.1.0/24 passerelle 10.0.1.254 }")),
				Arguments.of(IssueCodes.VLAN_ID_RANGE, si("vlan V { numéro 4095 }"), si("vlan V { numéro 4094 }")),
				Arguments.of(IssueCodes.VLAN_ID_RANGE, si("vlan V { numéro 0 }"), si("vlan V { numéro 1 }")),
				Arguments.of(IssueCodes.DUPLICATE_VLAN_ID, si("vlan A { numéro 10 } vlan B { numéro 10 }"),
						"organisation O { site S1 site S2 }\n"
								+ si("vlan A { numéro 10 site S1 } vlan B { numéro 10 site S2 }")),
				Arguments.of(IssueCodes.SERVER_WITHOUT_OS, si("serveur S"), si("serveur S { os bsd \"FreeBSD\" \"14\" libre }")),
				Arguments.of(IssueCodes.HOST_CYCLE, si("serveur A { os linux \"D\" hôte B } serveur B { os linux \"D\" hôte A }"),
						si("serveur A { os linux \"D\" hôte B } serveur B { os linux \"D\" }")),
				Arguments.of(IssueCodes.SIMULATION_NOT_JUSTIFIED, si("outil GNS3 { simulé }"),
						si("outil GNS3 { simulé justification \"maquette avant déploiement\" }")),
				Arguments.of(IssueCodes.HIERARCHY_CYCLE,
						"organisation O { entité E { personne A { supérieur B } personne B { supérieur A } } }",
						"organisation O { entité E { personne A { supérieur B } personne B } }"),
				Arguments.of(IssueCodes.INCOMPLETE_FILTER_RULE, si("zone A zone B filtrage F { de A vers B }"),
						si("zone A zone B filtrage F { de A vers B refuser }")),
				Arguments.of(IssueCodes.INCOMPLETE_LINK, si("équipement R lien L { type wan de R }"),
						si("équipement R équipement T lien L { type wan de R vers T }")),
				Arguments.of(IssueCodes.INCOMPLETE_LINK, si("équipement R lien L { type lan de R vers R }"),
						si("équipement R équipement T lien L { type lan de R vers T }")),
				Arguments.of(IssueCodes.UNKNOWN_COMPETENCY, "mission M { compétences B1.7 }", "mission M { compétences B1.6 }"),
				Arguments.of(IssueCodes.UNKNOWN_COMPETENCY, "mission M { réalisation R { compétences B1.1.9 } }",
						"mission M { réalisation R { compétences B1.1.6 } }"),
				Arguments.of(IssueCodes.TEACHER_ONLY_REFERENCE, si("@enseignant serveur H { os linux \"D\" } serveur S { os linux \"D\" hôte H }"),
						si("@enseignant serveur H { os linux \"D\" } @enseignant serveur S { os linux \"D\" hôte H }")),
				Arguments.of(IssueCodes.EMPTY_FILE, "// rien\n", "paquetage p"),
				Arguments.of(IssueCodes.FORBIDDEN_CHARACTER, "organisation O { métier \"a\\uFFFFb\" }", "organisation O { métier \"ab\" }"),
				Arguments.of(IssueCodes.INVALID_VALUE, "organisation O \"" + "Aaaa ".repeat(61) + "\" { }", "organisation O \"" + "Aaaa ".repeat(59) + "\" { }"),
				Arguments.of(IssueCodes.FORBIDDEN_CHARACTER, "organisation O { métier \"a\u0001b\" }", "organisation O { métier \"a b\" }"),
				Arguments.of(IssueCodes.TOO_DEEP, nested(Nesting.MAX_DEPTH + 1), nested(Nesting.MAX_DEPTH)),
				// IPv6: the same checks as IPv4
				Arguments.of(IssueCodes.INVALID_VALUE, si("vlan V { réseau6 \"2001:db8::g/64\" }"), si("vlan V { réseau6 \"2001:db8::/64\" }")),
				Arguments.of(IssueCodes.ADDRESS_OUTSIDE_SUBNET,
						si("vlan V { réseau6 \"2001:db8:10::/64\" } serveur S { os linux \"D\" adresse6 \"2001:db8:20::5\" vlan V }"),
						si("vlan V { réseau6 \"2001:db8:10::/64\" } serveur S { os linux \"D\" adresse6 \"2001:db8:10::5\" vlan V }")),
				Arguments.of(IssueCodes.DUPLICATE_ADDRESS,
						si("serveur A { os linux \"D\" adresse6 \"2001:db8::5\" } serveur B { os linux \"D\" adresse6 \"2001:DB8:0::5\" }"),
						si("serveur A { os linux \"D\" adresse6 \"2001:db8::5\" } serveur B { os linux \"D\" adresse6 \"2001:db8::6\" }")),
				Arguments.of(IssueCodes.RESERVED_ADDRESS, si("serveur A { os linux \"D\" adresse6 \"ff02::1\" }"),
						si("serveur A { os linux \"D\" adresse6 \"fe80::1\" }")),
				Arguments.of(IssueCodes.OVERLAPPING_SUBNETS, si("vlan A { réseau6 \"2001:db8::/48\" } vlan B { réseau6 \"2001:db8:0:10::/64\" }"),
						si("vlan A { réseau6 \"2001:db8:1::/64\" } vlan B { réseau6 \"2001:db8:2::/64\" }")),
				Arguments.of(IssueCodes.GATEWAY_OUTSIDE_SUBNET, si("vlan V { réseau6 \"2001:db8:1::/64\" passerelle6 \"2001:db8:2::1\" }"),
						si("vlan V { réseau6 \"2001:db8:1::/64\" passerelle6 \"2001:db8:1::1\" }")),
				Arguments.of(IssueCodes.SUBNET_HOST_BITS, si("vlan V { réseau6 \"2001:db8:1::5/64\" }"), si("vlan V { réseau6 \"2001:db8:1::/64\" }")),
				// Wi-Fi
				Arguments.of(IssueCodes.WEAK_WIFI, si("équipement B { type borne_wifi ssid \"Legacy\" { sécurité wep } }"),
						si("équipement B { type borne_wifi ssid \"Legacy\" { sécurité wpa3_personnel } }")),
				Arguments.of(IssueCodes.WEAK_WIFI, si("équipement B { type borne_wifi ssid \"Pro\" { sécurité wpa2_entreprise } }"),
						si("équipement B { type borne_wifi ssid \"Pro\" { sécurité wpa2_entreprise authentification \"RADIUS\" } }")),
				Arguments.of(IssueCodes.WEAK_WIFI, si("zone L { type lan } vlan V { zone L } équipement B { ssid \"Libre\" { vlan V sécurité ouvert } }"),
						si("zone I { type invites } vlan V { zone I } équipement B { ssid \"Libre\" { vlan V sécurité ouvert } }")),
				// ordered filtering: the first rule that matches decides
				Arguments.of(IssueCodes.SHADOWED_FILTER_RULE,
						si("zone A zone B équipement F { type pare_feu } filtrage R1 { de tout vers B refuser via F } filtrage R2 { de A vers B protocole tcp ports \"443\" refuser via F }"),
						si("zone A zone B équipement F { type pare_feu } filtrage R1 { de A vers B protocole tcp ports \"443\" refuser via F } filtrage R2 { de tout vers B refuser via F }")),
				Arguments.of(IssueCodes.CONTRADICTORY_FILTER_RULE,
						si("zone A zone B équipement F { type pare_feu } filtrage R1 { de A vers tout refuser via F } filtrage R2 { de A vers B protocole tcp ports \"443\" autoriser via F }"),
						si("zone A zone B équipement F { type pare_feu } filtrage R1 { de A vers B protocole tcp ports \"443\" autoriser via F } filtrage R2 { de A vers tout refuser via F }")),
				Arguments.of(IssueCodes.CONTRADICTORY_FILTER_RULE,
						si("zone A vlan V { zone A } serveur S { os linux \"D\" } équipement F filtrage R1 { de A vers internet refuser via F } filtrage R2 { de V vers internet autoriser via F }"),
						si("zone A vlan V { zone A } serveur S { os linux \"D\" } équipement F filtrage R1 { de tout sauf A vers internet refuser via F } filtrage R2 { de V vers internet autoriser via F }")),
				// a group of hosts is shadowed by a rule on one of its supersets, and takes its own hosts
				Arguments.of(IssueCodes.SHADOWED_FILTER_RULE,
						si("zone B serveur S1 { os linux \"D\" } serveur S2 { os linux \"D\" } groupe_hôtes Web { membres S1, S2 } équipement F "
								+ "filtrage R1 { de B vers Web refuser via F } filtrage R2 { de B vers hôte S1 refuser via F }"),
						si("zone B serveur S1 { os linux \"D\" } serveur S2 { os linux \"D\" } groupe_hôtes Web { membres S1 } équipement F "
								+ "filtrage R1 { de B vers hôte S2 refuser via F } filtrage R2 { de B vers Web refuser via F }")),
				Arguments.of(IssueCodes.INVALID_HOST_GROUP, si("groupe_hôtes Web zone B filtrage R { de B vers Web refuser }"),
						si("serveur S1 { os linux \"D\" } groupe_hôtes Web { membres S1 } zone B filtrage R { de B vers Web refuser }")),
				Arguments.of(IssueCodes.INVALID_HOST_GROUP, si("serveur S1 { os linux \"D\" } groupe_hôtes Web { membres S1, S1 }"),
						si("serveur S1 { os linux \"D\" } serveur S2 { os linux \"D\" } groupe_hôtes Web { membres S1, S2 }")),
				// naming rules
				Arguments.of(IssueCodes.INVALID_NAMING_RULE, si("règle_nommage R { pour serveurs motif \"SRV-[0-9\" }"),
						si("règle_nommage R { pour serveurs motif \"SRV-[0-9]+\" }")),
				Arguments.of(IssueCodes.INVALID_NAMING_RULE, si("règle_nommage R { pour serveurs motif \"SRV-[0-9]+\" exemple \"SRV-A\" }"),
						si("règle_nommage R { pour serveurs motif \"SRV-[0-9]+\" exemple \"SRV-1\" }")),
				Arguments.of(IssueCodes.NAME_NOT_FOLLOWING_RULE, si("règle_nommage R { pour serveurs motif \"SRV-[0-9]+\" } serveur Web { os linux \"D\" }"),
						si("règle_nommage R { pour serveurs motif \"SRV-[0-9]+\" } serveur SRV-1 { os linux \"D\" }")),
				Arguments.of(IssueCodes.NAME_NOT_FOLLOWING_RULE,
						"organisation O { site S { bâtiment B { étage E2 { salle L06 { baie BAE2L06 { prise P1 } } } } } }\n"
								+ si("règle_nommage Prises { pour prises motif \"BA[A-Z][0-9]L[0-9]{2}S[0-9]{2}P[0-9]{2}\" exemple \"BAE2L06S01P01\" }"),
						"organisation O { site S { bâtiment B { étage E2 { salle L06 { baie BAE2L06 { prise BAE2L06S01P01 } } } } } }\n"
								+ si("règle_nommage Prises { pour prises motif \"BA[A-Z][0-9]L[0-9]{2}S[0-9]{2}P[0-9]{2}\" exemple \"BAE2L06S01P01\" }")),
				Arguments.of(IssueCodes.INVALID_VARIANT, si(VLAN) + "variantes X { préfixe V parmi 31 }", si(VLAN) + "variantes X { préfixe V parmi 25 }"),
				Arguments.of(IssueCodes.INVALID_VARIANT, si(VLAN) + "variantes X { bloc 10.0.0.0/16 dans 10.0.0.0/24 }",
						si(VLAN) + "variantes X { bloc 10.0.0.0/16 dans 10.0.0.0/8 }"),
				Arguments.of(IssueCodes.INVALID_VARIANT, si(VLAN) + "variantes X { texte \"a\" \"b\" parmi \"c\" }",
						si(VLAN) + "variantes X { texte \"a\" \"b\" parmi \"c\" \"d\" }"),
				Arguments.of(IssueCodes.INVALID_VARIANT, si(VLAN) + "variantes X { nombre V de 1 à 5 }",
						si(VLAN + " terminaux T { nombre 3 }") + "variantes X { nombre T de 1 à 5 }"),
				Arguments.of(IssueCodes.EXPRESSION_SYNTAX, si(VLAN) + answer("{{ vlan(V).hôtes + }}"), si(VLAN) + answer("{{ vlan(V).hôtes + 1 }}")),
				Arguments.of(IssueCodes.EXPRESSION_SYNTAX, si(VLAN) + answer("{{ vlan(V).hôtes"), si(VLAN) + answer("{{ vlan(V).hôtes }}")),
				Arguments.of(IssueCodes.EXPRESSION_UNKNOWN_ELEMENT, si(VLAN) + answer("{{ vlan(W).masque }}"), si(VLAN) + answer("{{ vlan(V).masque }}")),
				Arguments.of(IssueCodes.EXPRESSION_WRONG_TYPE, si(VLAN) + answer("{{ serveur(V).adresse }}"), si(VLAN) + answer("{{ vlan(V).adresse }}")),
				Arguments.of(IssueCodes.EXPRESSION_WRONG_TYPE, si(VLAN) + answer("{{ vlan(V).réseau * 2 }}"), si(VLAN) + answer("{{ vlan(V).hôtes * 2 }}")),
				Arguments.of(IssueCodes.EXPRESSION_RESERVED, si("@enseignant " + VLAN) + question("{{ vlan(V).hôtes }}"),
						si("@enseignant " + VLAN) + answer("{{ vlan(V).hôtes }}")),
				// braces that make no expression of the language are text: a template of another tool
				Arguments.of(IssueCodes.EXPRESSION_NOT_EVALUATED, si(VLAN + " serveur S { os linux \"D\" description \"{{ vlan(V).hôtes }} postes\" }"),
						si(VLAN + " serveur S { os linux \"D\" description \"modèle {{ inventory_hostname }}\" }")),
				Arguments.of(IssueCodes.EXAM_OF_ANOTHER_FORM, "sujet S { session \"2027\" épreuve \"E6 – Administration des systèmes et des réseaux\" }",
						"sujet S { session \"2027\" épreuve \"E7 – Cybersécurité des services informatiques\" }"),
				Arguments.of(IssueCodes.EXAM_OF_ANOTHER_FORM, "sujet S { session \"2024\" épreuve \"E7\" }",
						"sujet S { session \"2024\" épreuve \"E6 – Cybersécurité des services informatiques\" }"),
				Arguments.of(IssueCodes.EXAM_TITLE_MISMATCH, "sujet S { session \"2026\" épreuve \"E7 – Administration des réseaux\" }",
						"sujet S { session \"2026\" épreuve \"Épreuve E7 : cybersécurité des services informatiques\" }"));
	}

	/** @return an organisation whose blocks are nested {@code depth} levels deep */
	private static String nested(int depth) {
		return "organisation O { " + "entité E { ".repeat(depth - 1) + "}".repeat(depth - 1) + " }";
	}

	private static final String VLAN = "vlan V { numéro 10 réseau 10.0.0.0/24 passerelle 10.0.0.254 }";

	private static String answer(String text) {
		return "\nmission M { réalisation R { question \"Q\" corrigé \"" + text + "\" } }";
	}

	private static String question(String text) {
		return "\nmission M { réalisation R { question \"" + text + "\" corrigé \"C\" } }";
	}

	/** The warning on an épreuve of another form names the written case study of the session and what the named one is. */
	@Test
	void namesTheWrittenCaseStudyOfTheSession() throws Exception {
		String text = "sujet S { session \"2027\" épreuve \"E5 – Support\" }";
		assertThat(validation.validate(parser.parse(text))).filteredOn(i -> IssueCodes.EXAM_OF_ANOTHER_FORM.equals(i.getCode()))
				.singleElement().satisfies(i -> {
					assertThat(i.getMessage()).contains("session 2027").contains("E7 – Cybersécurité des services informatiques")
							.contains("E5 est « Support et mise à disposition de services informatiques » (orale, 40 minutes)")
							.contains("arrêté du 8 juillet 2024");
					assertThat(text.substring(i.getOffset(), i.getOffset() + i.getLength())).isEqualTo("\"E5 – Support\"");
					assertThat(i.getData()).containsExactly("E7 – Cybersécurité des services informatiques");
				});
		assertThat(codes("sujet S { épreuve \"Cas d'entreprise\" }")).as("aucun code d'épreuve écrit")
				.doesNotContain(IssueCodes.EXAM_OF_ANOTHER_FORM, IssueCodes.EXAM_TITLE_MISMATCH);
	}

	/** An error in an expression is located on the faulty name, inside the string. */
	@Test
	void locatesExpressionErrorsInsideTheString() throws Exception {
		String text = si(VLAN) + answer("Hôtes : {{ vlan(Inconnu).hôtes }}, type : {{ vlan(V).nom * 2 }}");
		List<Issue> issues = validation.validate(parser.parse(text));
		assertThat(issues).filteredOn(i -> IssueCodes.EXPRESSION_UNKNOWN_ELEMENT.equals(i.getCode())).singleElement().satisfies(i -> {
			assertThat(text.substring(i.getOffset(), i.getOffset() + i.getLength())).isEqualTo("Inconnu");
			assertThat(i.getMessage()).contains("« Inconnu »");
		});
		assertThat(issues).filteredOn(i -> IssueCodes.EXPRESSION_WRONG_TYPE.equals(i.getCode())).singleElement()
				.satisfies(i -> assertThat(text.substring(i.getOffset(), i.getOffset() + i.getLength())).startsWith("vlan(V).nom"));
	}

	private static String si(String body) {
		return String.format(SI, body);
	}

	/** The check reports its code on the faulty scenario and stays silent on the corrected one. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void reportsCodeOnlyWhenRuleIsBroken(String code, String faulty, String corrected) throws Exception {
		assertThat(codes(faulty)).as("faulty scenario").contains(code);
		assertThat(codes(corrected)).as("corrected scenario").doesNotContain(code);
	}

	/** Every code a scenario file can show has a faulty and a corrected case above. */
	@Test
	void everyFileLevelCodeIsCovered() {
		Set<String> covered = cases().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
		List<String> expected = IssueCodes.ALL.stream().filter(c -> !c.equals(IssueCodes.UNREADABLE_FILE)).toList();
		assertThat(covered).containsAll(expected);
	}

	/** The same name declared in two files of one package is reported in the second file. */
	@Test
	void reportsDuplicateNamesAcrossFiles() throws Exception {
		XtextResourceSet set = resourceSets.get();
		parser.parse("paquetage p système_information A { serveur S { os linux \"D\" } }", URI.createURI("a.orga"), set);
		Model second = parser.parse("paquetage p système_information B { serveur S { os linux \"D\" } }",
				URI.createURI("b.orga"), set);
		assertThat(validation.validate(second)).anySatisfy(issue -> {
			assertThat(issue.getCode()).isEqualTo(IssueCodes.DUPLICATE_NAME);
			assertThat(issue.getMessage()).contains("a.orga");
		});
		Model other = parser.parse("paquetage q système_information C { serveur S { os linux \"D\" } }",
				URI.createURI("c.orga"), set);
		assertThat(validation.validate(other)).extracting(Issue::getCode).doesNotContain(IssueCodes.DUPLICATE_NAME);
	}

	/** Different kinds of elements may share a name: a zone and a vlan are distinct from a server. */
	@Test
	void allowsSameNameForUnrelatedKinds() throws Exception {
		assertThat(codes(si("zone DMZ serveur DMZ { os linux \"D\" }"))).doesNotContain(IssueCodes.DUPLICATE_NAME);
		assertThat(codes(si("zone DMZ vlan DMZ"))).contains(IssueCodes.DUPLICATE_NAME);
	}

	/** A reference to a teacher-only element is reported at the reference, saying what the student edition drops. */
	@Test
	void reportsReferenceToTeacherOnlyElementAtTheReference() throws Exception {
		String text = si("@enseignant ressource Secret groupe G habilitation G sur Secret lecture "
				+ "application A application B { appelle rest A } serveur S { os linux \"D\" } @enseignant application C { sur S }");
		List<Issue> issues = validation.validate(parser.parse(text)).stream()
				.filter(i -> IssueCodes.TEACHER_ONLY_REFERENCE.equals(i.getCode())).toList();
		assertThat(issues).singleElement().satisfies(i -> {
			assertThat(i.getSeverity()).isEqualTo(Severity.WARNING);
			assertThat(i.getMessage()).contains("« Secret »", "retirera aussi");
			assertThat(text.substring(i.getOffset(), i.getOffset() + i.getLength())).isEqualTo("Secret");
			assertThat(text.substring(0, i.getOffset())).endsWith("habilitation G sur ");
		});
	}

	/** Messages are French and name the elements concerned. */
	@Test
	void writesFrenchMessages() throws Exception {
		List<Issue> issues = validation.validate(parser.parse(si(
				"vlan V { réseau 10.0.0.0/24 } serveur Web { os linux \"D\" adresse 10.0.9.5 vlan V }")));
		assertThat(issues).filteredOn(i -> i.getSeverity() == Severity.ERROR).singleElement()
				.satisfies(i -> assertThat(i.getMessage()).contains("« Web »").contains("hors du réseau 10.0.0.0/24"));
	}

	/**
	 * A filter rule is judged against the first earlier rule that takes all its flows, whether that rule names the same
	 * source, its zone, a group holding it or anything; rules on other sources or through another device do not count.
	 */
	@Test
	void judgesAFilterRuleByTheFirstEarlierRuleThatTakesItsFlows() throws Exception {
		List<Issue> issues = validation.validate(parser.parse(si("zone A zone B zone C vlan V { zone A } serveur S { os linux \"D\" }"
				+ " groupe_hôtes H { membres S } équipement F { type pare_feu } équipement G { type pare_feu }"
				+ " filtrage R0 { de C vers B autoriser via F } filtrage R1 { de V vers B refuser via G }"
				+ " filtrage R2 { de A vers B refuser via F } filtrage R3 { de H vers B refuser via F }"
				+ " filtrage R4 { de tout vers B autoriser via F } filtrage R5 { de V vers B autoriser via F }"
				+ " filtrage R6 { de hôte S vers B protocole tcp ports \"22\" autoriser via F }")));
		assertThat(issues).filteredOn(i -> IssueCodes.SHADOWED_FILTER_RULE.equals(i.getCode()) || IssueCodes.CONTRADICTORY_FILTER_RULE.equals(i.getCode()))
				.extracting(Issue::getMessage).satisfiesExactly(
						m -> assertThat(m).startsWith("règle « R5 » contredite par la règle « R2 »"),
						m -> assertThat(m).startsWith("règle « R6 » contredite par la règle « R3 »"));
	}

	/** @return the codes of a text's problems, from its resource: a text nested too deep has no model */
	private List<String> codes(String text) throws Exception {
		Resource resource = resourceSets.get().createResource(URI.createURI("cas.orga"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return validation.validate(resource).stream().map(Issue::getCode).toList();
	}
}
