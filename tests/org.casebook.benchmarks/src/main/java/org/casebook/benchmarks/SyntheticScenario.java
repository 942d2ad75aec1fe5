// SPDX-License-Identifier: EPL-2.0
package org.casebook.benchmarks;

/**
 * Writes a valid scenario of about the requested number of model elements: an organisation with sites, entities and
 * people, and an information system with VLANs, servers, services, applications, groups and filtering rules.
 */
public final class SyntheticScenario {

	/** Model elements produced by one block of the generator: see {@link #block}. */
	static final int ELEMENTS_PER_BLOCK = 59;

	private SyntheticScenario() {
	}

	/**
	 * Writes a synthetic scenario to a file.
	 *
	 * @param args the number of elements and the file
	 * @throws java.io.IOException when the file cannot be written
	 */
	public static void main(String[] args) throws java.io.IOException {
		if (args.length != 2) {
			System.err.println("usage : SyntheticScenario ÉLÉMENTS FICHIER.orga");
			System.exit(2);
		}
		java.nio.file.Path file = java.nio.file.Path.of(args[1]);
		java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
		java.nio.file.Files.writeString(file, generate(Integer.parseInt(args[0])));
	}

	/**
	 * @param elements the number of model elements wanted
	 * @return the text of a valid scenario
	 */
	public static String generate(int elements) {
		int blocks = Math.max(1, elements / ELEMENTS_PER_BLOCK);
		StringBuilder org = new StringBuilder("paquetage synthese\n\norganisation Org \"Organisation synthétique\" {\n");
		StringBuilder si = new StringBuilder("système_information SI pour Org {\n");
		StringBuilder missions = new StringBuilder();
		org.append("\teffectif ").append(blocks * 10).append('\n');
		for (int b = 0; b < blocks; b++) {
			block(b, org, si);
			missions.append("mission M").append(b).append(" pour Org {\n\ttype projet\n\tcompétences B1.").append(b % 6 + 1)
					.append(", B2.").append(b % 3 + 1).append("\n\tréalisation R1 { points 2 compétences B1.").append((b + 1) % 6 + 1)
					.append(".1 }\n\tréalisation R2 { points 3 }\n}\n");
		}
		org.append("}\n\n");
		si.append("}\n\n");
		return org.append(si).append(missions).toString();
	}

	/** One site, one entity with 8 people, one VLAN with 10 servers, services, an application, a group and a rule; a mission is added beside. */
	private static void block(int b, StringBuilder org, StringBuilder si) {
		int second = b / 250;
		int third = b % 250;
		String net = "10." + second + "." + third;
		org.append("\tsite S").append(b).append(" \"Site ").append(b).append("\" { ville \"Ville ").append(b).append("\" }\n");
		org.append("\tentité E").append(b).append(" {\n\t\tsite S").append(b).append("\n\t\tresponsable P").append(b).append("_0\n");
		for (int p = 0; p < 8; p++) {
			org.append("\t\tpersonne P").append(b).append('_').append(p).append(" \"Personne ").append(p)
					.append("\" { fonction \"Agent\" rôle utilisateur").append(p > 0 ? " supérieur P" + b + "_0" : "")
					.append(" }\n");
		}
		org.append("\t}\n");
		si.append("\tzone Z").append(b).append(" { type lan }\n");
		si.append("\tvlan V").append(b).append(" { numéro ").append(b % 4000 + 1).append(" réseau ").append(net)
				.append(".0/24 passerelle ").append(net).append(".254 zone Z").append(b).append(" site S").append(b).append(" }\n");
		for (int s = 0; s < 10; s++) {
			String name = "SRV" + b + "_" + s;
			si.append("\tserveur ").append(name).append(" { os linux \"Debian\" \"12\" libre hébergement virtuel site S")
					.append(b).append(" adresse ").append(net).append('.').append(s + 1).append(" vlan V").append(b)
					.append(" }\n");
		}
		for (int s = 0; s < 10; s++) {
			si.append("\tservice SVC").append(b).append('_').append(s).append(" { type web sur SRV").append(b).append('_')
					.append(s).append(" utilisateurs internes exposition intranet authentifié groupes G").append(b)
					.append(" }\n");
		}
		si.append("\tapplication APP").append(b).append(" { exécution navigateur, serveur sur SRV").append(b)
				.append("_0 données_sur S").append(b).append(" en_production }\n");
		si.append("\tgroupe G").append(b).append(" { entités E").append(b).append(" membres P").append(b).append("_1, P")
				.append(b).append("_2 }\n");
		si.append("\tfiltrage F").append(b).append(" { de Z").append(b).append(" vers Z").append(b == 0 ? 0 : b - 1)
				.append(" flux \"HTTPS\" autoriser }\n");
		si.append("\thabilitation G").append(b).append(" sur SVC").append(b).append("_0 lecture\n");
	}
}
