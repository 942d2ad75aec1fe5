// SPDX-License-Identifier: EPL-2.0
// Finds how to start `casebook lsp`: the `casebook` script of a repository, or a command line distribution (its lib/
// folder) run with a JDK 21 or newer found in the settings, JAVA_HOME or the usual installation folders.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** How to start the server. */
export interface Server { command: string; args: string[]; env: NodeJS.ProcessEnv }

/** The settings read. */
export interface Settings { get<T>(key: string): T | undefined }

const MAIN = 'org.casebook.cli.CasebookCommand';

/**
 * @param settings the `casebook.*` settings
 * @param folders the workspace folders
 * @returns how to start the server
 * @throws Error with a message telling what to install or set when nothing usable is found
 */
export function findServer(settings: Settings, folders: string[]): Server {
  const configured = (settings.get<string>('commandLine') ?? '').trim();
  const javaHome = (settings.get<string>('javaHome') ?? '').trim();
  const candidates: string[] = [];
  if (configured) {
    candidates.push(expand(configured));
  }
  for (const folder of folders) {
    for (let dir = folder; ; dir = path.dirname(dir)) {
      candidates.push(path.join(dir, 'casebook'));
      if (path.dirname(dir) === dir) {
        break;
      }
    }
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter((d) => d)) {
    candidates.push(path.join(dir, 'casebook'));
  }
  for (const candidate of candidates) {
    const lib = distributionLib(candidate);
    if (lib) {
      const java = findJava(javaHome);
      return {
        command: java.bin,
        args: ['-Xss4m', '-XX:+UseSerialGC', ...(java.major >= 24 ? ['--sun-misc-unsafe-memory-access=allow'] : []),
          '-cp', path.join(lib, '*'), MAIN, 'lsp'],
        env: process.env,
      };
    }
    if (isScript(candidate)) {
      const env = { ...process.env };
      if (javaHome) {
        env.JAVA_HOME = expand(javaHome);
      }
      return { command: candidate, args: ['lsp'], env };
    }
  }
  if (configured) {
    throw new Error(`Casebook : « ${configured} » (casebook.commandLine) n'est ni le script casebook ni le dossier d'une `
      + 'distribution de la ligne de commande (avec son dossier lib/).');
  }
  throw new Error('Casebook : ligne de commande introuvable. Indiquer dans le réglage casebook.commandLine le script '
    + '`casebook` du dépôt ou le dossier de la distribution (releng/org.casebook.cli.distribution/target).');
}

function expand(p: string): string {
  return p.startsWith('~') ? path.join(os.homedir(), p.slice(1)) : p;
}

function isScript(file: string): boolean {
  try {
    return fs.statSync(file).isFile() && (fs.statSync(file).mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/** @returns the lib/ folder of a distribution given as its folder, its lib/ folder or a repository's script, or undefined */
function distributionLib(candidate: string): string | undefined {
  const options = [candidate, path.join(candidate, 'lib'), path.join(candidate, 'target', 'lib')];
  if (isScript(candidate)) {
    options.push(path.join(path.dirname(candidate), 'releng', 'org.casebook.cli.distribution', 'target', 'lib'));
  }
  for (const lib of options) {
    try {
      if (fs.readdirSync(lib).some((f) => /^org\.casebook\.cli-.*\.jar$/.test(f))) {
        return lib;
      }
    } catch {
      // not a folder
    }
  }
  return undefined;
}

/**
 * @param configured the casebook.javaHome setting, or ''
 * @returns the java launcher of the first JDK 21 or newer found
 * @throws Error asking for one when none is found
 */
export function findJava(configured: string): { bin: string; major: number } {
  const homes: string[] = [];
  if (configured) {
    homes.push(expand(configured));
  }
  if (process.env.JAVA_HOME) {
    homes.push(process.env.JAVA_HOME);
  }
  for (const parent of ['/usr/lib/jvm', '/Library/Java/JavaVirtualMachines', 'C:\\Program Files\\Eclipse Adoptium', 'C:\\Program Files\\Java']) {
    try {
      for (const name of fs.readdirSync(parent).sort().reverse()) {
        homes.push(path.join(parent, name), path.join(parent, name, 'Contents', 'Home'));
      }
    } catch {
      // no such folder on this system
    }
  }
  const seen: string[] = [];
  for (const home of homes) {
    const major = javaMajor(home);
    const bin = path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (major !== undefined && fs.existsSync(bin)) {
      if (major >= 21) {
        return { bin, major };
      }
      seen.push(`${home} (${major})`);
    }
  }
  throw new Error('Casebook : aucun JDK 21 ou plus récent trouvé' + (seen.length ? ` (trouvés : ${seen.join(', ')})` : '')
    + '. Installer un JDK 21 ou plus récent (par exemple Temurin) et l\'indiquer dans le réglage casebook.javaHome.');
}

function javaMajor(home: string): number | undefined {
  try {
    const release = fs.readFileSync(path.join(home, 'release'), 'utf8');
    const version = /JAVA_VERSION="([^"]+)"/.exec(release)?.[1];
    if (!version) {
      return undefined;
    }
    const parts = version.split('.');
    return parts[0] === '1' ? Number(parts[1]) : Number(parts[0]);
  } catch {
    return undefined;
  }
}
