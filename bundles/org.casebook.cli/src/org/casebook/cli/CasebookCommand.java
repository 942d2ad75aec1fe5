// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.casebook.model.text.EditDistance;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code casebook} command line: batch operations on scenarios, without any display. */
@Command(name = "casebook", versionProvider = BuildInfo.class,
		description = "Casebook : organisations clientes et cas d'entreprise du BTS SIO.",
		footer = { "", "Chaque commande répond à --help : casebook generate --help.", "",
				"Applications graphiques (depuis le dépôt) : ./casebook studio [FICHIER.orga...] pour l'atelier des enseignants, "
						+ "./casebook viewer [PAQUET.zip|DOSSIER|FICHIER.orga...] pour la visionneuse des élèves.",
				"", "Codes de sortie : 0 succès, 1 erreurs trouvées dans les scénarios, 2 usage ou entrée illisible." })
public final class CasebookCommand implements Runnable {

	/** Exit code when everything went well. */
	public static final int OK = 0;
	/** Exit code when the scenarios have errors. */
	public static final int FAILED = 1;
	/** Exit code for usage errors and unreadable inputs. */
	public static final int USAGE = 2;

	/**
	 * The commands by name, in the order of the help. Picocli reads the annotations of every command it is given, which
	 * takes longer than checking a scenario in a fresh process: a command line that runs one command is given that one.
	 */
	private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();
	static {
		COMMANDS.put("nouveau", NewCommand::new);
		COMMANDS.put("validate", ValidateCommand::new);
		COMMANDS.put("check", CheckCommand::new);
		COMMANDS.put("coverage", CoverageCommand::new);
		COMMANDS.put("diagram", DiagramCommand::new);
		COMMANDS.put("generate", GenerateCommand::new);
		COMMANDS.put("package", PackageCommand::new);
		COMMANDS.put("variantes", VariantesCommand::new);
		COMMANDS.put("completion", CompletionCommand::new);
		COMMANDS.put("lsp", LspCommand::new);
	}

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@CommandLine.Option(names = { "-h", "--help" }, usageHelp = true, description = "Affiche cette aide.")
	private boolean help;

