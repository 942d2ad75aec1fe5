// SPDX-License-Identifier: EPL-2.0
package org.casebook.docgen.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casebook.cli.CasebookCommand;
import org.casebook.diagram.Diagram;
import org.casebook.diagram.DiagramKind;
import org.casebook.diagram.PngRenderer;
import org.casebook.diagram.Diagrams;
import org.casebook.diagram.SvgRenderer;
import org.casebook.docgen.DocumentKind;
import org.casebook.docgen.Edition;
import org.casebook.docgen.Generator;
import org.casebook.docgen.Generator.Format;
import org.casebook.docgen.Leftovers;
import org.casebook.docgen.Settings;
import org.casebook.docgen.StudentPackage;
import org.casebook.docgen.Typography;
import org.casebook.dsl.load.Nesting;
import org.casebook.dsl.load.ScenarioLoader;
import org.casebook.dsl.load.ScenarioSet;
import org.casebook.dsl.tests.CasebookInjectorProvider;
import org.casebook.model.CasebookFactory;
import org.casebook.model.Department;
import org.casebook.model.Model;
import org.casebook.model.Organisation;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** Hostile inputs met by the documents: logos, special outputs, forbidden characters, deep charts, packages. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CasebookInjectorProvider.class)
class HostileDocumentsTest {

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ScenarioLoader loader;

	@Inject
	private ISerializer serializer;

	@TempDir
	Path dir;

	private record Run(int code, String err) {
	}

	private static Run run(String... args) {
		StringWriter err = new StringWriter();
		int code = CasebookCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
		return new Run(code, err.toString());
	}

	private Path scenario(String settings) throws IOException {
		Path folder = Files.createDirectories(dir.resolve("cas"));
		Files.writeString(folder.resolve("cas.orga"), "organisation O \"Organisation\" { site S \"Siège\" }\n");
		if (settings != null) {
			Files.writeString(folder.resolve(Settings.FILE_NAME), settings);
		}
		return folder;
	}

	private static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	// ------------------------------------------------------------------------------------------------ logo

