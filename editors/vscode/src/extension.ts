// SPDX-License-Identifier: EPL-2.0
// Casebook for VS Code: starts `casebook lsp` from the command line distribution, shows the live diagram of the active
// scenario and runs the Annexe II.E check, the documents and the student package through the server.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { Executable, LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { Server, findServer } from './server';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Casebook');
  context.subscriptions.push(output);
  let server: Server;
  try {
    server = findServer(vscode.workspace.getConfiguration('casebook'), (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath));
  } catch (e) {
    const settings = vscode.l10n.t('Open settings');
    const message = e instanceof Error ? e.message : String(e);
    output.appendLine(message);
    vscode.window.showErrorMessage(message, settings).then((choice) => {
      if (choice === settings) {
        vscode.commands.executeCommand('workbench.action.openSettings', 'casebook');
      }
    });
    return;
  }
  output.appendLine(vscode.l10n.t('Casebook language server: {0}', [server.command, ...server.args].join(' ')));
  const executable: Executable = { command: server.command, args: server.args, options: { env: server.env } };
  const serverOptions: ServerOptions = { run: executable, debug: executable };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'casebook' }],
    outputChannel: output,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.orga') },
  };
  client = new LanguageClient('casebook', 'Casebook', serverOptions, clientOptions);
  await client.start();

  context.subscriptions.push(
    vscode.commands.registerCommand('casebook.showDiagram', () => DiagramPanel.show(context)),
    vscode.commands.registerCommand('casebook.checkConformity', checkConformity),
    vscode.commands.registerCommand('casebook.generateDocuments', generateDocuments),
    vscode.commands.registerCommand('casebook.createStudentPackage', createStudentPackage),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.languageId === 'casebook') {
        DiagramPanel.current?.refreshSoon(e.document.uri);
      }
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor?.document.languageId === 'casebook') {
        DiagramPanel.current?.refreshSoon(editor.document.uri);
      }
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** The scenario file the commands work on: the active one, or the first open one. */
function activeScenario(): vscode.Uri | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'casebook') {
    return editor.document.uri;
  }
  const open = vscode.workspace.textDocuments.find((d) => d.languageId === 'casebook');
  if (!open) {
    vscode.window.showWarningMessage(vscode.l10n.t('Open a Casebook scenario (.orga file) first.'));
  }
  return open?.uri;
}

interface CommandResult { command: string; exitCode: number; output: string }

function report(result: CommandResult, success: string): void {
  output.appendLine(`$ ${result.command}`);
  output.appendLine(result.output);
  if (result.exitCode === 0) {
    vscode.window.showInformationMessage(success);
  } else {
    output.show(true);
    const lines = result.output.trim().split('\n');
    vscode.window.showErrorMessage(lines[lines.length - 1] || vscode.l10n.t('The command failed (exit code {0}).', result.exitCode));
  }
}

async function checkConformity(): Promise<void> {
  const uri = activeScenario();
  if (!uri || !client) {
    return;
  }
  const option = await vscode.window.showQuickPick(['sisr', 'slam'], { placeHolder: vscode.l10n.t('Option of the diploma') });
  if (!option) {
    return;
  }
  const result: { conforming: boolean; text?: string; message?: string; report?: { bilan: Record<string, number> } } =
    await client.sendRequest('casebook/conformity', { uri: uri.toString(), option });
  if (result.message) {
    vscode.window.showErrorMessage(`Casebook : ${result.message}`);
    return;
  }
  output.appendLine(result.text ?? '');
  output.show(true);
  const bilan = result.report?.bilan ?? {};
  const summary = Object.entries(bilan).map(([status, count]) => `${count} ${status}`).join(', ');
  (result.conforming ? vscode.window.showInformationMessage : vscode.window.showWarningMessage)(
    vscode.l10n.t('Annexe II.E ({0}): {1}', option.toUpperCase(), summary));
}

async function generateDocuments(): Promise<void> {
  const uri = activeScenario();
  if (!uri || !client) {
    return;
  }
  const edition = await vscode.window.showQuickPick(['enseignant', 'eleve'], { placeHolder: vscode.l10n.t('Edition') });
  if (!edition) {
    return;
  }
  const documents = ['all', 'contexte', 'sujet', ...(edition === 'enseignant' ? ['corrige'] : []), 'conformite', 'couverture'];
  const document = await vscode.window.showQuickPick(documents, { placeHolder: vscode.l10n.t('Document') });
  if (!document) {
    return;
  }
  const format = await vscode.window.showQuickPick(['all', 'html', 'pdf', 'docx', 'odt'], { placeHolder: vscode.l10n.t('Format') });
  if (!format) {
    return;
  }
  const folder = await vscode.window.showOpenDialog({
    canSelectFiles: false, canSelectFolders: true, canSelectMany: false,
    defaultUri: vscode.Uri.file(path.dirname(uri.fsPath)), openLabel: vscode.l10n.t('Write the documents here'),
  });
  if (!folder || folder.length === 0) {
    return;
  }
  await vscode.workspace.saveAll(false);
  const result: CommandResult = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Casebook: generating the documents…') },
    () => client!.sendRequest('casebook/generate', { uri: uri.toString(), out: folder[0].fsPath, edition, document, format }));
  report(result, vscode.l10n.t('Documents written in {0}', folder[0].fsPath));
}

