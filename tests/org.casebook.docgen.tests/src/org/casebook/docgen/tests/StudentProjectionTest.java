// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casebook.docgen.Settings;
import org.casebook.docgen.StudentPackage;
import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.model.Application;
import org.casebook.model.Department;
import org.casebook.model.InformationSystem;
import org.casebook.model.Link;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.casebook.model.Person;
import org.casebook.model.Server;
import org.casebook.model.edition.EditionModels;
import org.casebook.model.edition.StudentProjection;
import org.casebook.model.edition.StudentProjection.Projection;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** The rules of the student projection for references into teacher-only content, one by one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class StudentProjectionTest {

	private static final String SCENARIO = """
			organisation O "Org" {
				site Lyon site Paris
				@enseignant site Cache "Site caché"
				entité Dir {
					responsable Boss
					@enseignant personne Boss "Chef caché" { fonction "PDG secret" }
					personne Alice { supérieur Boss site Cache note_enseignant "note d'Alice" }
				}
			}
			système_information SI pour O {
				zone LAN
				@enseignant zone Labo "Zone cachée"
				vlan V10 { numéro 10 réseau 10.0.10.0/24 zone Labo site Lyon }
				vlan V20 { numéro 20 réseau 10.0.20.0/24 site Cache }
				équipement FW { type pare_feu adresse 10.0.10.254 vlan V10 }
				@enseignant serveur HV "Hyperviseur caché" { os linux "D" }
				serveur S1 { os linux "D" hôte HV adresse 10.0.20.5 vlan V20 }
				lien L1 { type vpn_site_a_site entre Lyon et Cache }
				lien L2 { type wan entre Lyon et Paris }
				@enseignant équipement Espion "Équipement caché" { type routeur }
				lien L3 { type lan de FW vers Espion }
				lien L4 { type internet de Espion }
				application A { sur S1, HV }
				@enseignant application B "Application cachée"
				application C { appelle rest B appelle rest A }
				filtrage F1 { de LAN vers Labo autoriser }
				filtrage F2 { de LAN vers LAN autoriser via FW }
				groupe G
				@enseignant ressource R "Ressource cachée"
				ressource R2
				habilitation G sur R lecture
				habilitation G sur R2 lecture
			}
			""";

	@Inject
	private ScenarioLoader loader;

	@Inject
	private ISerializer serializer;

	@TempDir
	Path dir;

	private ScenarioSet scenario() throws Exception {
		Path file = dir.resolve("p.orga");
		Files.writeString(file, SCENARIO);
		ScenarioSet scenario = loader.load(List.of(file));
		assertThat(loader.validate(scenario)).filteredOn(p -> p.severity() == Problem.Severity.ERROR).isEmpty();
		return scenario;
	}

	/** Single references to hidden elements are unset, multi-valued ones lose them, dependent owners are removed. */
	@Test
	void appliesTheReferenceRules() throws Exception {
		List<Model> models = scenario().getModels();
		Projection projection = StudentProjection.project(models);
		InformationSystem si = (InformationSystem) projection.models().get(0).getElements().get(1);
		Organisation o = (Organisation) projection.models().get(0).getElements().get(0);
		Department dir = o.getDepartments().get(0);
		assertThat(dir.getHead()).as("responsable of a hidden person").isNull();
		Person alice = dir.getPeople().get(0);
		assertThat(alice.getManager()).isNull();
		assertThat(alice.getSite()).isNull();
		assertThat(alice.getTeacherNote()).isNull();
		assertThat(o.getSites()).extracting(s -> s.getName()).containsExactly("Lyon", "Paris");
		assertThat(si.getVlans()).as("a VLAN of a hidden site goes with it").extracting(v -> v.getName()).containsExactly("V10");
		assertThat(si.getVlans().get(0).getZone()).isNull();
		Server s1 = si.getServers().get(0);
		assertThat(s1.getHost()).isNull();
		assertThat(s1.getInterfaces().get(0).getVlan()).isNull();
		Link l1 = si.getLinks().get(0);
		assertThat(l1.getSourceSite()).as("entre A et B loses both sites").isNull();
		assertThat(l1.getTargetSite()).isNull();
		assertThat(si.getLinks().get(1).getTargetSite().getName()).isEqualTo("Paris");
		assertThat(si.getLinks()).as("a link to or from a hidden device goes with it: drawn half, it would betray it")
				.extracting(l -> l.getName()).containsExactly("L1", "L2");
		Application a = si.getApplications().get(0);
		assertThat(a.getHostedOn()).extracting(Server::getName).containsExactly("S1");
		assertThat(si.getApplications().get(1).getRemoteCalls()).as("a call to a hidden application goes with it").singleElement()
				.satisfies(call -> assertThat(call.getTarget()).isSameAs(a));
		assertThat(si.getFilterRules()).as("a rule to a hidden zone goes with it").extracting(r -> r.getName()).containsExactly("F2");
		assertThat(si.getAccessRights()).as("a habilitation on a hidden resource goes with it").singleElement()
				.satisfies(r -> assertThat(r.getTarget().getName()).isEqualTo("R2"));
		assertThat(projection.dependents()).hasSize(6);
		assertThat(projection.copyOf(models.get(0).getElements().get(0))).isSameAs(o);
		Organisation original = (Organisation) models.get(0).getElements().get(0);
		assertThat(original.getDepartments().get(0).getHead()).as("the scenario itself is not changed").isNotNull();
		assertThat(EditionModels.student(models).resolve(original.getSites().get(2))).isNull();
	}

	/** The package of that scenario is written and its scenario validates with no error (it used to crash). */
	@Test
	void packageOfAScenarioWithDependentsValidates() throws Exception {
		ScenarioSet scenario = scenario();
		Organisation organisation = DocumentsTest.organisation(scenario.getModels());
		Path zip = dir.resolve("p.zip");
		StudentPackage.Written written = StudentPackage.write(organisation, scenario, serializer, Settings.defaults(), zip, (d, t, n) -> { });
		assertThat(written.removedElements()).isEqualTo(13);
		Path out = Files.createDirectories(dir.resolve("x"));
		StudentPackage.extractScenario(zip, out);
		ScenarioSet again = loader.load(List.of(out));
		assertThat(loader.validate(again)).filteredOn(p -> p.severity() == Problem.Severity.ERROR).isEmpty();
		String text = Files.readString(out.resolve("p.orga"));
		assertThat(text).doesNotContain("caché", "Cache", "Boss", "Labo", "PDG secret", "note d'Alice", " R ", "F1", "Espion", "L3", "L4").contains("R2", "F2");
	}
}
