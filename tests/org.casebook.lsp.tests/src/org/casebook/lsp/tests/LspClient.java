// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp.tests;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.casebook.lsp.CommandRunner;
import org.casebook.lsp.LanguageServers;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import com.google.gson.JsonObject;

/**
 * An LSP4J client talking to a Casebook language server over pipes, as an editor does over the server's standard streams:
 * it records the published diagnostics and the logged messages and waits for them.
 */
final class LspClient implements LanguageClient, AutoCloseable {

	/** The server as the client sees it, with the Casebook requests. */
	interface CasebookServer extends LanguageServer {
		@JsonRequest("casebook/diagram")
		CompletableFuture<JsonObject> diagram(Map<String, String> params);

		@JsonRequest("casebook/conformity")
		CompletableFuture<JsonObject> conformity(Map<String, String> params);
	}

	private static final long TIMEOUT_SECONDS = 120;

	final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	final List<String> messages = new CopyOnWriteArrayList<>();
	final CasebookServer server;
	final Path workspace;
	final InitializeResult initialized;
	/** The URI of the first file opened by {@link #opening}. */
	String opened;
	private final PipedOutputStream toServer;
	private final PipedOutputStream toClient;
	private final Map<String, Integer> versions = new ConcurrentHashMap<>();

	/**
	 * Starts a server on a workspace folder and initializes it.
	 *
	 * @param workspace the folder opened
	 */
	LspClient(Path workspace) throws Exception {
		this.workspace = workspace;
		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		toServer = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		toClient = new PipedOutputStream(clientIn);
		LanguageServers.connect(serverIn, toClient, CommandRunner.NONE, false);
		Launcher<CasebookServer> launcher = new Launcher.Builder<CasebookServer>().setLocalService(this)
				.setRemoteInterface(CasebookServer.class).setInput(clientIn).setOutput(toServer)
				.setExecutorService(Executors.newCachedThreadPool(task -> {
					Thread thread = new Thread(task, "lsp-test-client");
					thread.setDaemon(true);
					return thread;
				})).create();
		launcher.startListening();
		server = launcher.getRemoteProxy();
		InitializeParams params = new InitializeParams();
		params.setRootUri(uri(workspace));
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(workspace), "espace")));
		ClientCapabilities capabilities = new ClientCapabilities();
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		text.setRename(new RenameCapabilities(true, false));
		capabilities.setTextDocument(text);
		params.setCapabilities(capabilities);
		initialized = server.initialize(params).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	/**
	 * Starts a server on a folder and opens files of it, each once the server has published its first diagnostics.
	 *
	 * @param workspace the folder opened
	 * @param files the names of the files to open, in the folder
	 * @return the client, {@link #opened} being the URI of the first file
	 */
	static LspClient opening(Path workspace, String... files) throws Exception {
		LspClient client = new LspClient(workspace);
		try {
			for (String file : files) {
				String uri = client.open(file);
				client.awaitDiagnostics(uri, d -> true);
				if (client.opened == null) {
					client.opened = uri;
				}
			}
			return client;
		} catch (Exception | AssertionError e) {
			client.close();
			throw e;
		}
	}

	/** @return the URI of a file, as the server writes it */
	static String uri(Path file) {
		return file.toAbsolutePath().normalize().toUri().toString().replaceFirst("^file:/(?!/)", "file:///");
	}

	/** Opens a file of the workspace with its saved content. */
	String open(String name) throws IOException {
		Path file = workspace.resolve(name);
		String uri = uri(file);
		versions.put(uri, 1);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(uri, "casebook", 1, Files.readString(file, StandardCharsets.UTF_8))));
		return uri;
	}

	/**
	 * Writes bytes to the server as they are, outside the protocol library: a test of what a faulty client may send.
	 *
	 * @param body the body of one message, framed with its {@code Content-Length} header
	 */
	void sendRaw(String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		synchronized (toServer) {
			toServer.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			toServer.write(bytes);
			toServer.flush();
		}
	}

	/** Waits until a message of the client's log satisfies a condition, and answers it. */
	String awaitMessage(Predicate<String> condition) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (System.nanoTime() < end) {
			for (String message : messages) {
				if (condition.test(message)) {
					return message;
				}
			}
			Thread.sleep(20);
		}
		throw new AssertionError("message attendu non reçu ; messages : " + messages);
	}

	/** Sends an incremental change: the text between two positions is replaced. */
	void change(String uri, int startLine, int startColumn, int endLine, int endColumn, String text) {
		int version = versions.merge(uri, 1, Integer::sum);
		TextDocumentContentChangeEvent event = new TextDocumentContentChangeEvent(
				new Range(new Position(startLine, startColumn), new Position(endLine, endColumn)), text);
		server.getTextDocumentService().didChange(
				new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(event)));
	}

	/** Waits until the diagnostics of a document satisfy a condition, and answers them. */
	List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> condition) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		synchronized (this) {
			while (true) {
				List<Diagnostic> current = diagnostics.get(uri);
				if (current != null && condition.test(current)) {
					return current;
				}
				long left = end - System.nanoTime();
				if (left <= 0) {
					throw new AssertionError("diagnostics attendus non reçus pour " + uri + " ; derniers : " + current);
				}
				wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
			}
		}
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		synchronized (this) {
			diagnostics.put(params.getUri(), new ArrayList<>(params.getDiagnostics()));
			notifyAll();
		}
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams message) {
		messages.add(message.getMessage());
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		messages.add(message.getMessage());
	}

	@Override
	public void close() throws Exception {
		try {
			server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			server.exit();
		} finally {
			toServer.close();
			toClient.close();
		}
	}
}
