// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.report;

/** Escaping for HTML text and attribute values: nothing of a scenario's strings is ever interpreted as markup. */
public final class Html {

	private Html() {
	}

	/**
	 * @param text any text, possibly {@code null}
	 * @return the text with {@code & < > " '} replaced by entities
	 */
	public static String escape(String text) {
		return org.casebook.model.text.Markup.escape(text);
	}

	/** Shared style sheet of the reports: sober, printable, A4. */
	public static final String STYLE = """
			body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10.5pt;color:#1d1d1f;margin:2em auto;max-width:60em;padding:0 1em}
			h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:2px solid #1f4e79;color:#1f4e79}
			.meta{color:#555;margin-top:0}table{border-collapse:collapse;width:100%;margin:.6em 0}
			th,td{border:1px solid #9aa5b1;padding:.35em .5em;vertical-align:top;text-align:left}th{background:#e8eef5}
			td.ok{background:#e3f4e1;font-weight:bold;color:#1e6b1e}td.ko{background:#fbe3e1;font-weight:bold;color:#a11}
			td.na{background:#fff4d6;font-weight:bold;color:#7a5a00}td.x{text-align:center;font-weight:bold}
			ul{margin:0;padding-left:1.1em}.id{white-space:nowrap;font-weight:bold}.summary td{font-weight:bold}
			.note{font-size:.9em;color:#444}@media print{body{margin:0;max-width:none}}
			""";
}
