// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.expression;

import org.casebook.model.net.Ipv4;

/**
 * The value of an expression: a whole number, an IPv4 address (or network) or a text.
 *
 * @param type its type
 * @param number the number, or the address as an unsigned 32-bit value
 * @param prefix the prefix length of a network, 32 for a single address
 * @param text the text of a {@link Type#TEXTE}
 */
public record Value(Type type, long number, int prefix, String text) {

	/** Types of values. */
	public enum Type {
		/** A whole number. */
		NOMBRE("nombre"),
		/** An IPv4 address or network. */
		ADRESSE("adresse"),
		/** A text. */
		TEXTE("texte");

		private final String word;

		Type(String word) {
			this.word = word;
		}

		/** @return the French word for the type */
		public String word() {
			return word;
		}
	}

	/**
	 * @param n a whole number
	 * @return its value
	 */
	public static Value number(long n) {
		return new Value(Type.NOMBRE, n, 0, null);
	}

	/**
	 * @param address an address or network
	 * @return its value
	 */
	public static Value address(Ipv4 address) {
		return new Value(Type.ADRESSE, address.address(), address.prefix(), null);
	}

	/**
	 * @param text a text
	 * @return its value
	 */
	public static Value text(String text) {
		return new Value(Type.TEXTE, 0, 0, text == null ? "" : text);
	}

	/** @return the value written plainly, as a spreadsheet cell holds it: {@code 1022}, {@code 10.2.48.0/22} */
	public String plain() {
		return switch (type) {
		case NOMBRE -> Long.toString(number);
		case ADRESSE -> new Ipv4(number, prefix).toString();
		case TEXTE -> text;
		};
	}

	/** @return the value as a French text shows it: thousands separated by a no-break space ({@code 1 022}) */
	public String display() {
		if (type != Type.NOMBRE || Math.abs(number) < 1000) {
			return plain();
		}
		String digits = Long.toString(Math.abs(number));
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				b.append('\u00A0');
			}
			b.append(digits.charAt(i));
		}
		return (number < 0 ? "-" : "") + b;
	}
}
