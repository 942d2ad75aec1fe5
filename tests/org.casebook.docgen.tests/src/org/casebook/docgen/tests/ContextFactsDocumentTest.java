// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Generator.Output;
import org.casebook.docgen.Settings;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.model.Model;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The contexte shows the facts of a real context: premises, characteristics, default policy, IPv6, and the target system apart. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class ContextFactsDocumentTest {

	@Inject
	private ScenarioLoader loader;

	private String contexte(Edition edition) throws IOException {
		Path dir = Files.createTempDirectory("casebook-context-facts");
		List<Model> models = loader.load(List.of(TestScenarios.root().resolve("examples/gsb"))).getModels();
		List<Output> outputs = Generator.generate(DocumentsTest.organisation(models), models, List.of(DocumentKind.CONTEXTE), edition, List.of(Format.HTML),
				Settings.defaults(), dir, (d, t, n) -> { });
		return Files.readString(outputs.get(0).file());
	}

	/** GSB's premises, characteristics, default policy, IPv6 prefix and planned elements are printed, the planned ones in their own section. */
	@Test
	void contexteShowsRealContextFacts() throws IOException {
		String html = contexte(Edition.ENSEIGNANT);
		assertThat(html).contains("Locaux", "Salle des serveurs", "Baie centrale").contains("Postes de travail", "plus de 350")
				.contains("Politique par défaut de MUTLAB").contains("2001:db8:300::/64").contains("<th>N°</th>")
				.contains("Système cible et évolutions prévues");
		String target = html.substring(html.lastIndexOf("Système cible et évolutions prévues"));
		assertThat(target).contains("AppliFrais").contains("prévu");
		String existing = html.substring(0, html.lastIndexOf("Système cible et évolutions prévues"));
		assertThat(existing).doesNotContain("<td>Gestion des frais des visiteurs");
	}

	/** The contexte's diagrams draw the whole system, the planned elements marked as such, as its tables list them apart. */
	@Test
	void contexteDiagramsMarkThePlannedElements() throws IOException {
		String html = contexte(Edition.ENSEIGNANT);
		assertThat(html).contains("data-planned=\"oui\"").contains("SRV-SUP (prévu)").contains("Élément prévu ou cible");
		assertThat(html).doesNotContain("SRV-AD (prévu)");
	}

	/** A group of hosts is listed with its hosts in the security part, and named as the destination of its rules. */
	@Test
	void contexteListsGroupsOfHosts() throws IOException {
		Path scenario = Files.createTempDirectory("casebook-host-groups");
		Files.writeString(scenario.resolve("cas.orga"), """
				organisation O { site S }
				système_information SI pour O {
					zone Z
					vlan V { zone Z réseau 10.0.0.0/24 site S }
					équipement FW { type pare_feu politique_défaut refuser }
					serveur Web1 { os linux "Debian" adresse 10.0.0.1 vlan V }
					serveur Web2 { os linux "Debian" adresse 10.0.0.2 vlan V }
					groupe_hôtes Publics "Serveurs publiés" { membres Web1, Web2 }
					filtrage F1 { de internet vers Publics protocole tcp ports "443" autoriser via FW }
				}
				""");
		List<Model> models = loader.load(List.of(scenario)).getModels();
		List<Output> outputs = Generator.generate(DocumentsTest.organisation(models), models, List.of(DocumentKind.CONTEXTE), Edition.ENSEIGNANT,
				List.of(Format.HTML), Settings.defaults(), Files.createTempDirectory("casebook-host-groups-out"), (d, t, n) -> { });
		String html = Files.readString(outputs.get(0).file());
		String security = html.substring(html.indexOf("Sécurité et habilitations"));
		assertThat(security).contains("Groupes d&#39;hôtes").contains("Publics – Serveurs publiés").contains("Web1, Web2")
				.contains("<td>Serveurs publiés</td>");
	}
}
