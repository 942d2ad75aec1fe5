// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads back the text of generated files, whatever their format, for the tests. */
final class Outputs {

	private Outputs() {
	}

	/**
	 * @param file a generated file
	 * @return its visible text and metadata, whitespace folded to single spaces
	 */
	static String text(Path file) throws IOException {
		String name = file.getFileName().toString();
		String text;
		if (name.endsWith(".pdf")) {
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				text = new PDFTextStripper().getText(pdf) + " " + pdf.getDocumentInformation().getTitle() + " "
						+ pdf.getDocumentInformation().getAuthor();
			}
		} else if (name.endsWith(".docx")) {
			try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
				StringBuilder sb = new StringBuilder();
				docx.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
				docx.getTables().forEach(t -> sb.append(t.getText()).append('\n'));
				docx.getHeaderList().forEach(h -> sb.append(h.getText()).append('\n'));
				docx.getFooterList().forEach(f -> sb.append(f.getText()).append('\n'));
				sb.append(docx.getProperties().getCoreProperties().getCreator()).append(' ')
						.append(docx.getProperties().getCoreProperties().getTitle());
				text = sb.toString();
			}
		} else if (name.endsWith(".odt") || name.endsWith(".zip")) {
			text = zipText(Files.readAllBytes(file));
		} else {
			text = Files.readString(file, StandardCharsets.UTF_8).replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
					.replace("&gt;", ">").replace("&amp;", "&");
		}
		return fold(text);
	}

	private static String zipText(byte[] bytes) throws IOException {
		StringBuilder sb = new StringBuilder();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				sb.append(e.getName()).append(' ');
				byte[] content = zip.readAllBytes();
				String entry = e.getName();
				if (entry.endsWith(".xml") || entry.endsWith(".orga") || entry.endsWith(".html") || entry.endsWith(".properties")) {
					sb.append(new String(content, StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ")).append(' ');
				} else if (entry.endsWith(".pdf")) {
					try (PDDocument pdf = Loader.loadPDF(content)) {
						sb.append(new PDFTextStripper().getText(pdf)).append(' ');
					}
				}
			}
		}
		return sb.toString().replace("&apos;", "'").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
	}

	/** Folds every kind of space, including non-breaking ones, to a single space. */
	static String fold(String text) {
		return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
	}
}
