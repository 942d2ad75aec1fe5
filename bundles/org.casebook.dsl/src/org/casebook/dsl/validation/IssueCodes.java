// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.validation;

import java.util.List;

/**
 * Codes of every problem the language reports. Tests, quick fixes and tools bind to these codes, never to messages.
 */
public final class IssueCodes {

	private static final String PREFIX = "casebook.";

	/** Syntax error. */
	public static final String SYNTAX = PREFIX + "syntaxe";
	/** A word that is no keyword: an English word, a keyword without its accent or underscore. */
	public static final String SYNTAX_UNKNOWN_WORD = SYNTAX + ".mot_inconnu";
	/** A value of the wrong kind after a keyword: not one of the allowed values, a text without quotes, a number. */
	public static final String SYNTAX_VALUE = SYNTAX + ".valeur_attendue";
	/** A keyword used as a name without the {@code ^} escape. */
	public static final String SYNTAX_RESERVED_NAME = SYNTAX + ".mot_reserve";
	/** A block declared inside a block where it does not belong. */
	public static final String SYNTAX_MISPLACED = SYNTAX + ".bloc_mal_place";
	/** A missing opening or closing brace. */
	public static final String SYNTAX_BRACE = SYNTAX + ".accolade";
	/** A decimal number written with a comma. */
	public static final String SYNTAX_NUMBER = SYNTAX + ".nombre";
	/** Several words without quotes where a text is expected. */
	public static final String SYNTAX_QUOTES = SYNTAX + ".guillemets";
	/** A value that cannot be converted (IPv4 literal with an octet above 255, ...). */
	public static final String INVALID_VALUE = PREFIX + "valeur_invalide";
	/** A reference to an element that does not exist. */
	public static final String UNKNOWN_REFERENCE = PREFIX + "reference_inconnue";
	/** Two elements of the same kind with the same qualified name. */
	public static final String DUPLICATE_NAME = PREFIX + "nom_duplique";
	/** A property given twice in the same block. */
	public static final String DUPLICATE_PROPERTY = PREFIX + "propriete_dupliquee";
	/** An interface address outside the subnet of its VLAN. */
	public static final String ADDRESS_OUTSIDE_SUBNET = PREFIX + "adresse_hors_reseau";
	/** An address used by two interfaces of the same information system. */
	public static final String DUPLICATE_ADDRESS = PREFIX + "adresse_dupliquee";
	/** An address that is the network or broadcast address of its subnet. */
	public static final String RESERVED_ADDRESS = PREFIX + "adresse_reservee";
	/** Two VLAN subnets of the same information system that overlap. */
	public static final String OVERLAPPING_SUBNETS = PREFIX + "reseaux_chevauchants";
	/** A subnet written with host bits set (10.0.0.1/24). */
	public static final String SUBNET_HOST_BITS = PREFIX + "reseau_bits_hote";
	/** A VLAN gateway outside the VLAN's subnet. */
	public static final String GATEWAY_OUTSIDE_SUBNET = PREFIX + "passerelle_hors_reseau";
	/** A VLAN gateway given without a subnet. */
	public static final String GATEWAY_WITHOUT_SUBNET = PREFIX + "passerelle_sans_reseau";
	/** A VLAN number outside 1–4094. */
	public static final String VLAN_ID_RANGE = PREFIX + "vlan_numero_invalide";
	/** Two VLANs with the same number on the same site. */
	public static final String DUPLICATE_VLAN_ID = PREFIX + "vlan_numero_duplique";
	/** A server whose operating system is not given. */
	public static final String SERVER_WITHOUT_OS = PREFIX + "serveur_sans_os";
	/** A virtualisation host that is itself hosted by its guest, or a host given to a physical server. */
	public static final String HOST_CYCLE = PREFIX + "hote_cycle";
	/** A simulated element without justification (annexe II.E, C1.2). */
	public static final String SIMULATION_NOT_JUSTIFIED = PREFIX + "simulation_non_justifiee";
	/** A person who is, directly or not, their own superior; an entity that is its own parent. */
	public static final String HIERARCHY_CYCLE = PREFIX + "hierarchie_cycle";
	/** A filtering rule without source, destination or action. */
	public static final String INCOMPLETE_FILTER_RULE = PREFIX + "filtrage_incomplet";
	/** A link without both ends. */
	public static final String INCOMPLETE_LINK = PREFIX + "lien_incomplet";
	/** A competency code that the BTS SIO referential does not know. */
	public static final String UNKNOWN_COMPETENCY = PREFIX + "competence_inconnue";
	/** A file that declares nothing. */
	public static final String EMPTY_FILE = PREFIX + "fichier_vide";
	/** A file that cannot be read as UTF-8 text, or is too large. */
	public static final String UNREADABLE_FILE = PREFIX + "fichier_illisible";
	/** A character that XML 1.0 forbids (a control character, U+FFFE, U+FFFF), typed or written as an escape. */
	public static final String FORBIDDEN_CHARACTER = PREFIX + "caractere_interdit";
	/** Blocks nested more deeply than Casebook accepts. */
	public static final String TOO_DEEP = PREFIX + "imbrication_trop_profonde";

