// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.messages;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.casebook.dsl.validation.IssueCodes;
import org.casebook.model.text.EditDistance;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Explains the syntax errors a teacher commonly makes: an unknown or English word (the closest keyword, accents and
 * underscores forgiven), a value of the wrong kind after a keyword (the allowed values, quotes, number format), a
 * keyword used as a name (the {@code ^} escape), a block declared in the wrong place, a missing brace. Each hint says
 * what is expected and gives an example.
 */
final class SyntaxHints {

	/** A hint: its issue code and its message, without the « erreur de syntaxe » prefix. */
	record Hint(String code, String message) {
	}

	/** English words a teacher may type, with the Casebook keyword meant. */
	private static final Map<String, String> ENGLISH = Map.ofEntries(Map.entry("server", "serveur"),
			Map.entry("organization", "organisation"), Map.entry("system", "système_information"),
			Map.entry("information_system", "système_information"), Map.entry("entity", "entité"),
			Map.entry("department", "entité"), Map.entry("person", "personne"), Map.entry("partner", "partenaire"),
			Map.entry("provider", "prestataire"), Map.entry("process", "processus"), Map.entry("step", "étape"),
			Map.entry("contract", "contrat"), Map.entry("device", "équipement"), Map.entry("equipment", "équipement"),
			Map.entry("link", "lien"), Map.entry("database", "base"), Map.entry("dbms", "sgbd"),
			Map.entry("terminal", "terminaux"), Map.entry("terminals", "terminaux"), Map.entry("tool", "outil"),
			Map.entry("backup", "sauvegarde"), Map.entry("continuity", "continuité"), Map.entry("automation", "automatisation"),
			Map.entry("library", "bibliothèque"), Map.entry("filter", "filtrage"), Map.entry("group", "groupe"),
			Map.entry("resource", "ressource"), Map.entry("policy", "politique"), Map.entry("charter", "charte"),
			Map.entry("subject", "sujet"), Map.entry("exam", "sujet"), Map.entry("annex", "annexe"),
			Map.entry("staff", "effectif"), Map.entry("address", "adresse"), Map.entry("city", "ville"),
			Map.entry("role", "rôle"), Map.entry("function", "fonction"), Map.entry("network", "réseau"),
			Map.entry("gateway", "passerelle"), Map.entry("number", "numéro"), Map.entry("state", "état"),
			Map.entry("import", "importer"), Map.entry("package", "paquetage"), Map.entry("yes", "oui"),
			Map.entry("no", "non"), Map.entry("true", "oui"), Map.entry("false", "non"), Map.entry("hosting", "hébergement"),
			Map.entry("host", "hôte"), Map.entry("product", "produit"), Map.entry("users", "utilisateurs"),
			Map.entry("encrypted", "chiffré"), Map.entry("authenticated", "authentifié"), Map.entry("targets", "cibles"),
			Map.entry("categories", "catégories"), Map.entry("firewall", "pare_feu"), Map.entry("router", "routeur"),
			Map.entry("switch", "commutateur"), Map.entry("application", "application"), Map.entry("count", "nombre"),
			Map.entry("manager", "responsable"), Map.entry("email", "courriel"), Map.entry("type", "type"));

	/** Keywords that declare a block, with the block they belong in. */
	private static final Map<String, String> PARENT = Map.ofEntries(Map.entry("zone", "système_information"),
			Map.entry("vlan", "système_information"), Map.entry("équipement", "système_information"),
			Map.entry("lien", "système_information"), Map.entry("serveur", "système_information"),
			Map.entry("service", "système_information"), Map.entry("application", "système_information"),
			Map.entry("sgbd", "système_information"), Map.entry("terminaux", "système_information"),
			Map.entry("outil", "système_information"), Map.entry("sauvegarde", "système_information"),
			Map.entry("automatisation", "système_information"), Map.entry("environnement_dev", "système_information"),
			Map.entry("bibliothèque", "système_information"), Map.entry("filtrage", "système_information"),
			Map.entry("groupe", "système_information"), Map.entry("groupe_hôtes", "système_information"), Map.entry("ressource", "système_information"),
			Map.entry("habilitation", "système_information"), Map.entry("politique", "système_information"),
			Map.entry("charte", "système_information"), Map.entry("site", "organisation"), Map.entry("entité", "organisation"),
			Map.entry("partenaire", "organisation"), Map.entry("prestataire", "organisation"),
			Map.entry("communication", "organisation"), Map.entry("processus", "organisation"),
			Map.entry("contrat", "organisation"), Map.entry("personne", "entité"), Map.entry("base", "sgbd"),
			Map.entry("étape", "processus"), Map.entry("sla", "contrat"), Map.entry("réalisation", "mission"),
			Map.entry("dossier", "sujet"), Map.entry("annexe", "sujet"), Map.entry("jalon", "cahier_des_charges"));

