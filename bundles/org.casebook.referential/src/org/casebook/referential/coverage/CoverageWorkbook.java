// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.coverage;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebook.referential.Referential;
import org.casebook.referential.Referential.Competency;
import org.casebook.referential.Referential.Option;
import org.casebook.referential.coverage.CoverageReport.MissionColumn;
import org.casebook.referential.coverage.CoverageReport.RealisationRow;

/** Writes the competency coverage as an Excel workbook: the matrix and the Bloc 1 épreuve's tableau de synthèse. */
public final class CoverageWorkbook {

	/** Name of the sheet holding the matrix. */
	public static final String MATRIX_SHEET = "Matrice";
	/** Name of the sheet holding the synthesis table. */
	public static final String SYNTHESIS_SHEET = "Tableau de synthèse";

	private CoverageWorkbook() {
	}

	/**
	 * @param report a coverage report
	 * @param out where the {@code .xlsx} bytes go; not closed
	 * @throws IOException when writing fails
	 */
	public static void write(CoverageReport report, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.getProperties().getCoreProperties().setCreator("");
			workbook.getProperties().getCoreProperties().setTitle("Couverture des compétences");
			Styles styles = new Styles(workbook);
			matrix(workbook.createSheet(MATRIX_SHEET), report, styles);
			synthesis(workbook.createSheet(SYNTHESIS_SHEET), report, styles);
			workbook.write(out);
		}
	}

	private static void matrix(Sheet sheet, CoverageReport report, Styles styles) {
		Row title = sheet.createRow(0);
		title.createCell(0).setCellValue("Couverture des compétences – " + CoverageReports.option(report));
		title.getCell(0).setCellStyle(styles.title);
		Row header = sheet.createRow(2);
		cell(header, 0, "Code", styles.header);
		cell(header, 1, "Compétence", styles.header);
		int headerLines = 1;
		for (int j = 0; j < report.missions().size(); j++) {
			MissionColumn m = report.missions().get(j);
			String heading = CoverageReports.name(m.name(), m.label());
			cell(header, 2 + j, heading, styles.header);
			sheet.setColumnWidth(2 + j, 18 * 256);
			headerLines = Math.max(headerLines, lines(heading, 16));
		}
		header.setHeightInPoints(LINE * headerLines + 2);
		for (int i = 0; i < report.competencies().size(); i++) {
			Competency c = report.competencies().get(i);
			Row row = sheet.createRow(3 + i);
			cell(row, 0, c.code(), styles.text);
			cell(row, 1, c.label(), styles.text);
			row.setHeightInPoints(LINE * lines(c.label(), 66) + 2);
			for (int j = 0; j < report.missions().size(); j++) {
				cell(row, 2 + j, report.covered()[i][j] ? "X" : "", report.covered()[i][j] ? styles.mark : styles.text);
			}
		}
		int last = 3 + report.competencies().size() + 1;
		Row gaps = sheet.createRow(last);
		gaps.createCell(0).setCellValue("Non couvertes");
		gaps.createCell(1).setCellValue(report.gaps().isEmpty() ? "aucune"
				: String.join(", ", report.gaps().stream().map(Competency::code).toList()));
		sheet.setColumnWidth(0, 10 * 256);
		sheet.setColumnWidth(1, 60 * 256);
		sheet.createFreezePane(2, 3);
		printable(sheet, "3:3");
	}

	/** The three groups of rows of the official table; the réalisations of the scenario fill the first. */
	static final List<String> GROUPS = List.of("Réalisations en cours de formation",
			"Réalisations en milieu professionnel en première année", "Réalisations en milieu professionnel en seconde année");

	/** Empty rows left to the candidate in each group of réalisations in a professional setting. */
	private static final int BLANK_ROWS = 4;

	/**
	 * The tableau de synthèse of the Bloc 1 épreuve (E4 of the 2019 numbering, E5 from session 2025) as the national
	 * model lays it out: header to fill in, one row per réalisation with its documents and period, one column per Bloc 1
	 * competency headed by its sub-competencies, ticked with X, in three groups of rows.
	 */
	private static void synthesis(Sheet sheet, CoverageReport report, Styles styles) {
		Referential referential = Referential.get();
		String edition = Referential.editionOfSession(report.session());
		String exam = referential.examOfBlock(edition, "B1").map(e -> "Épreuve " + e.code() + " – " + e.title()).orElse("Épreuve du bloc 1");
		int columns = 2 + CoverageReport.BLOC1.size();
		Row top = sheet.createRow(0);
		cell(top, 0, "BTS SERVICES INFORMATIQUES AUX ORGANISATIONS", styles.title);
		cell(top, columns - 2, "SESSION " + (report.session() == null ? "" : report.session().replaceFirst("(?i)^session\\s*", "")), styles.title);
		cell(sheet.createRow(1), 0, exam, styles.bold);
		cell(sheet.createRow(2), 0, TITLE, styles.bold);
		String option = report.option() == null || report.option() == Option.COMMUNE ? "SISR ou SLAM (rayer la mention inutile)"
				: report.option().word().toUpperCase(java.util.Locale.ROOT);
		field(sheet, 4, "Nom et prénom du candidat :", "", "N° candidat :", "", styles);
		field(sheet, 5, "Centre de formation :", "", "Option :", option, styles);
		field(sheet, 6, "Adresse URL du portfolio :", "", null, null, styles);

		Row header = sheet.createRow(8);
		cell(header, 0, "Intitulé de la réalisation professionnelle et liste des documents et productions associés", styles.header);
		cell(header, 1, "Période de réalisation (JJ/MM/AA au JJ/MM/AA)", styles.header);
		Row subHeader = sheet.createRow(9);
		cell(subHeader, 0, "", styles.header);
		cell(subHeader, 1, "", styles.header);
		sheet.addMergedRegion(new CellRangeAddress(8, 9, 0, 0));
		sheet.addMergedRegion(new CellRangeAddress(8, 9, 1, 1));
		int headerLines = 1, subLines = 1;
		for (int i = 0; i < CoverageReport.BLOC1.size(); i++) {
			String code = CoverageReport.BLOC1.get(i);
			String label = referential.competencies().stream().filter(c -> c.code().equals(code)).map(Competency::label).findFirst().orElse("");
			String heading = code + " " + label;
			cell(header, 2 + i, heading, styles.header);
			headerLines = Math.max(headerLines, lines(heading, 15));
			List<String> subs = referential.competencies().stream().filter(c -> code.equals(c.parent()))
					.map(c -> c.code() + " " + c.label()).toList();
			String text = String.join("\n", subs);
			cell(subHeader, 2 + i, text, styles.small);
			subLines = Math.max(subLines, subs.stream().mapToInt(t -> lines(t, 30)).sum());
			sheet.setColumnWidth(2 + i, 20 * 256);
		}
		header.setHeightInPoints(LINE * headerLines + 4);
		subHeader.setHeightInPoints(SMALL_LINE * subLines + 4);

		int r = 10;
		for (int g = 0; g < GROUPS.size(); g++) {
			Row group = sheet.createRow(r);
			for (int c = 0; c < columns; c++) {
				cell(group, c, c == 0 ? GROUPS.get(g) : "", styles.group);
			}
			sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
			r++;
			if (g == 0) {
				for (RealisationRow row : report.realisations()) {
					Row line = sheet.createRow(r++);
					String title = "Mission " + CoverageReports.name(row.mission(), row.missionLabel()) + " : "
							+ CoverageReports.name(row.name(), row.label());
					String text = row.documents().isEmpty() ? title : title + "\nDocuments et productions : " + String.join(" ; ", row.documents());
					cell(line, 0, text, styles.text);
					cell(line, 1, "../../.. au ../../..", styles.text);
					line.setHeightInPoints(LINE * (lines(title, 55) + (row.documents().isEmpty() ? 0 : lines(text.substring(title.length()), 55))) + 2);
					for (int i = 0; i < row.bloc1().length; i++) {
						cell(line, 2 + i, row.bloc1()[i] ? "X" : "", row.bloc1()[i] ? styles.mark : styles.text);
					}
				}
			} else {
				for (int k = 0; k < BLANK_ROWS; k++) {
					Row line = sheet.createRow(r++);
					for (int c = 0; c < columns; c++) {
						cell(line, c, "", styles.text);
					}
					line.setHeightInPoints(LINE * 2 + 2);
				}
			}
		}
		Row total = sheet.createRow(r + 1);
		cell(total, 0, "Compétence mobilisée au moins une fois par les réalisations en cours de formation", styles.header);
		cell(total, 1, "", styles.header);
		for (int i = 0; i < CoverageReport.BLOC1.size(); i++) {
			cell(total, 2 + i, report.bloc1Covered(i) ? "oui" : "non", report.bloc1Covered(i) ? styles.mark : styles.missing);
		}
		total.setHeightInPoints(LINE * 2 + 2);
		sheet.setColumnWidth(0, 55 * 256);
		sheet.setColumnWidth(1, 16 * 256);
		sheet.createFreezePane(0, 10);
		printable(sheet, "9:10");
	}

	/** A line of the header: a label and a bordered cell to fill in, twice when {@code secondLabel} is given. */
	private static void field(Sheet sheet, int index, String label, String value, String secondLabel, String secondValue, Styles styles) {
		Row row = sheet.createRow(index);
		cell(row, 0, label, styles.bold);
		cell(row, 1, value, styles.text);
		cell(row, 2, "", styles.text);
		cell(row, 3, "", styles.text);
		sheet.addMergedRegion(new CellRangeAddress(index, index, 1, 3));
		if (secondLabel != null) {
			cell(row, 4, secondLabel, styles.bold);
			cell(row, 5, secondValue, styles.text);
			cell(row, 6, "", styles.text);
			cell(row, 7, "", styles.text);
			sheet.addMergedRegion(new CellRangeAddress(index, index, 5, 7));
		}
		row.setHeightInPoints(LINE + 6);
	}

	/** Title of the synthesis table, as the national model names it. */
	public static final String TITLE = "Tableau de synthèse des réalisations professionnelles";

	/** Height of a line of text, in points. */
	private static final float LINE = 13f;
	/** Height of a line of the small text of the sub-competencies, in points. */
	private static final float SMALL_LINE = 10.5f;

	/** @return how many lines a text wrapped at about {@code width} characters takes */
	private static int lines(String text, int width) {
		return Math.max(1, (text.length() + width - 1) / width);
	}

	/** Prints on A4 landscape, all columns on one page width, the header rows repeated on every page. */
	private static void printable(Sheet sheet, String repeatedRows) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setRepeatingRows(CellRangeAddress.valueOf(repeatedRows));
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	/** Cell styles of the workbook. */
	private static final class Styles {
		final CellStyle title;
		final CellStyle header;
		final CellStyle text;
		final CellStyle mark;
		final CellStyle missing;
		final CellStyle bold;
		final CellStyle small;
		final CellStyle group;

		Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			title = workbook.createCellStyle();
			title.setFont(big);
			header = bordered(workbook);
			header.setFont(bold);
			header.setWrapText(true);
			header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			text = bordered(workbook);
			text.setWrapText(true);
			mark = bordered(workbook);
			mark.setFont(bold);
			mark.setAlignment(HorizontalAlignment.CENTER);
			mark.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
			mark.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			missing = bordered(workbook);
			missing.setFont(bold);
			missing.setAlignment(HorizontalAlignment.CENTER);
			missing.setFillForegroundColor(IndexedColors.ROSE.getIndex());
			missing.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(bold);
			Font smallFont = workbook.createFont();
			smallFont.setFontHeightInPoints((short) 8);
			small = bordered(workbook);
			small.setFont(smallFont);
			small.setWrapText(true);
			small.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
			small.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			group = bordered(workbook);
			group.setFont(bold);
			group.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}

		private static CellStyle bordered(XSSFWorkbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			return style;
		}
	}
}