	@CommandLine.Option(names = { "-V", "--version" }, versionHelp = true, description = "Affiche la version et le commit de la construction.")
	private boolean version;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getErr());
		throw new ParserMessages.French(spec.commandLine(), ParserMessages.get("missingCommand"));
	}

	/**
	 * Runs the command line and answers its exit code, printing on the given writers.
	 *
	 * @param out standard output
	 * @param err error output
	 * @param args the arguments
	 * @return the exit code
	 */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		return run(out, err, HelpLayout.terminalWidth(), args);
	}

	/**
	 * Runs the command line and answers its exit code, printing on the given writers, its help laid out at a width.
	 *
	 * @param out standard output
	 * @param err error output
	 * @param width the width of the help, in columns
	 * @param args the arguments
	 * @return the exit code
	 */
	public static int run(PrintWriter out, PrintWriter err, int width, String... args) {
		CommandLine cli = commandLine(args);
		HelpLayout.install(cli, width);
		cli.setOut(out);
		cli.setErr(err);
		String unknown = unknownCommand(cli, args);
		if (unknown != null) {
			err.println("casebook : " + ParserMessages.get("unknownCommand", ParserMessages.quote(unknown)));
			List<String> close = closeNames(unknown, cli.getSubcommands().keySet());
			if (!close.isEmpty()) {
				err.println(ParserMessages.get("suggestion", String.join(", ", close)));
			}
			err.println(ParserMessages.get("seeHelp", "casebook"));
			err.flush();
			return USAGE;
		}
		if (commandName(args) == null) {
			// picocli does not look at the other words once --version or --help is asked for: a misspelt one is still said
			for (String arg : args) {
				if (arg.equals("--")) {
					break;
				}
				if (!cli.getCommandSpec().optionsMap().containsKey(arg)) {
					unknownOption(err, cli, arg);
					err.println(ParserMessages.get("seeHelp", "casebook"));
					err.flush();
					return USAGE;
				}
			}
		}
		cli.setParameterExceptionHandler((ex, arguments) -> {
			if (!(ex instanceof CommandLine.UnmatchedArgumentException)) {
				// picocli reports a missing required option before a misspelt one: name the misspelt one first
				for (String misspelt : unknownOptions(ex.getCommandLine(), arguments)) {
					unknownOption(err, ex.getCommandLine(), misspelt);
				}
			}
			err.println("casebook : " + ParserMessages.french(ex));
			err.println(ParserMessages.get("seeHelp", ex.getCommandLine().getCommandSpec().qualifiedName(" ")));
			err.flush();
			return USAGE;
		});
		cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			err.println("casebook : erreur inattendue : " + org.casebook.model.text.Printable.of(String.valueOf(ex)));
			err.flush();
			return USAGE;
		});
		int code;
		try {
			code = cli.execute(args);
		} catch (StackOverflowError e) {
			err.println("casebook : scénario trop imbriqué pour être traité");
			code = USAGE;
		} catch (OutOfMemoryError e) {
			err.println("casebook : mémoire insuffisante : scénario ou fichiers trop volumineux (tas de la machine virtuelle : "
					+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " Mo ; CASEBOOK_HEAP=2g pour l'agrandir)");
			code = USAGE;
		}
		out.flush();
		err.flush();
		return code;
	}

	/** @return the {@code casebook} command line with all its commands, for the help and the completion script */
	static CommandLine commandLine() {
		CommandLine cli = new CommandLine(new CasebookCommand());
		COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
		return cli;
	}

	/**
	 * @param args the arguments
	 * @return the command line that runs them: with the one command they name, without any when they name none and do
	 *         not ask for the help ({@code --version}), with all of them otherwise (the help, or a command to look for)
	 */
	static CommandLine commandLine(String... args) {
		String name = commandName(args);
		boolean help = false;
		for (String arg : args) {
			if (arg.equals("--")) {
				break;
			}
			help |= arg.equals("-h") || arg.equals("--help");
		}
		if (name == null ? help || args.length == 0 : !COMMANDS.containsKey(name)) {
			return commandLine();
		}
		CommandLine cli = new CommandLine(new CasebookCommand());
		if (name != null) {
			cli.addSubcommand(name, COMMANDS.get(name).get());
		}
		return cli;
	}

	/** @return the first word of the arguments that is not an option, {@code null} when there is none before {@code --} */
	private static String commandName(String... args) {
		for (String arg : args) {
			if (arg.equals("--")) {
				return null;
			}
			if (!arg.startsWith("-") || arg.equals("-")) {
				return arg;
			}
		}
		return null;
	}

	/**
	 * @param cli the command line
	 * @param args the arguments
	 * @return the first word that is neither an option of {@code casebook} nor one of its commands, whatever follows it
	 *         (even {@code --help}); {@code null} when the command is known or absent
	 */
	static String unknownCommand(CommandLine cli, String... args) {
		String name = commandName(args);
		return name == null || cli.getSubcommands().containsKey(name) ? null : name;
	}

	/** @return the words after the command's name that look like options but are none of its options */
	private static List<String> unknownOptions(CommandLine command, String[] args) {
		List<String> unknown = new ArrayList<>();
		boolean inCommand = command.getCommandSpec().parent() == null;
		for (String arg : args) {
			if (arg.equals("--")) {
				break;
			}
			if (!inCommand) {
				inCommand = arg.equals(command.getCommandName());
				continue;
			}
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (name.startsWith("--") && name.length() > 2 && !command.getCommandSpec().optionsMap().containsKey(name)) {
				unknown.add(name);
			}
		}
		return unknown;
	}

	/** Says that a word is none of a command's options, with the options it may stand for. */
	private static void unknownOption(PrintWriter err, CommandLine command, String misspelt) {
		err.println("casebook : " + ParserMessages.get("unknownOption", ParserMessages.quote(misspelt)));
		List<String> close = closeNames(misspelt, command.getCommandSpec().optionsMap().keySet());
		if (!close.isEmpty()) {
			err.println(ParserMessages.get("suggestion", String.join(", ", close)));
		}
	}

	/** @return the names at most two edits away from the word, or starting with it */
	private static List<String> closeNames(String word, java.util.Collection<String> names) {
		List<String> close = new ArrayList<>();
		for (String name : names) {
			if ((word.length() >= 2 && name.startsWith(word)) || EditDistance.between(word, name) <= 2) {
				close.add(name);
			}
		}
		return close;
	}


	/**
	 * Entry point.
	 *
	 * @param args the arguments
	 */
	public static void main(String[] args) {
		// Guice, under the Xtext services, neither records where each binding was declared nor generates classes at run
		// time: a quicker start, and classes the start-up cache can keep
		System.setProperty("guice_include_stack_traces", System.getProperty("guice_include_stack_traces", "OFF"));
		System.setProperty("guice_bytecode_gen_option", System.getProperty("guice_bytecode_gen_option", "DISABLED"));
		org.apache.log4j.BasicConfigurator.configure(new org.apache.log4j.varia.NullAppender());
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
			System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
			System.setProperty("log4j2.simplelogLevel", "OFF");
		}
		PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
		PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
		System.exit(run(out, err, args));
	}
}
