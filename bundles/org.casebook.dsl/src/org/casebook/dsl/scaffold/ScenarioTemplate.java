// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.scaffold;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.casebook.dsl.parser.antlr.internal.InternalCasebookParser;

/**
 * The files of a new scenario, shared by Studio's new project wizard and {@code casebook nouveau}: an organisation with
 * its information system in {@code organisation.orga} and an exam subject for the chosen option in {@code sujet.orga},
 * both valid from the start and ready to be completed.
 */
public final class ScenarioTemplate {

	/** File of the organisation and its information system. */
	public static final String ORGANISATION_FILE = "organisation.orga";
	/** File of the exam subject. */
	public static final String SUBJECT_FILE = "sujet.orga";

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Set<String> WORDS = words();

	private ScenarioTemplate() {
	}

	/**
	 * @param text a candidate organisation identifier
	 * @return whether the language accepts it as a name without escaping: ASCII letters, digits and {@code _}, not
	 *         starting with a digit, and not a word of the language
	 */
	public static boolean isIdentifier(String text) {
		return text != null && IDENTIFIER.matcher(text).matches() && !WORDS.contains(text);
	}

	/**
	 * @param file the name of a file of an example folder
	 * @return whether a project started from the example copies it: the scenario files and the layout settings
	 */
	public static boolean isExampleFile(String file) {
		return file.endsWith(".orga") || file.endsWith(".properties");
	}

	/**
	 * @param project a project or folder name
	 * @return a package name made of its letters and digits, lower case and without accents
	 */
	public static String packageName(String project) {
		String name = ascii(project).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
		return name.isEmpty() || Character.isDigit(name.charAt(0)) || WORDS.contains(name) ? "contexte_" + name : name;
	}

	/**
	 * @param identifier an identifier
	 * @return whether it is a word of the language ({@code serveur}, {@code lien}…), which names nothing
	 */
	public static boolean isWordOfTheLanguage(String identifier) {
		return WORDS.contains(identifier);
	}

	/** The words of the language: the parser names each keyword's token by the keyword in quotes. */
	private static Set<String> words() {
		Set<String> found = new HashSet<>();
		for (String token : InternalCasebookParser.tokenNames) {
			if (token.length() > 2 && token.startsWith("'") && token.endsWith("'")) {
				found.add(token.substring(1, token.length() - 1));
			}
		}
		return Set.copyOf(found);
	}

	/**
	 * @param project a project or folder name
	 * @return an organisation identifier made from it: {@code médiathèque-2027} gives {@code Mediatheque_2027}
	 */
	public static String identifier(String project) {
		String name = ascii(project).replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
		if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
			name = "Organisation" + (name.isEmpty() ? "" : "_" + name);
		}
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private static String ascii(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	/**
	 * @param pkg the package of the scenario
	 * @param id the identifier of the organisation
	 * @param label its company name
	 * @param slam whether the subject is for the SLAM option (SISR otherwise)
	 * @return the files of the new scenario, by name, in the order to open them
	 */
	public static Map<String, String> files(String pkg, String id, String label, boolean slam) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put(ORGANISATION_FILE, organisation(pkg, id, label));
		files.put(SUBJECT_FILE, subject(pkg, id, label, slam));
		return files;
	}

	private static String quoted(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	/**
	 * @param pkg the package of the scenario
	 * @param id the identifier of the organisation
	 * @param label its company name
	 * @return {@code organisation.orga}: the organisation, one site, a direction with its head, an information system
	 *         with one VLAN
	 */
	public static String organisation(String pkg, String id, String label) {
		return """
				// %2$s : contexte de l'organisation cliente.
				paquetage %1$s

				organisation %3$s %4$s {
					secteur "À préciser"
					métier "À préciser : activité, clients, enjeux."
					effectif 10
					site Siege "Siège" { ville "À préciser" effectif 10 }
					entité Direction "Direction" {
						responsable Dirigeant
						personne Dirigeant "Prénom Nom" { fonction "Dirigeant" rôle direction }
					}
				}

				système_information SI pour %3$s {
					zone LAN { type lan }
					vlan Utilisateurs "Réseau des utilisateurs" { numéro 10 réseau 192.168.10.0/24 passerelle 192.168.10.254 zone LAN }
				}
				""".formatted(pkg, oneLine(label), id, quoted(label));
	}

	/**
	 * @param pkg the package of the scenario
	 * @param id the identifier of the organisation
	 * @param label its company name
	 * @param slam whether the subject is for the SLAM option (SISR otherwise)
	 * @return {@code sujet.orga}: an E7 subject (the written cas d'entreprise from session 2025) with one folder, one
	 *         mission, one réalisation with its score and answer
	 */
	public static String subject(String pkg, String id, String label, boolean slam) {
		return """
				// %2$s : cas d'entreprise.
				paquetage %1$s

				sujet Session "Cas %2$s" pour %3$s {
					session "À préciser"
					épreuve %4$s
					durée "4 heures"
					option %5$s
					présentation \"""
						Présentation du contexte aux candidats.
					\"""

					dossier D1 "Premier dossier" {
						mission M1 "Première mission" {
							type assistance
							demandeur Dirigeant
							compétences B1.2.1
							réalisation R1 "Première réalisation" {
								question "Énoncé de la question."
								points 5
								corrigé "Éléments de réponse attendus."
								critère "Critère d'évaluation"
							}
						}
					}
				}
				""".formatted(pkg, oneLine(label).replace("\\", "").replace("\"", "'"), id,
				"\"E7 – Cybersécurité des services informatiques\"",
				slam ? "slam" : "sisr");
	}

	/** A label on one line, for the comment at the top of a file. */
	private static String oneLine(String label) {
		return label.replaceAll("[\\p{Cntrl}\u2028\u2029]+", " ").strip();
	}
}
