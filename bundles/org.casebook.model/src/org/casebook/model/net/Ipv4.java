// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.net;

/**
 * An IPv4 address, or network in CIDR notation, parsed from the text of a scenario.
 *
 * <p>Addresses are kept as unsigned 32-bit values in a {@code long} so that ranges compare simply.</p>
 */
public record Ipv4(long address, int prefix) implements Comparable<Ipv4> {

	/** Prefix length given to a plain address without {@code /n}. */
	public static final int HOST_PREFIX = 32;

	/**
	 * Parses {@code a.b.c.d} or {@code a.b.c.d/n}.
	 *
	 * @param text the literal, as written in the scenario
	 * @return the parsed value
	 * @throws IllegalArgumentException with a French message when an octet exceeds 255 or the prefix 32
	 */
	public static Ipv4 parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("adresse absente");
		}
		String body = text.trim();
		int prefix = HOST_PREFIX;
		int slash = body.indexOf('/');
		if (slash >= 0) {
			prefix = parseNumber(body.substring(slash + 1), 32, "longueur de préfixe", text);
			body = body.substring(0, slash);
		}
		String[] octets = body.split("\\.", -1);
		if (octets.length != 4) {
			throw new IllegalArgumentException("« " + text + " » n'est pas une adresse IPv4 (quatre octets attendus)");
		}
		long value = 0;
		for (String octet : octets) {
			value = (value << 8) | parseNumber(octet, 255, "octet", text);
		}
		return new Ipv4(value, prefix);
	}

	/**
	 * Parses like {@link #parse(String)} but answers {@code null} instead of throwing.
	 *
	 * @param text the literal, possibly {@code null}
	 * @return the parsed value, or {@code null} when the text is missing or invalid
	 */
	public static Ipv4 tryParse(String text) {
		try {
			return text == null ? null : parse(text);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static int parseNumber(String digits, int max, String what, String text) {
		if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
			throw new IllegalArgumentException("« " + text + " » : " + what + " invalide");
		}
		int n = Integer.parseInt(digits);
		if (n > max) {
			throw new IllegalArgumentException("« " + text + " » : " + what + " " + n + " supérieur à " + max);
		}
		return n;
	}

	/**
	 * @param length a prefix length from 0 to 32
	 * @return the same address with another prefix length
	 */
	public Ipv4 withPrefix(int length) {
		Ipv4 copy = new Ipv4(address, length);
		return new Ipv4(copy.first(), length);
	}

	/** @return the network mask as an unsigned 32-bit value */
	public long mask() {
		return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
	}

	/** @return the first address of the network */
	public long first() {
		return address & mask();
	}

	/** @return the last (broadcast) address of the network */
	public long last() {
		return first() | (~mask() & 0xFFFFFFFFL);
	}

	/** @return whether host bits are set in a network written with a prefix */
	public boolean hasHostBits() {
		return address != first();
	}

	/**
	 * @param host an address
	 * @return whether {@code host} lies inside this network
	 */
	public boolean contains(Ipv4 host) {
		return host.address >= first() && host.address <= last();
	}

	/**
	 * @param other another network
	 * @return whether the two networks share at least one address
	 */
	public boolean overlaps(Ipv4 other) {
		return first() <= other.last() && other.first() <= last();
	}

	/** @return the number of addresses usable by hosts (excluding network and broadcast for prefixes up to /30) */
	public long usableHosts() {
		long size = last() - first() + 1;
		return prefix >= 31 ? size : size - 2;
	}

	/** @return the dotted-decimal text of the address, without prefix */
	public String addressText() {
		return ((address >> 24) & 0xFF) + "." + ((address >> 16) & 0xFF) + "." + ((address >> 8) & 0xFF) + "." + (address & 0xFF);
	}

	@Override
	public int compareTo(Ipv4 o) {
		int c = Long.compare(first(), o.first());
		return c != 0 ? c : Integer.compare(prefix, o.prefix);
	}

	@Override
	public String toString() {
		return prefix == HOST_PREFIX ? addressText() : addressText() + "/" + prefix;
	}
}
