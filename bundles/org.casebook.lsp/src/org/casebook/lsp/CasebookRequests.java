// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebook.diagram.Diagram;
import org.casebook.diagram.DiagramKind;
import org.casebook.diagram.Diagrams;
import org.casebook.diagram.SvgRenderer;
import org.casebook.docgen.Edition;
import org.casebook.model.Model;
import org.casebook.model.NamedElement;
import org.casebook.model.Organisation;
import org.casebook.model.edition.EditionModels;
import org.casebook.referential.Referential;
import org.casebook.referential.conformity.ConformityChecker;
import org.casebook.referential.conformity.ConformityReport;
import org.casebook.referential.conformity.ConformityReports;
import org.casebook.referential.conformity.Reading;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.LineAndColumn;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * The Casebook requests of the language server, answered from the live models of the open documents and the saved files
 * around them: diagrams with the source range of each drawn element, the conformity summary, and the documents and
 * student package written by the command line.
 */
public class CasebookRequests {

	/** Parameters of {@code casebook/diagram}. */
	public static final class DiagramParams {
		/** The document whose scenario is drawn. */
		public String uri;
		/** {@code reseau}, {@code applications}, {@code organigramme}, {@code processus} or {@code securite}. */
		public String kind;
		/** {@code enseignant} (default) or {@code eleve}. */
		public String edition;
		/** The organisation drawn when the scenario describes several, or {@code null}. */
		public String organisation;
	}

	/** One drawn diagram. */
	public static final class DiagramSvg {
		/** Short name, as in file names ({@code reseau}, {@code processus-Commande}). */
		public String name;
		/** Its title. */
		public String title;
		/** The SVG document. */
		public String svg;
	}

	/** Where the declaration of a drawn element is. */
	public static final class NodeLocation {
		/** The {@code data-element} attribute of the node in the SVG ({@code Server:SRV-WEB}). */
		public String element;
		/** The document declaring it. */
		public String uri;
		/** The range of its name. */
		public Range range;
		/** The range of its whole declaration. */
		public Range fullRange;
	}

	/** A kind of diagram the request accepts. */
	public static final class KindChoice {
		/** The word of the request and of {@code casebook diagram --kind}. */
		public String word;
		/** Its French title. */
		public String title;
	}

	/** Answer of {@code casebook/diagram}. */
	public static final class DiagramResult {
		/** The kind drawn. */
		public String kind;
		/** The organisation drawn, or {@code null}. */
		public String organisation;
		/** The diagrams (several for processes). */
		public List<DiagramSvg> diagrams = new ArrayList<>();
		/** The declaration of each element drawn. */
		public List<NodeLocation> nodes = new ArrayList<>();
		/** Every kind, for a selector. */
		public List<KindChoice> kinds = new ArrayList<>();
		/** Remarks of the drawing, and why nothing is drawn when that is the case. */
		public List<String> notes = new ArrayList<>();
		/** Why nothing could be drawn, or {@code null}. */
		public String message;
	}

	/** Parameters of {@code casebook/conformity}. */
	public static final class ConformityParams {
		/** The document whose scenario is checked. */
		public String uri;
		/** {@code sisr} or {@code slam}. */
		public String option;
		/** {@code stricte} (default) or {@code souple}. */
		public String reading;
		/** The organisation checked when the scenario describes several, or {@code null}. */
		public String organisation;
	}

	/** Answer of {@code casebook/conformity}. */
	public static final class ConformityResult {
		/** Whether every rule is met. */
		public boolean conforming;
		/** The text report of {@code casebook check}. */
		public String text;
		/** The JSON report of {@code casebook check --format json}. */
		public JsonElement report;
		/** Why nothing could be checked, or {@code null}. */
		public String message;
	}

