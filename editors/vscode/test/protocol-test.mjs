// SPDX-License-Identifier: EPL-2.0
// Talks to `casebook lsp` exactly as VS Code's client does (vscode-jsonrpc over the server's standard streams):
// opens an example, types an error character by character and waits for the located diagnostic, then checks that a
// binary file, a file outside the workspace and malformed JSON-RPC get clear messages while the server keeps serving.
// Usage: node test/protocol-test.mjs [DISTRIBUTION_LIB_DIR]   (JAVA_HOME names the JDK, 21 or newer)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import rpc from 'vscode-jsonrpc/node.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const lib = path.resolve(process.argv[2] ?? path.join(root, 'releng/org.casebook.cli.distribution/target/lib'));
const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

let failures = 0;
function check(condition, what) {
  console.log(`${condition ? 'ok  ' : 'ÉCHEC'} ${what}`);
  if (!condition) failures++;
}

// how the extension finds the server: the distribution with a JDK 21 or newer, or a clear message
const { findServer } = createRequire(import.meta.url)('../out/server.js');
const settings = (values) => ({ get: (key) => values[key] });
const found = findServer(settings({ commandLine: path.dirname(lib) }), []);
check(found.args.includes('lsp') && found.args.includes(path.join(lib, '*')) && /java$/.test(found.command),
  `l'extension lance ${found.command} … lsp`);
try {
  findServer(settings({ commandLine: path.join(os.tmpdir(), 'pas-de-casebook') }), []);
  check(false, 'une ligne de commande introuvable est signalée');
} catch (e) {
  check(/casebook\.commandLine/.test(e.message), `ligne de commande introuvable : ${e.message}`);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-lsp-'));
const workspace = path.join(work, 'hexalog');
fs.cpSync(path.join(root, 'examples/hexalog'), workspace, { recursive: true });
fs.writeFileSync(path.join(workspace, 'binaire.orga'), Buffer.from([0x73, 0x69, 0x74, 0x65, 0x00, 0x01, 0x02, 0xff]));
const outside = path.join(work, 'ailleurs', 'dehors.orga');
fs.mkdirSync(path.dirname(outside));
fs.writeFileSync(outside, 'organisation Dehors { }\n');

const server = spawn(java, ['-Xss4m', '-XX:+UseSerialGC', '-cp', path.join(lib, '*'), 'org.casebook.cli.CasebookCommand', 'lsp'],
  { stdio: ['pipe', 'pipe', 'pipe'] });
let serverErr = '';
server.stderr.on('data', (d) => { serverErr += d; });
const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));

const diagnostics = new Map();
const waiters = [];
const logs = [];
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  diagnostics.set(params.uri, params.diagnostics);
  for (const waiter of [...waiters]) waiter();
});
connection.onNotification('window/logMessage', (params) => { logs.push(params.message); for (const waiter of [...waiters]) waiter(); });
connection.onNotification('window/showMessage', (params) => { logs.push(params.message); });
connection.onRequest('client/registerCapability', () => null);
connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
connection.listen();

function until(predicate, what, timeout = 180000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { remove(); reject(new Error(`délai dépassé : ${what}`)); }, timeout);
    const waiter = () => { const value = predicate(); if (value) { clearTimeout(timer); remove(); resolve(value); } };
    const remove = () => { const i = waiters.indexOf(waiter); if (i >= 0) waiters.splice(i, 1); };
    waiters.push(waiter);
    waiter();
  });
}

const uriOf = (file) => pathToFileURL(file).href;
const reseau = path.join(workspace, 'reseau.orga');
const reseauUri = uriOf(reseau);

