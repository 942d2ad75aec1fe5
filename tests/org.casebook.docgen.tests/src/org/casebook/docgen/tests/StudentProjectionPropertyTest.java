// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casebook.diagram.Diagram;
import org.casebook.diagram.DiagramKind;
import org.casebook.diagram.Diagrams;
import org.casebook.diagram.SvgRenderer;
import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Generator.Output;
import org.casebook.docgen.Settings;
import org.casebook.docgen.StudentPackage;
import org.casebook.dsl.load.Problem;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.dsl.tests.TestScenarios;
import org.casebook.dsl.variants.Variant;
import org.casebook.dsl.variants.VariantGenerator;
import org.casebook.model.Application;
import org.casebook.model.Automation;
import org.casebook.model.ComponentLibrary;
import org.casebook.model.DevEnvironment;
import org.casebook.model.Element;
import org.casebook.model.ExamSubject;
import org.casebook.model.InformationSystem;
import org.casebook.model.Mission;
import org.casebook.model.Model;
import org.casebook.model.NamedElement;
import org.casebook.model.NetworkDevice;
import org.casebook.model.NetworkInterface;
import org.casebook.model.Organisation;
import org.casebook.model.Person;
import org.casebook.model.Realisation;
import org.casebook.model.Server;
import org.casebook.model.SharedResource;
import org.casebook.model.Site;
import org.casebook.model.Variants;
import org.casebook.model.Vlan;
import org.casebook.model.edition.EditionModels;
import org.casebook.model.edition.StudentProjection;
import org.casebook.referential.Referential.Option;
import org.casebook.referential.conformity.ConformityChecker;
import org.casebook.referential.conformity.ConformityReport;
import org.casebook.referential.conformity.ConformityReports;
import org.casebook.referential.conformity.Reading;
import org.casebook.referential.coverage.CoverageAnalyzer;
import org.casebook.referential.coverage.CoverageReport;
import org.casebook.referential.coverage.CoverageReports;
import org.casebook.referential.coverage.CoverageWorkbook;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Property of the student edition, on every example under many seeded random markings: elements are marked
 * {@code @enseignant} at random and given unique sentinel names, labels and descriptions, notes and answers are
 * sentinels too; no student output holds any of them, the teacher edition holds every one that belongs to a printed
 * element, and the student package's scenario validates with no error.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class StudentProjectionPropertyTest {

	/** Random markings per example: every one checks HTML, diagrams and reports; some of them every format. */
	private static final int SEEDS = 24;

	/** One seed in this many also writes PDF, DOCX and ODT and the package (the slow formats, about 10 s each). */
	private static final int ALL_FORMATS_EVERY = 12;

	@Inject
	private ScenarioLoader loader;

	@Inject
	private ISerializer serializer;

	@Inject
	private VariantGenerator variants;

	@TempDir
	Path dir;

	static Stream<Arguments> markings() {
		List<Arguments> cases = new ArrayList<>();
		for (Path example : TestScenarios.exampleFolders()) {
			for (long seed = 1; seed <= SEEDS; seed++) {
				cases.add(Arguments.of(example.getFileName().toString(), seed));
			}
		}
		return cases.stream();
	}

	/** What a marking hid, and the sentinels it wrote. */
	private static final class Marking {
		final Set<String> hidden = new LinkedHashSet<>();
		final Set<String> notes = new LinkedHashSet<>();
		final Map<String, EObject> printedHidden = new LinkedHashMap<>();
		final Set<String> printedNotes = new LinkedHashSet<>();
		final Set<String> addresses = new LinkedHashSet<>();
		int next = 1;

		String sentinel(long seed, String kind) {
			return kind + seed + "x" + next++ + "z";
		}
	}

	/** Every student output holds no sentinel; the teacher edition holds the printed ones; the package validates. */
	@ParameterizedTest(name = "{0}, graine {1}")
	@MethodSource("markings")
	void studentEditionLeaksNothingUnderRandomMarkings(String example, long seed) throws IOException {
		ScenarioSet scenario = loader.load(List.of(TestScenarios.root().resolve("examples").resolve(example)));
		List<Model> models = scenario.getModels();
		models.forEach(EcoreUtil::resolveAll);
		Organisation organisation = DocumentsTest.organisation(models);
		Marking marking = mark(models, organisation, new Random(seed * 7919 + example.hashCode()), seed);
		assertThat(marking.hidden).as("the marking hides something").isNotEmpty();
		boolean allFormats = seed % ALL_FORMATS_EVERY == 0;

		Map<String, String> student = new LinkedHashMap<>();
		List<DocumentKind> kinds = Arrays.stream(DocumentKind.values()).filter(k -> !k.teacherOnly()).toList();
		List<Format> formats = allFormats ? Arrays.asList(Format.values()) : List.of(Format.HTML);
		for (Output output : Generator.generate(organisation, models, kinds, Edition.ELEVE, formats, Settings.defaults(), dir.resolve("eleve"),
				(d, t, n) -> { })) {
			student.put(output.file().getFileName().toString(), read(output.file()));
		}
		EditionModels edition = EditionModels.student(models);
		for (DiagramKind kind : DiagramKind.values()) {
			for (Diagram diagram : Diagrams.draw(edition, organisation, kind)) {
				student.put(diagram.name() + ".svg", SvgRenderer.render(diagram));
			}
		}
		for (Option option : List.of(Option.SISR, Option.SLAM)) {
			for (Reading reading : Reading.values()) {
				ConformityReport report = ConformityChecker.check(edition, organisation, option, reading);
				student.put("conformite-" + option + reading + ".txt", ConformityReports.text(report));
				student.put("conformite-" + option + reading + ".json", ConformityReports.json(report));
				student.put("conformite-" + option + reading + ".html", ConformityReports.html(report));
			}
		}
		CoverageReport coverage = CoverageAnalyzer.analyze(edition, null);
		student.put("couverture.txt", CoverageReports.text(coverage));
		student.put("couverture.json", CoverageReports.json(coverage));
		student.put("couverture.html", CoverageReports.html(coverage));
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		CoverageWorkbook.write(coverage, xlsx);
		student.put("couverture.xlsx", zipText(xlsx.toByteArray()));
		if (allFormats) {
			Path zip = dir.resolve("paquet-" + seed + ".zip");
			StudentPackage.write(organisation, scenario, serializer, Settings.defaults(), zip, (d, t, n) -> { });
			student.put(zip.getFileName().toString(), zipText(Files.readAllBytes(zip)));
			Path extracted = Files.createDirectories(dir.resolve("paquet-" + seed));
			StudentPackage.extractScenario(zip, extracted);
			List<Problem> errors = loader.validate(loader.load(List.of(extracted))).stream()
					.filter(p -> p.severity() == Problem.Severity.ERROR).toList();
			assertThat(errors).as("the package's scenario validates").isEmpty();
		}

		Set<String> secrets = new LinkedHashSet<>(marking.hidden);
		secrets.addAll(marking.notes);
		for (Map.Entry<String, String> output : student.entrySet()) {
			String text = output.getKey() + " " + output.getValue();
			for (String secret : secrets) {
				assertThat(text).as("%s leaks %s", output.getKey(), secret).doesNotContainIgnoringCase(secret);
			}
			for (String address : marking.addresses) {
				assertThat(Pattern.compile("(?<![0-9.])" + Pattern.quote(address) + "(?![0-9])").matcher(text).find())
						.as("%s leaks the reserved address %s", output.getKey(), address).isFalse();
			}
		}

		StringBuilder teacher = new StringBuilder();
		for (Output output : Generator.generate(organisation, models, Arrays.asList(DocumentKind.values()), Edition.ENSEIGNANT,
				List.of(Format.HTML), Settings.defaults(), dir.resolve("enseignant"), (d, t, n) -> { })) {
			teacher.append(read(output.file()));
		}
		for (String note : marking.printedNotes) {
			assertThat(teacher).as("the teacher edition prints the note %s", note).contains(note);
		}
		for (Map.Entry<String, EObject> hidden : marking.printedHidden.entrySet()) {
			assertThat(teacher).as("the teacher edition prints %s %s", hidden.getValue().eClass().getName(), hidden.getKey())
					.contains(hidden.getKey());
		}
	}

	static Stream<Arguments> variantMarkings() {
		List<Arguments> cases = new ArrayList<>();
		for (Path example : TestScenarios.exampleFolders()) {
			try (Stream<Path> files = Files.list(example)) {
				if (files.anyMatch(f -> f.getFileName().toString().equals("variantes.orga"))) {
					for (long seed = 1; seed <= SEEDS / 3; seed++) {
						cases.add(Arguments.of(example.getFileName().toString(), seed));
					}
				}
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
		return cases.stream();
	}

	/**
	 * The student documents of a per-student variant hold no teacher-only content either: the variant is marked at
	 * random like the original above, the {@code variantes} block carries sentinels, and no student output (nor the
	 * variant's scenario text) holds any sentinel, an expression's source or a word of the block.
	 */
	@ParameterizedTest(name = "variante de {0}, graine {1}")
	@MethodSource("variantMarkings")
	void variantStudentEditionLeaksNothing(String example, long seed) throws IOException {
		ScenarioSet scenario = loader.load(List.of(TestScenarios.root().resolve("examples").resolve(example)));
		scenario.getModels().forEach(EcoreUtil::resolveAll);
		Set<String> secrets = new LinkedHashSet<>();
		for (Model model : scenario.getModels()) {
			for (EObject e : model.getElements()) {
				if (e instanceof Variants block) {
					String label = "qzv" + seed + "label";
					String note = "qzv" + seed + "note";
					String description = "qzv" + seed + "description";
					block.setLabel(label);
					block.setTeacherNote(note);
					block.setDescription(description);
					secrets.addAll(List.of(label, note, description));
				}
			}
		}
		Variant variant = variants.generate(scenario, VariantGenerator.seedFor(seed, 1, example), Set.of());
		for (String text : variant.files().values()) {
			for (String secret : secrets) {
				assertThat(text).as("the variant's scenario leaks %s", secret).doesNotContain(secret);
			}
		}
		List<Model> models = variant.models();
		Organisation organisation = DocumentsTest.organisation(models);
		Marking marking = mark(models, organisation, new Random(seed * 31 + example.hashCode()), seed);
		secrets.addAll(marking.hidden);
		secrets.addAll(marking.notes);
		List<Format> formats = seed == 1 ? Arrays.asList(Format.values()) : List.of(Format.HTML);
		List<DocumentKind> kinds = Arrays.stream(DocumentKind.values()).filter(k -> !k.teacherOnly()).toList();
		for (Output output : Generator.generate(organisation, models, kinds, Edition.ELEVE, formats, Settings.defaults(), dir.resolve("variante"),
				(d, t, n) -> { })) {
			String text = read(output.file());
			for (String secret : secrets) {
				assertThat(text).as("%s leaks %s", output.file().getFileName(), secret).doesNotContainIgnoringCase(secret);
			}
			assertThat(text).as("%s shows an expression", output.file().getFileName()).doesNotContain("{{").doesNotContain("variantes ");
		}
		StringBuilder teacher = new StringBuilder();
		for (Output output : Generator.generate(organisation, models, Arrays.asList(DocumentKind.values()), Edition.ENSEIGNANT,
				List.of(Format.HTML), Settings.defaults(), dir.resolve("corrige"), (d, t, n) -> { })) {
			teacher.append(read(output.file()));
		}
		for (String note : marking.printedNotes) {
			assertThat(teacher).as("the teacher edition of the variant prints %s", note).contains(note);
		}
	}

	/** Marks about one element in six {@code @enseignant}, with sentinels; notes on about one element in three. */
	private static Marking mark(List<Model> models, Organisation organisation, Random random, long seed) {
		Marking marking = new Marking();
		Set<EObject> printedRoots = printedRoots(models, organisation);
		List<Element> elements = new ArrayList<>();
		for (Model model : models) {
			model.eAllContents().forEachRemaining(e -> {
				if (e instanceof Element element && e != organisation) {
					elements.add(element);
				}
			});
		}
		for (Element element : elements) {
			boolean printed = printedRoots.contains(top(element));
			boolean hide = random.nextInt(element instanceof InformationSystem || element instanceof ExamSubject ? 12 : 6) == 0;
			if (hide && !alreadyHidden(element)) {
				hide(element, marking, seed, printed);
			}
			if (random.nextInt(3) == 0) {
				String note = marking.sentinel(seed, "qzt");
				element.setTeacherNote(note);
				marking.notes.add(note);
				if (printed) {
					marking.printedNotes.add(note);
				}
			}
			if (element instanceof Realisation realisation) {
				String answer = marking.sentinel(seed, "qza");
				String criterion = marking.sentinel(seed, "qzc");
				realisation.setAnswer(answer);
				realisation.getCriteria().add(criterion);
				marking.notes.add(answer);
				marking.notes.add(criterion);
				if (printed) {
					marking.printedNotes.add(answer);
					marking.printedNotes.add(criterion);
				}
			}
		}
		if (marking.hidden.isEmpty()) {
			List<Element> named = elements.stream().filter(e -> e instanceof NamedElement && !alreadyHidden(e)).toList();
			Element chosen = named.get(random.nextInt(named.size()));
			hide(chosen, marking, seed, printedRoots.contains(top(chosen)));
		}
		// what the student edition removes with a target (a VLAN of a reserved site…) is as secret as what is marked
		for (EObject dependent : StudentProjection.project(models).dependents().keySet()) {
			List<EObject> inside = new ArrayList<>(List.of(dependent));
			dependent.eAllContents().forEachRemaining(inside::add);
			for (EObject e : inside) {
				if (e instanceof NamedElement named && named.getName() != null && !named.isTeacherOnly() && !alreadyHidden(named)) {
					String label = marking.sentinel(seed, "qzr");
					String description = marking.sentinel(seed, "qzr");
					named.setLabel(label);
					named.setDescription(description);
					marking.hidden.addAll(List.of(label, description));
				}
			}
		}
		askAboutEverything(models, printedRoots, marking);
		return marking;
	}

	/**
	 * Makes the question of a printed réalisation that students see name every element that expressions can name, its
	 * label and its address: a value that only the teacher edition holds would show a sentinel or a reserved address.
	 */
	private static void askAboutEverything(List<Model> models, Set<EObject> printedRoots, Marking marking) {
		StringBuilder question = new StringBuilder();
		Realisation asked = null;
		for (Model model : models) {
			for (var it = model.eAllContents(); it.hasNext();) {
				EObject e = it.next();
				if (asked == null && e instanceof Realisation r && printedRoots.contains(top(r)) && !r.isTeacherOnly() && !alreadyHidden(r)) {
					asked = r;
				}
				String nature = e instanceof Vlan ? "vlan" : e instanceof Server ? "serveur" : e instanceof NetworkDevice ? "équipement"
						: e instanceof Person ? "personne" : e instanceof Site ? "site" : e instanceof Application ? "application" : null;
				if (nature != null && ((NamedElement) e).getName() != null) {
					String call = nature + "(" + ((NamedElement) e).getName() + ")";
					question.append(" {{ ").append(call).append(".libellé }}");
					if (e instanceof Server || e instanceof NetworkDevice) {
						question.append(" {{ ").append(call).append(".adresse }}");
					}
				}
			}
		}
		if (asked != null) {
			asked.setQuestion((asked.getQuestion() == null ? "" : asked.getQuestion()) + question);
		}
	}

	/** Marks an element {@code @enseignant} and gives it a sentinel name, label and description (an interface: an address of its own). */
	private static void hide(Element element, Marking marking, long seed, boolean printed) {
		element.setTeacherOnly(true);
		if (element instanceof NetworkInterface itf && itf.getAddress() != null) {
			String address = "10.25" + (marking.next % 10) + "." + (seed % 250) + "." + (marking.next++ % 250 + 1);
			itf.setAddress(address);
			// whole: 10.250.1.1 must not match inside 10.250.1.12
			marking.addresses.add(address);
		}
		if (element instanceof NamedElement named) {
			String name = marking.sentinel(seed, "qzn");
			String label = marking.sentinel(seed, "qzl");
			String description = marking.sentinel(seed, "qzd");
			named.setName(name);
			named.setLabel(label);
			element.setDescription(description);
			marking.hidden.addAll(List.of(name, label, description));
			if (printed && printedKind(element)) {
				marking.printedHidden.put(label, element);
			}
		}
	}

	private static boolean alreadyHidden(EObject element) {
		for (EObject e = element.eContainer(); e != null; e = e.eContainer()) {
			if (e instanceof Element el && el.isTeacherOnly()) {
				return true;
			}
		}
		return false;
	}

	/** Kinds the documents do not describe (the Annexe II.E report names them only as evidence). */
	private static boolean printedKind(Element element) {
		return !(element instanceof Automation || element instanceof DevEnvironment || element instanceof ComponentLibrary
				|| element instanceof SharedResource);
	}

	private static EObject top(EObject element) {
		EObject e = element;
		while (e.eContainer() != null && !(e.eContainer() instanceof Model)) {
			e = e.eContainer();
		}
		return e;
	}

	/** @return the declarations whose content the teacher edition prints */
	private static Set<EObject> printedRoots(List<Model> models, Organisation organisation) {
		Set<EObject> roots = new LinkedHashSet<>();
		roots.add(organisation);
		boolean subject = false;
		for (Model model : models) {
			for (EObject e : model.getElements()) {
				if (e instanceof InformationSystem || e instanceof Mission) {
					roots.add(e);
				} else if (e instanceof ExamSubject && !subject) {
					roots.add(e);
					subject = true;
				}
			}
		}
		for (Model model : models) {
			model.eAllContents().forEachRemaining(e -> {
				if (e instanceof Mission mission && mission.getSpecification() != null) {
					roots.add(mission.getSpecification());
				}
			});
		}
		return roots;
	}

	private static String read(Path file) throws IOException {
		String name = file.getFileName().toString();
		if (name.endsWith(".pdf")) {
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				var info = pdf.getDocumentInformation();
				return new PDFTextStripper().getText(pdf) + " " + info.getTitle() + " " + info.getAuthor() + " " + info.getSubject() + " "
						+ info.getKeywords();
			}
		}
		if (name.endsWith(".docx") || name.endsWith(".odt")) {
			return zipText(Files.readAllBytes(file));
		}
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	/** @return the names and the raw text of every entry of an archive, PDF entries as their text */
	private static String zipText(byte[] bytes) throws IOException {
		StringBuilder sb = new StringBuilder();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				sb.append(e.getName()).append('\n');
				byte[] content = zip.readAllBytes();
				if (e.getName().endsWith(".pdf")) {
					try (PDDocument pdf = Loader.loadPDF(content)) {
						sb.append(new PDFTextStripper().getText(pdf)).append(' ').append(pdf.getDocumentInformation().getTitle());
					}
				} else if (!e.getName().endsWith(".png") && !e.getName().endsWith(".jpg")) {
					sb.append(new String(content, StandardCharsets.UTF_8)).append('\n');
				}
			}
		}
		return sb.toString();
	}
}
