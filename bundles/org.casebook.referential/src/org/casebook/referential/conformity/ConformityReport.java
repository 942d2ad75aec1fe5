// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.conformity;

import java.util.List;

import org.casebook.referential.Referential.Option;

/**
 * The Annexe II.E attestation of one organisation.
 *
 * @param organisation the name of the organisation
 * @param organisationLabel its display name
 * @param option the option checked
 * @param reading the reading applied to ambiguous rules
 * @param results one result per rule, in the order of the annex
 */
public record ConformityReport(String organisation, String organisationLabel, Option option, Reading reading,
		List<RuleResult> results) {

	/** @return whether every rule is met */
	public boolean isConforming() {
		return results.stream().allMatch(r -> r.status() == Status.CONFORME);
	}

	/**
	 * @param status an outcome
	 * @return how many rules have it
	 */
	public long count(Status status) {
		return results.stream().filter(r -> r.status() == status).count();
	}
}