async function createStudentPackage(): Promise<void> {
  const uri = activeScenario();
  if (!uri || !client) {
    return;
  }
  const scenario = path.dirname(uri.fsPath);
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.file(path.join(path.dirname(scenario), `${path.basename(scenario)}-eleve.zip`)),
    filters: { [vscode.l10n.t('Student package')]: ['zip'] },
  });
  if (!target) {
    return;
  }
  await vscode.workspace.saveAll(false);
  const result: CommandResult = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Casebook: creating the student package…') },
    () => client!.sendRequest('casebook/package', { uri: uri.toString(), out: target.fsPath }));
  report(result, vscode.l10n.t('Student package written to {0}', target.fsPath));
}

interface NodeLocation { element: string; uri: string; range: vscode.Range }
interface DiagramResult {
  kind?: string; organisation?: string; message?: string; notes: string[];
  diagrams: { name: string; title: string; svg: string }[]; nodes: NodeLocation[]; kinds: { word: string; title: string }[];
}

/** The preview panel: the live diagram of the active scenario, a kind selector, and a click on a node reveals its declaration. */
class DiagramPanel {
  static current: DiagramPanel | undefined;
  private kind = 'reseau';
  private uri: vscode.Uri | undefined;
  private nodes: NodeLocation[] = [];
  private timer: NodeJS.Timeout | undefined;

  private constructor(private readonly panel: vscode.WebviewPanel) {
    panel.onDidDispose(() => { DiagramPanel.current = undefined; });
    panel.webview.onDidReceiveMessage((message) => {
      if (message.type === 'kind') {
        this.kind = message.kind;
        this.refresh();
      } else if (message.type === 'reveal') {
        this.reveal(message.element);
      }
    });
  }

  static show(context: vscode.ExtensionContext): void {
    const uri = activeScenario();
    if (!uri) {
      return;
    }
    if (!DiagramPanel.current) {
      const panel = vscode.window.createWebviewPanel('casebook.diagram', vscode.l10n.t('Casebook diagram'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, retainContextWhenHidden: true });
      panel.webview.html = page(panel.webview, fs.readFileSync(path.join(context.extensionPath, 'media', 'diagram.js'), 'utf8'));
      DiagramPanel.current = new DiagramPanel(panel);
    }
    DiagramPanel.current.uri = uri;
    DiagramPanel.current.panel.reveal(undefined, true);
    DiagramPanel.current.refresh();
  }

  refreshSoon(uri: vscode.Uri): void {
    this.uri = uri;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 400);
  }

  async refresh(): Promise<void> {
    if (!this.uri || !client) {
      return;
    }
    try {
      const result: DiagramResult = await client.sendRequest('casebook/diagram', { uri: this.uri.toString(), kind: this.kind });
      this.nodes = result.nodes;
      this.panel.title = vscode.l10n.t('Diagram – {0}', path.basename(this.uri.fsPath));
      this.panel.webview.postMessage({ type: 'diagram', result, kind: this.kind });
    } catch (e) {
      this.panel.webview.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  private async reveal(element: string): Promise<void> {
    const node = this.nodes.find((n) => n.element === element);
    if (!node) {
      return;
    }
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(node.uri));
    const range = new vscode.Range(node.range.start.line, node.range.start.character, node.range.end.line, node.range.end.character);
    await vscode.window.showTextDocument(document, { selection: range, viewColumn: vscode.ViewColumn.One });
  }
}

function page(webview: vscode.Webview, script: string): string {
  const nonce = [...Array(32)].map(() => Math.floor(Math.random() * 36).toString(36)).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data: ${webview.cspSource}; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';">
<style>body{font-family:var(--vscode-font-family);padding:8px}svg{background:#fff;max-width:none}g[data-element]{cursor:pointer}
header{display:flex;gap:8px;align-items:center;margin-bottom:8px}.notes{color:var(--vscode-descriptionForeground)}</style></head>
<body><header><label for="kind">${vscode.l10n.t('Kind')}</label><select id="kind"></select><span id="status"></span></header>
<div id="diagrams"></div><ul class="notes" id="notes"></ul><script nonce="${nonce}">${script}</script></body></html>`;
}
