// SPDX-License-Identifier: EPL-2.0
package org.casebook.cli;

import picocli.CommandLine.Option;

/** The {@code -h, --help} option shared by every command, described in French. */
final class HelpOption {

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Affiche cette aide.")
	boolean help;
}
