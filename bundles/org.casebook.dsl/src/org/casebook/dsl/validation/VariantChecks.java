// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import org.casebook.model.Realisation;
import org.casebook.model.Site;
import org.casebook.model.TerminalGroup;
import org.casebook.model.TextAlternative;
import org.casebook.model.TextVariation;
import org.casebook.model.VlanNumberVariation;
import org.casebook.model.expression.ExpressionException;
import org.casebook.model.expression.Expressions;
import org.casebook.model.expression.ModelScope;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/** Checks the per-student variants ({@code variantes}) and the expressions {@code {{ … }}} of the réalisations. */
public class VariantChecks extends ComposedChecks {

	private static final CasebookPackage P = CasebookPackage.eINSTANCE;

	/** Every expression of a question or a corrigé evaluates; a question never names an element reserved to the teacher. */
	@Check
	public void checkExpressions(Realisation realisation) {
		if (!Expressions.contains(realisation.getQuestion()) && !Expressions.contains(realisation.getAnswer())) {
			return;
		}
		ModelScope scope = new ModelScope(models(realisation));
		checkText(realisation, P.getRealisation_Question(), realisation.getQuestion(), scope, true);
		checkText(realisation, P.getRealisation_Answer(), realisation.getAnswer(), scope, false);
	}

	/**
	 * An expression is evaluated in the question and the corrigé of a réalisation only: written in any other text
	 * (a description, an annex, a presentation, a need…), the documents, the student package and the viewer would print
	 * it as written, with the names of the elements it cites, reserved to the teacher or not. Braces that do not make an
	 * expression of the language (a template of another tool, {@code {{ inventory_hostname }}}) are text.
	 */
	@Check
	public void checkExpressionsNotEvaluated(EObject element) {
		ModelScope scope = null;
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (attribute == P.getRealisation_Question() || attribute == P.getRealisation_Answer()
					|| attribute.getEAttributeType().getInstanceClass() != String.class || !element.eIsSet(attribute)) {
				continue;
			}
			List<?> values = attribute.isMany() ? (List<?>) element.eGet(attribute) : List.of(element.eGet(attribute));
			for (int index = 0; index < values.size(); index++) {
				if (!(values.get(index) instanceof String text) || !Expressions.contains(text)) {
					continue;
				}
				scope = scope != null ? scope : new ModelScope(models(element));
				List<Expressions.Occurrence> inText = Expressions.find(text);
				int[] bases = bases(node(element, attribute, index), inText.size());
				for (int i = 0; i < inText.size(); i++) {
					Expressions.Occurrence o = inText.get(i);
					try {
						Expressions.evaluate(o, scope);
					} catch (ExpressionException e) {
						if (ExpressionException.SYNTAX.equals(e.code())) {
							continue;
						}
					}
					int at = bases[i];
					report("expression « " + org.casebook.model.text.Printable.of(text.substring(o.start(), o.end()))
							+ " » : seuls l'énoncé (question) et le corrigé d'une réalisation sont calculés ; ici, les documents "
							+ "l'imprimeraient telle quelle, avec les noms qu'elle cite : écrire la valeur", element, attribute, at,
							o.end() - o.start(), IssueCodes.EXPRESSION_NOT_EVALUATED);
				}
			}
		}
	}

	private void checkText(Realisation owner, EAttribute feature, String text, ModelScope scope, boolean studentText) {
		if (!Expressions.contains(text)) {
			return;
		}
		INode node = node(owner, feature, 0);
		List<Expressions.Occurrence> inText = Expressions.find(text);
		int[] bases = bases(node, inText.size());
		for (int i = 0; i < inText.size(); i++) {
			Expressions.Occurrence o = inText.get(i);
			int base = bases[i];
			try {
				Expressions.evaluate(o, scope);
			} catch (ExpressionException e) {
				int at = base < 0 ? -1 : base + e.offset() - o.start();
				int length = e.length();
				if (node != null && (at < node.getTotalOffset() || at + length > node.getTotalEndOffset())) {
					at = node.getOffset(); // an escape moved the text: the whole string, rather than a wrong place
					length = node.getLength();
				}
				report(e.getMessage(), owner, feature, at, length, e.code());
				continue;
			}
			if (studentText && !owner.isTeacherOnly()) {
				for (NamedElement named : scope.named(text.substring(o.start(), o.end()))) {
					if (scope.reserved(named)) {
						report("l'énoncé, que voient les élèves, cite « " + named.getName() + " », absent de l'édition élève (réservé à "
								+ "l'enseignant, ou retiré avec ce dont il dépend) : sa valeur le révélerait", owner, feature, base, o.end() - o.start(),
								ExpressionException.RESERVED);
					}
				}
			}
		}
	}

	/** @return the node of one value of a feature, or {@code null} when the element was not read from a text */
	private static INode node(EObject owner, EAttribute feature, int index) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		return index < nodes.size() ? nodes.get(index) : null;
	}

	/**
	 * @param node the node of a text value, or {@code null}
	 * @param count the number of expressions of the value
	 * @return where each expression starts in the file, or -1 when it cannot be told
	 */
	private static int[] bases(INode node, int count) {
		int[] bases = new int[count];
		java.util.Arrays.fill(bases, -1);
		if (node != null) {
			List<Expressions.Occurrence> inSource = Expressions.find(node.getText());
			for (int i = 0; i < count && i < inSource.size(); i++) {
				// the text of a node includes the hidden tokens before it, which its total offset counts
				bases[i] = node.getTotalOffset() + inSource.get(i).start();
			}
		}
		return bases;
	}

	private void report(String message, EObject owner, EAttribute feature, int offset, int length, String code) {
		if (offset < 0) {
			error(message, owner, feature, code);
		} else {
			getMessageAcceptor().acceptError(message, owner, offset, length, code);
		}
	}

	private static List<Model> models(EObject element) {
		Resource resource = element.eResource();
		List<Model> result = new ArrayList<>();
		if (resource == null || resource.getResourceSet() == null) {
			if (resource != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model m) {
				result.add(m);
			}
			return result;
		}
		for (Resource r : List.copyOf(resource.getResourceSet().getResources())) {
			if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Model m) {
				result.add(m);
			}
		}
		return result;
	}

	/** A block moves into a pool that can hold it. */
	@Check
	public void checkBase(BaseVariation base) {
		org.casebook.model.net.Ipv4 original = org.casebook.model.net.Ipv4.tryParse(base.getOriginal());
		org.casebook.model.net.Ipv4 pool = org.casebook.model.net.Ipv4.tryParse(base.getPool());
		if (original == null || pool == null) {
			return; // the value converter reports it
		}
		if (original.hasHostBits() || pool.hasHostBits()) {
			error("bloc « " + base.getOriginal() + " » ou plage « " + base.getPool() + " » écrit avec des bits d'hôte", base,
					P.getBaseVariation_Original(), IssueCodes.INVALID_VARIANT);
		} else if (pool.prefix() > original.prefix()) {
			error("la plage " + base.getPool() + " est plus petite que le bloc " + base.getOriginal() + " : elle ne peut pas le contenir", base,
					P.getBaseVariation_Pool(), IssueCodes.INVALID_VARIANT);
		}
	}

	/** Prefix lengths leave room for hosts. */
	@Check
	public void checkPrefix(PrefixVariation prefix) {
		for (int length : prefix.getLengths()) {
			if (length < 8 || length > 30) {
				error("longueur de préfixe " + length + " hors de 8 à 30", prefix, P.getPrefixVariation_Lengths(), IssueCodes.INVALID_VARIANT);
			}
		}
	}

	/** VLAN numbers stay in 1–4094. */
	@Check
	public void checkVlanNumber(VlanNumberVariation number) {
		List<Integer> values = new ArrayList<>(number.getValues());
		if (values.isEmpty()) {
			if (number.getMin() > number.getMax()) {
				error("intervalle vide : " + number.getMin() + " est plus grand que " + number.getMax(), number,
						P.getVlanNumberVariation_Min(), IssueCodes.INVALID_VARIANT);
			}
			values = List.of(number.getMin(), number.getMax());
		}
		for (int v : values) {
			if (v < 1 || v > 4094) {
				error("numéro de vlan " + v + " hors de la plage 1 à 4094", number,
						number.getValues().isEmpty() ? P.getVlanNumberVariation_Min() : P.getVlanNumberVariation_Values(),
						IssueCodes.INVALID_VARIANT);
				return;
			}
		}
	}

	/** Every alternative gives one text per original. */
	@Check
	public void checkText(TextVariation text) {
		Set<String> seen = new HashSet<>();
		for (String original : text.getOriginals()) {
			if (original.isEmpty()) {
				error("texte d'origine vide", text, P.getTextVariation_Originals(), IssueCodes.INVALID_VARIANT);
			} else if (!seen.add(original)) {
				error("texte d'origine « " + original + " » donné deux fois", text, P.getTextVariation_Originals(), IssueCodes.INVALID_VARIANT);
			}
		}
		for (TextAlternative alternative : text.getAlternatives()) {
			if (alternative.getValues().size() != text.getOriginals().size()) {
				error("cette alternative donne " + alternative.getValues().size() + " texte(s) pour " + text.getOriginals().size()
						+ " texte(s) d'origine", alternative, P.getTextAlternative_Values(), IssueCodes.INVALID_VARIANT);
			}
		}
	}

	/** New names are not names of other elements. */
	@Check
	public void checkName(NameVariation name) {
		if (name.getTarget() == null || name.getTarget().eIsProxy()) {
			return;
		}
		Set<String> taken = new HashSet<>();
		String namespace = org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(name) instanceof Model own ? own.getNamespace() : null;
		// names of another package are qualified by it: they do not collide (several examples validated together)
		for (Model m : models(name).stream().filter(m -> java.util.Objects.equals(m.getNamespace(), namespace)).toList()) {
			for (var it = m.eAllContents(); it.hasNext();) {
				if (it.next() instanceof NamedElement e && e != name.getTarget() && e.getName() != null) {
					taken.add(e.getName());
				}
			}
		}
		for (String n : name.getNames()) {
			if (taken.contains(n)) {
				error("le nom « " + n + " » est déjà celui d'un autre élément du scénario", name, P.getNameVariation_Names(),
						IssueCodes.INVALID_VARIANT);
			}
		}
	}

	/** A staff varies on what has a staff, a count on a group of terminals. */
	@Check
	public void checkQuantity(QuantityVariation quantity) {
		if (quantity.getMin() > quantity.getMax()) {
			error("intervalle vide : " + quantity.getMin() + " est plus grand que " + quantity.getMax(), quantity, P.getQuantityVariation_Min(),
					IssueCodes.INVALID_VARIANT);
		}
		NamedElement target = quantity.getTarget();
		if (target == null || target.eIsProxy()) {
			return;
		}
		boolean fits = "nombre".equals(quantity.getFeature()) ? target instanceof TerminalGroup
				: target instanceof Organisation || target instanceof Site || target instanceof Department || target instanceof ItProvider;
		if (!fits) {
			error("type incorrect : « " + quantity.getFeature() + " » ne s'applique pas à « " + target.getName() + " » ("
					+ ("nombre".equals(quantity.getFeature()) ? "des terminaux attendus" : "une organisation, un site, une entité ou un prestataire attendu")
					+ ")", quantity, P.getQuantityVariation_Target(), IssueCodes.INVALID_VARIANT);
		}
	}
}
