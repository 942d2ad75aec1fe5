// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A two-file scenario of one package: the second file refers to the VLAN and the server declared in the first. */
final class Scenario {

	static final String RESEAU = """
			paquetage demo

			organisation Demo "Démo SARL" {
				secteur "Services"
			}

			système_information SI pour Demo {
				vlan V10 "Serveurs" { numéro 10 réseau 10.0.10.0/24 passerelle 10.0.10.254 }
				serveur S1 "Serveur de fichiers" { os linux "Debian" "12" libre adresse 10.0.10.5 vlan V10 }
			}
			""";

	static final String SERVEURS = """
			paquetage demo

			système_information SI2 pour Demo {
				serveur S2 "Serveur web" { os linux "Debian" "12" libre adresse 10.0.10.6 vlan V10 hôte S1 }
			}

			mission M1 pour Demo {
				compétences B1.1
			}
			""";

	private Scenario() {
	}

	/** Writes the two files into a folder. */
	static Path write(Path folder) throws IOException {
		Files.writeString(folder.resolve("reseau.orga"), RESEAU, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("serveurs.orga"), SERVEURS, StandardCharsets.UTF_8);
		return folder;
	}

	/** @return the line (from 0) of the first line of a text containing a fragment */
	static int line(String text, String fragment) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(fragment)) {
				return i;
			}
		}
		throw new IllegalArgumentException(fragment);
	}

	/** @return the column (from 0) of a fragment in the first line containing it */
	static int column(String text, String fragment) {
		return text.split("\n", -1)[line(text, fragment)].indexOf(fragment);
	}
}
