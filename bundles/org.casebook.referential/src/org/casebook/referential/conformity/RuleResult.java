// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.conformity;

import java.util.List;

/**
 * The outcome of one rule of Annexe II.E.
 *
 * @param id the rule id ({@code C1.1-e})
 * @param section the heading of the annex the rule belongs to
 * @param text the exact text of the regulation
 * @param status the outcome
 * @param evidence the model elements that implement the requirement, described in French
 * @param explanation what was found, and what is missing
 * @param reading the reading applied, {@code null} where the text is not ambiguous
 */
public record RuleResult(String id, String section, String text, Status status, List<String> evidence,
		String explanation, Reading reading) {
}
