// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.casebook.lsp.CasebookRequests;
import org.casebook.lsp.CommandRunner;
import org.casebook.lsp.LanguageServers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casebook lsp}: the language server for editors (VS Code, Neovim, Kate, Emacs…), on standard streams or a port. */
@Command(name = "lsp", header = "Serveur de langage pour VS Code, Neovim et les autres éditeurs.", sortOptions = false, synopsisHeading = "Usage : ", optionListHeading = "Options :%n",
		description = { "Serveur de langage (Language Server Protocol) pour les éditeurs : diagnostics de validate, "
				+ "complétion, survol, définitions, références, renommage, plan, formatage, pliage, coloration, correctifs, "
				+ "schémas, conformité et documents.",
				"Le client parle sur l'entrée et la sortie standard (par défaut) ou se connecte au port donné par --socket." },
		footer = { "", "Codes de sortie : 0 fin demandée par le client, 2 usage ou port indisponible." })
public final class LspCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@picocli.CommandLine.Mixin
	private HelpOption help;

	@Option(names = "--stdio", description = "Parle sur l'entrée et la sortie standard (par défaut).")
	private boolean stdio;

	@Option(names = "--socket", paramLabel = "PORT", description = "Attend les clients sur 127.0.0.1:PORT (0 : un port libre).")
	private Integer port;

	@Override
	public Integer call() throws InterruptedException {
		PrintWriter err = spec.commandLine().getErr();
		if (port != null && (port < 0 || port > 65535)) {
			err.println("casebook : port " + port + " invalide : 0 à 65535 attendu");
			err.flush();
			return CasebookCommand.USAGE;
		}
		if (stdio && port != null) {
			err.println("casebook : --stdio et --socket s'excluent : le serveur parle sur les flux standard ou sur un port, pas les deux");
			err.flush();
			return CasebookCommand.USAGE;
		}
		protocolLog(err);
		if (port != null) {
			try {
				LanguageServers.serveSocket(port, LspCommand::runCommandLine, err);
			} catch (IOException e) {
				err.println("casebook : port " + port + " indisponible : " + reason(e));
				err.flush();
				return CasebookCommand.USAGE;
			}
			return CasebookCommand.OK;
		}
		// the standard output carries the protocol: anything else printed goes to the error output
		InputStream in = new FileInputStream(FileDescriptor.in);
		OutputStream out = new FileOutputStream(FileDescriptor.out);
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
		LanguageServers.serveStreams(in, out, LspCommand::runCommandLine);
		return CasebookCommand.OK;
	}

	/** @return why a port cannot be listened on, in French */
	private static String reason(IOException e) {
		String message = String.valueOf(e.getMessage());
		if (e instanceof java.net.BindException && message.contains("in use")) {
			return "déjà utilisé par un autre programme (choisir un autre port, ou 0 pour un port libre)";
		}
		if (e instanceof java.net.BindException && message.contains("ermission")) {
			return "permission refusée (les ports au-dessous de 1024 sont réservés à l'administrateur)";
		}
		return org.casebook.model.text.Printable.of(message);
	}

	/**
	 * @param record a message of the protocol library
	 * @return its line on the error output: LSP4J quotes the input it could not read, escaped here so that a client's
	 *         bytes never command the terminal
	 */
	static String line(java.util.logging.LogRecord record) {
		String message = record.getMessage() == null ? "" : record.getMessage().lines().findFirst().orElse("");
		Throwable thrown = record.getThrown();
		if (thrown != null && thrown.getMessage() != null && !message.contains(thrown.getMessage().lines().findFirst().orElse(""))) {
			message += " (" + thrown.getMessage().lines().findFirst().orElse("") + ")";
		}
		String level = record.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue() ? "erreur" : "avertissement";
		String text = message.contains("Malformed") || message.contains("MalformedJson") || message.contains("JsonSyntax")
				? "message JSON-RPC illisible ignoré : " + message : message;
		return "casebook lsp : " + level + " : " + org.casebook.model.text.Printable.of(text);
	}

	/**
	 * Messages of the protocol library (a malformed message from the client, a failed request) become one line each on the
	 * error output, which editors show in their log, instead of a stack trace.
	 */
	private static void protocolLog(PrintWriter err) {
		java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
		for (java.util.logging.Handler handler : root.getHandlers()) {
			root.removeHandler(handler);
		}
		root.addHandler(new java.util.logging.Handler() {
			@Override
			public void publish(java.util.logging.LogRecord record) {
				if (!isLoggable(record)) {
					return;
				}
				String text = line(record);
				synchronized (err) {
					err.println(text);
					err.flush();
				}
			}

			@Override
			public void flush() {
				err.flush();
			}

			@Override
			public void close() {
				err.flush();
			}
		});
		root.setLevel(java.util.logging.Level.WARNING);
	}

	/**
	 * Runs a command of the command line in a separate process on the same Java and class path, so that its language
	 * services never mix with the server's.
	 */
	static CasebookRequests.CommandResult runCommandLine(List<String> args) {
		CasebookRequests.CommandResult result = new CasebookRequests.CommandResult();
		result.command = "casebook " + String.join(" ", args);
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-Xss4m");
		command.add("-XX:+UseSerialGC");
		if (Runtime.version().feature() >= 24) {
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(CasebookCommand.class.getName());
		command.addAll(args);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			result.exitCode = process.waitFor();
			result.output = output.replace("\r", "");
		} catch (IOException e) {
			result.exitCode = CasebookCommand.USAGE;
			result.output = "casebook : la commande n'a pas pu être lancée : " + e.getMessage();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			result.exitCode = CasebookCommand.USAGE;
			result.output = "casebook : commande interrompue";
		}
		return result;
	}
}
