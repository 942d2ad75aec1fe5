// SPDX-License-Identifier: EPL-2.0
package org.casebook.benchmarks;

/**
 * Writes a Structurizr DSL workspace equivalent to a {@link SyntheticScenario} of the same size: the same number of
 * model elements (elements and relationships, 59 per block), named and described alike, so that both parsers read about
 * the same amount of text.
 */
final class StructurizrWorkspace {

	private StructurizrWorkspace() {
	}

	/**
	 * @param elements the number of model elements wanted
	 * @return the text of a valid workspace: per block 8 people, a software system with 10 containers of 2 components
	 *         each (39 elements) and 20 relationships, without implied relationships (Casebook infers none)
	 */
	static String generate(int elements) {
		int blocks = Math.max(1, elements / SyntheticScenario.ELEMENTS_PER_BLOCK);
		StringBuilder model = new StringBuilder("workspace \"Synthèse\" \"Organisation synthétique\" {\n\n\tmodel {\n\t\t!impliedRelationships false\n");
		StringBuilder relations = new StringBuilder();
		for (int b = 0; b < blocks; b++) {
			for (int p = 0; p < 8; p++) {
				model.append("\t\tP").append(b).append('_').append(p).append(" = person \"Personne ").append(b).append(' ').append(p)
						.append("\" \"Agent du site ").append(b).append("\"\n");
			}
			model.append("\t\tSI").append(b).append(" = softwareSystem \"Système ").append(b).append("\" \"Site ").append(b)
					.append(", Ville ").append(b).append("\" {\n");
			for (int s = 0; s < 10; s++) {
				model.append("\t\t\tSRV").append(b).append('_').append(s).append(" = container \"Serveur ").append(b).append(' ').append(s)
						.append("\" \"Serveur web 10.").append(b / 250).append('.').append(b % 250).append('.').append(s + 1)
						.append("\" \"Debian 12\" {\n");
				for (int c = 0; c < 2; c++) {
					model.append("\t\t\t\tSVC").append(b).append('_').append(s).append('_').append(c).append(" = component \"Service ")
							.append(s).append(' ').append(c).append("\" \"web, intranet\" \"HTTPS\"\n");
				}
				model.append("\t\t\t}\n");
			}
			model.append("\t\t}\n");
			for (int p = 0; p < 8; p++) {
				relations.append("\t\tP").append(b).append('_').append(p).append(" -> SRV").append(b).append('_').append(p)
						.append(" \"Utilise\" \"HTTPS\"\n");
			}
			for (int s = 0; s < 10; s++) {
				relations.append("\t\tSVC").append(b).append('_').append(s).append("_0 -> SVC").append(b).append('_').append((s + 1) % 10)
						.append("_1 \"Appelle\" \"REST\"\n");
			}
			relations.append("\t\tSRV").append(b).append("_0 -> SRV").append(b == 0 ? 0 : b - 1).append("_1 \"Filtrage\" \"HTTPS\"\n");
			relations.append("\t\tSRV").append(b).append("_2 -> SRV").append(b).append("_3 \"Sauvegarde\" \"rsync\"\n");
		}
		return model.append(relations).append("\t}\n}\n").toString();
	}
}
