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
import org.casebook.dsl.validation.IssueCodes;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.eclipse.xtext.diagnostics.Severity;
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

import com.google.inject.Inject;

/**
 * After a syntax error the parser goes on: each error is reported once, at its place, and the next real error (another
 * block, the end of the file inside a block) is still reported, without errors that only follow from the first one.
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
				// the missing last brace is still reported after an error that made the parser skip the rest
				Arguments.of("organisation O {\n\tentite E\n\tsite S { ville \"Lyon\" }\n",
						List.of("2:2 " + IssueCodes.SYNTAX_UNKNOWN_WORD, "3:25 " + IssueCodes.SYNTAX_BRACE)),
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
						List.of("2:11 " + IssueCodes.SYNTAX_VALUE, "3:17 " + IssueCodes.SYNTAX_VALUE)));
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

	/** The file that ends inside a block says which block, and where it opens. */
	@Test
	void namesTheBlockLeftOpen() throws Exception {
		Model model = parser.parse("organisation O {\n\tentite E\n\tsite S { ville \"Lyon\" }\n");
		assertThat(model.eResource().getErrors()).last().satisfies(
				e -> assertThat(e.getMessage()).contains("fin de fichier inattendue", "« organisation O » ouvert ligne 1", "« } »"));
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
