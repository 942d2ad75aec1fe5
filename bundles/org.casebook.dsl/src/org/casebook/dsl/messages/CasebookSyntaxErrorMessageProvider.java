// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.messages;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casebook.dsl.validation.IssueCodes;
import org.casebook.model.text.Printable;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;

/** Turns the parser's English messages into French ones that a teacher understands. */
public class CasebookSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private record Rule(Pattern pattern, String replacement) {
	}

	private static final List<Rule> RULES = List.of(
			new Rule(Pattern.compile("no viable alternative at input 'fin de fichier'"),
					"fin de fichier inattendue : un bloc n'est pas fermé (« } » manquant ?)"),
			new Rule(Pattern.compile("mismatched input '(.*)' expecting (.*)", Pattern.DOTALL), "« $1 » inattendu, $2 attendu"),
			new Rule(Pattern.compile("extraneous input '(.*)' expecting (.*)", Pattern.DOTALL), "« $1 » en trop, $2 attendu"),
			new Rule(Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL), "$1 manquant avant « $2 »"),
			new Rule(Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL), "construction inattendue à partir de « $1 »"),
			new Rule(Pattern.compile("no viable alternative at character '(.*)'", Pattern.DOTALL), "caractère inattendu « $1 »"),
			new Rule(Pattern.compile("mismatched character '(.*)' expecting (.*)", Pattern.DOTALL), "caractère « $1 » inattendu, $2 attendu"),
			new Rule(Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at (?:input|character) '(.*)'", Pattern.DOTALL), "élément attendu avant « $1 »"));

	@Inject
	private IGrammarAccess grammarAccess;

	private SyntaxHints hints;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		if (hints == null) {
			hints = new SyntaxHints(grammarAccess.getGrammar());
		}
		SyntaxHints.Hint hint = context.getRecognitionException() instanceof UnknownWordException unknown
				? hints.explainUnknownWord(unknown, context.getCurrentContext())
				: hints.explain(context.getRecognitionException(), context.getCurrentContext(), original.getMessage());
		if (hint != null) {
			return new SyntaxErrorMessage(Printable.of("erreur de syntaxe : " + hint.message()), hint.code(), original.getIssueData());
		}
		return new SyntaxErrorMessage(translate(original.getMessage()), IssueCodes.SYNTAX, original.getIssueData());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		ValueConverterException cause = context.getValueConverterException();
		String message = cause != null && cause.getMessage() != null ? cause.getMessage() : context.getDefaultMessage();
		if (message != null && message.startsWith("ValueConverter returned null") && cause != null && cause.getNode() != null) {
			// a value of the wrong kind after a keyword: the parser gave up on the value
			if (hints == null) {
				hints = new SyntaxHints(grammarAccess.getGrammar());
			}
			SyntaxHints.Hint hint = hints.explainMissingValue(cause.getNode());
			if (hint != null) {
				return new SyntaxErrorMessage(Printable.of("erreur de syntaxe : " + hint.message()), hint.code());
			}
			return new SyntaxErrorMessage("erreur de syntaxe : valeur attendue", IssueCodes.SYNTAX_VALUE);
		}
		return new SyntaxErrorMessage("valeur invalide : " + message, IssueCodes.INVALID_VALUE);
	}

	/**
	 * @param block the element whose block is not closed (an {@link org.eclipse.emf.ecore.EObject}), or the words that
	 *        open it
	 * @param line the line of its opening brace
	 * @param count how many blocks are open at the end of the file, this one the innermost
	 * @return the error of a file that ends inside blocks
	 */
	public static SyntaxErrorMessage unclosedBlocks(Object block, int line, int count) {
		SyntaxHints.Hint hint = SyntaxHints.unclosed(block, line, count);
		return new SyntaxErrorMessage(Printable.of("erreur de syntaxe : " + hint.message()), hint.code());
	}

	/**
	 * @param message a message of the ANTLR parser or lexer
	 * @return the same message in French, with the control, escape and bidirectional characters of the quoted input
	 *         shown as {@code \\uXXXX} and its very long tokens shortened (in the editor as on the command line)
	 */
	public static String translate(String message) {
		if (message == null) {
			return "erreur de syntaxe";
		}
		String text = message.replace("<EOF>", "fin de fichier").replace("'EOF'", "fin de fichier");
		for (Rule rule : RULES) {
			Matcher m = rule.pattern().matcher(text);
			if (m.matches()) {
				return Printable.of("erreur de syntaxe : " + quoteTokens(m.replaceAll(rule.replacement()))
						.replace("« fin de fichier » inattendu", "fin de fichier inattendue"));
			}
		}
		return Printable.of("erreur de syntaxe : " + text);
	}

	private static String quoteTokens(String text) {
		return text.replaceAll("RULE_ID", "un identifiant").replaceAll("RULE_STRING", "une chaîne \"...\"")
				.replaceAll("RULE_INT", "un nombre")
				.replaceAll("RULE_TEXT_BLOCK", "un texte \"\"\"...\"\"\"").replaceAll("'([^'\\s]+)'", "« $1 »")
;
	}
}
