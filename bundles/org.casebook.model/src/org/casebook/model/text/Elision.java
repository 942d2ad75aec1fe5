// SPDX-License-Identifier: EPL-2.0
package org.casebook.model.text;

import java.util.Locale;
import java.util.Set;

/**
 * French elision and contraction of « de » before a name: « d'Hexalog », « de l'Atelier », « du Groupe », « de la
 * Poste », « des Ambulances », « de GSB ».
 */
public final class Elision {

	/** Names starting with an h that is aspirated: « de Hexagone » is wrong, but « de Hêtre » is right. */
	private static final Set<String> ASPIRATED = Set.of("haut", "haute", "hauts", "hautes", "hall", "hangar", "hameau", "harmonie", "hêtre",
			"héros", "hibou", "hockey", "honte", "hotte", "housse", "hublot", "huit", "hurlement");

	private Elision() {
	}

	/**
	 * @param name a name, as the reader sees it
	 * @return « de » followed by the name, elided or contracted as French writes it
	 */
	public static String de(String name) {
		if (name == null || name.isBlank()) {
			return "de";
		}
		String n = name.strip();
		String lower = n.toLowerCase(Locale.FRENCH);
		if (lower.startsWith("le ")) {
			return "du " + n.substring(3);
		}
		if (lower.startsWith("les ")) {
			return "des " + n.substring(4);
		}
		if (lower.startsWith("la ")) {
			return "de la " + n.substring(3);
		}
		if (lower.startsWith("l'") || lower.startsWith("l’")) {
			return "de l'" + n.substring(2);
		}
		return elides(n) ? "d'" + n : "de " + n;
	}

	/** @return whether « de » elides before this word: a vowel or a mute h, and not an acronym spelt letter by letter */
	static boolean elides(String word) {
		char first = Character.toLowerCase(word.charAt(0));
		String stripped = java.text.Normalizer.normalize(String.valueOf(first), java.text.Normalizer.Form.NFD).substring(0, 1);
		char base = stripped.charAt(0);
		if (base == 'h') {
			String head = word.toLowerCase(Locale.FRENCH).split("[^\\p{L}]", 2)[0];
			return !ASPIRATED.contains(head) && !acronym(word);
		}
		if ("aeiouy".indexOf(base) < 0) {
			return false;
		}
		// an acronym read as letters (« de l'UCB » aside) still elides before a vowel sound: « d'EDF », « d'IBM »
		return true;
	}

	private static boolean acronym(String word) {
		String head = word.split("[^\\p{L}]", 2)[0];
		return head.length() > 1 && head.equals(head.toUpperCase(Locale.ROOT));
	}
}
