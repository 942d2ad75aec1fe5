// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.casebook.dsl.validation.IssueCodes;
import org.casebook.model.Model;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/** The syntax errors a teacher commonly makes get a French message saying what was expected, with an example. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class SyntaxMessagesTest {

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ValidationTestHelper validation;

	static Stream<Arguments> mistakes() {
		return Stream.of(
				// a keyword without its accent or underscore
				Arguments.of("organisation O { entite E }", IssueCodes.SYNTAX_UNKNOWN_WORD, "entite", List.of("« entité »", "« entité » ? Par exemple : entité")),
				Arguments.of("systeme_information SI { }", IssueCodes.SYNTAX_UNKNOWN_WORD, "systeme_information", List.of("« système_information »")),
				Arguments.of("système_information SI { environnement_developpement E }", IssueCodes.SYNTAX_UNKNOWN_WORD, "environnement_developpement",
						List.of("« environnement_dev »")),
				// an English keyword
				Arguments.of("système_information SI { server S }", IssueCodes.SYNTAX_UNKNOWN_WORD, "server", List.of("mot anglais", "« serveur »")),
				// a value outside the allowed list
				Arguments.of("système_information SI { équipement E { type wifi } }", IssueCodes.SYNTAX_VALUE, "wifi",
						List.of("après « type »", "routeur, commutateur, pare_feu, borne_wifi", "(et non « wifi »)")),
				// the family of an operating system comes first
				Arguments.of("système_information SI { serveur S { os \"Windows Server\" \"2012\" } }", IssueCodes.SYNTAX_VALUE, "\"Windows Server\"",
						List.of("après « os »", "windows, linux", "par exemple : os windows")),
				// a reserved word used as a name
				Arguments.of("système_information SI { serveur web { } }", IssueCodes.SYNTAX_RESERVED_NAME, "web", List.of("mot réservé", "« ^web »")),
				// missing quotes
				Arguments.of("organisation O { entité E { personne P { fonction Directeur } } }", IssueCodes.SYNTAX_VALUE, "Directeur",
						List.of("après « fonction »", "entre guillemets", "fonction \"…\"")),
				Arguments.of("organisation O { effectif \"douze\" }", IssueCodes.SYNTAX_VALUE, "\"douze\"", List.of("un nombre est attendu", "(et non « \"douze\" »)", "effectif 3.5")),
				// a decimal comma
				Arguments.of("mission M { réalisation R { points 3,5 } }", IssueCodes.SYNTAX_NUMBER, ",", List.of("« 3.5 »", "avec un point")),
				// a block in the wrong place
				Arguments.of("organisation O { serveur S }", IssueCodes.SYNTAX_MISPLACED, "serveur",
						List.of("bloc « système_information »", "pas dans « organisation O »")),
				Arguments.of("système_information SI { site S }", IssueCodes.SYNTAX_MISPLACED, "site", List.of("bloc « organisation »")),
				// missing braces
				Arguments.of("organisation O site S", IssueCodes.SYNTAX_BRACE, "site", List.of("« { » attendu", "organisation O { … }")),
				Arguments.of("organisation O { site S { ville \"Lyon\" }", IssueCodes.SYNTAX_BRACE, null, List.of("« organisation O » ouvert ligne 1 n'est pas fermé")),
				// a number too large for the language
				Arguments.of("organisation O { création 99999999999 }", IssueCodes.INVALID_VALUE, "99999999999", List.of("nombre trop grand", "2147483647")));
	}

	/** The first error has the expected code, sits on the faulty word and explains what to write, in French. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void explainsCommonMistake(String text, String code, String at, List<String> says) throws Exception {
		List<Issue> errors = validation.validate(parser.parse(text)).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertThat(errors).isNotEmpty();
		Issue first = errors.get(0);
		assertThat(first.getCode()).as(first.getMessage()).isEqualTo(code);
		assertThat(first.getMessage()).contains(says).doesNotContain("expecting", "input", "Couldn't", "RULE_");
		assertThat(first.getLineNumber()).isEqualTo(1);
		if (at != null) {
			assertThat(text.substring(first.getOffset())).startsWith(at);
		} else {
			assertThat(first.getOffset()).isGreaterThanOrEqualTo(text.length() - 1);
		}
	}
}