	/** The French name of each block kind, as {@link Kinds} gives it, mapped to its keyword. */
	private static final Map<String, String> KEYWORD_OF_KIND = Map.of("système d'information", "système_information",
			"cahier des charges", "cahier_des_charges", "groupe d'hôtes", "groupe_hôtes");

	private static final Set<String> TOP_LEVEL = Set.of("organisation", "système_information", "cahier_des_charges", "mission", "sujet");

	private final Grammar grammar;
	private final Set<String> keywords;

	SyntaxHints(Grammar grammar) {
		this.grammar = grammar;
		this.keywords = GrammarUtil.getAllKeywords(grammar);
	}

	/**
	 * @param exception the parser's exception, or {@code null}
	 * @param context the element being parsed, or {@code null}
	 * @param message the parser's message
	 * @return a hint explaining the error, or {@code null} when none applies
	 */
	Hint explain(RecognitionException exception, EObject context, String message) {
		if (exception == null || exception.token == null) {
			return null;
		}
		Token token = exception.token;
		String text = token.getText();
		Token previous = previous(exception);
		String before = previous == null ? null : previous.getText();
		boolean endOfFile = token.getType() == Token.EOF;
		if (endOfFile) {
			String block = blockName(context);
			if (block == null) {
				return null;
			}
			INode brace = openingBrace(context);
			if (brace != null) {
				return unclosed(context, brace.getStartLine(), openBlocks(context));
			}
			return new Hint(IssueCodes.SYNTAX_BRACE, "fin de fichier inattendue : le bloc « " + block
					+ " » n'est pas fermé ; ajouter « } » à la fin du bloc, par exemple : " + blockExample(context));
		}
		// a decimal written with a comma
		if (",".equals(text) && previous != null && isNumber(before) && isNumber(next(exception))) {
			return new Hint(IssueCodes.SYNTAX_NUMBER, "« " + before + "," + next(exception) + " » : un nombre décimal s'écrit avec un point, par exemple « "
					+ before + "." + next(exception) + " »");
		}
		String expected = before == null ? null : expectedAfter(before, context);
		boolean identifier = isIdentifier(text) && !keywords.contains(text);
		boolean keyword = keywords.contains(text) && isIdentifier(text);
		// a reserved word used as a name
		if (keyword && before != null && (PARENT.containsKey(before) || TOP_LEVEL.contains(before) || "personne".equals(before))
				&& expectsName(exception, message)) {
			return new Hint(IssueCodes.SYNTAX_RESERVED_NAME, "« " + text + " » est un mot réservé du langage : pour en faire un nom, écrire « ^" + text
					+ " », par exemple : " + before + " ^" + text + " { … }");
		}
		// a value of the wrong kind after a keyword
		if (expected != null && !"{".equals(text) && !"}".equals(text)) {
			return new Hint(IssueCodes.SYNTAX_VALUE, "après « " + before + " », " + expected.replace("%s", printable(text)));
		}
		if (identifier) {
			Hint hint = unknownIdentifier(text, before);
			if (hint != null) {
				return hint;
			}
		}
		// a block declared in the wrong place
		String parent = PARENT.get(text);
		String here = kindKeyword(context);
		if (parent != null && here != null && !parent.equals(here)) {
			return new Hint(IssueCodes.SYNTAX_MISPLACED, "« " + text + " » se déclare dans un bloc « " + parent + " », pas dans « " + here
					+ " » : le déplacer, par exemple " + parent + " … { " + text + " … }");
		}
		if (message != null && (message.contains("expecting '{'") || message.startsWith("missing '{'"))) {
			String block = blockName(context);
			return new Hint(IssueCodes.SYNTAX_BRACE, "« { » attendu avant « " + printable(text) + " » : un bloc s'ouvre par « { » et se ferme par « } »"
					+ (block == null ? "" : ", par exemple : " + blockExample(context)));
		}
		if (exception instanceof MismatchedTokenException && message != null && message.contains("expecting '}'")) {
			return new Hint(IssueCodes.SYNTAX_BRACE, "« " + printable(text) + " » inattendu : « } » attendu pour fermer le bloc"
					+ (blockName(context) == null ? "" : " « " + blockName(context) + " »"));
		}
		return null;
	}

