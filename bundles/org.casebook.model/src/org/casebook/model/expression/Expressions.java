// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Expressions over the model written in a text between {@code {{} and {@code }}}: {@code {{ vlan(V50).hôtes }}},
 * {@code {{ serveur(SRV-WEB).adresse }}}, {@code {{ nombre(serveurs) }}}, evaluated against a scenario.
 *
 * <p>Syntax: {@code expression := terme (('+' | '-') terme)*}, {@code terme := facteur (('*' | '/') facteur)*},
 * {@code facteur := ENTIER | '(' expression ')' | nature '(' NOM ')' ('.' propriété)?}. The natures, properties and
 * counts are those of {@link ModelScope}.</p>
 */
public final class Expressions {

	/** Opens an expression. */
	public static final String OPEN = "{{";
	/** Closes an expression. */
	public static final String CLOSE = "}}";

	/**
	 * An expression found in a text.
	 *
	 * @param start where {@code {{} starts
	 * @param end just after {@code }}}, or the end of the text when it is not closed
	 * @param source the text between the braces
	 * @param closed whether {@code }}} was found
	 */
	public record Occurrence(int start, int end, String source, boolean closed) {
		/** @return where the source starts in the text */
		public int sourceStart() {
			return start + OPEN.length();
		}
	}

	private Expressions() {
	}

	/**
	 * @param text a text, possibly {@code null}
	 * @return the expressions it holds, in order
	 */
	public static List<Occurrence> find(String text) {
		List<Occurrence> result = new ArrayList<>();
		if (text == null) {
			return result;
		}
		int from = 0;
		while (true) {
			int open = text.indexOf(OPEN, from);
			if (open < 0) {
				return result;
			}
			int close = text.indexOf(CLOSE, open + OPEN.length());
			if (close < 0) {
				result.add(new Occurrence(open, text.length(), text.substring(open + OPEN.length()), false));
				return result;
			}
			result.add(new Occurrence(open, close + CLOSE.length(), text.substring(open + OPEN.length(), close), true));
			from = close + CLOSE.length();
		}
	}

	/**
	 * @param text a text
	 * @return whether it holds an expression
	 */
	public static boolean contains(String text) {
		return text != null && text.contains(OPEN);
	}

	/**
	 * @param occurrence an expression of a text
	 * @param scope the scenario
	 * @return its value
	 * @throws ExpressionException located in the text that holds it
	 */
	public static Value evaluate(Occurrence occurrence, ModelScope scope) throws ExpressionException {
		if (!occurrence.closed()) {
			throw new ExpressionException(ExpressionException.SYNTAX, "expression non fermée : « }} » attendu", occurrence.start(),
					OPEN.length());
		}
		try {
			return new Parser(occurrence.source(), scope).parseAll();
		} catch (ExpressionException e) {
			throw e.shifted(occurrence.sourceStart());
		}
	}

	/**
	 * Checks every expression of a text.
	 *
	 * @param text a text
	 * @param scope the scenario
	 * @return the faults, located in the text
	 */
	public static List<ExpressionException> check(String text, ModelScope scope) {
		List<ExpressionException> faults = new ArrayList<>();
		for (Occurrence o : find(text)) {
			try {
				evaluate(o, scope);
			} catch (ExpressionException e) {
				faults.add(e);
			}
		}
		return faults;
	}

	/**
	 * Replaces every expression of a text by its value, as a French text shows it. An expression that cannot be
	 * evaluated (the scenario has errors) becomes {@code [?]}: the source of an expression is never shown.
	 *
	 * @param text a text, possibly {@code null}
	 * @param scope the scenario
	 * @return the text with the values
	 */
	public static String render(String text, ModelScope scope) {
		if (!contains(text)) {
			return text;
		}
		StringBuilder b = new StringBuilder();
		int from = 0;
		for (Occurrence o : find(text)) {
			b.append(text, from, o.start());
			try {
				b.append(evaluate(o, scope).display());
			} catch (ExpressionException e) {
				b.append("[?]");
			}
			from = o.end();
		}
		b.append(text.substring(from));
		return b.toString();
	}

	/** Recursive descent over the source of one expression. */
	private static final class Parser {
		private final String s;
		private final ModelScope scope;
		private int pos;

		Parser(String source, ModelScope scope) {
			this.s = source;
			this.scope = scope;
		}

		Value parseAll() throws ExpressionException {
			skip();
			if (pos >= s.length()) {
				throw new ExpressionException(ExpressionException.SYNTAX, "expression vide", 0, s.length());
			}
			Value v = expression();
			skip();
			if (pos < s.length()) {
				throw new ExpressionException(ExpressionException.SYNTAX, "« " + s.charAt(pos) + " » inattendu dans l'expression", pos, 1);
			}
			return v;
		}