	/** Parameters of {@code casebook/generate}. */
	public static final class GenerateParams {
		/** A document of the scenario: its folder is the scenario. */
		public String uri;
		/** The output folder. */
		public String out;
		/** {@code eleve} or {@code enseignant}. */
		public String edition;
		/** {@code contexte}, {@code sujet}, {@code corrige}, {@code conformite}, {@code couverture} or {@code all}. */
		public String document;
		/** {@code html}, {@code pdf}, {@code docx}, {@code odt} or {@code all}. */
		public String format;
		/** The organisation, or {@code null}. */
		public String organisation;
	}

	/** Parameters of {@code casebook/package}. */
	public static final class PackageParams {
		/** A document of the scenario: its folder is the scenario. */
		public String uri;
		/** The archive to write. */
		public String out;
		/** The organisation, or {@code null}. */
		public String organisation;
	}

	/** Answer of the requests run by the command line. */
	public static final class CommandResult {
		/** The command run, as typed in a terminal. */
		public String command;
		/** Its exit code: 0 success, 1 errors found, 2 usage or unreadable input. */
		public int exitCode;
		/** What it printed. */
		public String output;
	}

	@Inject
	private UriExtensions uris;

	@Inject
	private CommandRunner runner;

	/**
	 * @param context the document read
	 * @param params the request
	 * @param workspace the server's workspace
	 * @return the diagrams of the scenario around the document
	 */
	public DiagramResult diagram(ILanguageServerAccess.Context context, DiagramParams params, WorkspaceManager workspace) {
		DiagramResult result = new DiagramResult();
		for (DiagramKind kind : DiagramKind.values()) {
			KindChoice choice = new KindChoice();
			choice.word = kind.word();
			choice.title = kind.title();
			result.kinds.add(choice);
		}
		DiagramKind kind = params.kind == null ? DiagramKind.values()[0] : DiagramKind.parse(params.kind);
		if (kind == null) {
			result.message = "type de schéma « " + Strings.quote(params.kind)
					+ " » inconnu : reseau, applications, organigramme, processus ou securite attendu";
			return result;
		}
		result.kind = kind.word();
		Edition edition = params.edition == null ? Edition.ENSEIGNANT : Edition.parse(params.edition);
		if (edition == null) {
			result.message = "édition « " + Strings.quote(params.edition) + " » inconnue : eleve ou enseignant attendu";
			return result;
		}
		List<Model> models = models(context, workspace);
		Organisation organisation = organisation(models, params.organisation, edition == Edition.ELEVE, context.getResource(), result.notes);
		if (organisation == null) {
			result.message = result.notes.isEmpty() ? "le scénario ne déclare aucune organisation" : result.notes.remove(0);
			return result;
		}
		result.organisation = organisation.getName();
		List<Diagram> diagrams = Diagrams.draw(edition == Edition.ENSEIGNANT ? EditionModels.teacher(models) : EditionModels.student(models), organisation, kind);
		Map<String, EObject> elements = elements(models);
		Set<String> located = new LinkedHashSet<>();
		for (Diagram diagram : diagrams) {
			DiagramSvg svg = new DiagramSvg();
			svg.name = diagram.name();
			svg.title = diagram.title();
			// the client shows the diagrams in one page: each has ids of its own
			svg.svg = SvgRenderer.scoped(SvgRenderer.render(diagram), "schema-" + result.diagrams.size() + "-");
			result.diagrams.add(svg);
			result.notes.addAll(diagram.notes());
			for (Diagram.Shape shape : diagram.shapes()) {
				if (shape.element() != null && located.add(shape.element())) {
					NodeLocation location = locate(shape.element(), elements.get(shape.element()));
					if (location != null) {
						result.nodes.add(location);
					}
				}
			}
		}
		if (diagrams.isEmpty()) {
			result.message = "aucun schéma « " + kind.word() + " » : le scénario ne décrit aucun processus";
		}
		return result;
	}

