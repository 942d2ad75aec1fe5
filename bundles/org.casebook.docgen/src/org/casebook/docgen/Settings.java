// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.casebook.dsl.load.InputFiles;
import org.casebook.model.text.EditDistance;
import org.casebook.model.text.FileErrors;
import org.casebook.model.text.Markup;
import org.casebook.model.text.Printable;

/**
 * The look of the documents, chosen by the teacher in a {@value #FILE_NAME} file beside the scenario: school, logo,
 * header and footer, colour, exam session and duration. Every key is optional.
 *
 * @param school name of the school
 * @param logo path of a PNG, JPEG or SVG logo inside the scenario folder, checked by {@link Logo}, or {@code null}
 * @param header text of the page header
 * @param footer text of the page footer
 * @param color main colour, {@code #RRGGBB}
 * @param session exam session, overriding the subject's
 * @param duration exam duration, overriding the subject's
 * @param coefficient coefficient of the épreuve, printed on page 1 of the sujet
 * @param material material allowed during the épreuve, printed on page 1 of the sujet
 */
public record Settings(String school, Path logo, String header, String footer, String color, String session, String duration,
		String coefficient, String material) {

	/** Settings without coefficient nor material allowed. */
	public Settings(String school, Path logo, String header, String footer, String color, String session, String duration) {
		this(school, logo, header, footer, color, session, duration, null, null);
	}

	/** Name of the settings file looked for beside the scenario. */
	public static final String FILE_NAME = "mise-en-page.properties";

	/** The keys of the file, in the order of the README. */
	private static final List<String> KEYS = List.of("etablissement", "logo", "entete", "pied", "couleur", "session", "duree",
			"coefficient", "materiel");

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

	/** Largest settings file read. */
	private static final long MAX_FILE_BYTES = 64 * 1024;

	/** @return the settings used when there is no file */
	public static Settings defaults() {
		return new Settings(null, null, null, null, "#1f4e79", null, null);
	}

	/**
	 * Reads the settings file of a scenario folder, when there is one.
	 *
	 * @param folder the folder of the scenario
	 * @return the settings
	 * @throws SettingsException with a French message locating the problem
	 */
	public static Settings load(Path folder) throws SettingsException {
		Path file = folder.resolve(FILE_NAME);
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return defaults();
		}
		String printed = Printable.path(file);
		Properties p = new Properties();
		Map<String, String> places;
		try {
			byte[] bytes = InputFiles.read(file, folder, MAX_FILE_BYTES, "fichier de mise en page");
			places = load(printed, utf8(printed, bytes), p);
		} catch (InputFiles.RefusedInput e) {
			throw new SettingsException(printed + ":1:1: fichier de mise en page illisible : " + e.getMessage());
		} catch (IOException | IllegalArgumentException e) {
			throw new SettingsException(printed + ":1:1: fichier de mise en page illisible (" + FileErrors.reason(e) + ")");
		}
		for (String key : p.stringPropertyNames()) {
			if (!KEYS.contains(key)) {
				List<String> close = KEYS.stream().filter(k -> EditDistance.ignoringCase(k, key) <= 2).toList();
				throw new SettingsException(places.get(key) + ": clé « " + Printable.of(key) + " » inconnue"
						+ (close.isEmpty() ? "" : " (vouliez-vous dire « " + close.get(0) + " » ?)") + " ; clés reconnues : "
						+ String.join(", ", KEYS));
			}
		}
		String color = p.getProperty("couleur", "#1f4e79").trim();
		if (!COLOR.matcher(color).matches()) {
			throw new SettingsException(places.get("couleur") + ": couleur « " + Printable.of(color)
					+ " » invalide : #RRGGBB attendu (par exemple #1f4e79)");
		}
		String where = places.get("logo");
		Path logo = null;
		String logoValue = p.getProperty("logo");
		if (logoValue != null && !logoValue.isBlank()) {
			String quoted = "logo « " + Printable.of(logoValue.trim()) + " »";
			try {
				logo = InputFiles.resolve(folder, logoValue.trim());
				Logo.check(logo, InputFiles.read(logo, folder, Logo.MAX_BYTES, "logo"));
			} catch (InputFiles.RefusedInput e) {
				if (e.getMessage().equals("fichier introuvable")) {
					throw new SettingsException(where + ": " + quoted + " introuvable (" + Printable.path(logo) + ")");
				}
				throw new SettingsException(where + ": " + quoted + " : " + e.getMessage());
			}
		}
		for (String key : List.of("etablissement", "entete", "pied", "session", "duree", "coefficient", "materiel")) {
			String v = value(p, key);
			if (v != null && Markup.firstForbidden(v) >= 0) {
				throw new SettingsException(places.get(key) + ": " + key + " : caractère interdit U+" + String.format("%04X", (int) v.charAt(Markup.firstForbidden(v)))
						+ " : les documents produits (XML) ne peuvent pas le contenir ; le retirer");
			}
		}
		return new Settings(value(p, "etablissement"), logo, value(p, "entete"), value(p, "pied"), color, value(p, "session"),
				value(p, "duree"), value(p, "coefficient"), value(p, "materiel"));
	}

	/**
	 * Reads the file logical line by logical line, so that each key keeps the place where it is written.
	 *
	 * @param file the file, as printed
	 * @param text its text
	 * @param properties receives the keys and values, the last of a key written twice as {@link Properties#load} would
	 * @return the {@code file:line:column} of each key, at its first character; a key written twice is placed where the
	 *         value read comes from, its last line
	 */
	/** The text of the file, refused with the line and column of its first byte that is not UTF-8. */
	private static String utf8(String file, byte[] bytes) throws SettingsException {
		java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
		java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
		java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
		if (result.isError()) {
			int line = 1;
			int column = 1;
			for (int i = 0; i < in.position(); i++) {
				if (bytes[i] == '\n') {
					line++;
					column = 1;
				} else if ((bytes[i] & 0xC0) != 0x80) {
					column++;
				}
			}
			throw new SettingsException(file + ":" + line + ":" + column + ": le fichier n'est pas en UTF-8 (enregistré en Windows-1252 ? "
					+ "l'enregistrer en UTF-8)");
		}
		return out.flip().toString();
	}

	private static Map<String, String> load(String file, String text, Properties properties) throws IOException, SettingsException {
		Map<String, String> places = new HashMap<>();
		String[] lines = text.split("\r\n|\r|\n", -1);
		for (int i = 0; i < lines.length; i++) {
			int start = i;
			String stripped = lines[start].stripLeading();
			if (stripped.isEmpty() || stripped.charAt(0) == '#' || stripped.charAt(0) == '!') {
				continue; // a comment does not go on at the next line, even after a backslash
			}
			StringBuilder logical = new StringBuilder(lines[i]);
			while (endsWithContinuation(lines[i]) && i + 1 < lines.length) {
				logical.append('\n').append(lines[++i]);
			}
			Properties one = new Properties();
			int column = lines[start].length() - stripped.length() + 1;
			try {
				one.load(new StringReader(logical.toString()));
			} catch (IllegalArgumentException e) {
				throw new SettingsException(file + ":" + (start + 1) + ":" + column
						+ ": séquence \\u mal formée : quatre chiffres hexadécimaux attendus (\\u00e9 pour « é »)");
			}
			for (String key : one.stringPropertyNames()) {
				places.put(key, file + ":" + (start + 1) + ":" + column);
			}
			properties.putAll(one);
		}
		return places;
	}

	private static boolean endsWithContinuation(String line) {
		int backslashes = 0;
		for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
			backslashes++;
		}
		return backslashes % 2 == 1;
	}

	private static String value(Properties p, String key) {
		String v = p.getProperty(key);
		return v == null || v.isBlank() ? null : v.trim();
	}

	/** A settings file that cannot be used. */
	public static final class SettingsException extends Exception {
		private static final long serialVersionUID = 1L;

		/** @param message the French message, starting with the file */
		public SettingsException(String message) {
			super(message);
		}
	}
}
