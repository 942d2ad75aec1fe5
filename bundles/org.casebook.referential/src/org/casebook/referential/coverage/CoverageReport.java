// SPDX-License-Identifier: EPL-2.0
package org.casebook.referential.coverage;

import java.util.List;

import org.casebook.referential.Referential.Competency;
import org.casebook.referential.Referential.Option;

/**
 * Competency coverage of the missions of a scenario.
 *
 * @param option the option considered, {@code null} when unknown
 * @param missions the missions, in the order of the scenario
 * @param competencies the competencies of the matrix (rows)
 * @param covered {@code covered[i][j]}: competency i is worked in mission j
 * @param gaps competencies of blocks 1 to 3 worked in no mission
 * @param realisations rows of the Bloc 1 synthesis table
 * @param unknownCodes codes written in the scenario that the referential does not know
 * @param session the session of the scenario's exam subject ({@code "2027"}), {@code null} when none states it
 */
public record CoverageReport(Option option, List<MissionColumn> missions, List<Competency> competencies,
		boolean[][] covered, List<Competency> gaps, List<RealisationRow> realisations, List<String> unknownCodes, String session) {

	/** Codes of the six Bloc 1 competencies, the columns of the synthesis table. */
	public static final List<String> BLOC1 = List.of("B1.1", "B1.2", "B1.3", "B1.4", "B1.5", "B1.6");

	/**
	 * A mission, column of the matrix.
	 *
	 * @param name its name
	 * @param label its display name
	 * @param codes the competency codes it and its réalisations target
	 */
	public record MissionColumn(String name, String label, List<String> codes) {
	}

	/**
	 * A réalisation, row of the Bloc 1 synthesis table.
	 *
	 * @param mission the name of its mission
	 * @param name its name
	 * @param label its display name
	 * @param bloc1 for each of {@link #BLOC1}, whether the réalisation mobilises it
	 * @param codes the codes it mobilises (its own, or its mission's when it states none)
	 * @param missionLabel the display name of its mission
	 * @param documents the documents and productions expected of it: the deliverables of its mission's cahier des charges
	 */
	public record RealisationRow(String mission, String name, String label, boolean[] bloc1, List<String> codes, String missionLabel,
			List<String> documents) {
	}

	/**
	 * @param index the index of a Bloc 1 competency in {@link #BLOC1}
	 * @return whether some réalisation mobilises it
	 */
	public boolean bloc1Covered(int index) {
		return realisations.stream().anyMatch(r -> r.bloc1()[index]);
	}

	/** @return the Bloc 1 competencies that no réalisation mobilises */
	public List<String> bloc1Gaps() {
		return java.util.stream.IntStream.range(0, BLOC1.size()).filter(i -> !bloc1Covered(i)).mapToObj(BLOC1::get).toList();
	}
}
