// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.coverage;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebook.referential.Referential.Competency;
import org.casebook.referential.coverage.CoverageReport.MissionColumn;
import org.casebook.referential.coverage.CoverageReport.RealisationRow;

/** Writes the competency coverage as an Excel workbook: the matrix and the Bloc 1 synthesis table. */
public final class CoverageWorkbook {

	/** Name of the sheet holding the matrix. */
	public static final String MATRIX_SHEET = "Matrice";
	/** Name of the sheet holding the synthesis table. */
	public static final String SYNTHESIS_SHEET = "Synthèse bloc 1";

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
		printable(sheet);
	}

	private static void synthesis(Sheet sheet, CoverageReport report, Styles styles) {
		Row title = sheet.createRow(0);
		title.createCell(0).setCellValue(CoverageReports.SYNTHESIS);
		title.getCell(0).setCellStyle(styles.title);
		Row header = sheet.createRow(2);
		cell(header, 0, "Mission", styles.header);
		cell(header, 1, "Réalisation", styles.header);
		for (int i = 0; i < CoverageReport.BLOC1.size(); i++) {
			cell(header, 2 + i, CoverageReport.BLOC1.get(i), styles.header);
			sheet.setColumnWidth(2 + i, 8 * 256);
		}
		int r = 3;
		for (RealisationRow row : report.realisations()) {
			Row line = sheet.createRow(r++);
			cell(line, 0, row.mission(), styles.text);
			cell(line, 1, CoverageReports.name(row.name(), row.label()), styles.text);
			line.setHeightInPoints(LINE * lines(CoverageReports.name(row.name(), row.label()), 55) + 2);
			for (int i = 0; i < row.bloc1().length; i++) {
				cell(line, 2 + i, row.bloc1()[i] ? "X" : "", row.bloc1()[i] ? styles.mark : styles.text);
			}
		}
		Row total = sheet.createRow(r);
		cell(total, 1, "Compétence mobilisée au moins une fois", styles.header);
		for (int i = 0; i < CoverageReport.BLOC1.size(); i++) {
			cell(total, 2 + i, report.bloc1Covered(i) ? "oui" : "non", report.bloc1Covered(i) ? styles.mark : styles.missing);
		}
		sheet.setColumnWidth(0, 22 * 256);
		sheet.setColumnWidth(1, 50 * 256);
		sheet.createFreezePane(2, 3);
		printable(sheet);
	}

	/** Height of a line of text, in points. */
	private static final float LINE = 13f;

	/** @return how many lines a text wrapped at about {@code width} characters takes */
	private static int lines(String text, int width) {
		return Math.max(1, (text.length() + width - 1) / width);
	}

	/** Prints on A4 landscape, all columns on one page width. */
	private static void printable(Sheet sheet) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("3:3"));
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