	/** A logo that is a link to a file outside the scenario folder is refused: no other file reaches the documents. */
	@Test
	void refusesSymlinkedLogo() throws IOException {
		Path folder = scenario("logo=logo.png\n");
		Path secret = Files.write(dir.resolve("secret.png"), png(10, 10));
		Files.createSymbolicLink(folder.resolve("logo.png"), secret);
		Run run = run("generate", folder.toString(), "--edition", "eleve", "--format", "html", "--out", dir.resolve("sortie").toString());
		assertThat(run.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(run.err()).contains("logo « logo.png »").contains("hors du dossier du scénario");
		assertThat(dir.resolve("sortie")).doesNotExist();
	}

	/** A text file named .png, a truncated image, an oversized one and a path with a NUL are refused in French. */
	@Test
	void refusesWhatIsNotARealLogo() throws IOException {
		Path folder = scenario(null);
		Files.writeString(folder.resolve("faux.png"), "root:x:0:0:root:/root:/bin/bash\n");
		byte[] real = png(40, 20);
		Files.write(folder.resolve("tronque.png"), java.util.Arrays.copyOf(real, real.length / 2));
		Files.write(folder.resolve("geant.png"), png(5000, 10));
		Files.write(folder.resolve("lourd.png"), new byte[3 * 1024 * 1024]);
		Files.write(folder.resolve("jpeg.png"), jpeg());
		Map<String, String> cases = new LinkedHashMap<>();
		cases.put("faux.png", "ce n'est pas une image PNG");
		cases.put("tronque.png", "illisible ou tronquée");
		cases.put("geant.png", "au plus 4000 pixels");
		cases.put("lourd.png", "trop volumineux");
		cases.put("jpeg.png", "image JPEG sous une extension PNG");
		cases.put("a\\u0000.png", "invalide");
		cases.put("../cas.orga", "hors du dossier du scénario");
		cases.put("absent.png", "introuvable");
		for (Map.Entry<String, String> c : cases.entrySet()) {
			Files.writeString(folder.resolve(Settings.FILE_NAME), "logo=" + c.getKey() + "\n");
			assertThatThrownBy(() -> Settings.load(folder)).as(c.getKey()).isInstanceOf(Settings.SettingsException.class)
					.hasMessageContaining(c.getValue());
		}
		Files.writeString(folder.resolve(Settings.FILE_NAME), "logo=a\\u0000.png\n");
		Run run = run("generate", folder.toString(), "--edition", "eleve", "--format", "html", "--out", dir.resolve("sortie").toString());
		assertThat(run.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(run.err()).doesNotContain("erreur inattendue").doesNotContain("Exception").doesNotContain("\u0000");
		Files.write(folder.resolve("vrai.png"), real);
		Files.writeString(folder.resolve(Settings.FILE_NAME), "logo=vrai.png\n");
		assertThatCode(() -> Settings.load(folder)).doesNotThrowAnyException();
	}

	/** A misspelt key is refused at its line and column, with the key meant, instead of being ignored. */
	@Test
	void refusesUnknownKeysWhereTheyAreWritten() throws IOException, Settings.SettingsException {
		Path folder = scenario(null);
		Files.writeString(folder.resolve(Settings.FILE_NAME), "# mise en page\netablissement=Lycée Ampère\n\n  etablisement = Lycée\n");
		assertThatThrownBy(() -> Settings.load(folder)).isInstanceOf(Settings.SettingsException.class)
				.hasMessageContaining(Settings.FILE_NAME + ":4:3: clé « etablisement » inconnue (vouliez-vous dire « etablissement » ?)");
		Files.writeString(folder.resolve(Settings.FILE_NAME), "entete=Session \\\n  2027\ncouleur=bleu\n");
		assertThatThrownBy(() -> Settings.load(folder)).hasMessageContaining(Settings.FILE_NAME + ":3:1: couleur « bleu » invalide");
		Files.writeString(folder.resolve(Settings.FILE_NAME), "pied=a\nlogo=absent.png\n");
		assertThatThrownBy(() -> Settings.load(folder)).hasMessageContaining(Settings.FILE_NAME + ":2:1: logo « absent.png » introuvable");
		Files.writeString(folder.resolve(Settings.FILE_NAME), "pied=a\nentete=Session \\uZZZZ\n");
		assertThatThrownBy(() -> Settings.load(folder)).hasMessageContaining(Settings.FILE_NAME + ":2:1: séquence \\u mal formée");
		Files.write(folder.resolve(Settings.FILE_NAME), "pied=a\nentete=Lyc\u00e9e\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		assertThatThrownBy(() -> Settings.load(folder)).hasMessageContaining(Settings.FILE_NAME + ":2:11: le fichier n'est pas en UTF-8");
		Files.writeString(folder.resolve(Settings.FILE_NAME), "Police=Arial\n");
		Run run = run("generate", folder.toString(), "--edition", "eleve", "--format", "html", "--out", dir.resolve("sortie").toString());
		assertThat(run.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(run.err()).contains(":1:1: clé « Police » inconnue ; clés reconnues : etablissement, logo");
		assertThat(dir.resolve("sortie")).doesNotExist();
		Files.writeString(folder.resolve(Settings.FILE_NAME), "# une remarque \\\nentete=Session \\\n  2027\n");
		assertThat(Settings.load(folder).header()).isEqualTo("Session 2027");
	}

	private static final String GOOD_SVG = """
			<?xml version="1.0" encoding="UTF-8"?>
			<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="40" viewBox="0 0 120 40">
			  <defs><circle id="point" r="6" fill="#ffffff"/></defs>
			  <rect width="120" height="40" fill="#1f4e79"/>
			  <use xlink:href="#point" x="20" y="20"/>
			  <text x="40" y="27" style="fill: url(#point); font-size: 16px">Lycée</text>
			</svg>
			""";

	/** Hostile SVG logos, each with what its refusal must say. */
	private static Map<String, String> hostileSvgs() {
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">";
		Map<String, String> cases = new LinkedHashMap<>();
		cases.put("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n" + svg + "<text>&secret;</text></svg>",
				"DOCTYPE");
		cases.put("<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>" + svg + "<text>&b;</text></svg>",
				"DOCTYPE");
		cases.put(svg + "<script>alert(document.cookie)</script></svg>", "<script>");
		cases.put(svg.replace("height=\"10\"", "height=\"10\" onload=\"alert(1)\"") + "</svg>", "attribut d'événement « onload »");
		cases.put(svg + "<image xlink:href=\"file:///etc/passwd\" width=\"10\" height=\"10\"/></svg>", "référence externe « file:///etc/passwd »");
		cases.put(svg + "<image href=\"secret.png\" width=\"10\" height=\"10\"/></svg>", "référence externe « secret.png »");
		cases.put(svg + "<use href=\"autre.svg#a\"/></svg>", "référence externe « autre.svg#a »");
		cases.put(svg + "<a xlink:href=\"javascript:alert(1)\"><rect width=\"5\" height=\"5\"/></a></svg>", "référence externe");
		cases.put(svg + "<rect width=\"5\" height=\"5\" style=\"fill: url('http://exemple.fr/x.svg#p')\"/></svg>", "url(http://exemple.fr");
		cases.put(svg + "<style>@import url(http://exemple.fr/x.css);</style></svg>", "@import");
		cases.put("<?xml-stylesheet href=\"http://exemple.fr/x.css\"?>" + svg + "</svg>", "instruction <?xml-stylesheet");
		cases.put(svg + "<foreignObject width=\"10\" height=\"10\"><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>",
				"<foreignObject>");
		cases.put(svg + "<image href=\"data:image/svg+xml;base64,PHN2Zy8+\" width=\"10\" height=\"10\"/></svg>", "incorpore une autre image");
		cases.put(svg + "<g>".repeat(150) + "</g>".repeat(150) + "</svg>", "plus de 100 niveaux");
		cases.put(svg + "<rect/>".repeat(20_001) + "</svg>", "plus de 20000 éléments");
		cases.put("<html><body>pas un dessin</body></html>", "ce n'est pas une image SVG");
		cases.put("root:x:0:0:root:/root:/bin/bash\n", "XML mal formé");
		return cases;
	}

	/** An SVG logo that runs, fetches or embeds anything is refused in French, before any document is written. */
	@Test
	void refusesHostileSvgLogos() throws IOException {
		Path folder = scenario(null);
		Files.write(folder.resolve("secret.png"), png(10, 10));
		for (Map.Entry<String, String> c : hostileSvgs().entrySet()) {
			Files.writeString(folder.resolve("logo.svg"), c.getKey());
			Files.writeString(folder.resolve(Settings.FILE_NAME), "logo=logo.svg\n");
			assertThatThrownBy(() -> Settings.load(folder)).as(c.getValue()).isInstanceOf(Settings.SettingsException.class)
					.hasMessageContaining("logo « logo.svg »").hasMessageContaining(c.getValue());
		}
		Files.write(folder.resolve("logo.svg"), png(10, 10));
		assertThatThrownBy(() -> Settings.load(folder)).hasMessageContaining("image PNG sous une extension SVG");
		Files.writeString(folder.resolve("logo.svg"), hostileSvgs().keySet().iterator().next());
		Run run = run("generate", folder.toString(), "--edition", "eleve", "--out", dir.resolve("sortie").toString());
		assertThat(run.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(run.err()).contains("logo « logo.svg »").contains("DOCTYPE").doesNotContain("Exception").doesNotContain("root:");
		assertThat(dir.resolve("sortie")).doesNotExist();
	}

	/** A clean SVG logo is kept as a drawing in HTML and drawn as a PNG in the PDF, DOCX and ODT documents. */
	@Test
	void embedsACleanSvgLogoInEveryFormat() throws Exception {
		Path folder = scenario("logo=logo.svg\n");
		Files.writeString(folder.resolve("logo.svg"), GOOD_SVG);
		Settings settings = Settings.load(folder);
		Model model = parser.parse("organisation O \"Organisation\" { site S \"Siège\" }");
		Organisation org = (Organisation) model.getElements().get(0);
		Path out = Files.createDirectories(dir.resolve("docs"));
		Generator.generate(org, List.of(model), List.of(DocumentKind.CONTEXTE), Edition.ELEVE, List.of(Format.values()), settings, out,
				(d, t, n) -> { });
		String html = Files.readString(out.resolve("contexte-eleve.html"));
		java.util.regex.Matcher data = Pattern.compile("src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
		assertThat(data.find()).as("logo SVG dans la page").isTrue();
		assertThat(new String(java.util.Base64.getDecoder().decode(data.group(1)), StandardCharsets.UTF_8)).isEqualTo(GOOD_SVG);
		for (String name : List.of("contexte-eleve.docx", "contexte-eleve.odt")) {
			List<BufferedImage> pictures = new java.util.ArrayList<>();
			try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out.resolve(name)))) {
				for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
					if (e.getName().matches("(word/media/|Pictures/).*\\.png")) {
						pictures.add(ImageIO.read(new ByteArrayInputStream(zip.readAllBytes())));
					}
				}
			}
			// the logo drawn: three times as wide as high, its blue background up to the right edge
			assertThat(pictures).as(name).anySatisfy(image -> {
				assertThat(Math.abs(image.getWidth() - 3 * image.getHeight())).isLessThanOrEqualTo(3);
				assertThat(image.getRGB(image.getWidth() - 3, image.getHeight() / 2) & 0xFFFFFF).isEqualTo(0x1f4e79);
			});
		}
		assertThat(Outputs.text(out.resolve("contexte-eleve.pdf"))).contains("Organisation");
		try (PDDocument pdf = Loader.loadPDF(out.resolve("contexte-eleve.pdf").toFile())) {
			boolean hasImage = false;
			for (COSName n : pdf.getPage(0).getResources().getXObjectNames()) {
				hasImage |= pdf.getPage(0).getResources().isImageXObject(n);
			}
			assertThat(hasImage).as("logo dessiné dans le PDF").isTrue();
		}
	}

	private static byte[] jpeg() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpeg", out);
		return out.toByteArray();
	}

	// ------------------------------------------------------------------------------------------------ outputs

	/** A link, a named pipe or a device given as --out is refused before any work and left as it was. */
	@Test
	@Timeout(300)
	void refusesSpecialOutputs() throws Exception {
		Path folder = scenario(null);
		Path target = Files.writeString(dir.resolve("cible.zip"), "à garder");
		Path link = Files.createSymbolicLink(dir.resolve("lien.zip"), target);
		Run linked = run("package", folder.toString(), "--out", link.toString());
		assertThat(linked.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(linked.err()).contains("lien symbolique").contains("refusé");
		assertThat(Files.isSymbolicLink(link)).isTrue();
		assertThat(target).hasContent("à garder");

		Path fifo = dir.resolve("tube.html");
		Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
		assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo indisponible");
		Run piped = run("check", folder.toString(), "--option", "sisr", "--out", fifo.toString());
		assertThat(piped.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(piped.err()).contains("fichier spécial");
		assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
		assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();

		if (Files.exists(Path.of("/dev/null"))) {
			Run device = run("coverage", folder.toString(), "--out", "/dev/null");
			assertThat(device.code()).isEqualTo(CasebookCommand.USAGE);
			assertThat(device.err()).contains("fichier spécial");
			Run deviceFolder = run("generate", folder.toString(), "--edition", "eleve", "--out", "/dev/null");
			assertThat(deviceFolder.code()).isEqualTo(CasebookCommand.USAGE);
			assertThat(deviceFolder.err()).contains("un dossier est attendu");
		}
		Run fileAsFolder = run("diagram", folder.toString(), "--kind", "reseau", "--out", target.toString());
		assertThat(fileAsFolder.code()).isEqualTo(CasebookCommand.USAGE);
		assertThat(fileAsFolder.err()).contains("un dossier est attendu");
		assertThat(target).hasContent("à garder");
	}

	/** The temporary folder of a run that was killed is removed by the next run; that of a running process is kept. */
	@Test
	void nextRunRemovesLeftovers() throws Exception {
		Model model = parser.parse("organisation O { }");
		Organisation org = (Organisation) model.getElements().get(0);
		Path out = Files.createDirectories(dir.resolve("sortie"));
		Process dead = new ProcessBuilder("true").start();
		dead.waitFor();
		Path left = Files.createDirectories(out.resolve(Leftovers.PREFIX + dead.pid() + "-12345"));
		Files.writeString(left.resolve("contexte-eleve.html"), "moitié");
		Path leftFile = Files.writeString(out.resolve(Leftovers.PREFIX + dead.pid() + "-678.tmp"), "moitié");
		Path alive = Files.createDirectories(out.resolve(Leftovers.PREFIX + ProcessHandle.current().parent().orElseThrow().pid() + "-1"));
		Generator.generate(org, List.of(model), List.of(DocumentKind.CONTEXTE), Edition.ELEVE, List.of(Format.HTML), Settings.defaults(), out,
				(d, t, n) -> { });
		assertThat(left).doesNotExist();
		assertThat(leftFile).doesNotExist();
		assertThat(alive).exists();
		try (var entries = Files.list(out)) {
			assertThat(entries.map(e -> e.getFileName().toString())).containsExactlyInAnyOrder("contexte-eleve.html", alive.getFileName().toString());
		}
	}

	// ------------------------------------------------------------------------------------------------ XML characters

	/** U+FFFF and control characters that reach the writers (the model was not validated) never make malformed XML. */
	@Test
	void forbiddenCharactersNeverReachTheXmlOutputs() throws Exception {
		Model model = parser.parse("""
				organisation O "Nom \\uFFFF \\uFFFE \\u0001 \\uD800 fin" {
					métier "métier \\uFFFF"
					site S "site \\uFFFF"
					entité E "entité \\uFFFF" { personne P "Pers \\uFFFF" { fonction "f \\uFFFF" } }
				}
				système_information SI pour O { serveur A "serveur \\uFFFF" { os linux "Debian \\uFFFF" } }
				""");
		Organisation org = (Organisation) model.getElements().get(0);
		assertThat(org.getLabel()).contains("\uFFFF");
		for (DiagramKind kind : List.of(DiagramKind.RESEAU, DiagramKind.ORGANIGRAMME)) {
			for (Diagram diagram : Diagrams.draw(org, List.of(model), kind)) {
				String svg = SvgRenderer.render(diagram);
				parseXml(svg.getBytes(StandardCharsets.UTF_8), kind.word());
				assertThat(ImageIO.read(new ByteArrayInputStream(PngRenderer.render(svg, 1)))).as(kind.word()).isNotNull();
			}
		}
		Path out = Files.createDirectories(dir.resolve("docs"));
		Generator.generate(org, List.of(model), List.of(DocumentKind.CONTEXTE), Edition.ENSEIGNANT, List.of(Format.values()), Settings.defaults(),
				out, (d, t, n) -> { });
		String html = Files.readString(out.resolve("contexte-enseignant.html"));
		assertThat(html).doesNotContain("\uFFFF").doesNotContain("\uFFFE").doesNotContain("\u0001").contains("Nom");
		for (String name : List.of("contexte-enseignant.docx", "contexte-enseignant.odt")) {
			try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out.resolve(name)))) {
				for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
					if (e.getName().endsWith(".xml")) {
						parseXml(zip.readAllBytes(), name + "!" + e.getName());
					}
				}
			}
		}
		assertThat(Outputs.text(out.resolve("contexte-enseignant.pdf"))).contains("Nom");
	}

	/** A scenario with U+FFFF is refused, located, by every command that writes SVG, PNG, PDF, DOCX, ODT or a package. */
	@Test
	void forbiddenCharactersAreRefusedBeforeAnyOutput() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("cas"));
		Files.writeString(folder.resolve("cas.orga"), "organisation O \"Organisation\" {\n\tmétier \"a\\uFFFFb\"\n}\n");
		Path out = dir.resolve("sortie");
		List<String[]> commands = List.of(new String[] { "diagram", "--kind", "organigramme", "--format", "svg", "--out", out.toString() },
				new String[] { "diagram", "--kind", "organigramme", "--format", "png", "--out", out.toString() },
				new String[] { "generate", "--edition", "enseignant", "--out", out.toString() },
				new String[] { "package", "--out", out.resolve("p.zip").toString() });
		for (String[] command : commands) {
			String[] args = new String[command.length + 1];
			args[0] = command[0];
			args[1] = folder.toString();
			System.arraycopy(command, 1, args, 2, command.length - 1);
			Run r = run(args);
			assertThat(r.code()).as(String.join(" ", command)).isEqualTo(CasebookCommand.USAGE);
			assertThat(r.err()).as(String.join(" ", command)).contains("cas.orga:2:").contains("error: casebook.caractere_interdit:")
					.contains("U+FFFF").doesNotContain("schéma trop grand");
		}
		assertThat(out).doesNotExist();
	}

	private static void parseXml(byte[] xml, String what) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		assertThatCode(() -> factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml))).as(what).doesNotThrowAnyException();
	}

	/** 100,001 characters « < » in a text make neither the PDF nor any other format fail. */
	@Test
	void longRunsOfMarkupCharactersArePrinted() throws Exception {
		Model model = parser.parse("organisation O { métier \"" + "<".repeat(100_001) + "\" }");
		Organisation org = (Organisation) model.getElements().get(0);
		Path out = Files.createDirectories(dir.resolve("docs"));
		assertThatCode(() -> Generator.generate(org, List.of(model), List.of(DocumentKind.CONTEXTE), Edition.ELEVE, List.of(Format.values()),
				Settings.defaults(), out, (d, t, n) -> { })).doesNotThrowAnyException();
	}

	// ------------------------------------------------------------------------------------------------ depth and length

	/** A 5,000-level organisation is refused by diagram and generate with a located error, and nothing is written. */
	@Test
	void deepOrganisationIsRefusedWithALocatedError() throws IOException {
		StringBuilder text = new StringBuilder("organisation O {\n");
		for (int i = 0; i < 5_000; i++) {
			text.append("entité E").append(i).append(" {\n");
		}
		text.append("}\n".repeat(5_000)).append("}\n");
		Path folder = Files.createDirectories(dir.resolve("profond"));
		Files.writeString(folder.resolve("o.orga"), text);
		Path out = dir.resolve("sortie");
		Run diagram = run("diagram", folder.toString(), "--kind", "organigramme", "--out", out.toString());
		Run generate = run("generate", folder.toString(), "--edition", "enseignant", "--format", "html", "--out", out.toString());
		for (Run r : List.of(diagram, generate)) {
			assertThat(r.code()).isEqualTo(CasebookCommand.USAGE);
			assertThat(r.err()).contains("o.orga:201:13: error: casebook.imbrication_trop_profonde:").doesNotContain("StackOverflow");
		}
		assertThat(out).doesNotExist();
	}

	/** A scenario as deep as the language allows is validated, formatted (student text) and packaged without overflow. */
	@Test
	void scenarioAsDeepAsAllowedIsFormatted() throws IOException {
		StringBuilder text = new StringBuilder("organisation O {\n");
		int levels = Nesting.MAX_DEPTH - 1;
		for (int i = 0; i < levels; i++) {
			text.append("entité E").append(i).append(" { personne P").append(i).append(" ");
		}
		text.append("}".repeat(levels)).append("}\n");
		Path folder = Files.createDirectories(dir.resolve("limite"));
		Files.writeString(folder.resolve("o.orga"), text);
		ScenarioSet set = loader.load(List.of(folder));
		assertThat(loader.validate(set)).isEmpty();
		String student = StudentPackage.studentTexts(set, serializer).files().get("o.orga");
		assertThat(student).contains("entité E198").contains("personne P198");
		Path zip = dir.resolve("limite.zip");
		ScenarioSet again = loader.load(List.of(folder));
		StudentPackage.write((Organisation) again.getModels().get(0).getElements().get(0), again, serializer,
				Settings.defaults(), zip, (d, t, n) -> { });
		assertThat(StudentPackage.extractScenario(zip, Files.createDirectories(dir.resolve("relu")))).hasSize(1);
	}

	/** An organisation chart as deep as the language allows, built in memory, is drawn and documented in every format. */
	@Test
	void organisationChartAsDeepAsAllowedIsDrawnAndDocumented() throws IOException {
		CasebookFactory f = CasebookFactory.eINSTANCE;
		Model model = f.createModel();
		Organisation org = f.createOrganisation();
		org.setName("O");
		model.getElements().add(org);
		Department parent = null;
		for (int i = 0; i < Nesting.MAX_DEPTH - 1; i++) {
			Department d = f.createDepartment();
			d.setName("E" + i);
			if (parent == null) {
				org.getDepartments().add(d);
			} else {
				parent.getDepartments().add(d);
			}
			parent = d;
		}
		List<Diagram> charts = Diagrams.draw(org, List.of(model), DiagramKind.ORGANIGRAMME);
		assertThat(charts).singleElement().satisfies(d -> assertThat(d.shapes()).hasSizeGreaterThanOrEqualTo(Nesting.MAX_DEPTH - 1));
		Path out = Files.createDirectories(dir.resolve("docs"));
		Generator.generate(org, List.of(model), List.of(DocumentKind.CONTEXTE), Edition.ELEVE, List.of(Format.values()), Settings.defaults(), out,
				(d, t, n) -> { });
		assertThat(Files.readString(out.resolve("contexte-eleve.html"))).contains("E198");
	}

	/** French typography is linear: a run of 100,000 spaces is handled at once (it took 70 s when it was quadratic). */
	@Test
	void typographyIsLinear() {
		String spaces = " ".repeat(100_000);
		for (String text : List.of(spaces, spaces + ":", "a" + spaces + ";b", spaces + "»", "«" + spaces, spaces + "!x")) {
			String out = Typography.french(text);
			assertThat(out.length()).isLessThanOrEqualTo(text.length() + 2);
		}
		assertThat(Typography.french("a" + spaces + ":")).isEqualTo("a\u00A0:");
	}

	/** The linear typography makes exactly the replacements of the regular expressions it replaces. */
	@Test
	void typographyMatchesTheRegularExpressions() {
		Pattern colon = Pattern.compile("[ \u00A0\u202F]*:(?=\\s|$)");
		Pattern high = Pattern.compile("(?<=\\S)[ \u00A0\u202F]*([;!?])(?=\\s|$|[»\"])");
		Pattern open = Pattern.compile("«[ \u00A0\u202F]*");
		Pattern close = Pattern.compile("[ \u00A0\u202F]*»");
		char[] alphabet = { ' ', '\u00A0', '\u202F', ':', ';', '!', '?', '«', '»', '"', 'a', 'b', '\n', '\t', '/', '1' };
		Random random = new Random(13);
		for (int n = 0; n < 20_000; n++) {
			StringBuilder sb = new StringBuilder();
			int length = 1 + random.nextInt(12);
			for (int i = 0; i < length; i++) {
				sb.append(alphabet[random.nextInt(alphabet.length)]);
			}
			String text = sb.toString();
			String expected = colon.matcher(text).replaceAll("\u00A0:");
			expected = high.matcher(expected).replaceAll("\u202F$1");
			expected = open.matcher(expected).replaceAll("«\u00A0");
			expected = close.matcher(expected).replaceAll("\u00A0»");
			assertThat(Typography.french(text)).as("%s", text.replace("\u00A0", "~").replace("\u202F", "^")).isEqualTo(expected);
		}
	}

	// ------------------------------------------------------------------------------------------------ packages

	private Path zip(String name, Map<String, byte[]> entries) throws IOException {
		Path zip = dir.resolve(name);
		try (OutputStream stream = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(stream)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(e.getKey()));
				out.write(e.getValue());
				out.closeEntry();
			}
		}
		return zip;
	}

	private static Map<String, byte[]> valid() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put(StudentPackage.DESCRIPTOR, "edition=eleve\n".getBytes(StandardCharsets.UTF_8));
		entries.put("scenario/o.orga", "organisation O { }\n".getBytes(StandardCharsets.UTF_8));
		return entries;
	}

	/** Entries outside scenario/ are refused with the archive and the entry, not silently ignored. */
	@Test
	void packageEntriesOutsideTheScenarioAreRefused() throws IOException {
		for (String entry : List.of("../x.orga", "/tmp/x.orga", "autre/x.orga", "x.orga", "scenario/sous/x.orga", "scenario/x.txt",
				"documents/../../x", "scenario/a\u001B[2J.orga")) {
			Map<String, byte[]> entries = valid();
			entries.put(entry, "organisation X { }".getBytes(StandardCharsets.UTF_8));
			Path zip = zip("p.zip", entries);
			Path out = Files.createDirectories(dir.resolve("out-" + Math.abs(entry.hashCode())));
			assertThatThrownBy(() -> StudentPackage.extractScenario(zip, out)).as(entry).isInstanceOf(IOException.class)
					.hasMessageContaining("p.zip").hasMessageContaining("entrée « ").hasMessageNotContaining("\u001B");
		}
		Map<String, byte[]> many = valid();
		for (int i = 0; i < 10_000; i++) {
			many.put("documents/f" + i + ".html", new byte[0]);
		}
		Path flood = zip("flood.zip", many);
		assertThatThrownBy(() -> StudentPackage.extractScenario(flood, Files.createDirectories(dir.resolve("flood"))))
				.hasMessageContaining("flood.zip").hasMessageContaining("entrées");
	}

	/** A symbolic link entry is refused: it would otherwise become a plain file holding the link's target. */
	@Test
	void packageSymlinkEntriesAreRefused() throws IOException {
		Map<String, byte[]> entries = valid();
		entries.put("scenario/lien.orga", "/etc/passwd".getBytes(StandardCharsets.UTF_8));
		Path zip = zip("lien.zip", entries);
		// the entry becomes a symbolic link as "zip --symlinks" writes one: made on Unix, mode 0120777 in its central header
		byte[] bytes = Files.readAllBytes(zip);
		byte[] name = "scenario/lien.orga".getBytes(StandardCharsets.UTF_8);
		int header = -1;
		for (int i = 0; i + 46 + name.length <= bytes.length; i++) {
			if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02
					&& java.util.Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
				header = i;
			}
		}
		assertThat(header).isPositive();
		bytes[header + 5] = 3; // version made by: Unix
		int mode = 0120777 << 16;
		for (int k = 0; k < 4; k++) {
			bytes[header + 38 + k] = (byte) (mode >>> (8 * k));
		}
		Files.write(zip, bytes);
		assertThatThrownBy(() -> StudentPackage.extractScenario(zip, Files.createDirectories(dir.resolve("out"))))
				.hasMessageContaining("lien.zip").hasMessageContaining("scenario/lien.orga").hasMessageContaining("lien symbolique");
	}

	private static List<String> ownTemporaryEntries(Path folder) throws IOException {
		try (var entries = Files.list(folder)) {
			return entries.map(e -> e.getFileName().toString()).filter(n -> n.startsWith(Leftovers.prefix())).sorted().toList();
		}
	}

	/**
	 * The work folder of a package, in the system's temporary folder and named after the process, is removed after use;
	 * one left by a killed run is removed by the next run.
	 */
	@Test
	void packageWorkFoldersAreRemovedAfterUseAndAfterAKill() throws Exception {
		Path temp = Leftovers.systemTemp();
		Process dead = new ProcessBuilder("true").start();
		dead.waitFor();
		Path left = Files.createDirectories(temp.resolve(Leftovers.PREFIX + dead.pid() + "-paquet-12345"));
		Files.writeString(left.resolve("contexte-eleve.html"), "moitié");
		List<String> before = ownTemporaryEntries(temp);
		ScenarioSet set = loader.load(List.of(scenario(null)));
		List<List<String>> during = new java.util.ArrayList<>();
		StudentPackage.write((Organisation) set.getModels().get(0).getElements().get(0), set, serializer, Settings.defaults(),
				dir.resolve("paquet.zip"), (d, t, n) -> {
					try {
						during.add(ownTemporaryEntries(temp));
					} catch (IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				});
		assertThat(during).isNotEmpty().allSatisfy(entries -> assertThat(entries).anyMatch(n -> n.startsWith(Leftovers.prefix() + "paquet-")));
		assertThat(left).doesNotExist();
		assertThat(ownTemporaryEntries(temp)).isEqualTo(before);
		assertThat(StudentPackage.extractScenario(dir.resolve("paquet.zip"), Files.createDirectories(dir.resolve("relu")))).hasSize(1);
	}

	/** Documents are never inflated: a corrupt document entry does not stop the scenario from being read. */
	@Test
	void packageDocumentsAreNeverInflated() throws IOException {
		Map<String, byte[]> entries = valid();
		byte[] big = new byte[4 * 1024 * 1024];
		entries.put("documents/contexte-eleve.html", big);
		Path zip = zip("p.zip", entries);
		byte[] bytes = Files.readAllBytes(zip);
		int at = indexOf(bytes, "documents/contexte-eleve.html".getBytes(StandardCharsets.UTF_8)) + "documents/contexte-eleve.html".length();
		for (int i = at + 10; i < at + 200; i++) {
			bytes[i] = (byte) 0xFF; // the deflated data of the document becomes invalid
		}
		Files.write(zip, bytes);
		List<Path> files = StudentPackage.extractScenario(zip, Files.createDirectories(dir.resolve("out")));
		assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("o.orga");
	}

	/** A truncated archive is reported with its name, in French. */
	@Test
	void truncatedPackageNamesTheArchive() throws IOException {
		Map<String, byte[]> entries = valid();
		byte[] noise = new byte[200_000];
		new Random(1).nextBytes(noise);
		entries.put("scenario/gros.orga", noise);
		Path zip = zip("tronque.zip", entries);
		byte[] bytes = Files.readAllBytes(zip);
		Files.write(zip, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertThatThrownBy(() -> StudentPackage.extractScenario(zip, Files.createDirectories(dir.resolve("out"))))
				.hasMessageContaining("tronque.zip").hasMessageContaining("tronquée").hasMessageNotContaining("ZLIB");
		Path device = Path.of("/dev/zero");
		if (Files.exists(device)) {
			Path link = Files.createSymbolicLink(dir.resolve("zero.zip"), device);
			assertThatThrownBy(() -> StudentPackage.extractScenario(link, Files.createDirectories(dir.resolve("out2"))))
					.hasMessageContaining("zero.zip").hasMessageContaining("fichier ordinaire");
		}
	}

	private static int indexOf(byte[] bytes, byte[] part) {
		outer: for (int i = 0; i + part.length <= bytes.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new AssertionError("absent");
	}
}
