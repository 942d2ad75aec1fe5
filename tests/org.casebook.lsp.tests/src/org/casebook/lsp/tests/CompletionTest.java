// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion offers the keywords valid at the caret and the visible names of the expected kind, from every file. */
class CompletionTest {

	@TempDir
	Path folder;

	@Test
	void proposesTheVlansOfAnotherFileAtAVlanReference() throws Exception {
		try (LspClient client = LspClient.opening(Scenario.write(folder), "serveurs.orga")) {
			String uri = client.opened;
			int line = Scenario.line(Scenario.SERVEURS, "vlan V10");
			int column = Scenario.column(Scenario.SERVEURS, "V10 hôte");
			assertThat(labels(client, uri, line, column)).contains("V10").doesNotContain("S1", "Demo");
		}
	}

	@Test
	void proposesTheKeywordsOfAnInformationSystemAtTheStartOfALine() throws Exception {
		try (LspClient client = LspClient.opening(Scenario.write(folder), "serveurs.orga")) {
			String uri = client.opened;
			int line = Scenario.line(Scenario.SERVEURS, "serveur S2");
			assertThat(labels(client, uri, line, 1)).contains("serveur", "vlan", "application", "outil").doesNotContain("organisation");
		}
	}

	@Test
	void proposesEnumerationValuesAfterType() throws Exception {
		try (LspClient client = LspClient.opening(Scenario.write(folder), "serveurs.orga")) {
			String uri = client.opened;
			int line = Scenario.line(Scenario.SERVEURS, "compétences B1.1");
			client.change(uri, line, 1, line, 1, "type ");
			assertThat(labels(client, uri, line, 6)).contains("projet");
		}
	}

	/** A context of real facts; « ‸ » marks where completion is asked, each probe replacing it with the text typed there. */
	private static final String FACTS = """
			système_information SI {
				zone Z
				vlan V10 { zone Z }
				serveur S1 { os linux "D" adresse 10.0.0.1 vlan V10 }
				groupe_hôtes Web { membres S1 }
				équipement B {
					type borne_wifi
					ssid "Ligues" { vlan V10 }
				}
				équipement FW { type pare_feu }
				‸
			}
			""";

	/**
	 * The values of the constructs of real contexts are proposed where they are written: the Wi-Fi security modes, the
	 * default policy, the states, the new declarations, and the groups of hosts, hosts, Internet and « tout » of a rule.
	 */
	@Test
	void proposesTheValuesOfTheConstructsOfRealContexts() throws Exception {
		Files.writeString(folder.resolve("faits.orga"), FACTS.replace("‸", ""), StandardCharsets.UTF_8);
		try (LspClient client = LspClient.opening(folder, "faits.orga")) {
			String[] text = { FACTS.replace("‸", "") };
			assertThat(probe(client, text, "équipement W { type borne_wifi ssid \"X\" { sécurité ‸ } }"))
					.contains("ouvert", "wep", "wpa2_personnel", "wpa2_entreprise", "wpa3_personnel", "wpa3_entreprise");
			assertThat(probe(client, text, "équipement P { politique_défaut ‸ }")).contains("autoriser", "refuser");
			assertThat(probe(client, text, "serveur S9 { état ‸ }")).contains("existant", "prévu", "cible");
			assertThat(probe(client, text, "‸")).contains("groupe_hôtes", "règle_nommage", "filtrage");
			assertThat(probe(client, text, "groupe_hôtes G { membres ‸ }")).contains("S1", "B", "FW").doesNotContain("V10", "Web");
			assertThat(probe(client, text, "filtrage F { de ‸ }")).contains("Web", "Z", "V10", "hôte", "internet", "tout")
					.doesNotContain("S1");
			assertThat(probe(client, text, "filtrage F { de Web vers internet protocole ‸ }")).contains("tcp", "udp", "icmp");
		}
	}

	/** An unknown word or a word out of its place in a block changes nothing to what is proposed after it, and a line's start offers only words of the language. */
	@Test
	void proposesTheSameAfterAnUnknownWord() throws Exception {
		Files.writeString(folder.resolve("faits.orga"), FACTS.replace("‸", ""), StandardCharsets.UTF_8);
		try (LspClient client = LspClient.opening(folder, "faits.orga")) {
			String[] text = { FACTS.replace("‸", "") };
			List<String> plain = probe(client, text, "serveur S9 {\n\t\tprocesseur \"x\"\n\t\t‸\n\t}");
			List<String> after = probe(client, text, "serveur S9 {\n\t\tprocesseur \"x\"\n\t\thebergement virtuel { a b }\n\t\t‸\n\t}");
			assertThat(plain).contains("hébergement", "adresse", "rôles", "}");
			assertThat(after).containsExactlyInAnyOrderElementsOf(plain).doesNotContain("hebergement", "virtuel");
			// a word of the language out of its place, after « @enseignant » or not, too
			assertThat(probe(client, text, "serveur S9 {\n\t\tprocesseur \"x\"\n\t\tvlan V9 { numéro 3 }\n\t\t‸\n\t}"))
					.containsExactlyInAnyOrderElementsOf(plain);
			assertThat(probe(client, text, "serveur S9 {\n\t\tprocesseur \"x\"\n\t\t@enseignant site X\n\t\t‸\n\t}"))
					.containsExactlyInAnyOrderElementsOf(plain);
			assertThat(probe(client, text, "‸")).isNotEmpty().allSatisfy(label -> assertThat(label).matches("\\}|@?[\\p{L}_][\\p{L}\\p{N}_]*"));
		}
	}

	/** Writes a probe where « ‸ » is in the context, and answers the labels proposed at its own « ‸ ». */
	private static List<String> probe(LspClient client, String[] current, String typed) throws Exception {
		String next = FACTS.replace("‸", typed);
		int offset = next.indexOf('‸');
		next = next.replace("‸", "");
		String[] lines = current[0].split("\n", -1);
		client.change(client.opened, 0, 0, lines.length - 1, lines[lines.length - 1].length(), next);
		current[0] = next;
		String before = next.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		int column = offset - before.lastIndexOf('\n') - 1;
		return labels(client, client.opened, line, column);
	}

	static List<String> labels(LspClient client, String uri, int line, int column) throws Exception {
		Either<List<CompletionItem>, org.eclipse.lsp4j.CompletionList> result = client.server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, column))).get(60, TimeUnit.SECONDS);
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		return items.stream().map(CompletionItem::getLabel).toList();
	}
}