	/**
	 * @param exception the error of a word that is not a keyword, read where a declaration, a property or an element may
	 *        start
	 * @param context the element whose block holds the word, or the file's model
	 * @return the hint: the keyword meant (an English word, a keyword without its accents or underscores), missing quotes,
	 *         or else what a block holds
	 */
	Hint explainUnknownWord(RecognitionException exception, EObject context) {
		String text = exception.token.getText();
		if (keywords.contains(text)) {
			return outOfPlace(text, context);
		}
		Token previous = previous(exception);
		// two words on one line may be a text without quotes; a word that starts a line is a statement of its own
		boolean sameLine = previous != null && previous.getLine() == exception.token.getLine();
		Hint hint = unknownIdentifier(text, sameLine ? previous.getText() : null);
		if (hint != null) {
			return hint;
		}
		String block = blockName(context);
		if (block == null) {
			return new Hint(IssueCodes.SYNTAX_UNKNOWN_WORD, "« " + printable(text) + " » n'est pas un mot du langage : un fichier déclare des blocs"
					+ " qui commencent par un mot du langage, par exemple : organisation Nom { … }");
		}
		return new Hint(IssueCodes.SYNTAX_UNKNOWN_WORD, "« " + printable(text) + " » n'est pas un mot du langage : dans le bloc « " + printable(block)
				+ " », une propriété ou un élément commence par un mot du langage, par exemple : description \"…\"");
	}

	/**
	 * @param keyword a word of the language read in a block that cannot hold it
	 * @param context the element whose block holds the word, or the file's model
	 * @return the hint: the block that declares such an element, or the blocks that have such a property
	 */
	private Hint outOfPlace(String keyword, EObject context) {
		String block = blockName(context);
		String here = block == null ? "au niveau du fichier" : "dans « " + printable(block) + " »";
		String parent = PARENT.get(keyword);
		if (parent != null) {
			return new Hint(IssueCodes.SYNTAX_MISPLACED, "« " + keyword + " » se déclare dans un bloc « " + parent + " », pas " + here
					+ " : le déplacer, par exemple " + parent + " … { " + keyword + " … }");
		}
		if (TOP_LEVEL.contains(keyword)) {
			return new Hint(IssueCodes.SYNTAX_MISPLACED, "« " + keyword + " » se déclare au niveau du fichier, pas " + here
					+ " : fermer le bloc avant, par exemple " + keyword + " Nom { … }");
		}
		List<String> owners = owners(keyword);
		if (owners.isEmpty()) {
			return new Hint(IssueCodes.SYNTAX_MISPLACED, "« " + keyword + " » ne peut pas commencer une ligne " + here
					+ " : une propriété ou un élément commence par un des mots du bloc, par exemple : description \"…\"");
		}
		return new Hint(IssueCodes.SYNTAX_MISPLACED, "« " + keyword + " » n'est pas une propriété " + (block == null ? "du fichier" : "du bloc « " + printable(block) + " »")
				+ " ; elle s'écrit dans un bloc " + String.join(" ou ", owners.stream().map(o -> "« " + o + " »").toList()));
	}

