// electron-builder cannot run here (it downloads Electron and NSIS), but its configuration is
// validated offline against app-builder-lib's own JSON schema, and the settings that protect
// users' data are pinned.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const configPath = fileURLToPath(new URL('../electron-builder.yml', import.meta.url));

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  directories: { output: string };
  win: { target: Array<{ target: string; arch: string[] }> };
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
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
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
    expect(config.files).toEqual(expect.arrayContaining(['dist/renderer/**', 'dist-electron/**', 'package.json']));
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