	/**
	 * @param context the document read
	 * @param params the request
	 * @param workspace the server's workspace
	 * @return the conformity of the scenario around the document to Annexe II.E
	 */
	public ConformityResult conformity(ILanguageServerAccess.Context context, ConformityParams params, WorkspaceManager workspace) {
		ConformityResult result = new ConformityResult();
		Referential.Option option;
		try {
			option = params.option == null ? null : Referential.Option.parse(params.option);
		} catch (IllegalArgumentException e) {
			option = null;
		}
		if (option == null || option == Referential.Option.COMMUNE) {
			result.message = "option « " + Strings.quote(params.option) + " » inconnue : sisr ou slam attendue";
			return result;
		}
		Reading reading;
		try {
			reading = params.reading == null ? Reading.STRICTE : Reading.parse(params.reading);
		} catch (IllegalArgumentException e) {
			reading = null;
		}
		if (reading == null) {
			result.message = "lecture « " + Strings.quote(params.reading) + " » inconnue : stricte ou souple attendue";
			return result;
		}
		List<Model> models = models(context, workspace);
		List<String> notes = new ArrayList<>();
		Organisation organisation = organisation(models, params.organisation, false, context.getResource(), notes);
		if (organisation == null) {
			result.message = notes.isEmpty() ? "le scénario ne déclare aucune organisation" : notes.get(0);
			return result;
		}
		ConformityReport report = ConformityChecker.check(organisation, models, option, reading);
		result.conforming = report.isConforming();
		result.text = ConformityReports.text(report);
		result.report = JsonParser.parseString(ConformityReports.json(report));
		return result;
	}

	/**
	 * Runs {@code casebook generate} on the folder of a document.
	 *
	 * @param params the request
	 * @param workspace the server's workspace
	 * @return what the command did
	 */
	public CommandResult generate(GenerateParams params, WorkspaceManager workspace) {
		Path folder = folderOf(params.uri);
		if (folder == null) {
			return refused("document « " + Strings.quote(params.uri) + " » : ce n'est pas un fichier local");
		}
		if (params.out == null || params.out.isBlank()) {
			return refused("dossier de sortie manquant (out)");
		}
		List<String> args = new ArrayList<>(List.of("generate", folder.toString(), "--out", params.out));
		option(args, "--edition", params.edition == null ? "enseignant" : params.edition);
		option(args, "--document", params.document);
		option(args, "--format", params.format);
		option(args, "--organisation", params.organisation);
		return runner.run(args);
	}

	/**
	 * Runs {@code casebook package} on the folder of a document.
	 *
	 * @param params the request
	 * @param workspace the server's workspace
	 * @return what the command did
	 */
	public CommandResult studentPackage(PackageParams params, WorkspaceManager workspace) {
		Path folder = folderOf(params.uri);
		if (folder == null) {
			return refused("document « " + Strings.quote(params.uri) + " » : ce n'est pas un fichier local");
		}
		if (params.out == null || params.out.isBlank()) {
			return refused("archive de sortie manquante (out)");
		}
		List<String> args = new ArrayList<>(List.of("package", folder.toString(), "--edition", "eleve", "--out", params.out));
		option(args, "--organisation", params.organisation);
		return runner.run(args);
	}

	private static void option(List<String> args, String name, String value) {
		if (value != null && !value.isBlank()) {
			args.add(name);
			args.add(value);
		}
	}

	private static CommandResult refused(String message) {
		CommandResult result = new CommandResult();
		result.command = "";
		result.exitCode = 2;
		result.output = "casebook : " + message;
		return result;
	}

	private static Path folderOf(String uri) {
		try {
			Path file = Paths.get(java.net.URI.create(uri)).toAbsolutePath().normalize();
			return Files.isDirectory(file) ? file : file.getParent();
		} catch (RuntimeException e) {
			return null;
		}
	}

