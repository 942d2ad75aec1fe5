// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.variants;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casebook.dsl.load.ScenarioSet;
import org.casebook.model.BaseVariation;
import org.casebook.model.CasebookPackage;
import org.casebook.model.Department;
import org.casebook.model.ItProvider;
import org.casebook.model.Model;
import org.casebook.model.NameVariation;
import org.casebook.model.NamedElement;
import org.casebook.model.Organisation;
import org.casebook.model.PrefixVariation;
import org.casebook.model.QuantityVariation;
import org.casebook.model.Site;
import org.casebook.model.TerminalGroup;
import org.casebook.model.TextAlternative;
import org.casebook.model.TextVariation;
import org.casebook.model.Variants;
import org.casebook.model.Vlan;
import org.casebook.model.VlanNumberVariation;
import org.casebook.model.expression.Expressions;
import org.casebook.model.net.Ipv4;
import org.casebook.referential.Referential.Option;
import org.casebook.referential.conformity.ConformityChecker;
import org.casebook.referential.conformity.Reading;
import org.casebook.referential.conformity.RuleResult;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Draws one student's variant of a scenario from its {@code variantes} block, deterministically from a seed.
 *
 * <p>A variant stays valid by construction: a {@code bloc} moves with all its addresses into a free block of the same
 * size (host bits kept, so every address stays in its network and every gateway keeps its place); a VLAN whose prefix
 * changes keeps the addresses of the lower half of its network at the same offset and those of the upper half at the
 * same distance from the end (a gateway in {@code .254} stays the last usable address); every IPv4 literal of a text
 * moves with its network. Each file of the variant is the teacher's text with the drawn values written in place of the
 * original ones ({@link SourceEdits}: comments and layout are kept), read again and validated, and its
 * outcomes of the annexe II.E (both options, strict reading) are compared with the original's: a draw that fails any of
 * these, or repeats another student's variant, is refused and the next draw of the same random sequence is taken.</p>
 */
public class VariantGenerator {

	/** Draws tried before giving up. */
	public static final int MAX_ATTEMPTS = 64;

	private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(/\\d{1,2})?(?![\\d])");
	private static final CasebookPackage P = CasebookPackage.eINSTANCE;

	@Inject
	private ISerializer serializer;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IValueConverterService converters;

