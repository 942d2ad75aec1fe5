// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.variants;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.casebook.model.text.Printable;

/**
 * The students of a class, read from a spreadsheet export: CSV separated by {@code ;} or {@code ,}, in UTF-8 (with or
 * without a byte order mark) or Windows-1252, with an optional header line.
 *
 * @param file the file read
 * @param encoding the encoding found: {@code UTF-8} or {@code windows-1252}
 * @param delimiter the delimiter found
 * @param header the header fields, empty when the first line is a student
 * @param students the students, in the order of the file
 */
public record ClassList(Path file, String encoding, char delimiter, List<String> header, List<Student> students) {

	/** Largest class list read. */
	public static final long MAX_BYTES = 1024 * 1024;
	/** Most students in a list. */
	public static final int MAX_STUDENTS = 1000;

	private static final List<String> HEADER_WORDS = List.of("nom", "prenom", "eleve", "etudiant", "identifiant", "classe", "courriel",
			"email", "mail", "login", "groupe", "numero", "name");

	/**
	 * One student.
	 *
	 * @param line the line of the file (1 for the first line)
	 * @param raw the line as written, which with the seed decides the variant
	 * @param fields its fields
	 * @param name the name shown in the answer key: first name and name when the header names them, else the first two
	 *        fields
	 */
	public record Student(int line, String raw, List<String> fields, String name) {

		/**
		 * @param rank the student's rank in the class, from 1
		 * @param width digits of the largest rank
		 * @return a folder name: the rank and the name without accents nor spaces, {@code 01-dupont-marie}
		 */
		public String folder(int rank, int width) {
			String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
					.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
			if (plain.length() > 40) {
				plain = plain.substring(0, 40).replaceAll("-+$", "");
			}
			String number = String.format(Locale.ROOT, "%0" + width + "d", rank);
			return plain.isEmpty() ? number : number + "-" + plain;
		}
	}

	/** A class list that cannot be read, with the place of the fault. */
	public static final class ClassListException extends IOException {
		private static final long serialVersionUID = 1L;

		ClassListException(Path file, int line, int column, String message) {
			super(Printable.path(file) + ":" + line + ":" + column + ": " + message);
		}

		ClassListException(Path file, String message) {
			super(Printable.path(file) + " : " + message);
		}
	}

