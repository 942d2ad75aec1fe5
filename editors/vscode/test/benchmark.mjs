// SPDX-License-Identifier: EPL-2.0
// Measures `casebook lsp` as an editor uses it: first analysis of a large scenario, time from each didChange to the
// publishDiagnostics that follows (50 edits), completion latency at a reference and at a keyword, and the server's memory.
// Usage: node test/benchmark.mjs SCENARIO.orga [DISTRIBUTION_LIB_DIR]   (run by releng/scripts/benchmark.sh lsp)
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import rpc from 'vscode-jsonrpc/node.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const scenario = path.resolve(process.argv[2]);
const lib = path.resolve(process.argv[3] ?? path.join(root, 'releng/org.casebook.cli.distribution/target/lib'));
const javaHome = process.env.JAVA_HOME;
const java = javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
const heap = process.env.CASEBOOK_LSP_HEAP ?? '1g';

const options = (process.env.CASEBOOK_LSP_JAVA_OPTIONS ?? '').split(' ').filter(Boolean);
const server = spawn(java, [`-Xmx${heap}`, '-Xss4m', '-XX:+UseSerialGC', ...options, '-cp', path.join(lib, '*'), 'org.casebook.cli.CasebookCommand', 'lsp'],
  { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
let published = null;
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  if (params.uri === uri && published) {
    const resolve = published;
    published = null;
    resolve(params.diagnostics);
  }
});
connection.onNotification('window/logMessage', () => {});
connection.listen();
const uri = pathToFileURL(scenario).href;
const nextDiagnostics = () => new Promise((resolve) => { published = resolve; });
const now = () => Number(process.hrtime.bigint()) / 1e6;
const quantile = (values, q) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]; };
// processor time of the server (user + system), in ms: what an edit costs, whatever else the machine runs
const cpu = () => { const f = fs.readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const load = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const loadBefore = load();
const ms = (v) => `${v.toFixed(1).replace('.', ',')} ms`;

const text = fs.readFileSync(scenario, 'utf8');
const lines = text.split('\n');
let start = now();
let waiting = nextDiagnostics();
await connection.sendRequest('initialize', {
  processId: process.pid, rootUri: pathToFileURL(path.dirname(scenario)).href,
  workspaceFolders: [{ uri: pathToFileURL(path.dirname(scenario)).href, name: 'banc' }], capabilities: {},
});
connection.sendNotification('initialized', {});
const first = await waiting;
const firstAnalysis = now() - start;
waiting = nextDiagnostics();
connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'casebook', version: 1, text } });
await waiting;

// 50 edits: a character typed into, then removed from, a label in the middle of the file
const line = lines.findIndex((l, i) => i > lines.length / 2 && /"[^"]+"/.test(l));
const column = lines[line].indexOf('"') + 1;
const edits = [];
const editCpu = [];
let version = 1;
for (let i = 0; i < 50; i++) {
  const insert = i % 2 === 0;
  const change = insert
    ? { range: { start: { line, character: column }, end: { line, character: column } }, text: 'x' }
    : { range: { start: { line, character: column }, end: { line, character: column + 1 } }, text: '' };
  waiting = nextDiagnostics();
  const cpuStart = cpu();
  start = now();
  connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
  await waiting;
  edits.push(now() - start);
  editCpu.push(cpu() - cpuStart);
}

async function completionTimes(position, rounds) {
  const times = [];
  let count = 0;
  for (let i = 0; i < rounds; i++) {
    start = now();
    const result = await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
    times.push(now() - start);
    count = (Array.isArray(result) ? result : result.items).length;
  }
  return { times: times.slice(5), count };
}
const refLine = lines.findIndex((l) => /\bvlan [A-Za-z]/.test(l) && /adresse/.test(l));
const reference = { line: refLine, character: lines[refLine].search(/\bvlan [A-Za-z]/) + 5 };
const keyword = { line: refLine, character: lines[refLine].search(/\S/) };
const atReference = await completionTimes(reference, 25);
const atKeyword = await completionTimes(keyword, 25);

const status = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8');
const rss = Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
let used = '';
try {
  execFileSync(path.join(javaHome ?? '', 'bin', 'jcmd'), [String(server.pid), 'GC.run'], { stdio: 'ignore' });
  const info = execFileSync(path.join(javaHome ?? '', 'bin', 'jcmd'), [String(server.pid), 'GC.heap_info'], { encoding: 'utf8' });
  const total = [...info.matchAll(/used (\d+)K/g)].map((m) => Number(m[1])).slice(0, 2).reduce((a, b) => a + b, 0) / 1024;
  used = `${total.toFixed(0)} Mo`;
} catch {
  used = 'inconnu (jcmd indisponible)';
}

console.log(`Scénario : ${scenario} (${lines.length} lignes, ${(text.length / 1024).toFixed(0)} Ko), tas maximal ${heap}`);
console.log(`Démarrage : initialize → diagnostics du fichier (lecture, liens, vérifications) : ${ms(firstAnalysis)} (${first.length} diagnostics)`);
console.log(`didChange → publishDiagnostics sur 50 modifications : médiane ${ms(quantile(edits, 0.5))}, 95e centile ${ms(quantile(edits, 0.95))}, maximum ${ms(Math.max(...edits))}`);
console.log(`Temps processeur du serveur par modification : médiane ${ms(quantile(editCpu, 0.5))}, 95e centile ${ms(quantile(editCpu, 0.95))} (mesuré à 10 ms près)`);
console.log(`Charge de la machine (1, 5, 15 min) : ${loadBefore} au début, ${load()} à la fin`);
console.log(`Complétion sur une référence (${atReference.count} propositions) : médiane ${ms(quantile(atReference.times, 0.5))}, 95e centile ${ms(quantile(atReference.times, 0.95))}`);
console.log(`Complétion sur un mot-clé (${atKeyword.count} propositions) : médiane ${ms(quantile(atKeyword.times, 0.5))}, 95e centile ${ms(quantile(atKeyword.times, 0.95))}`);
console.log(`Mémoire du serveur : ${rss.toFixed(0)} Mo résidents (pic ${hwm.toFixed(0)} Mo), tas utilisé après GC ${used}`);

await connection.sendRequest('shutdown');
connection.sendNotification('exit');
await new Promise((resolve) => server.on('exit', resolve));
connection.dispose();
