// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.variants;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebook.dsl.variants.Variant;
import org.casebook.model.Dossier;
import org.casebook.model.ExamSubject;
import org.casebook.model.Mission;
import org.casebook.model.Model;
import org.casebook.model.Realisation;
import org.casebook.model.expression.ExpressionException;
import org.casebook.model.expression.Expressions;
import org.casebook.model.expression.ModelScope;
import org.casebook.model.expression.Value;
import org.eclipse.emf.ecore.EObject;

/**
 * The class answer key: one row per student, one column per expression {@code {{ … }}} of the réalisations' questions
 * and corrigés, in CSV and XLSX; and the manifest of what varied for each student.
 */
public final class AnswerKey {

	/**
	 * A computed answer.
	 *
	 * @param realisation the réalisation, {@code M1.R1}
	 * @param source the expression as written in the original scenario
	 */
	public record Column(String realisation, String source) {
		/** @return the heading of the column */
		public String heading() {
			return realisation + " : " + source;
		}
	}

	/**
	 * One student's row.
	 *
	 * @param line the line of the class list
	 * @param name the student
	 * @param folder the student's folder
	 * @param values one value per column, {@code null} when the expression could not be evaluated
	 * @param changes what varied
	 */
	public record Row(int line, String name, String folder, List<Value> values, List<Variant.Change> changes) {
	}

	private AnswerKey() {
	}

	/**
	 * @param models a scenario
	 * @return its réalisations that hold expressions, with the text of each, in the order of the scenario
	 */
	static List<Realisation> realisations(List<Model> models) {
		List<Realisation> result = new ArrayList<>();
		for (Model m : models) {
			for (EObject e : m.getElements()) {
				if (e instanceof ExamSubject s) {
					for (Dossier d : s.getDossiers()) {
						for (Mission mission : d.getMissions()) {
							result.addAll(mission.getRealisations());
						}
					}
				} else if (e instanceof Mission mission) {
					result.addAll(mission.getRealisations());
				}
			}
		}
		return result;
	}

	private static String label(Realisation r) {
		return r.eContainer() instanceof Mission m ? m.getName() + "." + r.getName() : r.getName();
	}

	/**
	 * @param models a scenario
	 * @return its computed answers, in the order of the scenario: questions then corrigés of each réalisation
	 */
	public static List<Column> columns(List<Model> models) {
		List<Column> result = new ArrayList<>();
		for (Realisation r : realisations(models)) {
			for (String text : new String[] { r.getQuestion(), r.getAnswer() }) {
				for (Expressions.Occurrence o : Expressions.find(text)) {
					result.add(new Column(label(r), o.source().strip()));
				}
			}
		}
		return result;
	}

	/**
	 * @param models a scenario (a variant)
	 * @return the value of each of its computed answers, in the order of {@link #columns}
	 */
	public static List<Value> values(List<Model> models) {
		ModelScope scope = new ModelScope(models);
		List<Value> result = new ArrayList<>();
		for (Realisation r : realisations(models)) {
			for (String text : new String[] { r.getQuestion(), r.getAnswer() }) {
				for (Expressions.Occurrence o : Expressions.find(text)) {
					try {
						result.add(Expressions.evaluate(o, scope));
					} catch (ExpressionException e) {
						result.add(null);
					}
				}
			}
		}
		return result;
	}

