// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Settings;
import org.casebook.docgen.StudentPackage;
import org.casebook.docgen.variants.AnswerKey;
import org.casebook.docgen.variants.ClassList;
import org.casebook.docgen.variants.VariantRun;
import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.dsl.variants.Variant;
import org.casebook.dsl.variants.VariantGenerator;
import org.casebook.model.Model;
import org.casebook.model.NetworkDevice;
import org.casebook.model.NetworkInterface;
import org.casebook.model.Server;
import org.casebook.model.Vlan;
import org.casebook.model.expression.Value;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Per-student variants: every variant of every example that declares {@code variantes} validates with the same
 * outcomes of the annexe II.E, students get different plans and answers, the computed answers match an independent
 * computation, the same seed gives the same files, and malformed class lists are refused with their line.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class VariantsTest {

	private static final int SEEDS = 8;

	@Inject
	private ScenarioLoader loader;

	@Inject
	private VariantGenerator generator;

	@TempDir
	Path dir;

	static Stream<Arguments> examplesWithVariants() {
		List<Arguments> cases = new ArrayList<>();
		for (Path example : TestScenarios.exampleFolders()) {
			if (declaresVariants(example)) {
				for (long seed = 1; seed <= SEEDS; seed++) {
					cases.add(Arguments.of(example.getFileName().toString(), seed));
				}
			}
		}
		return cases.stream();
	}

	private static boolean declaresVariants(Path example) {
		try (Stream<Path> files = Files.list(example)) {
			return files.filter(f -> f.toString().endsWith(".orga")).anyMatch(f -> {
				try {
					return Files.readString(f).contains("\nvariantes ");
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			});
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private ScenarioSet load(String example) {
		ScenarioSet scenario = loader.load(List.of(TestScenarios.root().resolve("examples").resolve(example)));
		scenario.getModels().forEach(EcoreUtil::resolveAll);
		return scenario;
	}

	/** Every example of the repository declares variants, so that the tests below cover them all. */
	@Test
	void everyExampleDeclaresVariants() {
		List<Path> examples = TestScenarios.exampleFolders();
		assertThat(examples).extracting(p -> p.getFileName().toString()).contains("hexalog", "gsb", "ambulyon", "atelier-lumen");
		assertThat(examples).allSatisfy(example -> assertThat(declaresVariants(example)).as("%s déclare des variantes", example).isTrue());
	}

	/**
	 * A variant's files are the teacher's files with the drawn values in place: every comment and every line is kept,
	 * texts stay quoted as written (no {@code \'}), and only lines holding a value that varied differ.
	 */
	@ParameterizedTest(name = "{0}, graine {1}")
	@MethodSource("examplesWithVariants")
	void variantFilesKeepTheTeachersText(String example, long seed) throws IOException {
		if (seed > 2) {
			return; // two draws per example are enough here
		}
		ScenarioSet scenario = load(example);
		Variant variant = generator.generate(scenario, VariantGenerator.seedFor(seed, 1, "élève"), Set.of());
		Path folder = TestScenarios.root().resolve("examples").resolve(example);
		int changedLines = 0;
		for (Map.Entry<String, String> file : variant.files().entrySet()) {
			String original = Files.readString(folder.resolve(file.getKey()));
			String text = file.getValue();
			assertThat(text).as(file.getKey()).doesNotContain("\\'");
			List<String> before = original.lines().toList();
			List<String> after = text.lines().toList();
			assertThat(after).as("%s keeps its lines", file.getKey()).hasSameSizeAs(before);
			for (int i = 0; i < before.size(); i++) {
				String line = before.get(i);
				if (line.strip().startsWith("//") || line.isBlank()) {
					assertThat(after.get(i)).as("%s:%d", file.getKey(), i + 1).isEqualTo(line);
				} else if (!after.get(i).equals(line)) {
					changedLines++;
					assertThat(indent(after.get(i))).as("%s:%d keeps its indentation", file.getKey(), i + 1).isEqualTo(indent(line));
				}
			}
		}
		assertThat(changedLines).as("the drawn values are written").isPositive();
	}

	private static String indent(String line) {
		return line.substring(0, line.length() - line.stripLeading().length());
	}

	/**
	 * A {@code variantes} block written in the same file as the scenario is cut out with its lines; every other
	 * character is the teacher's, but for the moved addresses and the new name (found here by plain text replacement).
	 */
	@Test
	void variantOfAOneFileScenarioIsTheTeachersTextWithTheDrawnValues() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("tp"));
		String source = """
				// TP réseau : l'atelier de l'entreprise (commentaire de l'enseignant)
				organisation Tp "TP d'entreprise" { site Lyon }

				système_information SI pour Tp {
					/* le VLAN des postes,
					   sur deux lignes */
					vlan V10 "Postes de l'atelier" { numéro 10 réseau 10.5.10.0/24 passerelle 10.5.10.254 site Lyon }
					serveur SRV-A "Serveur de l'atelier" {
						os linux "Debian" "12"
						adresse 10.5.10.5 vlan V10    // fixe
					}
					service Web "Intranet" { type web sur SRV-A }
				}

				variantes Classe "Variantes" pour Tp {
					bloc 10.5.0.0/16 dans 10.0.0.0/8
					nom SRV-A parmi SRV-B
				}
				""";
		Files.writeString(folder.resolve("tp.orga"), source);
		ScenarioSet scenario = loader.load(List.of(folder));
		assertThat(loader.validate(scenario).stream().filter(p -> p.severity() == Problem.Severity.ERROR)).isEmpty();
		Variant variant = generator.generate(scenario, VariantGenerator.seedFor(5, 1, "élève"), Set.of());
		String moved = variant.changes().stream().filter(c -> c.what().startsWith("bloc")).findFirst().orElseThrow().value();
		String prefix = moved.substring(0, moved.indexOf(".0.0/16") + 1); // « 10.77. »
		String expected = source.substring(0, source.indexOf("variantes Classe")).replace("10.5.", prefix).replace("SRV-A", "SRV-B");
		assertThat(variant.files().get("tp.orga")).isEqualTo(expected);
	}

	/** A variant's scenario, written to files and read again, validates with no error and keeps every annexe II.E outcome. */
	@ParameterizedTest(name = "{0}, graine {1}")
	@MethodSource("examplesWithVariants")
	void everyVariantValidatesWithTheSameAnnexOutcomes(String example, long seed) throws IOException {
		ScenarioSet scenario = load(example);
		Variant variant = generator.generate(scenario, VariantGenerator.seedFor(seed, 1, "élève"), Set.of());
		assertThat(variant.changes()).as("something varies").isNotEmpty();
		Path folder = Files.createDirectories(dir.resolve(example + seed));
		for (Map.Entry<String, String> file : variant.files().entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue());
			assertThat(file.getValue()).as("no variantes block in a variant").doesNotContain("variantes ");
		}
		ScenarioSet again = loader.load(List.of(folder));
		List<Problem> errors = loader.validate(again).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		assertThat(errors).as("the variant validates").isEmpty();
		assertThat(List.copyOf(VariantGenerator.outcomes(again.getModels()).values()))
				.isEqualTo(List.copyOf(VariantGenerator.outcomes(scenario.getModels()).values()));
		checkAddressingPlan(again.getModels());
		checkComputedAnswers(again.getModels());
	}

	/** Every address stays in the network of its VLAN, every gateway too, and no two VLAN networks overlap (bit arithmetic). */
	private static void checkAddressingPlan(List<Model> models) throws IOException {
		List<long[]> networks = new ArrayList<>();
		for (EObject e : all(models)) {
			if (e instanceof Vlan v && v.getSubnet() != null) {
				long[] net = network(v.getSubnet());
				for (long[] other : networks) {
					assertThat(net[0] > other[1] || other[0] > net[1]).as("%s overlaps another VLAN", v.getName()).isTrue();
				}
				networks.add(net);
				if (v.getGateway() != null) {
					long gw = address(v.getGateway());
					assertThat(gw).as("gateway of %s in its network", v.getName()).isBetween(net[0] + 1, net[1] - 1);
				}
			}
			if (e instanceof NetworkInterface i && i.getAddress() != null && i.getVlan() != null && i.getVlan().getSubnet() != null) {
				long[] net = network(i.getVlan().getSubnet());
				assertThat(address(i.getAddress())).as("%s in %s", i.getAddress(), i.getVlan().getSubnet()).isBetween(net[0] + 1, net[1] - 1);
			}
		}
	}

	/** The computed answers of the corrigé are those found again here with java.net and bit arithmetic. */
	private static void checkComputedAnswers(List<Model> models) throws IOException {
		List<AnswerKey.Column> columns = AnswerKey.columns(models);
		List<Value> values = AnswerKey.values(models);
		assertThat(columns).isNotEmpty();
		for (int i = 0; i < columns.size(); i++) {
			String source = columns.get(i).source().replaceAll("\\s", "");
			Value value = values.get(i);
			assertThat(value).as("%s evaluates", source).isNotNull();
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("(vlan|serveur|équipement)\\(([^)]+)\\)\\.(\\p{L}+)").matcher(source);
			if (!m.matches()) {
				continue;
			}
			EObject element = named(models, m.group(2));
			String property = m.group(3);
			if (element instanceof Vlan v) {
				String[] parts = v.getSubnet().split("/");
				int prefix = Integer.parseInt(parts[1]);
				byte[] b = InetAddress.getByName(parts[0]).getAddress();
				long base = ((b[0] & 0xFFL) << 24) | ((b[1] & 0xFFL) << 16) | ((b[2] & 0xFFL) << 8) | (b[3] & 0xFFL);
				long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
				long broadcast = base | (~mask & 0xFFFFFFFFL);
				switch (property) {
				case "hôtes" -> assertThat(value.number()).isEqualTo((1L << (32 - prefix)) - 2);
				case "masque" -> assertThat(value.plain()).isEqualTo(dotted(mask));
				case "diffusion" -> assertThat(value.plain()).isEqualTo(dotted(broadcast));
				case "réseau" -> assertThat(value.plain()).isEqualTo(dotted(base) + "/" + prefix);
				case "passerelle" -> assertThat(value.plain()).isEqualTo(v.getGateway());
				case "dernière" -> assertThat(value.plain()).isEqualTo(dotted(broadcast - 1));
				case "préfixe" -> assertThat(value.number()).isEqualTo(prefix);
				case "numéro" -> assertThat(value.number()).isEqualTo(v.getNumber());
				default -> {
				}
				}
			} else if (property.equals("adresse")) {
				List<NetworkInterface> interfaces = element instanceof Server s ? s.getInterfaces() : ((NetworkDevice) element).getInterfaces();
				assertThat(value.plain()).isEqualTo(InetAddress.getByName(interfaces.get(0).getAddress()).getHostAddress());
			}
		}
	}

	private static EObject named(List<Model> models, String name) {
		for (EObject e : all(models)) {
			if (e instanceof org.casebook.model.NamedElement n && name.equals(n.getName()) && !(e instanceof org.casebook.model.Realisation)) {
				return e;
			}
		}
		throw new AssertionError("no element " + name);
	}

	private static List<EObject> all(List<Model> models) {
		List<EObject> result = new ArrayList<>();
		models.forEach(m -> m.eAllContents().forEachRemaining(result::add));
		return result;
	}

	private static long address(String text) throws IOException {
		byte[] b = InetAddress.getByName(text).getAddress();
		return ((b[0] & 0xFFL) << 24) | ((b[1] & 0xFFL) << 16) | ((b[2] & 0xFFL) << 8) | (b[3] & 0xFFL);
	}

	private static long[] network(String cidr) throws IOException {
		String[] parts = cidr.split("/");
		int prefix = Integer.parseInt(parts[1]);
		long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
		long base = address(parts[0]) & mask;
		return new long[] { base, base | (~mask & 0xFFFFFFFFL) };
	}

	private static String dotted(long a) {
		return ((a >> 24) & 0xFF) + "." + ((a >> 16) & 0xFF) + "." + ((a >> 8) & 0xFF) + "." + (a & 0xFF);
	}

	private Path classList(String name, String content, Charset charset) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, content.getBytes(charset));
		return file;
	}

	/** Three students get three different addressing plans and different computed answers; the key lists them. */
	@Test
	void studentsGetDifferentPlansAndAnswers() throws IOException {
		ScenarioSet scenario = load("hexalog");
		ClassList list = ClassList.read(classList("classe.csv", "Nom;Prénom\nDupont;Marie\nMartin;Léo\nNguyen;Lina\n", StandardCharsets.UTF_8));
		Path out = dir.resolve("variantes");
		VariantRun.Result result = VariantRun.run(scenario, generator, DocumentsTest.organisation(scenario.getModels()), list, 7,
				List.of(Format.HTML), Settings.defaults(), out, (d, t, n) -> { });
		assertThat(result.students()).hasSize(3);
		Set<String> plans = new HashSet<>();
		Set<List<String>> answers = new HashSet<>();
		for (VariantRun.StudentOutput s : result.students()) {
			plans.add(subnets(s.variant().models()).toString());
			answers.add(AnswerKey.values(s.variant().models()).stream().map(Value::plain).toList());
			assertThat(s.folder().resolve("sujet-eleve.html")).exists();
			assertThat(s.folder().resolve("contexte-eleve.html")).exists();
			assertThat(s.teacherFolder().resolve("corrige-enseignant.html")).exists();
			assertThat(s.teacherFolder().resolve("scenario/reseau.orga")).exists();
			assertThat(s.folder()).isEqualTo(out.resolve(VariantRun.STUDENTS).resolve(s.folder().getFileName()));
			assertThat(s.teacherFolder()).isEqualTo(out.resolve(VariantRun.TEACHER).resolve(s.folder().getFileName()));
			try (Stream<Path> handedOut = Files.walk(s.folder())) {
				// the student's folder, handed out whole, holds the student documents and package only
				assertThat(handedOut.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
						.containsExactlyInAnyOrder("contexte-eleve.html", "sujet-eleve.html", VariantRun.PACKAGE);
			}
			// the student package of the variant: the student edition of the variant's text, as the viewer reads it
			Path extracted = Files.createDirectories(dir.resolve("paquet-" + s.folder().getFileName()));
			StudentPackage.extractScenario(s.folder().resolve(VariantRun.PACKAGE), extracted);
			ScenarioSet packaged = loader.load(List.of(extracted));
			assertThat(loader.validate(packaged).stream().filter(p -> p.severity() == Problem.Severity.ERROR)).isEmpty();
			assertThat(subnets(packaged.getModels())).containsEntry("V50_StPriest", subnets(s.variant().models()).get("V50_StPriest"));
			try (Stream<Path> texts = Files.list(extracted)) {
				for (Path text : texts.toList()) {
					assertThat(Files.readString(text)).as(text.toString()).doesNotContain("{{").doesNotContain("corrigé \"");
				}
			}
			String subject = Files.readString(s.folder().resolve("sujet-eleve.html"));
			assertThat(subject).doesNotContain("{{").doesNotContain("}}");
			String corrige = Files.readString(s.teacherFolder().resolve("corrige-enseignant.html"));
			assertThat(corrige).doesNotContain("{{");
			Value network = AnswerKey.values(s.variant().models()).get(indexOf(result.columns(), "vlan(V50_StPriest).réseau"));
			assertThat(corrige).as("the corrigé prints the computed network").contains(network.plain());
		}
		assertThat(plans).as("three different addressing plans").hasSize(3);
		assertThat(answers).as("three different sets of answers").hasSize(3);
		assertThat(out.resolve(VariantRun.MANIFEST)).exists();
		List<String> key = Files.readAllLines(out.resolve(VariantRun.KEY_CSV), StandardCharsets.UTF_8);
		assertThat(key).hasSize(4);
		assertThat(key.get(1)).contains("Marie Dupont");
		try (InputStream in = Files.newInputStream(out.resolve(VariantRun.KEY_XLSX)); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Corrigé");
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) (3 + result.columns().size()));
			int hostsColumn = 3 + indexOf(result.columns(), "vlan(V50_StPriest).hôtes");
			for (int r = 1; r <= 3; r++) {
				long expected = AnswerKey.values(result.students().get(r - 1).variant().models()).get(hostsColumn - 3).number();
				assertThat((long) sheet.getRow(r).getCell(hostsColumn).getNumericCellValue()).isEqualTo(expected);
			}
		}
	}

	private static int indexOf(List<AnswerKey.Column> columns, String source) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).source().replaceAll("\\s", "").equals(source)) {
				return i;
			}
		}
		throw new AssertionError("no column " + source);
	}

	private static Map<String, String> subnets(List<Model> models) {
		Map<String, String> result = new TreeMap<>();
		for (EObject e : all(models)) {
			if (e instanceof Vlan v) {
				result.put(v.getName(), v.getSubnet());
			}
		}
		return result;
	}

	/** The same seed gives the same files, byte for byte, in every format; another seed gives other files. */
	@Test
	void sameSeedGivesIdenticalFiles() throws IOException {
		ScenarioSet scenario = load("hexalog");
		ClassList list = ClassList.read(classList("c.csv", "Dupont,Marie\nMartin,Léo\n", StandardCharsets.UTF_8));
		Map<String, byte[]> first = run(scenario, list, 42, dir.resolve("a"));
		Map<String, byte[]> second = run(scenario, list, 42, dir.resolve("b"));
		Map<String, byte[]> other = run(scenario, list, 43, dir.resolve("c"));
		assertThat(first.keySet()).isEqualTo(second.keySet());
		assertThat(first.keySet()).anyMatch(f -> f.endsWith(".pdf")).anyMatch(f -> f.endsWith(".docx")).anyMatch(f -> f.endsWith(".odt"))
				.anyMatch(f -> f.endsWith(".xlsx"));
		for (String f : first.keySet()) {
			assertThat(second.get(f)).as(f).isEqualTo(first.get(f));
		}
		assertThat(other.get(VariantRun.KEY_CSV)).isNotEqualTo(first.get(VariantRun.KEY_CSV));
		// the output folder gets the rights of a folder made by its owner, like its subfolders, not a private one
		if (Files.getFileStore(dir).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
			Path plain = Files.createDirectory(dir.resolve("ordinaire"));
			assertThat(Files.getPosixFilePermissions(dir.resolve("a"))).isEqualTo(Files.getPosixFilePermissions(plain));
		}
	}

	private Map<String, byte[]> run(ScenarioSet scenario, ClassList list, long seed, Path out) throws IOException {
		VariantRun.run(scenario, generator, DocumentsTest.organisation(scenario.getModels()), list, seed, List.of(Format.values()),
				Settings.defaults(), out, (d, t, n) -> { });
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (Stream<Path> walk = Files.walk(out)) {
			for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
				files.put(out.relativize(f).toString(), Files.readAllBytes(f));
			}
		}
		return files;
	}

	/** A run into an earlier run's folder replaces it whole; a folder that holds other files is refused and left intact. */
	@Test
	void replacesAnEarlierRunAndRefusesOtherFolders() throws IOException {
		ScenarioSet scenario = load("hexalog");
		ClassList three = ClassList.read(classList("c.csv", "Dupont;Marie\nMartin;Léo\nNguyen;Lina\n", StandardCharsets.UTF_8));
		ClassList one = ClassList.read(classList("d.csv", "Dupont;Marie\n", StandardCharsets.UTF_8));
		Path out = dir.resolve("v");
		VariantRun.run(scenario, generator, DocumentsTest.organisation(scenario.getModels()), three, 1, List.of(Format.HTML), Settings.defaults(),
				out, (d, t, n) -> { });
		VariantRun.run(scenario, generator, DocumentsTest.organisation(scenario.getModels()), one, 1, List.of(Format.HTML), Settings.defaults(),
				out, (d, t, n) -> { });
		for (String side : List.of(VariantRun.STUDENTS, VariantRun.TEACHER)) {
			try (Stream<Path> list = Files.list(out.resolve(side))) {
				assertThat(list.filter(Files::isDirectory).count()).as("only the second run's student").isEqualTo(1);
			}
		}
		Path other = Files.createDirectories(dir.resolve("autre"));
		Files.writeString(other.resolve("notes.txt"), "à garder");
		assertThatThrownBy(() -> VariantRun.run(scenario, generator, DocumentsTest.organisation(scenario.getModels()), one, 1,
				List.of(Format.HTML), Settings.defaults(), other, (d, t, n) -> { })).hasMessageContaining("n'est pas vide");
		assertThat(other.resolve("notes.txt")).hasContent("à garder");
	}

	/** An earlier run's folder that a teacher added to or changed since is refused and left as it is, file for file. */
	@Test
	void keepsWhatWasAddedToOrChangedInAnEarlierRun() throws IOException {
		ScenarioSet scenario = load("hexalog");
		ClassList two = ClassList.read(classList("c.csv", "Dupont;Marie\nMartin;Léo\n", StandardCharsets.UTF_8));
		Path out = dir.resolve("v");
		VariantRun.Result result = run(scenario, two, out);
		Path marie = result.students().get(0).folder();
		// the list names every file the run wrote, with its SHA-256, in the format of sha256sum
		List<String> listed = Files.readAllLines(out.resolve(VariantRun.FILES));
		try (Stream<Path> walk = Files.walk(out)) {
			assertThat(listed).hasSize((int) walk.filter(Files::isRegularFile).count() - 1);
		}
		String contexte = out.relativize(marie.resolve("contexte-eleve.html")).toString();
		assertThat(listed).anySatisfy(l -> assertThat(l).matches("[0-9a-f]{64}  " + java.util.regex.Pattern.quote(contexte)));
		// a file deleted since is not a change: nothing would be lost
		Path changes = result.students().get(0).teacherFolder().resolve(VariantRun.CHANGES);
		Files.delete(changes);
		run(scenario, two, out);
		assertThat(changes).exists();

		Files.writeString(marie.resolve("remarques.txt"), "à garder");
		assertThatThrownBy(() -> run(scenario, two, out)).hasMessageContaining("a changé depuis")
				.hasMessageContaining(out.relativize(marie.resolve("remarques.txt")) + " (ajouté)");
		assertThat(marie.resolve("remarques.txt")).hasContent("à garder");
		Files.delete(marie.resolve("remarques.txt"));

		Path key = out.resolve(VariantRun.KEY_CSV);
		byte[] original = Files.readAllBytes(key);
		Files.writeString(key, "annoté à la main", StandardOpenOption.APPEND);
		assertThatThrownBy(() -> run(scenario, two, out)).hasMessageContaining(VariantRun.KEY_CSV + " (modifié)");
		assertThat(key).content().endsWith("annoté à la main");
		Files.write(key, original);

		Files.createSymbolicLink(marie.resolve("lien"), dir);
		assertThatThrownBy(() -> run(scenario, two, out)).hasMessageContaining("lien (lien ajouté)");
		Files.delete(marie.resolve("lien"));

		Files.delete(out.resolve(VariantRun.FILES));
		assertThatThrownBy(() -> run(scenario, two, out)).hasMessageContaining(VariantRun.FILES + " (absent");
		assertThat(out.resolve(VariantRun.MANIFEST)).exists();
	}

	private VariantRun.Result run(ScenarioSet scenario, ClassList list, Path out) throws IOException {
		return VariantRun.run(scenario, generator, DocumentsTest.organisation(scenario.getModels()), list, 1, List.of(Format.HTML),
				Settings.defaults(), out, (d, t, n) -> { });
	}

	/** Lists from spreadsheets are read whatever their delimiter and encoding; the header is recognised. */
	@Test
	void readsSpreadsheetExports() throws IOException {
		ClassList cp1252 = ClassList.read(classList("w.csv", "Nom;Prénom;Classe\r\nLefèvre;Élodie;SIO1\r\nMüller;Zoé;SIO1\r\n",
				Charset.forName("windows-1252")));
		assertThat(cp1252.encoding()).isEqualTo("windows-1252");
		assertThat(cp1252.delimiter()).isEqualTo(';');
		assertThat(cp1252.students()).extracting(ClassList.Student::name).containsExactly("Élodie Lefèvre", "Zoé Müller");
		assertThat(cp1252.students().get(0).line()).isEqualTo(2);
		ClassList utf8 = ClassList.read(classList("u.csv", "\uFEFFnom,prénom\n\"Dupont, dit \"\"Dudu\"\"\",Marie\n\nMartin,Léo\n", StandardCharsets.UTF_8));
		assertThat(utf8.encoding()).isEqualTo("UTF-8");
		assertThat(utf8.delimiter()).isEqualTo(',');
		assertThat(utf8.students()).extracting(ClassList.Student::name).containsExactly("Marie Dupont, dit \"Dudu\"", "Léo Martin");
		assertThat(utf8.students().get(1).line()).isEqualTo(4);
		assertThat(utf8.students().get(0).folder(1, 2)).isEqualTo("01-marie-dupont-dit-dudu");
	}

	/** A malformed list is refused with the line (and column) of its fault. */
	@Test
	void refusesMalformedListsWithTheLine() throws IOException {
		assertThatThrownBy(() -> ClassList.read(classList("a.csv", "Nom;Prénom\nDupont;Marie\nMartin;Léo;SIO2\n", StandardCharsets.UTF_8)))
				.hasMessageContaining("a.csv:3:1:").hasMessageContaining("3 champ(s) au lieu de 2");
		assertThatThrownBy(() -> ClassList.read(classList("b.csv", "Dupont;Marie\n\"Martin;Léo\nNguyen;Lina\n", StandardCharsets.UTF_8)))
				.hasMessageContaining("b.csv:2:1:").hasMessageContaining("guillemet");
		assertThatThrownBy(() -> ClassList.read(classList("c.csv", "Dupont;Marie\nDupont;Marie\n", StandardCharsets.UTF_8)))
				.hasMessageContaining("c.csv:2:1:").hasMessageContaining("ligne 1");
		assertThatThrownBy(() -> ClassList.read(classList("d.csv", "Nom;Prénom\n", StandardCharsets.UTF_8))).hasMessageContaining("aucun élève");
		assertThatThrownBy(() -> ClassList.read(classList("e.csv", "Dupont;Ma\u0000rie\n", StandardCharsets.UTF_8)))
				.hasMessageContaining("e.csv:1:10:");
	}

	/** A header in UTF-8 above names in Windows-1252 is refused at the first such name instead of losing the first names. */
	@Test
	void refusesListsMixingTwoEncodings() throws IOException {
		Path file = dir.resolve("m.csv");
		byte[] header = "Nom;Prénom\n".getBytes(StandardCharsets.UTF_8);
		byte[] names = "Dupont;Marie\nLefèvre;Élodie\n".getBytes(Charset.forName("windows-1252"));
		byte[] both = new byte[header.length + names.length];
		System.arraycopy(header, 0, both, 0, header.length);
		System.arraycopy(names, 0, both, header.length, names.length);
		Files.write(file, both);
		assertThatThrownBy(() -> ClassList.read(file)).hasMessageContaining("m.csv:3:4:").hasMessageContaining("0xE8")
				.hasMessageContaining("ligne 1 est en UTF-8");
		ClassList latin = ClassList.read(classList("l.csv", "Nom;Prénom\nLefèvre;Élodie\n", Charset.forName("windows-1252")));
		assertThat(latin.students()).extracting(ClassList.Student::name).containsExactly("Élodie Lefèvre");
	}

	/** A student's name that starts with a formula sign is text in the answer key, never a formula a spreadsheet runs. */
	@Test
	void answerKeyCellsNeverStartWithAFormula() throws IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		List<AnswerKey.Row> rows = List.of(new AnswerKey.Row(2, "=HYPERLINK(\"http://x/\";\"x\") A", "01-a", List.of(), List.of()),
				new AnswerKey.Row(3, "@SUM(1+1)", "02-b", List.of(), List.of()), new AnswerKey.Row(4, "-2", "03-c", List.of(), List.of()));
		AnswerKey.csv(List.of(), rows, out);
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(1)).isEqualTo("2;\"'=HYPERLINK(\"\"http://x/\"\";\"\"x\"\") A\";01-a");
		assertThat(lines.get(2)).isEqualTo("3;'@SUM(1+1);02-b");
		assertThat(lines.get(3)).as("a number stays a number").isEqualTo("4;-2;03-c");
	}
}
