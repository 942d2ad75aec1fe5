// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Lays out the usage help of every command at a given width, breaking lines only between words (or, for a list of
 * values too long for a line, after a « | »), never before French high punctuation nor after an opening guillemet.
 */
final class HelpLayout {

	/** Narrowest layout. */
	static final int MIN_WIDTH = 40;
	/** Widest layout, for readability on very wide terminals. */
	static final int MAX_WIDTH = 200;
	/** Width when the terminal's is unknown. */
	static final int DEFAULT_WIDTH = 80;

	private static final String NL = "\n";

	private final int width;

	private HelpLayout(int width) {
		this.width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
	}

	/**
	 * @return the terminal's width, as the {@code casebook} script passes it ({@code casebook.columns}) or as the shell
	 *         exports it ({@code COLUMNS}); {@value #DEFAULT_WIDTH} otherwise
	 */
	static int terminalWidth() {
		for (String value : new String[] { System.getProperty("casebook.columns"), System.getenv("COLUMNS") }) {
			if (value != null && value.strip().matches("\\d{1,4}")) {
				int columns = Integer.parseInt(value.strip());
				if (columns > 0) {
					return columns;
				}
			}
		}
		return DEFAULT_WIDTH;
	}

	/**
	 * Installs the layout on a command line and all its subcommands.
	 *
	 * @param cli the command line
	 * @param width the width of the help, in columns
	 */
	static void install(CommandLine cli, int width) {
		HelpLayout layout = new HelpLayout(width);
		layout.installOn(cli);
	}

