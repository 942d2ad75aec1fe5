// SPDX-License-Identifier: EPL-2.0
package org.casebook.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.casebook.dsl.CasebookRuntimeModule;
import org.casebook.dsl.CasebookStandaloneSetup;
import org.casebook.dsl.load.ScenarioLoader;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/** Creates Casebook language servers and connects them to a client over streams or sockets. */
public final class LanguageServers {

	private LanguageServers() {
	}

	/**
	 * @param runner how the requests that write files run the command line
	 * @param exitOnExit whether the client's {@code exit} notification ends the process
	 * @return a new server, not yet connected
	 */
	public static CasebookLanguageServer create(CommandRunner runner, boolean exitOnExit) {
		Injector language = new CasebookStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(new CasebookRuntimeModule(), new CasebookServerModule()));
			}
		}.createInjectorAndDoEMFRegistration();
		ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put(ScenarioLoader.EXTENSION, language.getInstance(IResourceServiceProvider.class));
		Injector server = Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry);
			binder.bind(LanguageServerImpl.class).to(CasebookLanguageServer.class);
			binder.bind(CommandRunner.class).toInstance(runner);
			binder.bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(IncrementalScenarioBuilder.class);
			binder.bind(ILanguageServerShutdownAndExitHandler.class).toInstance(exitOnExit
					? new ILanguageServerShutdownAndExitHandler.DefaultImpl() : new ILanguageServerShutdownAndExitHandler.NullImpl());
		}));
		return (CasebookLanguageServer) server.getInstance(LanguageServerImpl.class);
	}

	/**
	 * Connects a new server to a client.
	 *
	 * @param in what the client sends
	 * @param out where the answers go
	 * @param runner how the requests that write files run the command line
	 * @param exitOnExit whether the client's {@code exit} notification ends the process
	 * @return the connection: its future ends when the client closes the stream
	 */
	public static Connection connect(InputStream in, OutputStream out, CommandRunner runner, boolean exitOnExit) {
		CasebookLanguageServer server = create(runner, exitOnExit);
		ExecutorService executor = Executors.newCachedThreadPool(task -> {
			Thread thread = new Thread(task, "casebook-lsp");
			thread.setDaemon(true);
			return thread;
		});
		LanguageClient[] client = new LanguageClient[1];
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>() {
			@Override
			protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
				MessageConsumer outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, jsonHandler));
				RemoteEndpoint endpoint = new RemoteEndpoint(outgoing, ServiceEndpoints.toEndpoint(localServices)) {
					@Override
					public void handle(Message message, List<MessageIssue> issues) {
						super.handle(message, issues);
						if (client[0] != null) {
							client[0].logMessage(new MessageParams(MessageType.Error, malformed(message, issues)));
						}
					}
				};
				jsonHandler.setMethodProvider(endpoint);
				endpoint.setJsonHandler(jsonHandler);
				return endpoint;
			}
		}.setLocalService(server).setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).setExecutorService(executor)
				.create();
		client[0] = launcher.getRemoteProxy();
		server.connect(launcher.getRemoteProxy());
		return new Connection(server, launcher.getRemoteProxy(), launcher.startListening());
	}

	/**
	 * @param message a message of the client that could not be handled, as far as it was read
	 * @param issues what is wrong with it
	 * @return the line for the client's log: the message is ignored and the server goes on
	 */
	static String malformed(Message message, List<MessageIssue> issues) {
		String method = message instanceof RequestMessage request ? request.getMethod()
				: message instanceof NotificationMessage notification ? notification.getMethod() : null;
		StringBuilder text = new StringBuilder("casebook lsp : message JSON-RPC invalide ignoré");
		if (method != null) {
			text.append(" (méthode « ").append(Strings.quote(method)).append(" »)");
		}
		text.append(" : ");
		for (int i = 0; i < issues.size(); i++) {
			text.append(i == 0 ? "" : " ; ").append(Strings.quote(issues.get(i).getText()));
		}
		return text.append(" ; le serveur continue").toString();
	}

	/**
	 * A server connected to a client.
	 *
	 * @param server the server
	 * @param client the proxy of the client
	 * @param listening ends when the client closes the connection
	 */
	public record Connection(CasebookLanguageServer server, LanguageClient client, Future<Void> listening) {
	}

	/**
	 * Serves one client on standard streams until it closes them.
	 *
	 * @param in standard input
	 * @param out standard output, kept for the protocol
	 * @param runner how the requests that write files run the command line
	 * @throws InterruptedException when interrupted
	 */
	public static void serveStreams(InputStream in, OutputStream out, CommandRunner runner) throws InterruptedException {
		try {
			connect(in, out, runner, true).listening().get();
		} catch (ExecutionException e) {
			// the client closed the connection
		}
	}

	/**
	 * Serves clients connecting to a local port, one server per connection, until the process ends.
	 *
	 * @param port the port on the loopback interface
	 * @param runner how the requests that write files run the command line
	 * @param err where connections are reported
	 * @throws IOException when the port cannot be opened
	 */
	public static void serveSocket(int port, CommandRunner runner, PrintWriter err) throws IOException {
		try (ServerSocket socket = new ServerSocket(port, 8, InetAddress.getLoopbackAddress())) {
			err.println("casebook lsp : en attente de clients sur 127.0.0.1:" + socket.getLocalPort());
			err.flush();
			while (true) {
				Socket client = socket.accept();
				err.println("casebook lsp : client connecté depuis le port " + client.getPort());
				err.flush();
				Thread thread = new Thread(() -> {
					try (client) {
						connect(client.getInputStream(), client.getOutputStream(), runner, false).listening().get();
					} catch (IOException | ExecutionException e) {
						// the client went away
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}, "casebook-lsp-client");
				thread.start();
			}
		}
	}
}