		private Value expression() throws ExpressionException {
			int start = pos;
			Value left = term();
			while (true) {
				skip();
				if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
					char op = s.charAt(pos++);
					int rightStart = pos;
					Value right = term();
					left = arithmetic(op, left, right, start, rightStart);
				} else {
					return left;
				}
			}
		}

		private Value term() throws ExpressionException {
			int start = pos;
			Value left = factor();
			while (true) {
				skip();
				if (pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '/')) {
					char op = s.charAt(pos++);
					int rightStart = pos;
					Value right = factor();
					left = arithmetic(op, left, right, start, rightStart);
				} else {
					return left;
				}
			}
		}

		private Value arithmetic(char op, Value left, Value right, int start, int rightStart) throws ExpressionException {
			if (right.type() != Value.Type.NOMBRE) {
				throw new ExpressionException(ExpressionException.WRONG_TYPE,
						"type incorrect : « " + op + " » attend un nombre à droite, pas un(e) " + right.type().word(), rightStart,
						pos - rightStart);
			}
			if (left.type() == Value.Type.ADRESSE && (op == '+' || op == '-')) {
				long a = left.number() + (op == '+' ? right.number() : -right.number());
				if (a < 0 || a > 0xFFFFFFFFL) {
					throw new ExpressionException(ExpressionException.WRONG_TYPE, "adresse hors de l'espace IPv4", start, pos - start);
				}
				return new Value(Value.Type.ADRESSE, a, 32, null);
			}
			if (left.type() != Value.Type.NOMBRE) {
				throw new ExpressionException(ExpressionException.WRONG_TYPE,
						"type incorrect : « " + op + " » ne s'applique pas à un(e) " + left.type().word(), start, pos - start);
			}
			return switch (op) {
			case '+' -> Value.number(left.number() + right.number());
			case '-' -> Value.number(left.number() - right.number());
			case '*' -> Value.number(left.number() * right.number());
			default -> {
				if (right.number() == 0) {
					throw new ExpressionException(ExpressionException.WRONG_TYPE, "division par zéro", rightStart, pos - rightStart);
				}
				yield Value.number(Math.floorDiv(left.number(), right.number()));
			}
			};
		}

		private Value factor() throws ExpressionException {
			skip();
			if (pos >= s.length()) {
				throw new ExpressionException(ExpressionException.SYNTAX, "expression incomplète : un nombre ou un élément est attendu",
						Math.max(0, s.length() - 1), 1);
			}
			char c = s.charAt(pos);
			if (Character.isDigit(c)) {
				int start = pos;
				while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
					pos++;
				}
				if (pos - start > 12) {
					throw new ExpressionException(ExpressionException.SYNTAX, "nombre trop grand", start, pos - start);
				}
				return Value.number(Long.parseLong(s.substring(start, pos)));
			}
			if (c == '(') {
				pos++;
				Value v = expression();
				skip();
				expect(')');
				return v;
			}
			if (Character.isLetter(c)) {
				int start = pos;
				String kind = word();
				skip();
				expect('(');
				skip();
				int nameStart = pos;
				while (pos < s.length() && s.charAt(pos) != ')' && !Character.isWhitespace(s.charAt(pos))) {
					pos++;
				}
				String name = s.substring(nameStart, pos);
				if (name.isEmpty()) {
					throw new ExpressionException(ExpressionException.SYNTAX, "nom attendu entre les parenthèses", nameStart, 1);
				}
				skip();
				expect(')');
				int kindEnd = pos;
				String property = null;
				int propertyStart = pos;
				skip();
				if (pos < s.length() && s.charAt(pos) == '.') {
					pos++;
					skip();
					propertyStart = pos;
					if (pos >= s.length() || !Character.isLetter(s.charAt(pos))) {
						throw new ExpressionException(ExpressionException.SYNTAX, "propriété attendue après « . »", pos, 1);
					}
					property = word();
				}
				return scope.value(kind, start, name, nameStart, kindEnd - start, property, propertyStart, pos - propertyStart);
			}
			throw new ExpressionException(ExpressionException.SYNTAX, "« " + c + " » inattendu dans l'expression", pos, 1);
		}

		private String word() {
			int start = pos;
			while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
				pos++;
			}
			return s.substring(start, pos);
		}

		private void expect(char c) throws ExpressionException {
			if (pos >= s.length() || s.charAt(pos) != c) {
				throw new ExpressionException(ExpressionException.SYNTAX, "« " + c + " » attendu", Math.min(pos, Math.max(0, s.length() - 1)), 1);
			}
			pos++;
		}

		private void skip() {
			while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
				pos++;
			}
		}
	}
}
