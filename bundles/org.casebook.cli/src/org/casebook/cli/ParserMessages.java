// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The parser's errors told in French, from the {@code ParserMessages} resource bundle, whatever picocli wrote in English. */
final class ParserMessages {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.casebook.cli.ParserMessages", Locale.FRENCH,
			ParserMessages.class.getClassLoader());

	/** A usage error found by Casebook itself, its message already in French. */
	static final class French extends CommandLine.ParameterException {
		private static final long serialVersionUID = 1L;

		French(CommandLine commandLine, String message) {
			super(commandLine, message);
		}
	}

	private ParserMessages() {
	}

	/**
	 * @param key a key of the bundle
	 * @param arguments its arguments
	 * @return the message
	 */
	static String get(String key, Object... arguments) {
		return new MessageFormat(BUNDLE.getString(key), Locale.FRENCH).format(arguments);
	}

	/**
	 * @param text a word typed on the command line
	 * @return the word between guillemets, its control characters escaped
	 */
	static String quote(String text) {
		StringBuilder sb = new StringBuilder("« ");
		text.codePoints().forEach(c -> {
			switch (c) {
			case '\n' -> sb.append("\\n");
			case '\r' -> sb.append("\\r");
			case '\t' -> sb.append("\\t");
			default -> {
				if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)) {
					sb.append(String.format("\\u%04x", c));
				} else {
					sb.appendCodePoint(c);
				}
			}
			}
		});
		return sb.append(" »").toString();
	}

	/**
	 * @param ex an error of the parser
	 * @return what went wrong, in French
	 */
	static String french(CommandLine.ParameterException ex) {
		String english = ex.getMessage() == null ? "" : ex.getMessage();
		if (ex instanceof French) {
			return english;
		}
		if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
			List<String> words = unmatched.getUnmatched();
			boolean options = unmatched.isUnknownOption();
			String message = get(options ? (words.size() > 1 ? "unknownOptions" : "unknownOption")
					: (words.size() > 1 ? "unexpectedArguments" : "unexpectedArgument"), quoted(words));
			List<String> suggestions = unmatched.getSuggestions();
			return suggestions.isEmpty() ? message : message + "\n" + get("suggestion", String.join(", ", suggestions));
		}
		if (ex instanceof CommandLine.MissingParameterException missing) {
			List<ArgSpec> args = missing.getMissing() == null ? List.of() : missing.getMissing();
			if ((english.startsWith("Expected parameter") || english.startsWith("Missing required parameter for option")) && args.size() == 1
					&& args.get(0) instanceof OptionSpec option) {
				return get("missingValue", quote(option.longestName()), option.paramLabel());
			}
			List<String> options = new ArrayList<>();
			List<String> positionals = new ArrayList<>();
			for (ArgSpec arg : args) {
				if (arg instanceof OptionSpec option) {
					options.add(option.longestName() + (option.arity().max() > 0 ? "=" + option.paramLabel() : ""));
				} else if (arg instanceof PositionalParamSpec positional) {
					positionals.add(positional.paramLabel());
				}
			}
			if (!options.isEmpty()) {
				return get(options.size() > 1 ? "missingOptions" : "missingOption", String.join(", ", options));
			}
			if (!positionals.isEmpty()) {
				return get(positionals.size() > 1 ? "missingParameters" : "missingParameter", String.join(", ", positionals));
			}
		}
		if (ex instanceof CommandLine.OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
			return get("repeatedOption", quote(name(overwritten.getOverwritten())));
		}
		if (ex instanceof CommandLine.MaxValuesExceededException && ex.getArgSpec() != null) {
			return get("tooManyValues", quote(name(ex.getArgSpec())));
		}
		if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
			return get("exclusiveOptions", english.replaceFirst("^Error: ", "").replace(" are mutually exclusive (specify only one)", ""));
		}
		if (ex.getArgSpec() != null && ex.getValue() != null && english.startsWith("Invalid value")) {
			return get("invalidValue", quote(ex.getValue()), what(ex.getArgSpec()), expected(ex.getArgSpec()));
		}
		return get("invalidArguments", english);
	}

	private static String quoted(List<String> words) {
		return String.join(", ", words.stream().map(ParserMessages::quote).toList());
	}

	private static String name(ArgSpec arg) {
		return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
	}

	private static String what(ArgSpec arg) {
		return arg instanceof OptionSpec option ? "l'option " + quote(option.longestName()) : "le paramètre " + arg.paramLabel();
	}

	private static String expected(ArgSpec arg) {
		Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
		if (type == int.class || type == long.class || type == Integer.class || type == Long.class || type == short.class) {
			return get("expectedInteger");
		}
		if (type == double.class || type == float.class || type == Double.class || type == Float.class) {
			return get("expectedNumber");
		}
		if (Path.class.isAssignableFrom(type)) {
			return get("expectedPath");
		}
		return get("expectedValue", arg.paramLabel());
	}
}
