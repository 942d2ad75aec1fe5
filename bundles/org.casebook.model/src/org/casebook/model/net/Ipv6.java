// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.net;

import java.math.BigInteger;

/**
 * An IPv6 address, or prefix in CIDR notation ({@code 2001:db8:10::/64}), parsed from the text of a scenario.
 *
 * <p>The address is kept as an unsigned 128-bit value.</p>
 */
public record Ipv6(BigInteger address, int prefix) implements Comparable<Ipv6> {

	/** Prefix length given to a plain address without {@code /n}. */
	public static final int HOST_PREFIX = 128;

	private static final BigInteger ALL = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

	/**
	 * Parses {@code x:x:x:x:x:x:x:x}, with {@code ::} standing for a run of zero groups, optionally followed by {@code /n}.
	 *
	 * @param text the literal, as written in the scenario
	 * @return the parsed value
	 * @throws IllegalArgumentException with a French message saying what is wrong
	 */
	public static Ipv6 parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("adresse IPv6 absente");
		}
		String body = text.strip();
		int prefix = HOST_PREFIX;
		int slash = body.indexOf('/');
		if (slash >= 0) {
			String digits = body.substring(slash + 1);
			if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit) || Integer.parseInt(digits) > 128) {
				throw new IllegalArgumentException("« " + text + " » : longueur de préfixe invalide (de 0 à 128)");
			}
			prefix = Integer.parseInt(digits);
			body = body.substring(0, slash);
		}
		int compressed = body.indexOf("::");
		if (compressed >= 0 && body.indexOf("::", compressed + 1) >= 0) {
			throw new IllegalArgumentException("« " + text + " » : « :: » ne peut figurer qu'une fois");
		}
		String[] head = compressed >= 0 ? split(body.substring(0, compressed)) : split(body);
		String[] tail = compressed >= 0 ? split(body.substring(compressed + 2)) : new String[0];
		int groups = head.length + tail.length;
		if (compressed < 0 && groups != 8 || compressed >= 0 && groups > 7) {
			throw new IllegalArgumentException("« " + text + " » n'est pas une adresse IPv6 (huit groupes hexadécimaux attendus, ou « :: »)");
		}
		BigInteger value = BigInteger.ZERO;
		for (String group : head) {
			value = value.shiftLeft(16).or(BigInteger.valueOf(group(group, text)));
		}
		value = value.shiftLeft(16 * (8 - head.length));
		BigInteger low = BigInteger.ZERO;
		for (String group : tail) {
			low = low.shiftLeft(16).or(BigInteger.valueOf(group(group, text)));
		}
		return new Ipv6(value.or(low), prefix);
	}

	/**
	 * @param text the literal, possibly {@code null}
	 * @return the parsed value, or {@code null} when the text is missing or invalid
	 */
	public static Ipv6 tryParse(String text) {
		try {
			return text == null ? null : parse(text);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String[] split(String part) {
		return part.isEmpty() ? new String[0] : part.split(":", -1);
	}

	private static int group(String group, String text) {
		if (group.isEmpty() || group.length() > 4 || !group.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
			throw new IllegalArgumentException("« " + text + " » : groupe « " + group + " » invalide (1 à 4 chiffres hexadécimaux)");
		}
		return Integer.parseInt(group, 16);
	}

	/** @return the mask of the prefix */
	public BigInteger mask() {
		return prefix == 0 ? BigInteger.ZERO : ALL.shiftRight(128 - prefix).shiftLeft(128 - prefix);
	}

	/** @return the first address of the prefix */
	public BigInteger first() {
		return address.and(mask());
	}

	/** @return the last address of the prefix */
	public BigInteger last() {
		return first().or(ALL.xor(mask()));
	}

	/** @return whether host bits are set in a prefix */
	public boolean hasHostBits() {
		return !address.equals(first());
	}

	/**
	 * @param length a prefix length
	 * @return the network of that length holding this address
	 */
	public Ipv6 withPrefix(int length) {
		return new Ipv6(new Ipv6(address, length).first(), length);
	}

	/**
	 * @param host an address
	 * @return whether it lies inside this prefix
	 */
	public boolean contains(Ipv6 host) {
		return host.address.compareTo(first()) >= 0 && host.address.compareTo(last()) <= 0;
	}

	/**
	 * @param other another prefix
	 * @return whether the two prefixes share an address
	 */
	public boolean overlaps(Ipv6 other) {
		return first().compareTo(other.last()) <= 0 && other.first().compareTo(last()) <= 0;
	}

	/** @return a French reason why an interface cannot take this address, or {@code null} when it can */
	public String reserved() {
		if (address.signum() == 0) {
			return "adresse non spécifiée (::)";
		}
		if (address.equals(BigInteger.ONE)) {
			return "adresse de bouclage (::1)";
		}
		if (address.shiftRight(120).intValue() == 0xff) {
			return "adresse de multidiffusion (ff00::/8)";
		}
		return null;
	}

	/** @return the address in the short form of RFC 5952, without prefix */
	public String addressText() {
		int[] groups = new int[8];
		for (int i = 0; i < 8; i++) {
			groups[i] = address.shiftRight(16 * (7 - i)).intValue() & 0xffff;
		}
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8;) {
			if (groups[i] == 0) {
				int j = i;
				while (j < 8 && groups[j] == 0) {
					j++;
				}
				if (j - i > bestLength) {
					bestStart = i;
					bestLength = j - i;
				}
				i = j;
			} else {
				i++;
			}
		}
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				sb.append("::");
				i += bestLength - 1;
				continue;
			}
			if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
				sb.append(':');
			}
			sb.append(Integer.toHexString(groups[i]));
		}
		return sb.toString();
	}

	@Override
	public String toString() {
		return prefix == HOST_PREFIX ? addressText() : addressText() + "/" + prefix;
	}

	@Override
	public int compareTo(Ipv6 other) {
		int c = first().compareTo(other.first());
		return c != 0 ? c : Integer.compare(prefix, other.prefix);
	}
}
