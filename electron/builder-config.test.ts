// electron-builder cannot run here (it downloads Electron and NSIS), but its configuration is
// validated offline against app-builder-lib's own JSON schema, and the settings that protect
// users' data are pinned.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const configPath = fileURLToPath(new URL('../electron-builder.yml', import.meta.url));
const machinePath = fileURLToPath(new URL('../electron-builder.machine.yml', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  directories: { output: string };
  win: {
    target: Array<{ target: string; arch: string[] }>;
    icon: string;
    signtoolOptions?: Record<string, unknown>;
  };
  extends?: string;
  nsis: Record<string, unknown>;
  electronFuses: Record<string, boolean>;
}

function load(text = readFileSync(configPath, 'utf8')): BuilderConfig {
  const yaml = require('js-yaml') as { load(text: string): unknown };
  return yaml.load(text) as BuilderConfig;
}

async function validate(config: unknown): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    validateConfiguration(config: unknown, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as {
    DebugLogger: new (enabled: boolean) => unknown;
  };
  await validateConfiguration(config, new DebugLogger(false));
}

describe('electron-builder.yml', () => {
  it('is valid for electron-builder', async () => {
    await expect(validate(load())).resolves.toBeUndefined();
  });

  it('would be refused if a key were misspelt (the validation is real)', async () => {
    const text = readFileSync(configPath, 'utf8').replace('runAsNode:', 'runAsNod:');
    await expect(validate(load(text))).rejects.toThrow(/electronFuses/);
  });

  it('keeps the identity and the per-user French installer that keeps data on uninstall', () => {
    const config = load();
    expect(config.appId).toBe('fr.conventionmcp.app');
    expect(config.productName).toBe('Convention MCP');
    expect(config.asar).toBe(true);
    expect(config.directories.output).toBe('release');
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/renderer/**', 'dist-electron/**', 'package.json']),
    );
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: true,
      perMachine: false,
      deleteAppDataOnUninstall: false,
      installerLanguages: ['fr_FR'],
      language: '1036',
    });
  });

  it('flips the hardening fuses', () => {
    expect(load().electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

/** The per-machine config as electron-builder sees it: electron-builder.yml, then its own keys. */
function machineConfig(): BuilderConfig {
  const own = load(readFileSync(machinePath, 'utf8'));
  expect(own.extends).toBe('electron-builder.yml');
  const base = load();
  const { extends: _parent, ...rest } = own;
  return { ...base, ...rest, nsis: { ...base.nsis, ...rest.nsis } };
}

/** Sizes of the images inside a .ico (0 in the directory means 256). */
function icoSizes(bytes: Buffer): number[] {
  expect(bytes.readUInt16LE(2)).toBe(1);
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, i) => {
    const e = 6 + 16 * i;
    const size = bytes[e] || 256;
    const offset = bytes.readUInt32LE(e + 12);
    expect(bytes.subarray(offset, offset + 4).toString('latin1')).toBe('\x89PNG');
    expect(bytes.readUInt32BE(offset + 16)).toBe(size);
    return size;
  });
}

describe('Windows identity: icon, both installers, signing prepared', () => {
  it('the icon exists, as .ico (16 to 256 px) and .png, and is used by the exe, installer, uninstaller and window', () => {
    const config = load();
    const nsis = config.nsis as Record<string, string>;
    for (const file of [
      config.win.icon,
      nsis.installerIcon,
      nsis.uninstallerIcon,
      nsis.installerHeaderIcon,
    ]) {
      expect(file).toBe('resources/icon.ico');
    }
    expect(icoSizes(readFileSync(`${root}/resources/icon.ico`))).toEqual([
      16, 24, 32, 48, 64, 128, 256,
    ]);
    const png = readFileSync(`${root}/resources/icon.png`);
    expect(png.readUInt32BE(16)).toBe(512);
    expect(config.files).toContain('resources/icon.png');
    expect(existsSync(`${root}/resources/icon.svg`)).toBe(true);
  });

  it('per-machine installer for IT: valid, same app, Program Files, administrator rights, data kept', async () => {
    await expect(validate(load(readFileSync(machinePath, 'utf8')))).resolves.toBeUndefined();
    const machine = machineConfig();
    await expect(validate(machine)).resolves.toBeUndefined();
    expect(machine.appId).toBe('fr.conventionmcp.app');
    expect(machine.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(machine.nsis).toMatchObject({
      oneClick: false,
      perMachine: true,
      allowElevation: true,
      deleteAppDataOnUninstall: false,
      installerLanguages: ['fr_FR'],
      installerIcon: 'resources/icon.ico',
      uninstallerIcon: 'resources/icon.ico',
    });
    expect(machine.nsis.artifactName).not.toBe(load().nsis.artifactName);
    const scripts = (
      JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts['dist']).toContain('electron-builder --win');
    expect(scripts['dist:machine']).toContain('--config electron-builder.machine.yml');
  });

  it('signing is prepared but needs no certificate to build: publisher named, nothing secret in the file', () => {
    const config = load();
    expect(config.win.signtoolOptions).toMatchObject({ publisherName: 'Convention MCP' });
    const text = readFileSync(configPath, 'utf8');
    expect(text).not.toMatch(
      /certificateFile|certificatePassword|cscLink|cscKeyPassword|forceCodeSigning: true/,
    );
  });

  it('engines matches what the toolchain needs (vite 8, jsdom 29, pdfjs-dist 5.5, vitest 4)', () => {
    const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as {
      engines: { node: string };
    };
    expect(pkg.engines.node).toBe('^20.19.0 || ^22.13.0 || >=24.0.0');
  });
});