	/** @return the keywords of the blocks that read the keyword as one of their properties, at most three */
	private List<String> owners(String keyword) {
		Set<String> owners = new LinkedHashSet<>();
		for (ParserRule rule : GrammarUtil.allParserRules(grammar)) {
			List<Keyword> read = GrammarUtil.containedKeywords(rule);
			String declared = read.stream().map(Keyword::getValue).filter(k -> !"@enseignant".equals(k)).findFirst().orElse(null);
			if (declared != null && !declared.equals(keyword) && (PARENT.containsKey(declared) || TOP_LEVEL.contains(declared))
					&& read.stream().anyMatch(k -> keyword.equals(k.getValue()))) {
				owners.add(declared);
			}
		}
		return owners.stream().limit(3).toList();
	}

	/**
	 * @param text a word that is not a keyword, where the parser expects one
	 * @param before the word before it, or {@code null}
	 * @return the hint of an English word, of a keyword misspelt, or of a text without quotes, or {@code null}
	 */
	private Hint unknownIdentifier(String text, String before) {
		String english = ENGLISH.get(text.toLowerCase(java.util.Locale.ROOT));
		if (english != null && !english.equals(text) && keywords.contains(english)) {
			return new Hint(IssueCodes.SYNTAX_UNKNOWN_WORD, "« " + text + " » est un mot anglais : le langage est en français, écrire « " + english
					+ " »" + example(english));
		}
		String closest = closest(text);
		if (closest != null) {
			String example = example(closest);
			return new Hint(IssueCodes.SYNTAX_UNKNOWN_WORD, "« " + text + " » n'est pas un mot du langage ; vouliez-vous écrire « " + closest + " » ?"
					+ (example.isEmpty() ? "" : " Par" + example.substring(", par".length())));
		}
		if (before != null && isIdentifier(before) && !keywords.contains(before)) {
			return new Hint(IssueCodes.SYNTAX_QUOTES, "« " + before + " " + text + " » : un texte de plusieurs mots s'écrit entre guillemets, par exemple \""
					+ before + " " + text + "\" ; un nom d'élément ne contient pas d'espace (" + before + "_" + text + ")");
		}
		return null;
	}

