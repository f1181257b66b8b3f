import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createAppRequestHandler,
  registerAppProtocol,
  registerAppSchemePrivileges,
} from './app-protocol';

let base: string;
let root: string;
let handle: ReturnType<typeof createAppRequestHandler>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'app-protocol-'));
  root = join(base, 'dist', 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Convention MCP</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'style.css'), 'body{}');
  await writeFile(join(root, 'assets', 'font.woff2'), new Uint8Array([1, 2, 3]));
  // Outside the renderer folder: must never be served.
  await writeFile(join(base, 'secret.txt'), 'SECRET');
  await writeFile(join(base, 'dist', 'secret.txt'), 'SECRET');
  handle = createAppRequestHandler({ rootDir: root });
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string) => handle({ url, method: 'GET' });

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
}

describe('app:// protocol handler', () => {
  it('serves index.html with the CSP header', async () => {
    const response = await get('app://convention/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('Convention MCP');
  });

  it('serves the root as index.html', async () => {
    const response = await get('app://convention/');
    expect(await response.text()).toContain('Convention MCP');
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/style.css', 'text/css; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(`app://convention/${path}?v=1#x`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
    expectSecurityHeaders(response);
  });

  it.each([
    'app://convention/../../etc/passwd',
    'app://convention/../secret.txt',
    'app://convention/../../secret.txt',
    'app://convention/%2e%2e/secret.txt',
    'app://convention/%2E%2E/%2e%2e/secret.txt',
    'app://convention/..%2fsecret.txt',
    'app://convention/assets/..%2f..%2fsecret.txt',
    'app://convention/assets/..%5c..%5csecret.txt',
    'app://convention/assets%2f..%2f..%2f..%2fsecret.txt',
    'app://convention/.%2e/secret.txt',
    'app://convention/%00index.html',
    'app://other/index.html',
    'app://convention.evil/index.html',
    'app://user@convention/index.html',
    'https://convention/index.html',
  ])('refuses %s with 404, CSP included', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('answers 404 for a missing asset', async () => {
    expect((await get('app://convention/assets/missing.js')).status).toBe(404);
  });

  it('serves the app shell for client-side routes', async () => {
    const response = await get('app://convention/conventions/42');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Convention MCP');
  });

  it('refuses other methods than GET and HEAD', async () => {
    const response = await handle({ url: 'app://convention/index.html', method: 'POST' });
    expect(response.status).toBe(405);
    expectSecurityHeaders(response);
    const head = await handle({ url: 'app://convention/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('scheme registration', () => {
  it('registers app:// as standard, secure and fetch-capable (needed for IndexedDB)', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppSchemePrivileges(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true,
        }),
      },
    ]);
  });

  it('handles the app scheme with the file handler', async () => {
    const protocol = { handle: vi.fn() };
    registerAppProtocol(protocol, { rootDir: root });
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocol.handle.mock.calls[0]?.[1] as typeof handle;
    expect(
      (await handler({ url: 'app://convention/%2e%2e/secret.txt', method: 'GET' })).status,
    ).toBe(404);
  });

  it('exports the expected CSP', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'",
    );
  });
});