try {
  const init = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uriOf(workspace),
    workspaceFolders: [{ uri: uriOf(workspace), name: 'hexalog' }],
    capabilities: { textDocument: { publishDiagnostics: {}, rename: { prepareSupport: true } }, workspace: { workspaceFolders: true } },
  });
  check(init.capabilities.semanticTokensProvider?.legend?.tokenTypes?.includes('keyword'), 'le serveur annonce ses jetons sémantiques');
  connection.sendNotification('initialized', {});

  const binary = await until(() => diagnostics.get(uriOf(path.join(workspace, 'binaire.orga'))), 'diagnostic du fichier binaire');
  check(binary.length === 1 && binary[0].code === 'casebook.fichier_illisible' && /binaire/.test(binary[0].message),
    `fichier binaire : ${binary.map((d) => `${d.code} ${d.message}`).join(' | ')}`);

  const text = fs.readFileSync(reseau, 'utf8');
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri: reseauUri, languageId: 'casebook', version: 1, text } });
  const opened = await until(() => diagnostics.get(reseauUri), 'diagnostics après ouverture');
  check(opened.filter((d) => d.severity === 1).length === 0, `exemple ouvert sans erreur (${opened.length} diagnostics)`);

  // types « 5000 » in place of the first VLAN number, one character after the other
  const lines = text.split('\n');
  const line = lines.findIndex((l) => /numéro \d+/.test(l));
  const column = lines[line].indexOf('numéro ') + 'numéro '.length;
  const number = lines[line].slice(column).match(/^\d+/)[0];
  let version = 1;
  connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: reseauUri, version: ++version },
    contentChanges: [{ range: { start: { line, character: column }, end: { line, character: column + number.length } }, text: '' }],
  });
  for (const [i, c] of [...'5000'].entries()) {
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: reseauUri, version: ++version },
      contentChanges: [{ range: { start: { line, character: column + i }, end: { line, character: column + i } }, text: c }],
    });
  }
  fs.writeFileSync(reseau, lines.map((l, i) => (i === line ? l.slice(0, column) + '5000' + l.slice(column + number.length) : l)).join('\n'));
  const located = await until(() => (diagnostics.get(reseauUri) ?? []).find((d) => d.code === 'casebook.vlan_numero_invalide'),
    'diagnostic de l\'erreur tapée');
  check(located.range.start.line === line && located.range.start.character === column && located.severity === 1
    && /5000/.test(located.message), `erreur tapée signalée en ${located.range.start.line + 1}:${located.range.start.character + 1} : ${located.message}`);

  const completion = await connection.sendRequest('textDocument/completion', {
    textDocument: { uri: reseauUri }, position: { line, character: 1 },
  });
  const items = Array.isArray(completion) ? completion : completion.items;
  check(items.length > 0, `complétion au début d'une ligne : ${items.length} propositions`);

  // a file outside the workspace folder
  connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: uriOf(outside), languageId: 'casebook', version: 1, text: fs.readFileSync(outside, 'utf8') },
  });
  const outsideLog = await until(() => logs.find((m) => m.includes('hors de l\'espace de travail')), 'message du fichier hors espace');
  check(Boolean(outsideLog), `fichier hors de l'espace de travail : ${outsideLog}`);

  // malformed JSON-RPC: a body that is not JSON, then a message that is not a request
  for (const body of ['{garbage}', '{"jsonrpc":"2.0"}', '[1,2]', '{"jsonrpc":"2.0","id":99,"method":"textDocument/hover","params":7}']) {
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }
  const symbols = await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: reseauUri } });
  check(Array.isArray(symbols) && symbols.length > 0, `le serveur répond encore après du JSON-RPC malformé (${symbols.length} symboles)`);

  const diagram = await connection.sendRequest('casebook/diagram', { uri: reseauUri, kind: 'reseau' });
  check(diagram.diagrams.length === 1 && diagram.diagrams[0].svg.includes('<svg') && diagram.nodes.length > 0,
    `schéma du réseau : ${diagram.nodes.length} éléments situés`);

  const out = path.join(work, 'documents');
  const generated = await connection.sendRequest('casebook/generate',
    { uri: reseauUri, out, edition: 'eleve', document: 'contexte', format: 'html' });
  check(generated.exitCode === 2 && /vlan_numero_invalide/.test(generated.output),
    `documents refusés tant que le scénario enregistré est en erreur : ${generated.output.trim().split('\n').pop()}`);
  fs.writeFileSync(reseau, text);
  fs.rmSync(path.join(workspace, 'binaire.orga'));
  const written = await connection.sendRequest('casebook/generate',
    { uri: reseauUri, out, edition: 'eleve', document: 'contexte', format: 'html' });
  check(written.exitCode === 0 && fs.existsSync(path.join(out, 'contexte-eleve.html')),
    `documents écrits par « ${written.command} » (code ${written.exitCode})`);

  await connection.sendRequest('shutdown');
  connection.sendNotification('exit');
  const code = await new Promise((resolve) => server.on('exit', resolve));
  check(code === 0, `fin du serveur sur « exit » (code ${code})`);
} catch (e) {
  check(false, e.message);
  server.kill();
} finally {
  connection.dispose();
  fs.rmSync(work, { recursive: true, force: true });
}
if (failures > 0) {
  console.log('--- sortie d\'erreur du serveur ---\n' + serverErr.slice(-4000));
  console.log(`${failures} vérification(s) en échec`);
  process.exit(1);
}
console.log('protocole : toutes les vérifications passent');