	/**
	 * The models of the scenario around a document: every indexed file of its folder and the folders below, with the open
	 * documents as typed.
	 */
	private List<Model> models(ILanguageServerAccess.Context context, WorkspaceManager workspace) {
		Resource resource = context.getResource();
		ResourceSet set = resource.getResourceSet();
		URI folder = resource.getURI().trimSegments(1);
		List<Model> models = new ArrayList<>();
		ProjectManager project = workspace.getProjectManager(resource.getURI());
		List<URI> uris = new ArrayList<>();
		uris.add(resource.getURI());
		if (project != null) {
			for (IResourceDescription description : project.getIndexState().getResourceDescriptions().getAllResourceDescriptions()) {
				URI uri = description.getURI();
				if (!uri.equals(resource.getURI()) && uri.isFile() && uri.toFileString().startsWith(folder.toFileString() + java.io.File.separator)) {
					uris.add(uri);
				}
			}
		}
		for (URI uri : uris) {
			try {
				Resource loaded = uri.equals(resource.getURI()) ? resource : set.getResource(uri, true);
				if (loaded != null && !loaded.getContents().isEmpty() && loaded.getContents().get(0) instanceof Model model) {
					models.add(model);
				}
			} catch (RuntimeException e) {
				// a file that vanished or cannot be read since it was indexed: its own diagnostics tell why
			}
		}
		return models;
	}

	/**
	 * @param student whether for the student edition: an organisation reserved to the teacher is then neither chosen
	 *            nor named (the panel may be projected to a class)
	 */
	private static Organisation organisation(List<Model> models, String name, boolean student, Resource current, List<String> notes) {
		List<Organisation> declared = EditionModels.organisations(models, false);
		List<Organisation> all = student ? EditionModels.organisations(models, true) : declared;
		String names = all.isEmpty() ? "aucune" : String.join(", ", all.stream().map(Organisation::getName).toList());
		if (name != null && !name.isBlank()) {
			for (Organisation o : declared) {
				if (name.equals(o.getName())) {
					if (all.contains(o)) {
						return o;
					}
					notes.add("l'organisation « " + o.getName() + " » est réservée à l'enseignant (@enseignant) : elle n'a pas d'édition élève");
					return null;
				}
			}
			notes.add("organisation « " + Strings.quote(name) + " » introuvable ; présentes : " + names);
			return null;
		}
		if (all.isEmpty() && !declared.isEmpty()) {
			notes.add("toute organisation du scénario est réservée à l'enseignant (@enseignant) : il n'a pas d'édition élève");
			return null;
		}
		if (all.size() <= 1) {
			return all.isEmpty() ? null : all.get(0);
		}
		for (Organisation o : all) {
			if (o.eResource() == current) {
				return o;
			}
		}
		notes.add("plusieurs organisations (" + names + ") : « " + all.get(0).getName() + " » est dessinée");
		return all.get(0);
	}

	private static Map<String, EObject> elements(List<Model> models) {
		Map<String, EObject> elements = new HashMap<>();
		for (Model model : models) {
			for (var it = model.eAllContents(); it.hasNext();) {
				if (it.next() instanceof NamedElement named && named.getName() != null) {
					elements.putIfAbsent(named.eClass().getName() + ":" + named.getName(), named);
				}
			}
		}
		return elements;
	}

	private NodeLocation locate(String key, EObject element) {
		if (element == null || !(element.eResource() instanceof XtextResource resource) || resource.getParseResult() == null) {
			return null;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		ILocationInFileProvider locations = resource.getResourceServiceProvider().get(ILocationInFileProvider.class);
		NodeLocation location = new NodeLocation();
		location.element = key;
		location.uri = uris.toUriString(resource.getURI());
		location.range = range(root, locations.getSignificantTextRegion(element));
		location.fullRange = range(root, locations.getFullTextRegion(element));
		return location;
	}

	private static Range range(ICompositeNode root, ITextRegion region) {
		if (region == null) {
			return new Range(new Position(0, 0), new Position(0, 0));
		}
		return new Range(position(root, region.getOffset()), position(root, region.getOffset() + region.getLength()));
	}

	private static Position position(ICompositeNode root, int offset) {
		LineAndColumn at = NodeModelUtils.getLineAndColumn(root, offset);
		return new Position(at.getLine() - 1, at.getColumn() - 1);
	}
}