	/** @return the brace that opens the element's block, when the parser has read it, else {@code null} */
	private static INode openingBrace(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return null;
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword keyword && "{".equals(keyword.getValue())
					&& NodeModelUtils.findActualSemanticObjectFor(leaf) == element) {
				return leaf;
			}
		}
		return null;
	}

	/** @return how many blocks are open around a place inside the element's block: its own and its containers' */
	private static int openBlocks(EObject element) {
		int count = 0;
		for (EObject e = element; e != null && e.eContainer() != null; e = e.eContainer()) {
			if (e == element || openingBrace(e) != null) {
				count++;
			}
		}
		return Math.max(count, 1);
	}

	/**
	 * @param block the element whose block is not closed, or the words that open it
	 * @param line the line of its opening brace
	 * @param count how many blocks are open at the end of the file, this one the innermost
	 * @return the hint of a file that ends inside blocks
	 */
	static Hint unclosed(Object block, int line, int count) {
		String name = block instanceof EObject element ? blockName(element) : String.valueOf(block);
		if (name == null || name.isBlank()) {
			name = block instanceof EObject element ? kindKeyword(element) : "";
		}
		String example = name + " { … }";
		if (count == 1) {
			return new Hint(IssueCodes.SYNTAX_BRACE, "fin de fichier inattendue : le bloc « " + printable(name) + " » ouvert ligne " + line
					+ " n'est pas fermé ; ajouter « } » à la fin du bloc, par exemple : " + printable(example));
		}
		return new Hint(IssueCodes.SYNTAX_BRACE, "fin de fichier inattendue : " + count + " blocs ne sont pas fermés, dont le bloc « "
				+ printable(name) + " » ouvert ligne " + line + " ; ajouter un « } » à la fin de chacun, par exemple : " + printable(example));
	}

	/**
	 * @param node the node of a value the parser could not read (empty or partial)
	 * @return a hint saying what the keyword before it expects, or {@code null}
	 */
	Hint explainMissingValue(org.eclipse.xtext.nodemodel.INode node) {
		org.eclipse.xtext.nodemodel.INode before = node.getPreviousSibling();
		while (before != null && (before.getText().isBlank() || before.getGrammarElement() instanceof org.eclipse.xtext.TerminalRule)) {
			before = before.getPreviousSibling();
		}
		if (before == null || !(before.getGrammarElement() instanceof Keyword keyword)) {
			return null;
		}
		EObject owner = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualSemanticObjectFor(node);
		String found = node.getText().strip();
		if (found.isEmpty()) {
			org.eclipse.xtext.nodemodel.INode next = node.getNextSibling();
			while (next != null && next.getText().isBlank()) {
				next = next.getNextSibling();
			}
			found = next == null ? "" : next.getText().strip();
		}
		String expected = expectedAfter(keyword.getValue(), owner);
		return expected == null ? null : new Hint(IssueCodes.SYNTAX_VALUE, "après « " + keyword.getValue() + " », " + expected.replace("%s", printable(found)));
	}

	private static boolean expectsName(RecognitionException exception, String message) {
		return message != null && (message.contains("RULE_ID") || message.startsWith("no viable alternative"));
	}

	/** @return the description of the value expected after the keyword in the element being parsed, {@code %s} standing for the input */
	private String expectedAfter(String keyword, EObject context) {
		Set<String> found = new LinkedHashSet<>();
		for (ParserRule rule : candidateRules(context)) {
			for (Keyword k : GrammarUtil.containedKeywords(rule)) {
				if (!keyword.equals(k.getValue()) || !(k.eContainer() instanceof Group group)) {
					continue;
				}
				List<AbstractElement> elements = group.getElements();
				int i = elements.indexOf(k);
				if (i + 1 < elements.size() && elements.get(i + 1) instanceof Assignment assignment) {
					String description = describe(keyword, assignment.getTerminal());
					if (description != null) {
						found.add(description);
					}
				}
			}
		}
		return found.size() == 1 ? found.iterator().next() : null;
	}

	/** @return the rules that may be parsing when the error occurs in the element: its own rules and those they call */
	private Set<ParserRule> candidateRules(EObject context) {
		Set<ParserRule> rules = new LinkedHashSet<>();
		for (ParserRule rule : GrammarUtil.allParserRules(grammar)) {
			if (context == null || rule.getType().getClassifier() instanceof EClass type && type.isSuperTypeOf(context.eClass())) {
				rules.add(rule);
			}
		}
		if (context != null) {
			for (ParserRule rule : List.copyOf(rules)) {
				for (RuleCall call : GrammarUtil.containedRuleCalls(rule)) {
					if (call.getRule() instanceof ParserRule called && call.eContainer() instanceof Assignment) {
						rules.add(called);
					}
				}
			}
		}
		return rules;
	}

	private String describe(String keyword, AbstractElement terminal) {
		if (terminal instanceof CrossReference) {
			return null;
		}
		if (!(terminal instanceof RuleCall call)) {
			return null;
		}
		AbstractRule rule = call.getRule();
		if (rule instanceof EnumRule e) {
			List<String> values = literals(e);
			return "une de ces valeurs est attendue : " + String.join(", ", values) + " (et non « %s ») ; par exemple : " + keyword + " " + values.get(0);
		}
		String name = rule.getName();
		return switch (name) {
		case "STRING", "Text" -> "un texte entre guillemets est attendu (et non « %s ») ; par exemple : " + keyword + " \"…\"";
		case "INT" -> "un nombre entier est attendu (et non « %s ») ; par exemple : " + keyword + " 12";
		case "Decimal" -> "un nombre est attendu (et non « %s »), avec un point décimal ; par exemple : " + keyword + " 3.5";
		case "Ipv4Address" -> "une adresse IPv4 est attendue (et non « %s ») ; par exemple : " + keyword + " 192.168.10.0/24";
		case "OuiNon" -> "oui ou non est attendu (et non « %s ») ; par exemple : " + keyword + " oui";
		default -> null;
		};
	}

	/** @return the words of an enumeration, in the grammar's order */
	static List<String> literals(EnumRule rule) {
		List<String> values = new ArrayList<>();
		AbstractElement alternatives = rule.getAlternatives();
		if (alternatives instanceof EnumLiteralDeclaration d) {
			values.add(d.getLiteral().getValue());
		} else if (alternatives instanceof Alternatives a) {
			for (AbstractElement e : a.getElements()) {
				values.add(((EnumLiteralDeclaration) e).getLiteral().getValue());
			}
		}
		return values;
	}

	/** @return the keyword closest to the word, accents, case and underscores forgiven, or {@code null} */
	String closest(String word) {
		String key = normalise(word);
		if (key.length() < 3) {
			return null;
		}
		int allowed = key.length() <= 4 ? 1 : 2;
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String k : keywords) {
			if (!isIdentifier(k) || k.length() < 3) {
				continue;
			}
			String n = normalise(k);
			int d;
			if (n.equals(key)) {
				d = 0;
			} else if (n.length() >= 6 && key.startsWith(n) || key.length() >= 6 && n.startsWith(key)) {
				d = 2;
			} else if (Math.abs(n.length() - key.length()) > allowed) {
				continue; // at least as many edits as the lengths differ: too far, and a long word is not compared letter by letter
			} else {
				d = EditDistance.between(n, key);
			}
			if (d < bestDistance || d == bestDistance && best != null && k.compareTo(best) < 0) {
				bestDistance = d;
				best = k;
			}
		}
		return bestDistance <= allowed ? best : null;
	}

	private String example(String keyword) {
		for (ParserRule rule : GrammarUtil.allParserRules(grammar)) {
			for (Keyword k : GrammarUtil.containedKeywords(rule)) {
				if (keyword.equals(k.getValue()) && k.eContainer() instanceof Group group) {
					List<AbstractElement> elements = group.getElements();
					int i = elements.indexOf(k);
					if (i + 1 < elements.size() && elements.get(i + 1) instanceof Assignment a && "name".equals(a.getFeature())) {
						return ", par exemple : " + keyword + " Nom { … }";
					}
				}
			}
		}
		return "";
	}

	static String normalise(String word) {
		return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
				.replace("_", "").replace("-", "");
	}

	private static Token previous(RecognitionException exception) {
		if (!(exception.input instanceof TokenStream tokens)) {
			return null;
		}
		for (int i = exception.token.getTokenIndex() - 1; i >= 0; i--) {
			Token t = tokens.get(i);
			if (t.getChannel() == Token.DEFAULT_CHANNEL && !hidden(t)) {
				return t;
			}
		}
		return null;
	}

	private static String next(RecognitionException exception) {
		if (!(exception.input instanceof TokenStream tokens)) {
			return null;
		}
		for (int i = exception.token.getTokenIndex() + 1; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			if (t.getType() == Token.EOF) {
				return null;
			}
			if (t.getChannel() == Token.DEFAULT_CHANNEL && !hidden(t)) {
				return t.getText();
			}
		}
		return null;
	}

	private static boolean hidden(Token t) {
		String text = t.getText();
		return text == null || text.isBlank() || text.startsWith("//") || text.startsWith("/*");
	}

	private static boolean isNumber(String text) {
		return text != null && !text.isEmpty() && text.chars().allMatch(Character::isDigit);
	}

	private static boolean isIdentifier(String text) {
		return text != null && !text.isEmpty() && (Character.isLetter(text.charAt(0)) || text.charAt(0) == '_')
				&& text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
	}

	private static String kindKeyword(EObject context) {
		if (context == null) {
			return null;
		}
		String label = Kinds.label(context.eClass());
		return KEYWORD_OF_KIND.getOrDefault(label, label);
	}

	private static String blockName(EObject context) {
		if (context == null || context.eClass().getEStructuralFeature("name") == null) {
			return null;
		}
		Object name = context.eGet(context.eClass().getEStructuralFeature("name"));
		return kindKeyword(context) + (name == null ? "" : " " + name);
	}

	private static String blockExample(EObject context) {
		return blockName(context) + " { … }";
	}

	private static String printable(String text) {
		return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}
}
