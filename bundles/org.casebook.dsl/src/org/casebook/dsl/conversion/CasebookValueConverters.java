// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.conversion;

import org.casebook.model.net.Ipv4;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.conversion.impl.QualifiedNameValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Value converters of the Casebook language: text blocks, IPv4 literals, decimals and qualified names; one instance per
 * injector, each converter made once.
 */
@Singleton
public class CasebookValueConverters extends DefaultTerminalConverters {

	private static final String TRIPLE = "\"\"\"";

	@Inject
	private QualifiedNameValueConverter qualifiedNameConverter;

	private IValueConverter<String> quoted;

	/**
	 * @return the converter of texts between double quotes: read as Xtext reads them, written as a teacher writes them,
	 *         only the backslash, the double quote and control characters escaped ({@code "l'entreprise"}, never
	 *         {@code "l\'entreprise"})
	 */
	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		if (quoted == null) {
			quoted = new QuotedText(super.STRING());
		}
		return quoted;
	}

	/**
	 * @param value a text
	 * @return the text between double quotes, with only the backslash, the double quote and control characters escaped
	 */
	public static String quote(String value) {
		StringBuilder b = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '\\' -> b.append("\\\\");
			case '"' -> b.append("\\\"");
			case '\n' -> b.append("\\n");
			case '\r' -> b.append("\\r");
			case '\t' -> b.append("\\t");
			case '\b' -> b.append("\\b");
			case '\f' -> b.append("\\f");
			default -> {
				if (c < 0x20 || c == 0x7F) {
					b.append(String.format("\\u%04x", (int) c));
				} else {
					b.append(c);
				}
			}
			}
		}
		return b.append('"').toString();
	}

	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> QualifiedName() {
		return qualifiedNameConverter;
	}

	private final IValueConverter<String> compact = new CompactConverter();

	@ValueConverter(rule = "QualifiedNameWithWildcard")
	public IValueConverter<String> QualifiedNameWithWildcard() {
		return compact;
	}

	@ValueConverter(rule = "CompetencyCode")
	public IValueConverter<String> CompetencyCode() {
		return compact;
	}

	@ValueConverter(rule = "INT")
	public IValueConverter<Integer> INT() {
		return new AbstractNullSafeConverter<Integer>() {
			@Override
			protected Integer internalToValue(String string, INode node) {
				try {
					return Integer.valueOf(string);
				} catch (NumberFormatException e) {
					throw new ValueConverterException("nombre trop grand « " + string + " » : au plus " + Integer.MAX_VALUE
							+ " ; un nombre entier s'écrit sans espace ni point, par exemple « 1200 »", node, e);
				}
			}

			@Override
			protected String internalToString(Integer value) {
				return value.toString();
			}
		};
	}

	@ValueConverter(rule = "OuiNon")
	public IValueConverter<Boolean> OuiNon() {
		return new AbstractNullSafeConverter<Boolean>() {
			@Override
			protected Boolean internalToValue(String string, INode node) {
				return "oui".equals(string.strip());
			}

			@Override
			protected String internalToString(Boolean value) {
				return value ? "oui" : "non";
			}
		};
	}

	@ValueConverter(rule = "Ipv4Address")
	public IValueConverter<String> Ipv4Address() {
		return new AbstractNullSafeConverter<String>() {
			@Override
			protected String internalToValue(String string, INode node) {
				if (string.chars().anyMatch(Character::isWhitespace)) {
					throw new ValueConverterException("« " + string.strip() + " » : pas d'espace dans une adresse IPv4",
							node, null);
				}
				try {
					Ipv4.parse(string);
				} catch (IllegalArgumentException e) {
					throw new ValueConverterException(e.getMessage(), node, e);
				}
				return string;
			}

			@Override
			protected String internalToString(String value) {
				return value;
			}
		};
	}

	private final IValueConverter<String> textBlock = new AbstractNullSafeConverter<String>() {
		@Override
		protected String internalToValue(String string, INode node) {
			return unindent(string.substring(3, string.length() - 3));
		}

		@Override
		protected String internalToString(String value) {
			return TRIPLE + "\n" + value + "\n" + TRIPLE;
		}
	};

	@ValueConverter(rule = "TEXT_BLOCK")
	public IValueConverter<String> TEXT_BLOCK() {
		return textBlock;
	}

	@ValueConverter(rule = "Text")
	public IValueConverter<String> Text() {
		return new AbstractNullSafeConverter<String>() {
			@Override
			protected String internalToValue(String string, INode node) {
				if (string.startsWith(TRIPLE)) {
					return TEXT_BLOCK().toValue(string, node);
				}
				return STRING().toValue(string, node);
			}

			@Override
			protected String internalToString(String value) {
				if (value.indexOf('\n') >= 0 && !value.contains(TRIPLE) && !value.startsWith(" ") && !value.endsWith("\"")) {
					return TEXT_BLOCK().toString(value);
				}
				return STRING().toString(value);
			}
		};
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<Double> Decimal() {
		return new AbstractNullSafeConverter<Double>() {
			@Override
			protected Double internalToValue(String string, INode node) {
				try {
					return Double.valueOf(withoutWhitespace(string));
				} catch (NumberFormatException e) {
					throw new ValueConverterException("nombre invalide « " + string + " »", node, e);
				}
			}

			@Override
			protected String internalToString(Double value) {
				if (value < 0) {
					throw new ValueConverterException("un barème ne peut pas être négatif : " + value, null, null);
				}
				if (value == Math.rint(value) && !value.isInfinite()) {
					return Long.toString(value.longValue());
				}
				return value.toString();
			}
		};
	}

	/**
	 * Removes the first line when empty, the last line when blank, and the indentation common to all non-blank lines.
	 *
	 * @param raw the text between the triple quotes
	 * @return the text as the author meant it
	 */
	public static String unindent(String raw) {
		String[] lines = raw.replace("\r\n", "\n").split("\n", -1);
		int from = 0;
		int to = lines.length;
		if (to > 1 && lines[0].isBlank()) {
			from = 1;
		}
		if (to - from > 1 && lines[to - 1].isBlank()) {
			to--;
		}
		int indent = Integer.MAX_VALUE;
		for (int i = from; i < to; i++) {
			String line = lines[i];
			if (!line.isBlank()) {
				int n = 0;
				while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
					n++;
				}
				indent = Math.min(indent, n);
			}
		}
		if (indent == Integer.MAX_VALUE) {
			indent = 0;
		}
		StringBuilder sb = new StringBuilder();
		for (int i = from; i < to; i++) {
			if (i > from) {
				sb.append('\n');
			}
			String line = lines[i];
			sb.append(line.isBlank() ? "" : line.substring(indent).stripTrailing());
		}
		return sb.toString();
	}

	/** @return the text without its whitespace (the hidden tokens between the tokens of a data type rule) */
	static String withoutWhitespace(String string) {
		int i = 0;
		while (i < string.length() && !blank(string.charAt(i))) {
			i++;
		}
		if (i == string.length()) {
			return string;
		}
		StringBuilder b = new StringBuilder(string.length()).append(string, 0, i);
		for (; i < string.length(); i++) {
			char c = string.charAt(i);
			if (!blank(c)) {
				b.append(c);
			}
		}
		return b.toString();
	}

	/** @return whether the character is one that {@code \\s} matches in a regular expression */
	private static boolean blank(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/** Texts between double quotes: read by Xtext's converter, written by {@link CasebookValueConverters#quote}. */
	private static final class QuotedText implements IValueConverter<String>, IValueConverter.RuleSpecific {
		private final IValueConverter<String> standard;

		QuotedText(IValueConverter<String> standard) {
			this.standard = standard;
		}

		@Override
		public String toValue(String string, INode node) {
			return standard.toValue(string, node);
		}

		@Override
		public String toString(String value) {
			if (value == null) {
				throw new ValueConverterException("texte absent", null, null);
			}
			return quote(value);
		}

		@Override
		public void setRule(AbstractRule rule) {
			if (standard instanceof IValueConverter.RuleSpecific specific) {
				specific.setRule(rule);
			}
		}
	}

	/** Converter for data type rules made of several tokens: keeps the text without hidden whitespace. */
	private static final class CompactConverter extends AbstractNullSafeConverter<String> {
		@Override
		protected String internalToValue(String string, INode node) {
			return withoutWhitespace(string);
		}

		@Override
		protected String internalToString(String value) {
			return value;
		}
	}
}
