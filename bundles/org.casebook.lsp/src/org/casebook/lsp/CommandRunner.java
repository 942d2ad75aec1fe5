// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp;

import java.util.List;

/** Runs a command of the {@code casebook} command line for the requests that write files (documents, student package). */
public interface CommandRunner {

	/**
	 * @param args the arguments of {@code casebook}, the command first
	 * @return its exit code and what it printed
	 */
	CasebookRequests.CommandResult run(List<String> args);

	/** A runner for servers started without the command line: every command is refused with a message. */
	CommandRunner NONE = args -> {
		CasebookRequests.CommandResult result = new CasebookRequests.CommandResult();
		result.command = "casebook " + String.join(" ", args);
		result.exitCode = 2;
		result.output = "casebook : ce serveur a été lancé sans la ligne de commande : lancer « casebook lsp » pour produire des fichiers";
		return result;
	};
}