	/** A draw that cannot be used; the next one is tried. */
	private static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message, null, false, false);
		}
	}

	/** @return the language's serializer, which also writes the student text of a variant's package */
	public ISerializer serializer() {
		return serializer;
	}

	/**
	 * @param models a scenario
	 * @return whether it declares a {@code variantes} block
	 */
	public static boolean hasVariants(List<Model> models) {
		return models.stream().flatMap(m -> m.getElements().stream()).anyMatch(Variants.class::isInstance);
	}

	/**
	 * @param seed the seed of the class
	 * @param line the line of the student in the class list (1 for the first line)
	 * @param student the student's line as written
	 * @return the seed of that student's variant
	 */
	public static long seedFor(long seed, int line, String student) {
		long h = seed * 0x9E3779B97F4A7C15L + line;
		for (int i = 0; i < student.length(); i++) {
			h = (h ^ student.charAt(i)) * 0x100000001B3L;
		}
		return h ^ (h >>> 31);
	}

	/**
	 * Draws a variant.
	 *
	 * @param scenario a loaded scenario with no error
	 * @param seed the student's seed ({@link #seedFor})
	 * @param taken the signatures of the variants already given to other students: none is given again
	 * @return the variant, validated
	 * @throws IOException when no draw of {@link #MAX_ATTEMPTS} gives a valid variant, with the reason of the last one
	 */
	public Variant generate(ScenarioSet scenario, long seed, Set<String> taken) throws IOException {
		SplittableRandom random = new SplittableRandom(seed);
		Map<Organisation, Map<String, String>> originalOutcomes = outcomes(scenario.getModels());
		String last = "aucune partie variable";
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			try {
				Variant v = draw(scenario, random, attempt);
				if (taken.contains(v.signature()) && attempt < MAX_ATTEMPTS / 2) {
					throw new Refused("variante déjà donnée à un autre élève");
				}
				if (!sameOutcomes(originalOutcomes, outcomes(v.models()))) {
					throw new Refused("la variante changerait un résultat de l'annexe II.E");
				}
				return v;
			} catch (Refused e) {
				last = e.getMessage();
			}
		}
		throw new IOException("aucune variante valide en " + MAX_ATTEMPTS + " tirages (dernier refus : " + last
				+ ") : élargir les plages du bloc variantes");
	}

	private Variant draw(ScenarioSet scenario, SplittableRandom random, int attempt) throws Refused, IOException {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<Model> copies = new ArrayList<>();
		for (Model m : scenario.getModels()) {
			copies.add((Model) copier.copy(m));
		}
		copier.copyReferences();
		List<Variants> blocks = new ArrayList<>();
		for (Model m : copies) {
			m.getElements().stream().filter(Variants.class::isInstance).map(Variants.class::cast).forEach(blocks::add);
		}
		List<Variant.Change> changes = new ArrayList<>();
		List<Vlan> vlans = new ArrayList<>();
		for (Model m : copies) {
			m.eAllContents().forEachRemaining(e -> {
				if (e instanceof Vlan v) {
					vlans.add(v);
				}
			});
		}
		Plan plan = new Plan();
		for (Variants block : blocks) {
			drawBases(block, vlans, random, plan, changes);
		}
		for (Variants block : blocks) {
			for (PrefixVariation p : block.getPrefixes()) {
				Ipv4 net = p.getVlan() == null ? null : Ipv4.tryParse(p.getVlan().getSubnet());
				if (net == null || p.getLengths().isEmpty()) {
					continue;
				}
				int q = p.getLengths().get(random.nextInt(p.getLengths().size()));
				Ipv4 moved = new Ipv4(plan.translate(net.first()), net.prefix());
				Ipv4 target = new Ipv4(moved.first(), q).withPrefix(q);
				if (q != net.prefix()) {
					plan.resized.add(new Resized(moved, target));
				}
				changes.add(new Variant.Change("préfixe " + p.getVlan().getName(), Integer.toString(net.prefix()), Integer.toString(q)));
			}
		}
		// names, numbers and quantities are set on the copies; texts and addresses are rewritten in one pass
		Map<String, String> renamed = new LinkedHashMap<>();
		for (Variants block : blocks) {
			for (NameVariation n : block.getRenamings()) {
				if (n.getTarget() == null || n.getNames().isEmpty()) {
					continue;
				}
				String name = n.getNames().get(random.nextInt(n.getNames().size()));
				changes.add(new Variant.Change("nom " + n.getTarget().getName(), n.getTarget().getName(), name));
				if (!name.equals(n.getTarget().getName())) {
					renamed.put(n.getTarget().getName(), name);
					n.getTarget().setName(name);
				}
			}
			for (VlanNumberVariation n : block.getVlanNumbers()) {
				drawVlanNumber(n, vlans, random, changes);
			}
			for (QuantityVariation q : block.getQuantities()) {
				drawQuantity(q, random, changes);
			}
		}
		Map<String, String> substitutions = new LinkedHashMap<>();
		for (Variants block : blocks) {
			for (TextVariation t : block.getTexts()) {
				if (t.getAlternatives().isEmpty()) {
					continue;
				}
				TextAlternative alternative = t.getAlternatives().get(random.nextInt(t.getAlternatives().size()));
				for (int i = 0; i < t.getOriginals().size() && i < alternative.getValues().size(); i++) {
					substitutions.put(t.getOriginals().get(i), alternative.getValues().get(i));
					changes.add(new Variant.Change("texte « " + t.getOriginals().get(i) + " »", t.getOriginals().get(i), alternative.getValues().get(i)));
				}
			}
		}
		List<Model> onlyVariants = copies.stream().filter(m -> !m.getElements().isEmpty() && m.getElements().stream().allMatch(Variants.class::isInstance))
				.toList();
		for (Variants block : blocks) {
			EcoreUtil.remove(block);
		}
		Rewriter rewriter = new Rewriter(plan, substitutions, renamed);
		for (Model m : copies) {
			rewrite(m, rewriter);
			for (var it = m.eAllContents(); it.hasNext();) {
				rewrite(it.next(), rewriter);
			}
		}
		if (rewriter.failure != null) {
			throw new Refused(rewriter.failure);
		}
		Map<String, String> texts = new LinkedHashMap<>();
		List<Resource> originals = new ArrayList<>();
		List<Model> keptOriginals = new ArrayList<>();
		List<Model> kept = new ArrayList<>();
		XtextResourceSet holder = resourceSets.get();
		for (int i = 0; i < copies.size(); i++) {
			if (onlyVariants.contains(copies.get(i))) {
				continue; // a file that held only the variantes block: the variant has no such file
			}
			Resource original = scenario.getModels().get(i).eResource();
			Resource copy = scenario.getResourceSet().getResourceFactoryRegistry().getFactory(original.getURI()).createResource(original.getURI());
			holder.getResources().add(copy);
			copy.getContents().add(copies.get(i));
			originals.add(original);
			keptOriginals.add(scenario.getModels().get(i));
			kept.add(copies.get(i));
		}
		for (int i = 0; i < kept.size(); i++) {
			Resource original = originals.get(i);
			// the teacher's text with the drawn values in place; the serializer only when a value has no single place
			String text = SourceEdits.apply(keptOriginals.get(i), copier, raw -> rewriter.rewrite(raw, false), converters);
			if (text == null) {
				try {
					text = serializer.serialize(kept.get(i), SaveOptions.newBuilder().format().getOptions());
				} catch (RuntimeException e) {
					throw new Refused("écriture du scénario impossible (" + e.getMessage() + ")");
				}
			}
			texts.put(scenario.pathOf(original).getFileName().toString(), text);
		}
		XtextResourceSet again = resourceSets.get();
		List<Model> models = new ArrayList<>();
		Map<Resource, Path> files = new LinkedHashMap<>();
		for (Resource original : originals) {
			String name = scenario.pathOf(original).getFileName().toString();
			Resource resource = scenario.getResourceSet().getResourceFactoryRegistry().getFactory(original.getURI()).createResource(original.getURI());
			again.getResources().add(resource);
			files.put(resource, Path.of(name));
			resource.load(new ByteArrayInputStream(texts.get(name).getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		}
		for (Resource resource : again.getResources()) {
			EcoreUtil.resolveAll(resource);
		}
		for (Resource resource : List.copyOf(again.getResources())) {
			IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				if (issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR) {
					throw new Refused(resource.getURI().lastSegment() + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": "
							+ issue.getCode() + ": " + issue.getMessage());
				}
			}
			models.add((Model) resource.getContents().get(0));
		}
		return new Variant(texts, models, ScenarioSet.of(again, files), List.copyOf(changes), attempt);
	}

	// ------------------------------------------------------------------------------------------------ addresses

	private record Move(Ipv4 from, Ipv4 to) {
	}

	private record Resized(Ipv4 from, Ipv4 to) {
	}

	/** The moves of blocks and the resized networks of one draw. */
	private static final class Plan {
		final List<Move> moves = new ArrayList<>();
		final List<Resized> resized = new ArrayList<>();

		long translate(long a) {
			for (Move m : moves) {
				if (m.from().contains(new Ipv4(a, 32))) {
					return m.to().first() + (a - m.from().first());
				}
			}
			return a;
		}
	}

	private static void drawBases(Variants block, List<Vlan> vlans, SplittableRandom random, Plan plan, List<Variant.Change> changes)
			throws Refused {
		List<Ipv4> fixed = new ArrayList<>();
		List<Ipv4> originals = block.getBases().stream().map(b -> Ipv4.tryParse(b.getOriginal())).filter(x -> x != null).toList();
		for (Vlan v : vlans) {
			Ipv4 net = Ipv4.tryParse(v.getSubnet());
			if (net != null && originals.stream().noneMatch(o -> o.contains(net))) {
				fixed.add(net);
			}
		}
		for (BaseVariation base : block.getBases()) {
			Ipv4 from = Ipv4.tryParse(base.getOriginal());
			Ipv4 pool = Ipv4.tryParse(base.getPool());
			if (from == null || pool == null || pool.prefix() > from.prefix()) {
				continue;
			}
			long size = 1L << (32 - from.prefix());
			long candidates = 1L << Math.min(40, from.prefix() - pool.prefix());
			Ipv4 chosen = null;
			for (int tries = 0; tries < 200 && chosen == null; tries++) {
				Ipv4 candidate = new Ipv4(pool.first() + random.nextLong(candidates) * size, from.prefix());
				boolean free = fixed.stream().noneMatch(candidate::overlaps) && plan.moves.stream().noneMatch(m -> m.to().overlaps(candidate));
				if (free) {
					chosen = candidate;
				}
			}
			if (chosen == null) {
				throw new Refused("aucun bloc libre pour " + base.getOriginal() + " dans " + base.getPool());
			}
			plan.moves.add(new Move(from.withPrefix(from.prefix()), chosen));
			changes.add(new Variant.Change("bloc " + base.getOriginal(), from.toString(), chosen.toString()));
		}
	}

	/** Rewrites every text of the copy: addresses, replaced texts and renamed identifiers. */
	private static final class Rewriter {
		final Plan plan;
		final Pattern texts;
		final Map<String, String> substitutions;
		final Pattern names;
		final Map<String, String> renamed;
		String failure;

		Rewriter(Plan plan, Map<String, String> substitutions, Map<String, String> renamed) {
			this.plan = plan;
			this.substitutions = substitutions;
			this.renamed = renamed;
			this.texts = alternation(substitutions.keySet(), false);
			this.names = alternation(renamed.keySet(), true);
		}

		private static Pattern alternation(Set<String> words, boolean identifier) {
			if (words.isEmpty()) {
				return null;
			}
			List<String> sorted = new ArrayList<>(words);
			sorted.sort(Comparator.comparingInt(String::length).reversed());
			String body = String.join("|", sorted.stream().map(Pattern::quote).toList());
			return Pattern.compile(identifier ? "(?<![\\p{L}\\d_-])(" + body + ")(?![\\p{L}\\d_-])" : "(" + body + ")");
		}

		String rewrite(String text, boolean identifierText) {
			if (text == null) {
				return null;
			}
			String result = addresses(text);
			if (names != null) {
				result = replace(result, names, renamed);
			}
			if (texts != null && !identifierText) {
				// outside expressions only: an expression names elements, which keep their identifiers
				StringBuilder b = new StringBuilder();
				int from = 0;
				for (Expressions.Occurrence o : Expressions.find(result)) {
					b.append(replace(result.substring(from, o.start()), texts, substitutions));
					b.append(result, o.start(), o.end());
					from = o.end();
				}
				b.append(replace(result.substring(from), texts, substitutions));
				result = b.toString();
			}
			return result;
		}

		private static String replace(String text, Pattern pattern, Map<String, String> by) {
			Matcher m = pattern.matcher(text);
			StringBuilder b = new StringBuilder();
			while (m.find()) {
				m.appendReplacement(b, Matcher.quoteReplacement(by.get(m.group(1))));
			}
			m.appendTail(b);
			return b.toString();
		}

		private String addresses(String text) {
			if (plan.moves.isEmpty() && plan.resized.isEmpty()) {
				return text;
			}
			Matcher m = IPV4.matcher(text);
			StringBuilder b = new StringBuilder();
			Resized previous = null;
			int previousEnd = -1;
			while (m.find()) {
				Ipv4 literal = Ipv4.tryParse(m.group());
				String replacement;
				Resized follows = previous != null && text.substring(previousEnd, m.start()).isBlank() ? previous : null;
				previous = null;
				if (literal == null) {
					replacement = m.group();
				} else if (follows != null && literal.prefix() == 32 && literal.address() == follows.from().mask()) {
					replacement = new Ipv4(follows.to().mask(), 32).toString(); // « 172.16.0.0 255.255.128.0 »
				} else if (follows != null && literal.prefix() == 32 && literal.address() == (~follows.from().mask() & 0xFFFFFFFFL)) {
					replacement = new Ipv4(~follows.to().mask() & 0xFFFFFFFFL, 32).toString(); // wildcard of an ACL
				} else {
					replacement = map(literal).toString();
					if (literal.prefix() == 32) {
						long t = plan.translate(literal.address());
						for (Resized r : plan.resized) {
							if (r.from().first() == t) {
								previous = r;
								previousEnd = m.end();
							}
						}
					}
				}
				m.appendReplacement(b, Matcher.quoteReplacement(replacement));
			}
			m.appendTail(b);
			return b.toString();
		}

		private Ipv4 map(Ipv4 literal) {
			long t = plan.translate(literal.address());
			if (literal.prefix() < 32) {
				for (Resized r : plan.resized) {
					if (r.from().first() == t && r.from().prefix() == literal.prefix()) {
						return r.to();
					}
				}
				return new Ipv4(t, literal.prefix());
			}
			for (Resized r : plan.resized) {
				if (r.from().contains(new Ipv4(t, 32))) {
					long oldSize = r.from().last() - r.from().first() + 1;
					long newSize = r.to().last() - r.to().first() + 1;
					long offset = t - r.from().first();
					if (offset == 0) {
						return new Ipv4(r.to().first(), 32); // the network address, written alone
					}
					if (offset == oldSize - 1) {
						return new Ipv4(r.to().last(), 32); // the broadcast address
					}
					long kept = offset >= oldSize / 2 ? newSize - (oldSize - offset) : offset + (r.from().first() - r.to().first());
					if (kept < 1 || kept > newSize - 2) {
						failure = "l'adresse " + new Ipv4(t, 32) + " ne tient pas dans " + r.to();
						return new Ipv4(t, 32);
					}
					return new Ipv4(r.to().first() + kept, 32);
				}
			}
			return new Ipv4(t, 32);
		}
	}

	@SuppressWarnings("unchecked")
	private static void rewrite(EObject e, Rewriter rewriter) {
		for (EAttribute a : e.eClass().getEAllAttributes()) {
			if (a.getEAttributeType() != EcorePackage.Literals.ESTRING || !e.eIsSet(a) || a.isDerived() || !a.isChangeable()) {
				continue;
			}
			if (a == P.getNamedElement_Name() || a == P.getModel_Namespace() || a == P.getImport_ImportedNamespace()) {
				continue; // identifiers and packages: renamed only by a « nom » variation, through the references
			}
			if (a.isMany()) {
				EList<String> values = (EList<String>) e.eGet(a);
				for (int i = 0; i < values.size(); i++) {
					values.set(i, rewriter.rewrite(values.get(i), false));
				}
			} else {
				e.eSet(a, rewriter.rewrite((String) e.eGet(a), false));
			}
		}
	}

	// ------------------------------------------------------------------------------------------------ numbers

	private static void drawVlanNumber(VlanNumberVariation n, List<Vlan> vlans, SplittableRandom random, List<Variant.Change> changes) {
		Vlan vlan = n.getVlan();
		if (vlan == null) {
			return;
		}
		int original = vlan.getNumber();
		int chosen = original;
		for (int tries = 0; tries < 50; tries++) {
			int candidate = n.getValues().isEmpty() ? n.getMin() + random.nextInt(n.getMax() - n.getMin() + 1)
					: n.getValues().get(random.nextInt(n.getValues().size()));
			boolean free = vlans.stream().noneMatch(o -> o != vlan && o.getNumber() == candidate && o.getSite() == vlan.getSite());
			if (free) {
				chosen = candidate;
				break;
			}
		}
		vlan.setNumber(chosen);
		changes.add(new Variant.Change("numéro " + vlan.getName(), Integer.toString(original), Integer.toString(chosen)));
	}

	private static void drawQuantity(QuantityVariation q, SplittableRandom random, List<Variant.Change> changes) {
		NamedElement target = q.getTarget();
		if (target == null || q.getMin() > q.getMax()) {
			return;
		}
		int value = q.getMin() + random.nextInt(q.getMax() - q.getMin() + 1);
		int original;
		if (target instanceof TerminalGroup t && "nombre".equals(q.getFeature())) {
			original = t.getCount();
			t.setCount(value);
		} else if (target instanceof Organisation o) {
			original = (int) Math.round(o.getStaff());
			o.setStaff(value);
		} else if (target instanceof Site s) {
			original = (int) Math.round(s.getStaff());
			s.setStaff(value);
		} else if (target instanceof Department d) {
			original = (int) Math.round(d.getStaff());
			d.setStaff(value);
		} else if (target instanceof ItProvider p) {
			original = (int) Math.round(p.getStaff());
			p.setStaff(value);
		} else {
			return;
		}
		changes.add(new Variant.Change(q.getFeature() + " " + target.getName(), Integer.toString(original), Integer.toString(value)));
	}

	// ------------------------------------------------------------------------------------------------ annexe II.E

	/**
	 * @param models a scenario
	 * @return for each organisation, the outcome of each rule of the annexe II.E in both options (strict reading)
	 */
	public static Map<Organisation, Map<String, String>> outcomes(List<Model> models) {
		Map<Organisation, Map<String, String>> result = new LinkedHashMap<>();
		for (Model m : models) {
			for (EObject e : m.getElements()) {
				if (e instanceof Organisation o) {
					Map<String, String> statuses = new LinkedHashMap<>();
					for (Option option : List.of(Option.SISR, Option.SLAM)) {
						for (RuleResult r : ConformityChecker.check(o, models, option, Reading.STRICTE).results()) {
							statuses.put(option + " " + r.id(), r.status().name());
						}
					}
					result.put(o, statuses);
				}
			}
		}
		return result;
	}

	private static boolean sameOutcomes(Map<Organisation, Map<String, String>> a, Map<Organisation, Map<String, String>> b) {
		return List.copyOf(a.values()).equals(List.copyOf(b.values()));
	}
}
