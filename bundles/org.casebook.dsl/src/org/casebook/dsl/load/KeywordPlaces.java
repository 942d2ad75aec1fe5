// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.load;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebook.dsl.services.CasebookGrammarAccess;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
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
import org.eclipse.xtext.UnorderedGroup;

/**
 * Where each word of the language may be read: for each rule of the grammar, the token types of the keywords that the
 * rule reads itself, in its fragments, or first in the rules it calls. A word of the language read in a block whose
 * rule cannot read it anywhere (« serveur » in an organisation) is out of its place: the parser reads it as an unknown
 * word, reports it once and goes on with the block ({@link RecoveringParser}).
 */
public final class KeywordPlaces {

	/** By the token names of a generated parser (the language's and content assist's number their tokens apart). */
	private static final Map<String[], KeywordPlaces> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

	private final Grammar grammar;

	/** The keywords that are words (« serveur », « adresse »), not punctuation: those that may be out of their place. */
	private final BitSet words = new BitSet();

	private final Map<AbstractRule, BitSet> readBy = new IdentityHashMap<>();

	/** The type of each keyword's token. */
	private final Map<String, Integer> types = new HashMap<>();

	/** The loops of the grammar's blocks and of the file, which read an unknown word where an element may start. */
	private final Set<Alternatives> blockLoops = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

	private KeywordPlaces(CasebookGrammarAccess access, String[] tokenNames) {
		this.grammar = access.getGrammar();
		for (int type = 0; type < tokenNames.length; type++) {
			String name = tokenNames[type];
			if (name != null && name.length() > 2 && name.startsWith("'") && name.endsWith("'")) {
				String keyword = unescape(name.substring(1, name.length() - 1));
				types.put(keyword, type);
				if (Character.isLetter(keyword.charAt(0))) {
					words.set(type);
				}
			}
		}
		Map<AbstractRule, Set<String>> firsts = new IdentityHashMap<>();
		for (AbstractRule rule : grammar.getRules()) {
			Set<String> read = new HashSet<>();
			collect(rule, read, firsts, new HashSet<>());
			BitSet set = new BitSet();
			for (String keyword : read) {
				Integer type = types.get(keyword);
				if (type != null) {
					set.set(type);
				}
			}
			readBy.put(rule, set);
			if (rule instanceof ParserRule) {
				for (Alternatives loop : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(rule, Alternatives.class)) {
					if (GrammarUtil.isMultipleCardinality(loop)
							&& loop.getElements().stream().anyMatch(e -> e instanceof RuleCall call && call.getRule() == access.getUnknownWordRule())) {
						blockLoops.add(loop);
					}
				}
			}
		}
	}

	/**
	 * @param access the language's grammar
	 * @param tokenNames the generated parser's token names, by token type
	 * @return the places of the grammar's keywords, computed once per grammar and parser
	 */
	public static KeywordPlaces of(CasebookGrammarAccess access, String[] tokenNames) {
		KeywordPlaces places = SHARED.get(tokenNames);
		if (places == null || places.grammar != access.getGrammar()) {
			places = new KeywordPlaces(access, tokenNames);
			SHARED.put(tokenNames, places);
		}
		return places;
	}

	/**
	 * @param type a token type
	 * @param rule the rule being read
	 * @return whether the token is a word of the language that the rule can read nowhere
	 */
	public boolean outOfPlace(int type, AbstractRule rule) {
		BitSet read = readBy(rule);
		return isWord(type) && read != null && !read.get(type);
	}

	/** @return the type of the keyword's token, or -1 when the grammar has no such keyword */
	public int type(String keyword) {
		return types.getOrDefault(keyword, -1);
	}

	/** @return whether the element is the loop of a block or of the file, where an unknown word may be read */
	public boolean isBlockLoop(EObject element) {
		return element instanceof Alternatives loop && blockLoops.contains(loop);
	}

	/** @return the token types of the words the rule may read, or {@code null} for a rule that is not the grammar's */
	public BitSet readBy(AbstractRule rule) {
		return readBy.get(rule);
	}

	/** @return whether the token is a word of the language (not punctuation, not an identifier) */
	public boolean isWord(int type) {
		return type >= 0 && words.get(type);
	}

