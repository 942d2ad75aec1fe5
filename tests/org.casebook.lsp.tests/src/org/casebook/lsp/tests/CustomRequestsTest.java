// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The Casebook requests: the live diagram with the source range of each drawn node, and the conformity summary. */
class CustomRequestsTest {

	@TempDir
	Path folder;

	@Test
	void drawsTheNetworkOfTheOpenScenarioWithTheDeclarationOfEachNode() throws Exception {
		try (LspClient client = LspClient.opening(Scenario.write(folder), "serveurs.orga")) {
			String uri = client.opened;
			JsonObject result = client.server.diagram(Map.of("uri", uri, "kind", "reseau")).get(60, TimeUnit.SECONDS);
			assertThat(result.has("message")).isFalse();
			String svg = result.getAsJsonArray("diagrams").get(0).getAsJsonObject().get("svg").getAsString();
			assertThat(svg).contains("<svg").contains("data-element=\"Server:S1\"").contains("data-element=\"Server:S2\"");
			JsonObject s1 = node(result, "Server:S1");
			assertThat(s1.get("uri").getAsString()).isEqualTo(LspClient.uri(folder.resolve("reseau.orga")));
			JsonObject start = s1.getAsJsonObject("range").getAsJsonObject("start");
			assertThat(start.get("line").getAsInt()).isEqualTo(Scenario.line(Scenario.RESEAU, "serveur S1"));
			assertThat(start.get("character").getAsInt()).isEqualTo(Scenario.column(Scenario.RESEAU, "S1 \"Serveur"));
			assertThat(node(result, "Server:S2").get("uri").getAsString()).isEqualTo(uri);
			assertThat(result.getAsJsonArray("kinds")).hasSize(5);
			assertIdsOwnedByEachDiagram(client.server.diagram(Map.of("uri", uri, "kind", "securite")).get(60, TimeUnit.SECONDS));
			assertIdsOwnedByEachDiagram(result);
		}
	}

	/** The client shows the diagrams in one page: no id is in two of them, and each finds its symbols among its own ids. */
	private static void assertIdsOwnedByEachDiagram(JsonObject result) {
		Set<String> all = new HashSet<>();
		for (JsonElement diagram : result.getAsJsonArray("diagrams")) {
			String svg = diagram.getAsJsonObject().get("svg").getAsString();
			Set<String> ids = new HashSet<>();
			Matcher id = Pattern.compile(" id=\"([^\"]*)\"").matcher(svg);
			while (id.find()) {
				assertThat(ids.add(id.group(1))).as("id %s once in its diagram", id.group(1)).isTrue();
				assertThat(all.add(id.group(1))).as("id %s in one diagram only", id.group(1)).isTrue();
			}
			Matcher reference = Pattern.compile("href=\"#([^\"]*)\"").matcher(svg);
			boolean any = false;
			while (reference.find()) {
				assertThat(ids).contains(reference.group(1));
				any = true;
			}
			assertThat(any).as("symbols used").isTrue();
		}
	}

	@Test
	void redrawsFromTheTextAsTypedBeforeItIsSaved() throws Exception {
		try (LspClient client = LspClient.opening(Scenario.write(folder), "serveurs.orga")) {
			String uri = client.opened;
			int line = Scenario.line(Scenario.SERVEURS, "serveur S2");
			int column = Scenario.column(Scenario.SERVEURS, "S2 \"Serveur");
			client.change(uri, line, column, line, column + 2, "WEB1");
			client.awaitDiagnostics(uri, d -> true);
			JsonObject result = client.server.diagram(Map.of("uri", uri, "kind", "reseau")).get(60, TimeUnit.SECONDS);
			String svg = result.getAsJsonArray("diagrams").get(0).getAsJsonObject().get("svg").getAsString();
			assertThat(svg).contains("data-element=\"Server:WEB1\"").doesNotContain("Server:S2");
		}
	}

	@Test
	void theStudentEditionNeverNamesAnOrganisationReservedToTheTeacher() throws Exception {
		String secret = "Sentinelle_Zq7";
		Path scenario = Scenario.write(folder);
		Files.writeString(scenario.resolve("variante.orga"),
				"paquetage variante\n@enseignant organisation " + secret + " \"Variante de l'enseignant\" { site S \"S\" }\n");
		try (LspClient client = LspClient.opening(scenario, "serveurs.orga")) {
			String uri = client.opened;
			JsonObject teacher = client.server.diagram(Map.of("uri", uri, "kind", "reseau", "edition", "enseignant"))
					.get(60, TimeUnit.SECONDS);
			assertThat(teacher.toString()).as("the teacher is told of both").contains("plusieurs organisations (").contains(secret);
			JsonObject student = client.server.diagram(Map.of("uri", uri, "kind", "reseau", "edition", "eleve")).get(60, TimeUnit.SECONDS);
			assertThat(student.has("message")).as(student.toString()).isFalse();
			assertThat(student.get("organisation").getAsString()).isEqualTo("Demo");
			assertThat(student.toString()).doesNotContain(secret);
			JsonObject named = client.server.diagram(Map.of("uri", uri, "kind", "reseau", "edition", "eleve", "organisation", "Autre"))
					.get(60, TimeUnit.SECONDS);
			assertThat(named.get("message").getAsString()).contains("présentes : Demo").doesNotContain(secret);
		}
	}

	@Test
	void refusesAnUnknownKindWithAFrenchMessage() throws Exception {
		try (LspClient client = LspClient.opening(Scenario.write(folder), "serveurs.orga")) {
			String uri = client.opened;
			JsonObject result = client.server.diagram(Map.of("uri", uri, "kind", "plan\nde\u0000masse")).get(60, TimeUnit.SECONDS);
			assertThat(result.get("message").getAsString()).contains("type de schéma").contains("plan\\nde\\u0000masse");
			assertThat(result.getAsJsonArray("diagrams")).isEmpty();
		}
	}

	@Test
	void summarisesTheConformityOfTheScenarioForAnOption() throws Exception {
		try (LspClient client = LspClient.opening(Scenario.write(folder), "reseau.orga")) {
			String uri = client.opened;
			JsonObject result = client.server.conformity(Map.of("uri", uri, "option", "sisr")).get(60, TimeUnit.SECONDS);
			assertThat(result.get("text").getAsString()).contains("Conformité à l'annexe II.E").contains("C1.1-e");
			JsonObject report = result.getAsJsonObject("report");
			assertThat(report.get("option").getAsString()).isEqualTo("sisr");
			assertThat(report.getAsJsonArray("rules").size()).isGreaterThan(10);
		}
	}

	private static JsonObject node(JsonObject result, String element) {
		for (JsonElement node : result.getAsJsonArray("nodes")) {
			if (node.getAsJsonObject().get("element").getAsString().equals(element)) {
				return node.getAsJsonObject();
			}
		}
		throw new AssertionError("nœud " + element + " absent");
	}
}