	/**
	 * @param columns the computed answers
	 * @param rows the students
	 * @param out where the CSV goes: UTF-8 with a byte order mark, separated by {@code ;}, as spreadsheets open it
	 * @throws IOException when it cannot be written
	 */
	public static void csv(List<Column> columns, List<Row> rows, OutputStream out) throws IOException {
		StringBuilder b = new StringBuilder("\uFEFF");
		List<String> head = new ArrayList<>(List.of("ligne", "élève", "dossier"));
		columns.forEach(c -> head.add(c.heading()));
		line(b, head);
		for (Row row : rows) {
			List<String> cells = new ArrayList<>(List.of(Integer.toString(row.line()), row.name(), row.folder()));
			row.values().forEach(v -> cells.add(v == null ? "" : v.plain()));
			line(b, cells);
		}
		out.write(b.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @param rows the students
	 * @param out where the manifest goes: one line per student and part that varied, CSV as {@link #csv}
	 * @throws IOException when it cannot be written
	 */
	public static void manifest(List<Row> rows, OutputStream out) throws IOException {
		StringBuilder b = new StringBuilder("\uFEFF");
		line(b, List.of("ligne", "élève", "dossier", "partie", "origine", "valeur"));
		for (Row row : rows) {
			for (Variant.Change c : row.changes()) {
				line(b, List.of(Integer.toString(row.line()), row.name(), row.folder(), c.what(), c.original(), c.value()));
			}
		}
		out.write(b.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static void line(StringBuilder b, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				b.append(';');
			}
			String c = cells.get(i).replace("\r", " ").replace("\n", " ");
			if (!c.isEmpty() && "=+-@\t".indexOf(c.charAt(0)) >= 0 && !c.matches("-?\\d+([.,]\\d+)?")) {
				// a spreadsheet would run a cell starting with a formula sign (a student named « =HYPERLINK(…) »), quoted
				// or not: an apostrophe makes it text
				c = "'" + c;
			}
			if (c.contains(";") || c.contains("\"")) {
				c = "\"" + c.replace("\"", "\"\"") + "\"";
			}
			b.append(c);
		}
		b.append("\r\n");
	}

	/**
	 * @param columns the computed answers
	 * @param rows the students
	 * @param out where the workbook goes: sheets « Corrigé » (the answers) and « Variantes » (what varied)
	 * @throws IOException when it cannot be written
	 */
	public static void xlsx(List<Column> columns, List<Row> rows, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setWrapText(true);
			Sheet answers = workbook.createSheet("Corrigé");
			org.apache.poi.ss.usermodel.Row head = answers.createRow(0);
			List<String> headings = new ArrayList<>(List.of("Ligne", "Élève", "Dossier"));
			columns.forEach(c -> headings.add(c.heading()));
			for (int i = 0; i < headings.size(); i++) {
				head.createCell(i).setCellValue(headings.get(i));
				head.getCell(i).setCellStyle(bold);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = rows.get(r);
				org.apache.poi.ss.usermodel.Row x = answers.createRow(r + 1);
				x.createCell(0).setCellValue(row.line());
				x.createCell(1).setCellValue(row.name());
				x.createCell(2).setCellValue(row.folder());
				for (int c = 0; c < row.values().size(); c++) {
					Value v = row.values().get(c);
					if (v == null) {
						x.createCell(3 + c).setCellValue("");
					} else if (v.type() == Value.Type.NOMBRE) {
						x.createCell(3 + c).setCellValue(v.number());
					} else {
						x.createCell(3 + c).setCellValue(v.plain());
					}
				}
			}
			answers.createFreezePane(3, 1);
			for (int i = 0; i < headings.size(); i++) {
				answers.setColumnWidth(i, Math.min(60, Math.max(10, headings.get(i).length() + 2)) * 256);
			}
			Sheet varied = workbook.createSheet("Variantes");
			Set<String> parts = new LinkedHashSet<>();
			rows.forEach(r -> r.changes().forEach(c -> parts.add(c.what())));
			List<String> partList = List.copyOf(parts);
			org.apache.poi.ss.usermodel.Row vh = varied.createRow(0);
			List<String> vHeadings = new ArrayList<>(List.of("Ligne", "Élève"));
			vHeadings.addAll(partList);
			for (int i = 0; i < vHeadings.size(); i++) {
				vh.createCell(i).setCellValue(vHeadings.get(i));
				vh.getCell(i).setCellStyle(bold);
				varied.setColumnWidth(i, Math.min(50, Math.max(10, vHeadings.get(i).length() + 2)) * 256);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = rows.get(r);
				org.apache.poi.ss.usermodel.Row x = varied.createRow(r + 1);
				x.createCell(0).setCellValue(row.line());
				x.createCell(1).setCellValue(row.name());
				for (Variant.Change c : row.changes()) {
					x.createCell(2 + partList.indexOf(c.what())).setCellValue(c.value());
				}
			}
			workbook.getProperties().getCoreProperties().setCreator("");
			workbook.write(out);
		}
	}
}
