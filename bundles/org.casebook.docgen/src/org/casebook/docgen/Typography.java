// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/** French typography for print: non-breaking spaces before high punctuation and inside guillemets, French dates. */
public final class Typography {

	/** Non-breaking space, before a colon and inside guillemets. */
	public static final char NBSP = '\u00A0';
	/** Narrow non-breaking space, before ; ! ? */
	public static final char NNBSP = '\u202F';

	private static final Pattern BEFORE_COLON = Pattern.compile("[ \u00A0\u202F]*:(?=\\s|$)");
	private static final Pattern BEFORE_HIGH = Pattern.compile("(?<=\\S)[ \u00A0\u202F]*([;!?])(?=\\s|$|[»\"])");
	private static final Pattern AFTER_OPEN = Pattern.compile("«[ \u00A0\u202F]*");
	private static final Pattern BEFORE_CLOSE = Pattern.compile("[ \u00A0\u202F]*»");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

	private Typography() {
	}

	/**
	 * @param text French text as typed
	 * @return the same text with non-breaking spaces where French typography wants them; URLs and times are left alone
	 */
	public static String french(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String result = BEFORE_COLON.matcher(text).replaceAll(NBSP + ":");
		result = BEFORE_HIGH.matcher(result).replaceAll(NNBSP + "$1");
		result = AFTER_OPEN.matcher(result).replaceAll("«" + NBSP);
		result = BEFORE_CLOSE.matcher(result).replaceAll(NBSP + "»");
		return result;
	}

	/**
	 * @param date a date
	 * @return the date written in French, {@code 28 novembre 2026}
	 */
	public static String date(LocalDate date) {
		String text = DATE.format(date);
		return text.startsWith("1 ") ? "1er " + text.substring(2) : text;
	}

	/**
	 * @param points a score
	 * @return the score in French: {@code 2,5 points}, {@code 1 point}
	 */
	public static String points(double points) {
		String number = points == Math.rint(points) ? Long.toString((long) points) : String.valueOf(points).replace('.', ',');
		return number + (points > 1 ? " points" : " point");
	}
}
