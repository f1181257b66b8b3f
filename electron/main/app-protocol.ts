import type { CustomScheme, Protocol } from 'electron';
import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './constants';

/** Sent with every response of the `app://` scheme (the renderer has no other origin). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * `standard` + `secure` are what make IndexedDB, localStorage and `crypto.subtle` available on
 * the custom scheme; `supportFetchAPI` lets the page `fetch` its own assets.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Must run before `app` is ready. */
export function registerAppSchemePrivileges(
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>,
): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

export interface AppRequest {
  url: string;
  method: string;
}

export interface AppProtocolOptions {
  /** The built renderer folder (`dist/renderer`, inside app.asar once packaged). */
  rootDir: string;
  readFile?: (path: string) => Promise<Uint8Array>;
}

function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
}

function textResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

const DOT_SEGMENT = /(^|[/\\])\.\.?($|[/\\])/;

/**
 * Maps a request URL to a file inside `rootDir`, or null when it must be refused. Checks the
 * raw URL too (before WHATWG normalisation) so `..`, `%2e%2e`, `%2f` and `\` never count.
 */
export function resolveAppPath(rawUrl: string, rootDir: string): string | null {
  const prefix = `${APP_SCHEME}://${APP_HOST}/`;
  if (!rawUrl.toLowerCase().startsWith(prefix)) return null;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) {
    return null;
  }
  const rawPath = rawUrl.slice(prefix.length - 1).split(/[?#]/, 1)[0] ?? '';
  let decodedRaw: string;
  let decoded: string;
  try {
    decodedRaw = decodeURIComponent(rawPath);
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  for (const candidate of [decodedRaw, decoded]) {
    if (candidate.includes('\0') || candidate.includes('\\') || DOT_SEGMENT.test(candidate))
      return null;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = resolve(rootDir);
  const full = resolve(root, relative);
  if (!full.startsWith(root + sep)) return null;
  return full;
}

/** The `protocol.handle('app', …)` handler: static files with a strict CSP, nothing else. */
export function createAppRequestHandler(
  options: AppProtocolOptions,
): (request: AppRequest) => Promise<Response> {
  const readFile = options.readFile ?? ((path: string) => fsReadFile(path));
  const root = resolve(options.rootDir);

  async function serve(path: string, method: string): Promise<Response | null> {
    let body: Uint8Array;
    try {
      body = await readFile(path);
    } catch {
      return null;
    }
    const headers = securityHeaders(mimeTypeFor(path));
    // Copy into a fresh ArrayBuffer-backed view (fs may hand out pooled Buffers).
    return new Response(method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  }

  return async (request) => {
    const method = request.method.toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') return textResponse(405, 'Méthode non autorisée');
    const path = resolveAppPath(request.url, root);
    if (!path) return textResponse(404, 'Introuvable');
    const found = await serve(path, method);
    if (found) return found;
    // Client-side routes (no file extension) get the app shell, so a reload keeps working.
    if (extname(path) === '') {
      const shell = await serve(resolve(root, 'index.html'), method);
      if (shell) return shell;
    }
    return textResponse(404, 'Introuvable');
  };
}

/** Must run after `app` is ready. */
export function registerAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  options: AppProtocolOptions,
): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(options));
}
