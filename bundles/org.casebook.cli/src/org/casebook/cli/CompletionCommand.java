// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.casebook.docgen.AtomicFiles;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code casebook completion}: the completion of commands, options and values for bash and zsh, printed or installed
 * where the shell finds it.
 */
@Command(name = "completion", sortOptions = false, header = "Complétion des commandes et des options pour bash et zsh.",
		description = { "Affiche le script de complétion de casebook pour bash ou zsh (la touche Tab complète alors les commandes, "
				+ "les options et leurs valeurs), ou l'installe avec --installer : pour bash dans "
				+ "~/.local/share/bash-completion/completions/casebook (chargé par le paquet bash-completion), pour zsh dans "
				+ "~/.local/share/casebook/completion.zsh, lu par une ligne ajoutée une fois à ~/.zshrc." },
		footer = { "", "Exemples : casebook completion bash --installer ; source <(casebook completion bash) pour la session en cours.", "",
				"Codes de sortie : 0 script affiché ou installé, 2 shell inconnu ou fichier non inscriptible." })
public final class CompletionCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@picocli.CommandLine.Mixin
	private HelpOption help;

	@Parameters(index = "0", arity = "0..1", paramLabel = "bash|zsh", description = "Shell (défaut : celui de la variable SHELL).")
	private String shell;

	@Option(names = "--installer", description = "Installe le script pour l'utilisateur au lieu de l'afficher.")
	private boolean install;

	@Option(names = "--home", hidden = true, paramLabel = "DOSSIER", description = "Dossier personnel où installer (tests).")
	private Path home;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		String chosen = shell != null ? shell.toLowerCase(Locale.ROOT) : defaultShell();
		if (!chosen.equals("bash") && !chosen.equals("zsh")) {
			err.println("casebook : shell " + ParserMessages.quote(shell != null ? shell : chosen) + " non pris en charge : bash ou zsh attendu");
			err.flush();
			return CasebookCommand.USAGE;
		}
		String script = script(spec.root().commandLine());
		if (!install) {
			out.print(script);
			out.flush();
			return CasebookCommand.OK;
		}
		// the shell's idea of the home folder, $HOME, before Java's
		String shellHome = System.getenv("HOME");
		Path userHome = home != null ? home : Path.of(shellHome != null && !shellHome.isBlank() ? shellHome : System.getProperty("user.home"));
		String xdg = home != null ? null : System.getenv("XDG_DATA_HOME");
		Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
		try {
			if (chosen.equals("bash")) {
				Path file = data.resolve("bash-completion/completions/casebook");
				write(file, script);
				err.println("casebook : complétion installée dans " + shown(file, userHome)
						+ " (chargée par bash-completion dans les nouveaux terminaux)");
			} else {
				Path file = data.resolve("casebook/completion.zsh");
				Path zshrc = userHome.resolve(".zshrc");
				// checked before the script is written: a refused ~/.zshrc leaves no script behind
				AtomicFiles.checkFile(zshrc);
				write(file, script);
				String line = "source " + quoteForShell(file.toString()) + "  # complétion de casebook";
				String existing = Files.exists(zshrc) ? Files.readString(zshrc, StandardCharsets.UTF_8) : "";
				if (!existing.contains(line)) {
					String text = existing + (existing.isEmpty() || existing.endsWith("\n") ? "" : "\n") + line + "\n";
					write(zshrc, text);
					err.println("casebook : complétion installée dans " + shown(file, userHome) + ", lue depuis " + shown(zshrc, userHome)
							+ " (nouveaux terminaux)");
				} else {
					err.println("casebook : complétion mise à jour dans " + shown(file, userHome) + " (déjà lue depuis " + shown(zshrc, userHome) + ")");
				}
			}
		} catch (IOException e) {
			err.println("casebook : installation impossible : " + e.getMessage());
			err.flush();
			return CasebookCommand.USAGE;
		}
		err.flush();
		return CasebookCommand.OK;
	}

	/**
	 * @param root the {@code casebook} command line
	 * @return the completion script, for bash and for zsh (through its bash compatibility)
	 */
	static String script(picocli.CommandLine root) {
		picocli.CommandLine copy = CasebookCommand.commandLine();
		addValues(copy);
		return AutoComplete.bash("casebook", copy);
	}

	/**
	 * Gives the options whose label lists their values ({@code sisr|slam}) those values to complete, and
	 * {@code --exemple} the names of the examples; done on a copy of the command line, the help keeps its order.
	 */
	private static void addValues(picocli.CommandLine cli) {
		CommandSpec spec = cli.getCommandSpec();
		for (picocli.CommandLine.Model.OptionSpec option : List.copyOf(spec.options())) {
			List<String> values = null;
			if (option.paramLabel().matches("[a-z]+(\\|[a-z]+)+")) {
				values = List.of(option.paramLabel().split("\\|"));
			} else if (option.longestName().equals("--exemple")) {
				values = examples();
			}
			if (values != null && !values.isEmpty()) {
				spec.remove(option);
				spec.addOption(option.toBuilder().completionCandidates(values).build());
			}
		}
		cli.getSubcommands().values().forEach(CompletionCommand::addValues);
	}

	private static List<String> examples() {
		Path folder = NewCommand.examplesFolder();
		if (folder == null || !Files.isDirectory(folder)) {
			return List.of();
		}
		try (java.util.stream.Stream<Path> list = Files.list(folder)) {
			return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	/** @return the path as a shell user reads it, {@code ~/…} inside the home folder */
	private static String shown(Path file, Path userHome) {
		return file.startsWith(userHome) ? "~/" + userHome.relativize(file) : file.toString();
	}

	private static String defaultShell() {
		String shell = System.getenv("SHELL");
		return shell != null && shell.endsWith("zsh") ? "zsh" : "bash";
	}

	private static void write(Path file, String text) throws IOException {
		AtomicFiles.write(file, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static String quoteForShell(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}
}
