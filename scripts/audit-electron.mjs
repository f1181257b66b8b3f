// Static security audit of the compiled main process and preload with Electronegativity.
// Fails (exit 1) on any HIGH finding that is not in the narrow, documented allowlist below.
//
// Electronegativity only scans .js/.ts/.html files, so the .cjs bundles are staged as .js in a
// temp folder, with the renderer's index.html and a package.json pinning the installed Electron
// version (for its version-dependent checks).
//
// Set AUDIT_EXTRA_FILE=<path to a .js file> to stage one more file (used to check that the audit
// really fails on an insecure window).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Needs the network (it downloads the list of Electron releases): excluded on purpose. */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/**
 * Verified false positives, each pinned to one check and one file. Keep this list short and
 * explain every entry. Format: { id, file, why }.
 */
const HIGH_ALLOWLIST = [];

const BUNDLES = [
  { from: 'dist-electron/main.cjs', to: 'main.js' },
  { from: 'dist-electron/preload.cjs', to: 'preload.js' },
];

async function stage() {
  const dir = await mkdtemp(join(tmpdir(), 'electronegativity-'));
  for (const bundle of BUNDLES) {
    try {
      await cp(join(root, bundle.from), join(dir, bundle.to));
    } catch {
      throw new Error(`${bundle.from} is missing: run \`npm run build:electron\` first.`);
    }
  }
  // The renderer's page (its meta CSP is checked too): the built one if present, else the source.
  for (const html of ['dist/renderer/index.html', 'renderer/index.html']) {
    try {
      await cp(join(root, html), join(dir, 'index.html'));
      break;
    } catch {
      // try the next one
    }
  }
  if (process.env.AUDIT_EXTRA_FILE) await cp(process.env.AUDIT_EXTRA_FILE, join(dir, 'extra.js'));
  const electronPkg = JSON.parse(await readFile(require.resolve('electron/package.json'), 'utf8'));
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'convention-mcp-audit',
      private: true,
      devDependencies: { electron: electronPkg.version },
    }),
  );
  return dir;
}

function isAllowlisted(issue) {
  return HIGH_ALLOWLIST.some((entry) => entry.id === issue.id && issue.file.endsWith(entry.file));
}

async function main() {
  // Its i18n loader tries to fetch translations (1 s timeout) and falls back to the bundled ones.
  process.env.LANG = 'en-US';
  const run = require('@doyensec/electronegativity');
  const dir = await stage();
  try {
    const result = await run(
      {
        input: dir,
        output: undefined,
        isSarif: false,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS,
        severitySet: undefined,
        confidenceSet: undefined,
        isRelative: true,
        isVerbose: false,
        electronUpgrade: undefined,
        electronVersionOverride: undefined,
        parserPlugins: [],
      },
      false,
    );

    for (const error of result.errors) {
      console.warn(
        `parse ${error.tolerable ? 'warning' : 'ERROR'}: ${error.file}: ${error.message}`,
      );
    }
    const fatalParse = result.errors.filter((e) => !e.tolerable);

    const issues = [...result.issues].sort((a, b) => b.severity.value - a.severity.value);
    console.log(
      `Electronegativity: ${result.atomicChecks} atomic + ${result.globalChecks} global checks, ${issues.length} finding(s)`,
    );
    for (const issue of issues) {
      const where = `${issue.file}:${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`;
      const tag = issue.severity.name === 'HIGH' && isAllowlisted(issue) ? ' (allowlisted)' : '';
      console.log(
        `  ${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id}  ${where}${tag}` +
          `${issue.manualReview ? '  [review]' : ''}\n      ${issue.description}`,
      );
    }

    const blocking = issues.filter((i) => i.severity.name === 'HIGH' && !isAllowlisted(i));
    if (blocking.length > 0 || fatalParse.length > 0) {
      console.error(
        `\nAudit FAILED: ${blocking.length} HIGH finding(s), ${fatalParse.length} file(s) not parsed.`,
      );
      process.exitCode = 1;
    } else {
      console.log('\nAudit passed: no HIGH finding.');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