	/** A visible element refers to an element reserved to the teacher: the student edition drops the reference, or the element. */
	public static final String TEACHER_ONLY_REFERENCE = PREFIX + "reference_reservee";

	/** A Wi-Fi network in WEP, open in an internal zone, or in enterprise mode without authentication server. */
	public static final String WEAK_WIFI = PREFIX + "wifi_faible";
	/** A naming rule without pattern, with an invalid pattern, or whose example does not follow it. */
	public static final String INVALID_NAMING_RULE = PREFIX + "regle_nommage_invalide";
	/** A name that does not follow the naming rule of its kind of element. */
	public static final String NAME_NOT_FOLLOWING_RULE = PREFIX + "nom_hors_regle";

	/** A filtering rule that an earlier rule of the same device already applies to every flow of. */
	public static final String SHADOWED_FILTER_RULE = PREFIX + "filtrage_inaccessible";
	/** A filtering rule that an earlier rule of the same device contradicts for its flows. */
	public static final String CONTRADICTORY_FILTER_RULE = PREFIX + "filtrage_contradictoire";
	/** A group of hosts without members, or naming a host twice. */
	public static final String INVALID_HOST_GROUP = PREFIX + "groupe_hotes_invalide";

	/** A subject naming an épreuve other than the written case study of its session (E6 up to 2024, E7 from 2025). */
	public static final String EXAM_OF_ANOTHER_FORM = PREFIX + "epreuve_autre_forme";
	/** A subject naming the written case study with a title other than the épreuve's. */
	public static final String EXAM_TITLE_MISMATCH = PREFIX + "epreuve_intitule";

	/** A {@code variantes} block that cannot give a valid variant (pool smaller than its block, VLAN number out of range…). */
	public static final String INVALID_VARIANT = PREFIX + "variante_invalide";
	/** An expression {@code {{ … }}} that does not parse. */
	public static final String EXPRESSION_SYNTAX = org.casebook.model.expression.ExpressionException.SYNTAX;
	/** An expression that names an element the scenario does not declare. */
	public static final String EXPRESSION_UNKNOWN_ELEMENT = org.casebook.model.expression.ExpressionException.UNKNOWN_ELEMENT;
	/** An expression that names an element of another nature, or a property it does not have. */
	public static final String EXPRESSION_WRONG_TYPE = org.casebook.model.expression.ExpressionException.WRONG_TYPE;
	/** A question (seen by students) whose expression names an element reserved to the teacher. */
	public static final String EXPRESSION_RESERVED = org.casebook.model.expression.ExpressionException.RESERVED;
	/**
	 * An expression written in a text other than a question or a corrigé, where it is not evaluated: the documents would
	 * print it as written, with the names it cites.
	 */
	public static final String EXPRESSION_NOT_EVALUATED = PREFIX + "expression_non_calculee";

	/** Every code, for documentation and tests. */
	public static final List<String> ALL = List.of(SYNTAX, SYNTAX_UNKNOWN_WORD, SYNTAX_VALUE, SYNTAX_RESERVED_NAME, SYNTAX_MISPLACED,
			SYNTAX_BRACE, SYNTAX_NUMBER, SYNTAX_QUOTES, INVALID_VALUE, UNKNOWN_REFERENCE, DUPLICATE_NAME,
			DUPLICATE_PROPERTY, ADDRESS_OUTSIDE_SUBNET, DUPLICATE_ADDRESS, RESERVED_ADDRESS, OVERLAPPING_SUBNETS,
			SUBNET_HOST_BITS, GATEWAY_OUTSIDE_SUBNET, GATEWAY_WITHOUT_SUBNET, VLAN_ID_RANGE, DUPLICATE_VLAN_ID,
			SERVER_WITHOUT_OS, HOST_CYCLE, SIMULATION_NOT_JUSTIFIED, HIERARCHY_CYCLE, INCOMPLETE_FILTER_RULE,
			INCOMPLETE_LINK, UNKNOWN_COMPETENCY, TEACHER_ONLY_REFERENCE, EMPTY_FILE, UNREADABLE_FILE, FORBIDDEN_CHARACTER, TOO_DEEP,
			WEAK_WIFI, INVALID_NAMING_RULE, NAME_NOT_FOLLOWING_RULE, SHADOWED_FILTER_RULE, CONTRADICTORY_FILTER_RULE,
			INVALID_HOST_GROUP, INVALID_VARIANT, EXPRESSION_SYNTAX, EXPRESSION_UNKNOWN_ELEMENT, EXPRESSION_WRONG_TYPE, EXPRESSION_RESERVED,
			EXPRESSION_NOT_EVALUATED, 			EXAM_OF_ANOTHER_FORM, EXAM_TITLE_MISMATCH);

	private IssueCodes() {
	}
}