	/**
	 * @param file a CSV file
	 * @return its students
	 * @throws IOException when it cannot be read or is malformed, with the line (and column) of the fault
	 */
	public static ClassList read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new ClassListException(file, Files.exists(file) ? "ce n'est pas un fichier ordinaire" : "fichier introuvable");
		}
		if (Files.size(file) > MAX_BYTES) {
			throw new ClassListException(file, "fichier de plus de 1 Mo : ce n'est pas une liste de classe");
		}
		byte[] bytes = Files.readAllBytes(file);
		String encoding;
		String text;
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
			encoding = "UTF-8";
		} catch (CharacterCodingException e) {
			refuseMixedEncodings(file, bytes, start);
			Charset cp1252 = Charset.forName("windows-1252");
			text = new String(bytes, cp1252);
			encoding = "windows-1252";
		}
		List<List<String>> rows = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		List<String> raws = new ArrayList<>();
		char delimiter = delimiter(text);
		parse(file, text, delimiter, rows, lines, raws);
		if (rows.isEmpty()) {
			throw new ClassListException(file, "aucun élève : le fichier est vide");
		}
		List<String> header = List.of();
		int first = 0;
		if (isHeader(rows.get(0))) {
			header = rows.get(0);
			first = 1;
		}
		int expected = rows.get(0).size();
		List<Student> students = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		int nameIndex = index(header, "nom");
		int firstNameIndex = index(header, "prenom");
		for (int i = first; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			int line = lines.get(i);
			if (row.size() != expected) {
				throw new ClassListException(file, line, 1, row.size() + " champ(s) au lieu de " + expected + " (séparateur « " + delimiter
						+ " ») : vérifier les guillemets et les séparateurs de cette ligne");
			}
			String name;
			if (nameIndex >= 0 && firstNameIndex >= 0) {
				name = (row.get(firstNameIndex).strip() + " " + row.get(nameIndex).strip()).strip();
			} else if (nameIndex >= 0) {
				name = row.get(nameIndex).strip();
			} else {
				name = String.join(" ", row.subList(0, Math.min(2, row.size())).stream().map(String::strip).toList()).strip();
			}
			if (name.isEmpty()) {
				throw new ClassListException(file, line, 1, "élève sans nom");
			}
			String key = raws.get(i).strip().toLowerCase(Locale.ROOT);
			Integer earlier = seen.putIfAbsent(key, line);
			if (earlier != null) {
				throw new ClassListException(file, line, 1, "même élève que ligne " + earlier + " (« " + Printable.of(name) + " »)");
			}
			students.add(new Student(line, raws.get(i), List.copyOf(row), name));
			if (students.size() > MAX_STUDENTS) {
				throw new ClassListException(file, line, 1, "plus de " + MAX_STUDENTS + " élèves");
			}
		}
		if (students.isEmpty()) {
			throw new ClassListException(file, "aucun élève après la ligne d'en-tête");
		}
		return new ClassList(file, encoding, delimiter, header, List.copyOf(students));
	}

	/**
	 * Refuses a file that is UTF-8 in places and not elsewhere (a header typed in one editor, names pasted from a
	 * Windows-1252 export): read as Windows-1252, its UTF-8 accents would become two letters each and a header « Prénom »
	 * would no longer be recognised.
	 */
	private static void refuseMixedEncodings(Path file, byte[] bytes, int start) throws ClassListException {
		int firstUtf8 = -1;
		int firstInvalid = -1;
		for (int i = start; i < bytes.length && (firstUtf8 < 0 || firstInvalid < 0);) {
			int b = bytes[i] & 0xFF;
			int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
			boolean valid = length > 0 && i + length <= bytes.length;
			for (int k = 1; valid && k < length; k++) {
				valid = (bytes[i + k] & 0xC0) == 0x80;
			}
			if (!valid) {
				if (firstInvalid < 0) {
					firstInvalid = i;
				}
				i++;
			} else {
				if (length > 1 && firstUtf8 < 0) {
					firstUtf8 = i;
				}
				i += length;
			}
		}
		if (firstUtf8 < 0 || firstInvalid < 0) {
			return;
		}
		int lineStart = firstInvalid;
		while (lineStart > start && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r') {
			lineStart--;
		}
		int column = 1;
		for (int i = lineStart; i < firstInvalid; i++) {
			if ((bytes[i] & 0xC0) != 0x80) { // a character of the valid UTF-8 before it, counted once
				column++;
			}
		}
		throw new ClassListException(file, line(bytes, start, firstInvalid), column, String.format(Locale.ROOT,
				"octet 0x%02X hors UTF-8, alors que la ligne %d est en UTF-8 : le fichier mélange deux encodages ; l'enregistrer en entier en UTF-8 (CSV UTF-8 dans le tableur)",
				bytes[firstInvalid] & 0xFF, line(bytes, start, firstUtf8)));
	}

	/** @return the line, from 1, of a byte: line ends are LF, CR LF or a lone CR, as {@link #parse} reads them */
	private static int line(byte[] bytes, int start, int at) {
		int line = 1;
		for (int i = start; i < at; i++) {
			if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
				line++;
			}
		}
		return line;
	}

	private static int index(List<String> header, String word) {
		for (int i = 0; i < header.size(); i++) {
			if (key(header.get(i)).equals(word)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isHeader(List<String> row) {
		for (String field : row) {
			String k = key(field);
			for (String word : HEADER_WORDS) {
				if (k.equals(word) || k.startsWith(word + " ") || k.startsWith(word + "_")) {
					return true;
				}
			}
		}
		return false;
	}

	private static String key(String field) {
		return Normalizer.normalize(field.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	/** The delimiter of the first line that is not empty: {@code ;} when it holds one outside quotes, else {@code ,}. */
	private static char delimiter(String text) {
		boolean quoted = false;
		int semicolons = 0;
		int commas = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && (c == '\n' || c == '\r')) {
				if (semicolons + commas > 0) {
					break;
				}
			} else if (!quoted && c == ';') {
				semicolons++;
			} else if (!quoted && c == ',') {
				commas++;
			}
		}
		return semicolons > 0 || commas == 0 ? ';' : ',';
	}

	private static void parse(Path file, String text, char delimiter, List<List<String>> rows, List<Integer> lines, List<String> raws)
			throws ClassListException {
		int line = 1;
		int i = 0;
		int n = text.length();
		while (i < n) {
			int rowLine = line;
			int rowStart = i;
			List<String> row = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean inQuotes = false;
			boolean wasQuoted = false;
			int column = 1;
			int quoteColumn = 0;
			while (i < n) {
				char c = text.charAt(i);
				if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
					throw new ClassListException(file, line, column, "caractère de contrôle " + Printable.of(String.valueOf(c)) + " : ce n'est pas un fichier CSV");
				}
				if (inQuotes) {
					if (c == '"') {
						if (i + 1 < n && text.charAt(i + 1) == '"') {
							field.append('"');
							i += 2;
							column += 2;
							continue;
						}
						inQuotes = false;
						i++;
						column++;
						continue;
					}
					if (c == '\n' || c == '\r') {
						throw new ClassListException(file, rowLine, quoteColumn, "guillemet ouvert et jamais fermé sur la ligne");
					}
					field.append(c);
					i++;
					column++;
					continue;
				}
				if (c == '"') {
					if (field.toString().isBlank() && !wasQuoted) {
						inQuotes = true;
						wasQuoted = true;
						field.setLength(0);
						quoteColumn = column;
						i++;
						column++;
						continue;
					}
					throw new ClassListException(file, line, column, "guillemet au milieu d'un champ : entourer le champ de guillemets et doubler celui-ci");
				}
				if (c == delimiter) {
					row.add(field.toString());
					field.setLength(0);
					wasQuoted = false;
					i++;
					column++;
					continue;
				}
				if (c == '\n' || c == '\r') {
					break;
				}
				if (wasQuoted && !Character.isWhitespace(c)) {
					throw new ClassListException(file, line, column, "texte après le guillemet fermant d'un champ");
				}
				field.append(c);
				i++;
				column++;
			}
			if (inQuotes) {
				throw new ClassListException(file, rowLine, quoteColumn, "guillemet ouvert et jamais fermé sur la ligne");
			}
			row.add(field.toString());
			String raw = text.substring(rowStart, i);
			if (i < n && text.charAt(i) == '\r') {
				i++;
			}
			if (i < n && text.charAt(i) == '\n') {
				i++;
			}
			line++;
			boolean empty = row.stream().allMatch(String::isBlank);
			if (!empty) {
				rows.add(row);
				lines.add(rowLine);
				raws.add(raw);
			}
		}
	}
}