	/** @return the rule of a node's grammar element: the rule it calls, the rule itself, or the rule that holds it */
	public static AbstractRule ruleOf(EObject grammarElement) {
		if (grammarElement instanceof RuleCall call) {
			return call.getRule();
		}
		if (grammarElement instanceof AbstractRule rule) {
			return rule;
		}
		return grammarElement == null ? null : GrammarUtil.containingRule(grammarElement);
	}

	/** @return the keyword of a token name, whose letters beyond ASCII the generated parser writes as {@code \\u00E9} */
	private static String unescape(String name) {
		if (name.indexOf('\\') < 0) {
			return name;
		}
		StringBuilder keyword = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '\\' && i + 5 < name.length() && name.charAt(i + 1) == 'u') {
				keyword.append((char) Integer.parseInt(name.substring(i + 2, i + 6), 16));
				i += 5;
			} else {
				keyword.append(c);
			}
		}
		return keyword.toString();
	}

	/**
	 * Adds the keywords the rule reads itself or in its fragments, and those that may start the rules it calls; the words
	 * of a block's header (« organisation » in {@code organisation O { … }}) only when its block reads them too.
	 */
	private static void collect(AbstractRule rule, Set<String> read, Map<AbstractRule, Set<String>> firsts, Set<AbstractRule> fragments) {
		if (!fragments.add(rule)) {
			return;
		}
		Set<Keyword> header = header(rule);
		for (Keyword keyword : GrammarUtil.containedKeywords(rule)) {
			if (!header.contains(keyword)) {
				read.add(keyword.getValue());
			}
		}
		for (RuleCall call : GrammarUtil.containedRuleCalls(rule)) {
			AbstractRule called = call.getRule();
			if (called instanceof ParserRule parser && parser.isFragment()) {
				collect(called, read, firsts, fragments);
			} else {
				read.addAll(first(called, firsts));
			}
		}
	}

	/** @return the keywords read before the brace that opens the rule's block, none when the rule has no block */
	private static Set<Keyword> header(AbstractRule rule) {
		Set<Keyword> header = new HashSet<>();
		if (rule.getAlternatives() instanceof Group group) {
			for (AbstractElement element : group.getElements()) {
				List<Keyword> keywords = element instanceof Keyword k ? List.of(k) : GrammarUtil.containedKeywords(element);
				if (keywords.stream().anyMatch(k -> "{".equals(k.getValue()))) {
					return header;
				}
				header.addAll(keywords);
			}
		}
		return Set.of();
	}

	/** @return the keywords that may start the rule */
	private static Set<String> first(AbstractRule rule, Map<AbstractRule, Set<String>> firsts) {
		Set<String> known = firsts.get(rule);
		if (known != null) {
			return known;
		}
		Set<String> first = new HashSet<>();
		firsts.put(rule, first); // a rule that calls itself first adds nothing more
		if (rule instanceof ParserRule || rule instanceof EnumRule) {
			first(rule.getAlternatives(), first, firsts);
		}
		return first;
	}

	/** Adds the keywords that may start the element. @return whether the element may read nothing */
	private static boolean first(AbstractElement element, Set<String> first, Map<AbstractRule, Set<String>> firsts) {
		boolean empty = switch (element) {
		case null -> true;
		case Keyword keyword -> {
			first.add(keyword.getValue());
			yield false;
		}
		case EnumLiteralDeclaration literal -> {
			first.add(literal.getLiteral().getValue());
			yield false;
		}
		case RuleCall call -> {
			if (call.getRule() instanceof ParserRule || call.getRule() instanceof EnumRule) {
				first.addAll(first(call.getRule(), firsts));
			}
			yield false;
		}
		case Assignment assignment -> first(assignment.getTerminal(), first, firsts);
		case CrossReference reference -> first(reference.getTerminal(), first, firsts);
		case Action action -> true;
		case Alternatives alternatives -> {
			boolean any = false;
			for (AbstractElement e : alternatives.getElements()) {
				any |= first(e, first, firsts);
			}
			yield any;
		}
		case UnorderedGroup group -> {
			boolean all = true;
			for (AbstractElement e : group.getElements()) {
				all &= first(e, first, firsts);
			}
			yield all;
		}
		case Group group -> {
			boolean all = true;
			for (AbstractElement e : group.getElements()) {
				if (!first(e, first, firsts)) {
					all = false;
					break;
				}
			}
			yield all;
		}
		default -> false;
		};
		return empty || GrammarUtil.isOptionalCardinality(element);
	}
}
