// SPDX-License-Identifier: EPL-2.0
package org.casebook.dsl.variants;

import java.util.List;
import java.util.Map;

import org.casebook.dsl.load.ScenarioSet;
import org.casebook.model.Model;

/**
 * One student's variant of a scenario: its text, its model read again from that text, and what changed.
 *
 * @param files the text of each file of the variant scenario, by file name, in the order of the original
 * @param models the variant read again from {@code files}, validated with no error
 * @param scenario the variant as a scenario: the resources of {@code models}, each named by its file name
 * @param changes what varied, in the order of the {@code variantes} block
 * @param attempt how many draws were refused before this one (a draw is refused when its scenario would not validate,
 *        would change an outcome of the annexe II.E, or repeats another student's variant)
 */
public record Variant(Map<String, String> files, List<Model> models, ScenarioSet scenario, List<Change> changes, int attempt) {

	/**
	 * One part that varied.
	 *
	 * @param what the part, as the {@code variantes} block names it ({@code bloc 10.1.0.0/16}, {@code préfixe V50})
	 * @param original its value in the original scenario
	 * @param value its value in the variant
	 */
	public record Change(String what, String original, String value) {
	}

	/** @return the changes as one line, which tells two variants apart */
	public String signature() {
		StringBuilder b = new StringBuilder();
		for (Change c : changes) {
			b.append(c.what()).append('=').append(c.value()).append('\n');
		}
		return b.toString();
	}
}
