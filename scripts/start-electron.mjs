// Starts the desktop app from the built files (dist/renderer + dist-electron).
// Since Electron 42 the binary is downloaded on the first `require('electron')`: that is done
// in a child process with a time limit, so a machine without network fails fast and clearly.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESOLVE_TIMEOUT_MS = Number(process.env.ELECTRON_RESOLVE_TIMEOUT_MS ?? 60_000);
const MARKER = 'ELECTRON_BINARY_PATH=';

function fail(detail) {
  console.error(
    [
      '',
      "L'application de bureau ne peut pas démarrer : le programme Electron n'a pas pu être téléchargé",
      '(pas de connexion Internet ?).',
      "Lancez `npm run web` pour utiliser l'application dans le navigateur.",
      '',
      'The desktop app cannot start: the Electron binary could not be downloaded (no network?).',
      'Run `npm run web` to use the app in the browser.',
      detail ? `\n(${detail})` : '',
    ].join('\n'),
  );
  process.exit(1);
}

/** Resolves (and if needed downloads) the Electron binary in a child process, with a timeout. */
function resolveElectronBinary() {
  return new Promise((resolvePath) => {
    const code = `process.stdout.write('\\n${MARKER}' + require('electron') + '\\n');`;
    const child = spawn(process.execPath, ['-e', code], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32', // own process group: the download can be killed too
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    const timer = setTimeout(() => {
      try {
        if (process.platform === 'win32') child.kill();
        else process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolvePath({ error: `timeout after ${RESOLVE_TIMEOUT_MS / 1000} s` });
    }, RESOLVE_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolvePath({ error: error.message });
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith(MARKER));
      if (status === 0 && line) resolvePath({ path: line.slice(MARKER.length).trim() });
      else {
        const errors = err.split('\n').filter((l) => /^\w*Error: /.test(l));
        resolvePath({ error: errors.length > 0 ? errors.join(' / ') : `exit code ${status}` });
      }
    });
  });
}

const resolved = await resolveElectronBinary();
if (!resolved.path) fail(resolved.error);

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // would turn the app into a plain Node process

const electron = spawn(resolved.path, ['.'], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!electron.killed) electron.kill(signal);
  });
}
electron.on('error', (error) => fail(error.message));
electron.on('close', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
