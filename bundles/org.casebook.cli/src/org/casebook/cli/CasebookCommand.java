// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code casebook} command line: batch operations on scenarios, without any display. */
@Command(name = "casebook", version = "Casebook 1.0.0",
		description = "Casebook : organisations clientes et cas d'entreprise du BTS SIO.",
		subcommands = { ValidateCommand.class, CheckCommand.class, CoverageCommand.class, DiagramCommand.class, GenerateCommand.class,
				PackageCommand.class },
		commandListHeading = "%nCommandes :%n", optionListHeading = "Options :%n", synopsisHeading = "Usage : ",
		footer = { "", "Applications graphiques (depuis le dépôt) : ./casebook studio [FICHIER.orga...] pour l'atelier des enseignants,",
				"./casebook viewer [PAQUET.zip|DOSSIER|FICHIER.orga...] pour la visionneuse des élèves.", "",
				"Codes de sortie : 0 succès, 1 erreurs trouvées dans les scénarios, 2 usage ou entrée illisible." })
public final class CasebookCommand implements Runnable {

	/** Exit code when everything went well. */
	public static final int OK = 0;
	/** Exit code when the scenarios have errors. */
	public static final int FAILED = 1;
	/** Exit code for usage errors and unreadable inputs. */
	public static final int USAGE = 2;

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@CommandLine.Option(names = { "-h", "--help" }, usageHelp = true, description = "Affiche cette aide.")
	private boolean help;

	@CommandLine.Option(names = { "-V", "--version" }, versionHelp = true, description = "Affiche la version.")
	private boolean version;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getErr());
		throw new CommandLine.ParameterException(spec.commandLine(), "commande manquante");
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
		CommandLine cli = new CommandLine(new CasebookCommand());
		cli.setOut(out);
		cli.setErr(err);
		cli.setParameterExceptionHandler((ex, arguments) -> {
			String message = ex instanceof CommandLine.UnmatchedArgumentException unmatched
					&& ex.getCommandLine().getCommandSpec().parent() == null && !unmatched.getUnmatched().isEmpty()
					&& !unmatched.getUnmatched().get(0).startsWith("-")
							? "commande inconnue « " + unmatched.getUnmatched().get(0) + " »"
							: french(ex.getMessage());
			err.println("casebook : " + message);
			err.println("Voir « casebook " + commandPath(ex.getCommandLine()) + "--help ».");
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
			err.println("casebook : mémoire insuffisante : scénario ou fichiers trop volumineux");
			code = USAGE;
		}
		out.flush();
		err.flush();
		return code;
	}

	private static String commandPath(CommandLine commandLine) {
		String name = commandLine.getCommandName();
		return "casebook".equals(name) ? "" : name + " ";
	}

	private static String french(String message) {
		if (message == null) {
			return "arguments invalides";
		}
		return message.replace("Unknown option:", "option inconnue :").replace("Unknown options:", "options inconnues :")
				.replace("Missing required parameter:", "paramètre obligatoire manquant :")
				.replace("Missing required parameters:", "paramètres obligatoires manquants :")
				.replace("Missing required option:", "option obligatoire manquante :")
				.replace("Unmatched argument at index", "argument inattendu en position")
				.replace("Unmatched arguments from index", "arguments inattendus à partir de la position")
				.replace("Invalid value for option", "valeur invalide pour l'option");
	}

	/**
	 * Entry point.
	 *
	 * @param args the arguments
	 */
	public static void main(String[] args) {
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
