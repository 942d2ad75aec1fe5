// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.conformity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.model.edition.EditionModels;
import org.casebook.referential.Referential.Option;

/** Checks the scenario of an organisation against Annexe II.E (environnement technologique pour la certification). */
public final class ConformityChecker {

	private ConformityChecker() {
	}

	/**
	 * @param organisation the organisation to check
	 * @param models every file of the scenario
	 * @param option {@link Option#SISR} or {@link Option#SLAM}
	 * @param reading how ambiguous rules are read
	 * @return one result per rule of the common part and of the option, in the order of the annex
	 */
	public static ConformityReport check(Organisation organisation, Collection<Model> models, Option option, Reading reading) {
		return check(EditionModels.teacher(models), organisation, option, reading);
	}

	/**
	 * @param edition the models of the edition checked (for a student, the projection of the scenario, so that nothing
	 *        reserved to the teacher counts as evidence)
	 * @param original the organisation to check, from the scenario or from the edition
	 * @param option {@link Option#SISR} or {@link Option#SLAM}
	 * @param reading how ambiguous rules are read
	 * @return one result per rule of the common part and of the option, in the order of the annex
	 * @throws IllegalArgumentException when the organisation is not part of the edition
	 */
	public static ConformityReport check(EditionModels edition, Organisation original, Option option, Reading reading) {
		return check(edition, original, option, reading, StateView.EXISTANT);
	}

	/**
	 * @param edition the models of the edition to check (the student projection or the teacher's scenario)
	 * @param original the organisation to check, as written in the scenario
	 * @param option {@link Option#SISR} or {@link Option#SLAM}
	 * @param reading how ambiguous rules are read
	 * @param view the existing system, or the target one (planned elements never count as operational)
	 * @return one result per rule of the common part and of the option, in the order of the annex
	 * @throws IllegalArgumentException when the organisation is not part of the edition
	 */
	public static ConformityReport check(EditionModels edition, Organisation original, Option option, Reading reading, StateView view) {
		Organisation organisation = edition.resolve(original);
		if (organisation == null) {
			throw new IllegalArgumentException("l'organisation « " + original.getName() + " » est réservée à l'enseignant");
		}
		Collection<Model> models = edition.models();
		if (option == Option.COMMUNE) {
			throw new IllegalArgumentException("option sisr ou slam attendue");
		}
		long organisations = models.stream().flatMap(m -> m.getElements().stream()).filter(Organisation.class::isInstance).count();
		Facts facts = new Facts(organisation, models, organisations == 1, view);
		List<RuleResult> results = new ArrayList<>();
		for (AnnexIIE.Rule rule : AnnexIIE.rules(option)) {
			AnnexIIE.Outcome outcome = rule.evaluator().evaluate(facts, reading);
			results.add(new RuleResult(rule.id(), rule.section(), rule.text(), outcome.status(), outcome.evidence(),
					outcome.explanation(), rule.ambiguous() ? reading : null));
		}
		return new ConformityReport(organisation.getName(), organisation.getLabel(), option, reading, results);
	}
}
