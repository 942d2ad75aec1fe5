// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.variants;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Makes a generated file the same, byte for byte, from one run to the next: the dates that the writers put in a
 * document (creation and modification dates, ZIP entry times, PDF identifiers) are replaced by fixed values.
 */
public final class Reproducible {

	/** The instant written instead of the time of the run. */
	public static final String FIXED_DATE = "2000-01-01T00:00:00Z";

	private static final long FIXED_TIME = 946_684_800_000L; // 2000-01-01T00:00:00Z

	private static final Pattern XML_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

	private static final Pattern PDF_DATE = Pattern.compile("\\(D:[0-9]{4}[^)]*\\)");
	private static final Pattern PDF_ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*\\]");

	private Reproducible() {
	}

	/**
	 * Rewrites a generated file in place, by its extension: DOCX, XLSX and ODT (ZIP archives), PDF; other files are
	 * left as they are.
	 *
	 * @param file a generated file
	 * @throws IOException when it cannot be read or written
	 */
	public static void normalize(Path file) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".docx") || name.endsWith(".xlsx") || name.endsWith(".odt")) {
			Files.write(file, zip(Files.readAllBytes(file)));
		} else if (name.endsWith(".pdf")) {
			Files.write(file, pdf(Files.readAllBytes(file)));
		}
	}

	/**
	 * @param archive a ZIP archive (DOCX, XLSX, ODT)
	 * @return the same entries in the same order, with a fixed time and fixed dates in their metadata; an entry stored
	 *         without compression (the {@code mimetype} of an ODT) stays so
	 * @throws IOException when the archive cannot be read
	 */
	public static byte[] zip(byte[] archive) throws IOException {
		ByteArrayOutputStream result = new ByteArrayOutputStream(archive.length);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive)); ZipOutputStream out = new ZipOutputStream(result)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				byte[] content = in.readAllBytes();
				String name = entry.getName();
				if (name.equals("docProps/core.xml") || name.equals("docProps/app.xml") || name.equals("meta.xml")) {
					content = XML_DATE.matcher(new String(content, StandardCharsets.UTF_8)).replaceAll(FIXED_DATE).getBytes(StandardCharsets.UTF_8);
				}
				ZipEntry copy = new ZipEntry(name);
				copy.setTime(FIXED_TIME);
				if (entry.getMethod() == ZipEntry.STORED || name.equals("mimetype")) {
					copy.setMethod(ZipEntry.STORED);
					copy.setSize(content.length);
					copy.setCompressedSize(content.length);
					CRC32 crc = new CRC32();
					crc.update(content);
					copy.setCrc(crc.getValue());
				}
				out.putNextEntry(copy);
				out.write(content);
				out.closeEntry();
			}
		}
		return result.toByteArray();
	}

	/**
	 * @param pdf a PDF
	 * @return the same PDF with fixed dates (document information and XMP metadata, which may sit in compressed object
	 *         streams) and a fixed identifier, saved again
	 * @throws IOException when the PDF cannot be read
	 */
	public static byte[] pdf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Calendar fixed = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
			fixed.setTimeInMillis(FIXED_TIME);
			PDDocumentInformation info = document.getDocumentInformation();
			info.setCreationDate(fixed);
			if (info.getModificationDate() != null) {
				info.setModificationDate(fixed);
			}
			PDMetadata metadata = document.getDocumentCatalog().getMetadata();
			if (metadata != null) {
				String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
				metadata.importXMPMetadata(XML_DATE.matcher(xmp).replaceAll(FIXED_DATE).getBytes(StandardCharsets.UTF_8));
			}
			COSArray id = new COSArray();
			id.add(new COSString(new byte[16]));
			id.add(new COSString(new byte[16]));
			document.getDocument().getTrailer().setItem(COSName.ID, id);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
			document.save(out);
			return fixedDates(out.toByteArray());
		}
	}

	/** Dates and identifiers written as plain text (outside compressed streams), replaced by values of the same length. */
	private static byte[] fixedDates(byte[] pdf) {
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		StringBuilder b = new StringBuilder(text.length());
		Matcher m = PDF_DATE.matcher(text);
		while (m.find()) {
			m.appendReplacement(b, Matcher.quoteReplacement(fixDigits(m.group())));
		}
		m.appendTail(b);
		text = b.toString();
		b = new StringBuilder(text.length());
		m = PDF_ID.matcher(text);
		while (m.find()) {
			String ids = m.group().replace(m.group(1), "0".repeat(m.group(1).length())).replace(m.group(2), "0".repeat(m.group(2).length()));
			m.appendReplacement(b, Matcher.quoteReplacement(ids));
		}
		m.appendTail(b);
		return b.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/** The digits of a date replaced by those of 2000-01-01 00:00:00 (then zeros): same length, same form. */
	private static String fixDigits(String date) {
		String digits = "20000101000000";
		StringBuilder b = new StringBuilder(date.length());
		int k = 0;
		for (int i = 0; i < date.length(); i++) {
			char c = date.charAt(i);
			if (Character.isDigit(c)) {
				b.append(k < digits.length() ? digits.charAt(k) : '0');
				k++;
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}
}
