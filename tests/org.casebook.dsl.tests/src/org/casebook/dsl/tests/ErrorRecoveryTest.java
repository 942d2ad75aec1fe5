// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.casebook.cli.CasebookCommand;
import org.casebook.dsl.services.CasebookGrammarAccess;
import org.casebook.dsl.validation.IssueCodes;
import org.casebook.model.InformationSystem;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

/**
 * After a syntax error the parser goes on: each error is reported once, at its place, and the next real error (another
 * block, the end of the file inside a block) is still reported, without errors that only follow from the first one; after
 * an unknown word, the elements that follow it in its block are read.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class ErrorRecoveryTest {

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ValidationTestHelper validation;

	@TempDir
	Path dir;

	static Stream<Arguments> files() {
		return Stream.of(
				// a value the parser cannot read is reported once, not once more by its conversion
				Arguments.of("organisation O {\n\tsite S { ville \"Lyon\" }\n\teffectif deux\n}\n",
						List.of("3:11 " + IssueCodes.SYNTAX_VALUE)),
				// an unknown word is reported once, and the elements after it are read: the missing last brace too
				Arguments.of("organisation O {\n\tentite E\n\tsite S { ville \"Lyon\" }\n",
						List.of("2:2 " + IssueCodes.SYNTAX_UNKNOWN_WORD, "3:25 " + IssueCodes.SYNTAX_BRACE)),
				Arguments.of("organisation O {\n\tentite E\n\tsite S { ville \"Lyon\" }\n}\n", List.of("2:2 " + IssueCodes.SYNTAX_UNKNOWN_WORD)),
				// in a nested block, the block closes where it should and the next element of the enclosing block is read
				Arguments.of("organisation O {\n\tsite S {\n\t\tvile \"Lyon\"\n\t\tbâtiment B\n\t}\n\tsite T\n}\n",
						List.of("3:3 " + IssueCodes.SYNTAX_UNKNOWN_WORD)),
				Arguments.of("système_information SI {\n\tvlan V {\n\t\tnumero 10\n\t\tréseau 10.0.0.0/24\n\t}\n\tserveur S {\n\t\tos linux \"D\"\n"
						+ "\t\tadrese 10.0.0.1\n\t\tadresse 10.0.0.2 vlan V\n\t}\n}\n",
						List.of("3:3 " + IssueCodes.SYNTAX_UNKNOWN_WORD, "8:3 " + IssueCodes.SYNTAX_UNKNOWN_WORD)),
				Arguments.of("mission M {\n\tréalisation R {\n\t\tpoint 3\n\t\tquestion \"Q\"\n\t}\n\tréalisation S { points 2 }\n}\n",
						List.of("3:3 " + IssueCodes.SYNTAX_UNKNOWN_WORD)),
				// an unknown word with a block of its own: the block is skipped with it, whatever it holds
				Arguments.of("organisation O {\n\tentite E { nom \"x\" personne P { } }\n\tsite S { ville \"Lyon\" }\n}\n",
						List.of("2:2 " + IssueCodes.SYNTAX_UNKNOWN_WORD)),
				Arguments.of("organisation O {\n\tentite E\n\t{\n\t\tnom \"x\"\n\t}\n\tsite S\n}\n", List.of("2:2 " + IssueCodes.SYNTAX_UNKNOWN_WORD)),
				// two unknown words in a block, each on its line, are both reported
				Arguments.of("organisation O {\n\tentite E\n\tsitee S { ville \"Lyon\" }\n\tsite T\n}\n",
						List.of("2:2 " + IssueCodes.SYNTAX_UNKNOWN_WORD, "3:2 " + IssueCodes.SYNTAX_UNKNOWN_WORD)),
				// the values after an unknown word are read with it, over the next line after a comma
				Arguments.of("système_information SI {\n\tserveur S {\n\t\tos linux \"D\"\n\t\troles \"web\",\n\t\t\t\"dns\"\n\t\tadresse 10.0.0.1\n\t}\n}\n",
						List.of("4:3 " + IssueCodes.SYNTAX_UNKNOWN_WORD)),
				// a word on the line after an unknown word is a statement of its own, and a known word ends the statement
				Arguments.of("organisation O {\n\tsite S {\n\t\tvile \"Lyon\" effectif 3\n\t\tadrese \"1 rue\"\n\t}\n}\n",
						List.of("3:3 " + IssueCodes.SYNTAX_UNKNOWN_WORD, "4:3 " + IssueCodes.SYNTAX_UNKNOWN_WORD)),
				// at the top of the file, an unknown declaration is skipped with its block
				Arguments.of("organisatoin O {\n\tsite S\n}\norganisation P { site T }\n", List.of("1:1 " + IssueCodes.SYNTAX_UNKNOWN_WORD)),
				Arguments.of("organisation O {\n\teffectif deux\n",
						List.of("2:11 " + IssueCodes.SYNTAX_VALUE, "2:15 " + IssueCodes.SYNTAX_BRACE)),
				Arguments.of("organisation O {\n\teffectif deux",
						List.of("2:11 " + IssueCodes.SYNTAX_VALUE, "2:15 " + IssueCodes.SYNTAX_BRACE)),
				// a block given up after an error ends at its own brace: the enclosing blocks close where they should
				Arguments.of("mission M {\n\tréalisation R { points 3,5 }\n}\n", List.of("2:26 " + IssueCodes.SYNTAX_NUMBER)),
				Arguments.of("organisation O {\n\tsite S { ville Lyon }\n\tsite T { ville \"Lyon\" }\n}\n",
						List.of("2:17 " + IssueCodes.SYNTAX_VALUE)),
				// errors in two blocks are both reported
				Arguments.of("mission M {\n\tréalisation R { points 3,5 }\n}\nmission N {\n\tréalisation Q { points 2,5 }\n}\n",
						List.of("2:26 " + IssueCodes.SYNTAX_NUMBER, "5:26 " + IssueCodes.SYNTAX_NUMBER)),
				Arguments.of("organisation O {\n\teffectif deux\n\tsite S { ville Lyon }\n}\n",
						List.of("2:11 " + IssueCodes.SYNTAX_VALUE, "3:17 " + IssueCodes.SYNTAX_VALUE)),
				// a word of the language out of its place is reported once, and the block goes on after its statement
				Arguments.of("organisation O {\n\tserveur S { os linux \"D\" }\n\tsite T\n}\n", List.of("2:2 " + IssueCodes.SYNTAX_MISPLACED)),
				Arguments.of("organisation O {\n\tsite S {\n\t\tvlan V { numéro 10 }\n\t\tville \"Lyon\"\n\t}\n\tsite T\n}\n",
						List.of("3:3 " + IssueCodes.SYNTAX_MISPLACED)),
				Arguments.of("organisation O {\n\tadresse \"1 rue\"\n\tsite S\n\tserveur X\n\tentité E\n}\n",
						List.of("2:2 " + IssueCodes.SYNTAX_MISPLACED, "4:2 " + IssueCodes.SYNTAX_MISPLACED)),
				Arguments.of("serveur S { os linux \"D\" }\norganisation O { site T }\n", List.of("1:1 " + IssueCodes.SYNTAX_MISPLACED)),
				// the word that opens a block, inside a block of its kind
				Arguments.of("organisation O {\n\tsite S\n\torganisation P { site U }\n\tsite T\n}\n", List.of("3:2 " + IssueCodes.SYNTAX_MISPLACED)),
				Arguments.of("organisation O {\n\tsite S {\n\t\tsite U\n\t\tville \"Lyon\"\n\t}\n}\n", List.of("3:3 " + IssueCodes.SYNTAX_MISPLACED)),
				// after « @enseignant », an unknown word or a word out of its place too
				Arguments.of("organisation O {\n\t@enseignant entite E { }\n\tsite T\n}\n", List.of("2:14 " + IssueCodes.SYNTAX_UNKNOWN_WORD)),
				Arguments.of("organisation O {\n\t@enseignant serveur X\n\t@enseignant site T\n}\n", List.of("2:14 " + IssueCodes.SYNTAX_MISPLACED)),
				Arguments.of("@enseignant organisatoin O { }\norganisation P { site T }\n", List.of("1:13 " + IssueCodes.SYNTAX_UNKNOWN_WORD)));
	}

	/** The errors of the file, by line:column and code, are exactly the expected ones, each once. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void reportsEachErrorOnce(String text, List<String> expected) throws Exception {
		List<String> errors = validation.validate(parser.parse(text)).stream().filter(i -> i.getSeverity() == Severity.ERROR)
				.map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getCode()).toList();
		assertThat(errors).containsExactlyElementsOf(expected);
	}

	/** The elements after a block given up are read: the site that follows a faulty one is in the model. */
	@Test
	void readsTheElementsAfterABlockGivenUp() throws Exception {
		Model model = parser.parse("organisation O {\n\tsite S { ville Lyon }\n\tsite T { ville \"Lyon\" }\n}\n");
		Organisation organisation = (Organisation) model.getElements().get(0);
		assertThat(organisation.getSites()).extracting(s -> s.getName()).contains("T");
	}

	/** The elements after an unknown word are read into the model, in the block they belong to, and nothing of the word's statement is. */
	@Test
	void readsTheElementsAfterAnUnknownWord() throws Exception {
		Model model = parser.parse("organisation O {\n\tentite E { nom \"x\" site X }\n\tsite S {\n\t\tvile \"Lyon\"\n\t\teffectif 3\n\t}\n"
				+ "\tsitee Z\n\tentité D\n}\norganisatoin Q { site Y }\norganisation P { }\n");
		assertThat(model.getElements()).extracting(e -> ((Organisation) e).getName()).containsExactly("O", "P");
		Organisation organisation = (Organisation) model.getElements().get(0);
		assertThat(organisation.getSites()).extracting(s -> s.getName()).containsExactly("S");
		assertThat(organisation.getSites().get(0).getStaff()).isEqualTo(3.0);
		assertThat(organisation.getSites().get(0).getCity()).isNull();
		assertThat(organisation.getDepartments()).extracting(d -> d.getName()).containsExactly("D");
		assertThat(model.eResource().getErrors()).hasSize(4).allSatisfy(e -> assertThat(e).isInstanceOf(XtextSyntaxDiagnostic.class));
	}

	/** In the information system, the servers after an unknown word in a VLAN are read, with their addresses. */
	@Test
	void readsTheServersAfterAnUnknownWordInANestedBlock() throws Exception {
		Model model = parser.parse("système_information SI {\n\tvlan V {\n\t\tnumero 10\n\t\tréseau 10.0.0.0/24\n\t}\n"
				+ "\tserveur S {\n\t\thebergement virtuel\n\t\tadresse 10.0.0.2 vlan V\n\t}\n\tserveur T\n}\n");
		InformationSystem system = (InformationSystem) model.getElements().get(0);
		assertThat(system.getVlans()).singleElement().satisfies(v -> assertThat(v.getSubnet()).isEqualTo("10.0.0.0/24"));
		assertThat(system.getServers()).extracting(s -> s.getName()).containsExactly("S", "T");
		assertThat(system.getServers().get(0).getInterfaces()).singleElement().satisfies(i -> {
			assertThat(i.getAddress()).isEqualTo("10.0.0.2");
			assertThat(i.getVlan().getName()).isEqualTo("V");
		});
		assertThat(model.eResource().getErrors()).extracting(e -> e.getLine() + ":" + e.getColumn()).containsExactly("3:3", "7:3");
	}

	/** The unknown word's error names the keyword meant, as the parser explains an unknown word anywhere. */
	@Test
	void unknownWordInABlockNamesTheKeywordMeant() throws Exception {
		Model model = parser.parse("organisation O {\n\tsite S\n\tentite E\n\tpartner P\n\txyz\n}\n");
		assertThat(model.eResource().getErrors()).extracting(e -> e.getMessage()).satisfiesExactly(
				m -> assertThat(m).contains("« entite » n'est pas un mot du langage", "« entité »", "« entité » ? Par exemple : entité Nom"),
				m -> assertThat(m).contains("« partner » est un mot anglais", "« partenaire »"),
				m -> assertThat(m).contains("« xyz » n'est pas un mot du langage", "« organisation O »"));
	}

	/**
	 * A word of the language out of its place, after « @enseignant » or not, is reported with the block it belongs in, and
	 * the elements after it are read into the model.
	 */
	@Test
	void readsTheElementsAfterAWordOutOfItsPlace() throws Exception {
		Model model = parser.parse("organisation O {\n\tserveur S { os linux \"D\" adresse 10.0.0.1 }\n\tsite T { ville \"Lyon\" }\n"
				+ "\t@enseignant vlan V\n\tadresse \"1 rue\"\n\tentité E { personne P }\n}\n");
		Organisation organisation = (Organisation) model.getElements().get(0);
		assertThat(organisation.getSites()).extracting(s -> s.getName() + " " + s.getCity()).containsExactly("T Lyon");
		assertThat(organisation.getDepartments()).singleElement().satisfies(d -> assertThat(d.getPeople()).hasSize(1));
		assertThat(model.eResource().getErrors()).extracting(e -> e.getLine() + ":" + e.getColumn() + " " + e.getMessage()).satisfiesExactly(
				m -> assertThat(m).startsWith("2:2 ").contains("« serveur » se déclare dans un bloc « système_information », pas dans « organisation O »"),
				m -> assertThat(m).startsWith("4:14 ").contains("« vlan » se déclare dans un bloc « système_information »"),
				m -> assertThat(m).startsWith("5:2 ").contains("« adresse » n'est pas une propriété du bloc « organisation O »", "« site »"));
	}

	/** Every block of the grammar that holds elements accepts an unknown word where an element may start, and so does the file. */
	@Test
	void everyBlockAcceptsAnUnknownWord() {
		org.eclipse.xtext.Grammar grammar = grammarAccess.getGrammar();
		int blocks = 0;
		for (org.eclipse.xtext.ParserRule rule : org.eclipse.xtext.GrammarUtil.allParserRules(grammar)) {
			for (org.eclipse.xtext.Alternatives loop : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(rule, org.eclipse.xtext.Alternatives.class)) {
				List<org.eclipse.xtext.AbstractRule> called = loop.getElements().stream().filter(org.eclipse.xtext.RuleCall.class::isInstance)
						.map(e -> ((org.eclipse.xtext.RuleCall) e).getRule()).toList();
				if (org.eclipse.xtext.GrammarUtil.isMultipleCardinality(loop) && (called.contains(grammarAccess.getDocRule())
						|| rule == grammarAccess.getModelRule())) {
					blocks++;
					assertThat(called).as(rule.getName()).contains(grammarAccess.getUnknownWordRule());
				}
			}
		}
		assertThat(blocks).isGreaterThan(40);
	}

	@Inject
	private CasebookGrammarAccess grammarAccess;

	/** An edit typed in or around an unknown word or a word out of its place (a partial reparse, as in an editor) gives the errors and model of a full parse. */
	@Test
	void editsAroundAnUnknownWordReadAsAFullParse() throws Exception {
		String text = "organisation O {\n\tsite S {\n\t\tvile \"Lyon\"\n\t\teffectif 3\n\t}\n\tsite T\n}\n";
		org.eclipse.xtext.resource.XtextResource resource = (org.eclipse.xtext.resource.XtextResource) parser.parse(text).eResource();
		String[][] edits = { { "vile", "ville" }, { "ville", "vile" }, { "effectif 3", "effectif 3 nom" }, { "\"Lyon\"", "\"Lyon\" x" },
				{ "vile", "vile1" }, { "site T", "sitee T" }, { "sitee T", "serveur T" }, { "effectif 3", "vlan V { numéro 3 }" },
				{ "serveur T", "@enseignant serveur T" }, { "vlan V", "adresse V" }, { "@enseignant serveur T", "site T" } };
		for (String[] edit : edits) {
			int at = text.indexOf(edit[0]);
			resource.update(at, edit[0].length(), edit[1]);
			text = text.substring(0, at) + edit[1] + text.substring(at + edit[0].length());
			Model fresh = parser.parse(text);
			assertThat(resource.getParseResult().getRootNode().getText()).isEqualTo(text);
			assertThat(resource.getErrors()).extracting(e -> e.getLine() + ":" + e.getColumn() + " " + e.getMessage()).as(text)
					.containsExactlyElementsOf(fresh.eResource().getErrors().stream().map(e -> e.getLine() + ":" + e.getColumn() + " " + e.getMessage()).toList());
			assertThat(org.eclipse.emf.ecore.util.EcoreUtil.equals(resource.getContents().get(0), fresh)).as(text).isTrue();
		}
	}

	/**
	 * Whatever the text, well formed or not, the node model holds it whole, character for character, and every element
	 * of the model read notifies its changes.
	 */
	@ParameterizedTest(name = "texte {index}")
	@ValueSource(strings = { "organisation O {\n\tsite S { ville \"Lyon\" }\n}\n", "organisation O { § site S ¤ }\n",
			"organisation O {\n\tsite S { ville \"Lyon }\n", "organisation O { /* site S }\n", "\u0007organisation\tO { site S\u0000 }",
			"", "   \n", "organisation O { site S } }}} # ' ` \\ \"\"\"" })
	void nodeModelHoldsTheWholeTextAndTheModelNotifies(String text) throws Exception {
		org.eclipse.xtext.resource.XtextResource resource = (org.eclipse.xtext.resource.XtextResource) parser.parse("").eResource();
		resource.reparse(text);
		assertThat(resource.getParseResult().getRootNode().getText()).isEqualTo(text);
		if (text.isBlank()) {
			return; // no model to notify
		}
		Model model = (Model) resource.getContents().get(0);
		List<org.eclipse.emf.ecore.EObject> elements = new java.util.ArrayList<>(List.of(model));
		model.eAllContents().forEachRemaining(elements::add);
		assertThat(elements).allMatch(org.eclipse.emf.ecore.EObject::eDeliver, "notifies its changes");
		List<org.eclipse.emf.common.notify.Notification> seen = new java.util.ArrayList<>();
		model.eAdapters().add(new org.eclipse.emf.common.notify.impl.AdapterImpl() {
			@Override
			public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
				seen.add(notification);
			}
		});
		model.getElements().add(org.casebook.model.CasebookFactory.eINSTANCE.createOrganisation());
		assertThat(seen).hasSize(1);
	}

	/** The file that ends inside a block says which block, and where it opens. */
	@Test
	void namesTheBlockLeftOpen() throws Exception {
		Model model = parser.parse("organisation O {\n\tentite E\n\tsite S { ville \"Lyon\" }\n");
		assertThat(model.eResource().getErrors()).last().satisfies(
				e -> assertThat(e.getMessage()).contains("fin de fichier inattendue", "« organisation O » ouvert ligne 1", "« } »"));
	}

	/** {@code casebook validate} prints an unknown word in a block once, located, in French, and nothing for the elements after it. */
	@Test
	void commandLinePrintsTheUnknownWordOnce() throws Exception {
		Path file = dir.resolve("entite.orga");
		Files.writeString(file, "organisation O {\n\tentite E { nom \"x\" }\n\tsite S { ville \"Lyon\" }\n}\n", StandardCharsets.UTF_8);
		StringWriter out = new StringWriter();
		int code = CasebookCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "validate", file.toString());
		assertThat(code).isEqualTo(1);
		assertThat(out.toString().strip().split("\n")).singleElement().satisfies(l -> assertThat(l)
				.startsWith(file + ":2:2: error: " + IssueCodes.SYNTAX_UNKNOWN_WORD + ": ").contains("« entite »", "« entité »"));
	}

	/** {@code casebook validate} prints a value the parser cannot read on one line, not two. */
	@Test
	void commandLinePrintsTheErrorOnce() throws Exception {
		Path file = dir.resolve("deux.orga");
		Files.writeString(file, "organisation O {\n\tsite S { ville \"Lyon\" }\n\teffectif deux\n}\n", StandardCharsets.UTF_8);
		StringWriter out = new StringWriter();
		int code = CasebookCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "validate", file.toString());
		assertThat(code).isEqualTo(1);
		assertThat(out.toString().strip().split("\n")).singleElement()
				.satisfies(l -> assertThat(l).startsWith(file + ":3:11: error: " + IssueCodes.SYNTAX_VALUE + ": "));
	}
}
