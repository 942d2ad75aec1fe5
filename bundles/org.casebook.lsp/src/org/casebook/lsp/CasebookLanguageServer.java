// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.casebook.dsl.validation.IssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.gson.JsonArray;
import com.google.inject.Inject;

/**
 * The Casebook language server: Xtext's server with the diagnostics of {@code casebook validate} (same codes, same French
 * messages), semantic tokens of the language, and the Casebook requests (diagram, conformity, documents, student package).
 */
public class CasebookLanguageServer extends LanguageServerImpl {

	@Inject
	private CasebookRequests requests;

	private final List<Path> roots = new ArrayList<>();

	@Override
	public CompletableFuture<org.eclipse.lsp4j.InitializeResult> initialize(InitializeParams params) {
		roots.clear();
		if (params.getWorkspaceFolders() != null) {
			for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
				addRoot(folder.getUri());
			}
		}
		if (roots.isEmpty() && params.getRootUri() != null) {
			addRoot(params.getRootUri());
		}
		return super.initialize(params);
	}

	private void addRoot(String uri) {
		try {
			roots.add(Paths.get(java.net.URI.create(uri)).toAbsolutePath().normalize());
		} catch (RuntimeException e) {
			// a workspace folder that is not a local folder: files under it are simply not recognised as inside
		}
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(
				new SemanticTokensLegend(SemanticTokenKinds.TYPES, SemanticTokenKinds.MODIFIERS), Boolean.TRUE, Boolean.FALSE);
		capabilities.setSemanticTokensProvider(tokens);
		capabilities.setFoldingRangeProvider(Boolean.TRUE);
		capabilities.setSignatureHelpProvider(null);
		org.eclipse.lsp4j.CompletionOptions completion = new org.eclipse.lsp4j.CompletionOptions(Boolean.FALSE, List.of(".", " "));
		capabilities.setCompletionProvider(completion);
		return capabilities;
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setSource("casebook");
		diagnostic.setCode(issue.getCode() == null || issue.getCode().startsWith("org.eclipse.xtext")
				? IssueCodes.SYNTAX : issue.getCode());
		diagnostic.setMessage(issue.getMessage() == null ? "" : issue.getMessage());
		if (issue.getData() != null && issue.getData().length > 0) {
			JsonArray data = new JsonArray();
			for (String value : issue.getData()) {
				data.add(value);
			}
			diagnostic.setData(data);
		} else {
			diagnostic.setData(null);
		}
		return diagnostic;
	}

	@Override
	protected Buildable toBuildable(DidOpenTextDocumentParams params) {
		String uri = params.getTextDocument().getUri();
		String outside = outsideWorkspace(uri);
		if (outside != null) {
			log(MessageType.Warning, outside);
			getLanguageClient().showMessage(new MessageParams(MessageType.Warning, outside));
			return cancelIndicator -> List.of();
		}
		String text = params.getTextDocument().getText();
		if (text != null && text.indexOf('\0') >= 0) {
			String message = "casebook : " + uri + " : fichier binaire (octet nul) : ce n'est pas un scénario ; il n'est pas analysé";
			log(MessageType.Error, message);
			getLanguageClient().showMessage(new MessageParams(MessageType.Error, message));
			return cancelIndicator -> List.of();
		}
		return super.toBuildable(params);
	}

	@Override
	protected Buildable toBuildable(org.eclipse.lsp4j.DidChangeTextDocumentParams params) {
		URI uri = getURI(params.getTextDocument());
		if (!getWorkspaceManager().isDocumentOpen(uri)) {
			log(MessageType.Warning, "casebook : modification ignorée d'un document non ouvert ou non analysé : "
					+ params.getTextDocument().getUri());
			return cancelIndicator -> List.of();
		}
		return super.toBuildable(params);
	}

	@Override
	protected Buildable toBuildable(org.eclipse.lsp4j.DidCloseTextDocumentParams params) {
		URI uri = getURI(params.getTextDocument());
		if (!getWorkspaceManager().isDocumentOpen(uri)) {
			return cancelIndicator -> List.of();
		}
		return super.toBuildable(params);
	}

	/**
	 * @param uri a document URI sent by the client
	 * @return the message telling that it lies outside every workspace folder, or {@code null} when it is inside one
	 */
	String outsideWorkspace(String uri) {
		Path path;
		try {
			path = Paths.get(java.net.URI.create(uri)).toAbsolutePath().normalize();
		} catch (RuntimeException e) {
			return "casebook : " + uri + " : adresse de document non prise en charge (seuls les fichiers locaux file:// sont analysés)";
		}
		for (Path root : roots) {
			if (path.startsWith(root)) {
				return null;
			}
		}
		return "casebook : " + path + " : fichier hors de l'espace de travail (" + (roots.isEmpty() ? "aucun dossier ouvert"
				: String.join(", ", roots.stream().map(Path::toString).toList()))
				+ ") : ouvrir son dossier pour qu'il soit vérifié avec les autres fichiers du scénario";
	}

	private void log(MessageType type, String message) {
		if (getLanguageClient() != null) {
			getLanguageClient().logMessage(new MessageParams(type, message));
		}
	}

	/**
	 * Code actions, with the document and the resource given to the service (Xtext 2.42 leaves them unset).
	 */
	@Override
	protected List<org.eclipse.lsp4j.jsonrpc.messages.Either<org.eclipse.lsp4j.Command, org.eclipse.lsp4j.CodeAction>> codeAction(
			org.eclipse.lsp4j.CodeActionParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		ICodeActionService2 service = getService(uri, ICodeActionService2.class);
		if (service == null) {
			return List.of();
		}
		return getWorkspaceManager().doRead(uri, (document, resource) -> {
			ICodeActionService2.Options options = new ICodeActionService2.Options();
			options.setDocument(document);
			options.setResource(resource);
			options.setURI(params.getTextDocument().getUri());
			options.setLanguageServerAccess(getLanguageServerAccess());
			options.setCodeActionParams(params);
			options.setCancelIndicator(cancelIndicator);
			return service.getCodeActions(options);
		});
	}

	@Override
	public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
		return getRequestManager().runRead(cancel -> semanticTokensFull(params, cancel));
	}

	@Override
	protected SemanticTokens semanticTokensFull(SemanticTokensParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		return getWorkspaceManager().doRead(uri, (document, resource) -> new SemanticTokens(
				resource == null ? List.of() : SemanticTokenKinds.compute(resource, document)));
	}

	/**
	 * {@code casebook/diagram}: the SVG of a kind of diagram for the scenario of a document, with the source range of each
	 * element drawn.
	 *
	 * @param params {@code uri}, {@code kind}, optionally {@code edition} and {@code organisation}
	 * @return the diagrams and the map from drawn nodes to their declarations
	 */
	@JsonRequest("casebook/diagram")
	public CompletableFuture<CasebookRequests.DiagramResult> diagram(CasebookRequests.DiagramParams params) {
		return unreadable(getLanguageServerAccess().doRead(params.uri, context -> requests.diagram(context, params, getWorkspaceManager())),
				params.uri, message -> {
					CasebookRequests.DiagramResult result = new CasebookRequests.DiagramResult();
					result.message = message;
					return result;
				});
	}

	/**
	 * @return the answer to a request on a document, or when the document cannot be read (a file that does not exist,
	 *         that cannot be opened), an answer that says so in French instead of an internal error and its stack trace;
	 *         a cancelled request stays cancelled
	 */
	private static <T> CompletableFuture<T> unreadable(CompletableFuture<T> answer, String uri, Function<String, T> saying) {
		return answer.handle((result, error) -> {
			if (error == null) {
				return result;
			}
			for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
				if (cause instanceof CancellationException) {
					throw error instanceof CompletionException completion ? completion : new CompletionException(error);
				}
			}
			String reason = "lecture impossible";
			try {
				URI file = URI.createURI(uri);
				if (file.isFile() && !Files.exists(Path.of(file.toFileString()))) {
					reason = "fichier introuvable";
				}
			} catch (RuntimeException malformed) {
				reason = "adresse de document invalide";
			}
			return saying.apply("document « " + Strings.quote(uri) + " » illisible : " + reason);
		});
	}

	/**
	 * {@code casebook/conformity}: the Annexe II.E summary of the scenario of a document, for an option.
	 *
	 * @param params {@code uri}, {@code option}, optionally {@code reading} and {@code organisation}
	 * @return the report as text and as the JSON of {@code casebook check --format json}
	 */
	@JsonRequest("casebook/conformity")
	public CompletableFuture<CasebookRequests.ConformityResult> conformity(CasebookRequests.ConformityParams params) {
		return unreadable(getLanguageServerAccess().doRead(params.uri, context -> requests.conformity(context, params, getWorkspaceManager())),
				params.uri, message -> {
					CasebookRequests.ConformityResult result = new CasebookRequests.ConformityResult();
					result.message = message;
					return result;
				});
	}

	/**
	 * {@code casebook/generate}: runs {@code casebook generate} on the saved files of the scenario of a document.
	 *
	 * @param params the document, the output folder and the options of the command line
	 * @return the exit code and the messages of the command
	 */
	@JsonRequest("casebook/generate")
	public CompletableFuture<CasebookRequests.CommandResult> generate(CasebookRequests.GenerateParams params) {
		return CompletableFuture.supplyAsync(() -> requests.generate(params, getWorkspaceManager()));
	}

	/**
	 * {@code casebook/package}: runs {@code casebook package} on the saved files of the scenario of a document.
	 *
	 * @param params the document and the archive to write
	 * @return the exit code and the messages of the command
	 */
	@JsonRequest("casebook/package")
	public CompletableFuture<CasebookRequests.CommandResult> studentPackage(CasebookRequests.PackageParams params) {
		return CompletableFuture.supplyAsync(() -> requests.studentPackage(params, getWorkspaceManager()));
	}

	/** @return the workspace folders, as local paths */
	List<Path> roots() {
		return roots;
	}
}