	private void installOn(CommandLine cli) {
		cli.setUsageHelpWidth(Math.max(55, width));
		Map<String, CommandLine.IHelpSectionRenderer> sections = cli.getHelpSectionMap();
		CommandSpec spec = cli.getCommandSpec();
		sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING, help -> "");
		sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS, help -> synopsis(spec));
		sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION_HEADING,
				help -> spec.usageMessage().description().length == 0 ? "" : NL);
		sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> paragraphs(spec.usageMessage().description()));
		sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST_HEADING,
				help -> visiblePositionals(spec).isEmpty() ? "" : NL + "Paramètres :" + NL);
		List<Row> arguments = new ArrayList<>(positionalRows(spec));
		arguments.addAll(optionRows(spec));
		int column = column(arguments);
		sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, help -> table(positionalRows(spec), column));
		sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING,
				help -> visibleOptions(spec).isEmpty() ? "" : NL + "Options :" + NL);
		sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> table(optionRows(spec), column));
		sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
				help -> spec.subcommands().isEmpty() ? "" : NL + "Commandes :" + NL);
		sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> table(commandRows(spec), column(commandRows(spec))));
		sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING, help -> "");
		sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> paragraphs(spec.usageMessage().footer()));
		List<String> keys = new ArrayList<>(cli.getHelpSectionKeys());
		// the header is the summary shown in the list of commands, not repeated above the command's own help
		keys.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER_HEADING);
		keys.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER);
		cli.setHelpSectionKeys(keys);
		for (CommandLine sub : cli.getSubcommands().values()) {
			installOn(sub);
		}
	}

	private String synopsis(CommandSpec spec) {
		List<String> words = new ArrayList<>();
		StringBuilder flags = new StringBuilder();
		for (OptionSpec option : visibleOptions(spec)) {
			String shortName = shortName(option);
			if (shortName != null && option.arity().max() == 0 && !option.required()) {
				flags.append(shortName.substring(1));
			}
		}
		if (!flags.isEmpty()) {
			words.add("[-" + flags + "]");
		}
		for (OptionSpec option : visibleOptions(spec)) {
			String shortName = shortName(option);
			if (shortName != null && option.arity().max() == 0 && !option.required()) {
				continue;
			}
			String word = option.longestName() + (option.arity().max() > 0 ? "=" + option.paramLabel() : "");
			words.add(option.required() ? word : "[" + word + "]");
		}
		for (PositionalParamSpec positional : visiblePositionals(spec)) {
			String word = positional.paramLabel() + (positional.arity().max() > 1 ? "..." : "");
			words.add(positional.arity().min() > 0 ? word : "[" + word + "]");
		}
		if (!spec.subcommands().isEmpty()) {
			words.add("[COMMANDE]");
		}
		String start = "Usage : " + spec.qualifiedName(" ") + " ";
		// the following lines align under the first option, or start further left so that the longest one fits whole
		int longest = words.stream().mapToInt(String::length).max().orElse(0);
		int indent = Math.max(2, Math.min(start.length(), width - longest));
		return wrap(String.join(" ", words), start, " ".repeat(indent)) + NL;
	}

	private static String shortName(OptionSpec option) {
		for (String name : option.names()) {
			if (name.length() == 2 && name.charAt(0) == '-' && name.charAt(1) != '-') {
				return name;
			}
		}
		return null;
	}

	private static List<OptionSpec> visibleOptions(CommandSpec spec) {
		return spec.options().stream().filter(o -> !o.hidden()).toList();
	}

	private static List<PositionalParamSpec> visiblePositionals(CommandSpec spec) {
		return spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
	}

	private record Row(String left, String text) {
	}

	private static List<Row> optionRows(CommandSpec spec) {
		List<Row> rows = new ArrayList<>();
		for (OptionSpec option : visibleOptions(spec)) {
			String shortName = shortName(option);
			List<String> longNames = new ArrayList<>();
			for (String name : option.names()) {
				if (!name.equals(shortName)) {
					longNames.add(name);
				}
			}
			String names = (shortName == null ? "    " : shortName + (longNames.isEmpty() ? "" : ", ")) + String.join(", ", longNames);
			String label = option.arity().max() > 0 ? "=" + option.paramLabel() : "";
			rows.add(new Row("  " + names + label, text(option)));
		}
		return rows;
	}

	private static List<Row> positionalRows(CommandSpec spec) {
		List<Row> rows = new ArrayList<>();
		for (PositionalParamSpec positional : visiblePositionals(spec)) {
			rows.add(new Row("      " + positional.paramLabel() + (positional.arity().max() > 1 ? "..." : ""), text(positional)));
		}
		return rows;
	}

	private static List<Row> commandRows(CommandSpec spec) {
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<String, CommandLine> sub : spec.subcommands().entrySet()) {
			CommandSpec command = sub.getValue().getCommandSpec();
			if (command.usageMessage().hidden() || !command.name().equals(sub.getKey())) {
				continue;
			}
			String[] header = command.usageMessage().header();
			String[] description = command.usageMessage().description();
			String summary = header.length > 0 ? String.join(" ", header) : description.length > 0 ? description[0] : "";
			rows.add(new Row("  " + sub.getKey(), format(summary)));
		}
		return rows;
	}

	private static String text(ArgSpec arg) {
		return format(String.join(" ", arg.description()));
	}

	/** Picocli's format directives in texts written for it: {@code %n} and {@code %%}. */
	private static String format(String text) {
		return text.replace("%n", NL).replace("%%", "%");
	}

	/** @return where the descriptions start: after the widest name of at most 30 columns, and in the first half */
	private int column(List<Row> rows) {
		int widest = 0;
		for (Row row : rows) {
			if (row.left().length() <= 30) {
				widest = Math.max(widest, row.left().length());
			}
		}
		return Math.min(widest + 3, width / 2);
	}

	/** A two-column table; a name too long for its column has its description below it. */
	private String table(List<Row> rows, int column) {
		if (rows.isEmpty()) {
			return "";
		}
		StringBuilder sb = new StringBuilder();
		String indent = " ".repeat(column);
		for (Row row : rows) {
			String left = row.left();
			if (left.length() > width) {
				String start = left.substring(0, left.length() - left.stripLeading().length());
				left = wrap(left.strip(), start, start + "  ");
			}
			String lastLine = left.substring(left.lastIndexOf('\n') + 1);
			if (row.text().isEmpty()) {
				sb.append(left).append(NL);
			} else if (lastLine.length() + 2 <= column) {
				sb.append(wrap(row.text(), left + " ".repeat(column - lastLine.length()), indent)).append(NL);
			} else {
				sb.append(left).append(NL).append(wrap(row.text(), indent, indent)).append(NL);
			}
		}
		return sb.toString();
	}

	private String paragraphs(String[] lines) {
		StringBuilder sb = new StringBuilder();
		for (String line : lines) {
			for (String paragraph : format(line).split(NL, -1)) {
				int spaces = 0;
				while (spaces < paragraph.length() && paragraph.charAt(spaces) == ' ') {
					spaces++;
				}
				String indent = " ".repeat(Math.min(spaces, width / 2));
				sb.append(paragraph.isBlank() ? "" : wrap(paragraph.substring(spaces), indent, indent)).append(NL);
			}
		}
		return sb.toString();
	}

	/**
	 * @param text the words to lay out
	 * @param first what starts the first line (a heading, a column)
	 * @param indent what starts the following lines
	 * @return the lines, each at most {@link #width} columns unless a single word is longer, joined by new lines
	 */
	String wrap(String text, String first, String indent) {
		List<String> words = words(text);
		StringBuilder sb = new StringBuilder(first);
		int lineStart = 0;
		boolean empty = true;
		for (String word : words) {
			int used = sb.length() - lineStart;
			if (!empty && used + 1 + word.length() > width) {
				trimEnd(sb);
				sb.append(NL);
				lineStart = sb.length();
				sb.append(indent);
				empty = true;
				used = indent.length();
			}
			if (!empty) {
				sb.append(' ');
				used++;
			}
			if (used + word.length() > width && word.contains("|")) {
				// a list of values too long for any line: break after its separators
				for (String piece : word.split("(?<=\\|)")) {
					if (!empty && sb.length() - lineStart + piece.length() > width) {
						sb.append(NL);
						lineStart = sb.length();
						sb.append(indent).append("  ");
					}
					sb.append(piece);
					empty = false;
				}
			} else {
				sb.append(word);
			}
			empty = false;
		}
		trimEnd(sb);
		return sb.toString();
	}

	private static void trimEnd(StringBuilder sb) {
		while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ') {
			sb.setLength(sb.length() - 1);
		}
	}

	/**
	 * @param text a French text
	 * @return its words, where high punctuation (« : ; ! ? » and the closing guillemet) stays with the word before it
	 *         and an opening guillemet with the word after it, as a no-break space would keep them
	 */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		boolean glueNext = false;
		for (String word : text.strip().split(" +")) {
			if (word.isEmpty()) {
				continue;
			}
			boolean punctuation = word.matches("[:;!?»]+[.,)]*");
			if ((punctuation || glueNext) && !words.isEmpty()) {
				words.set(words.size() - 1, words.get(words.size() - 1) + " " + word);
			} else {
				words.add(word);
			}
			glueNext = word.equals("«");
		}
		return words;
	}
}
