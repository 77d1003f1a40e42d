import { createReadStream, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpServer, Response } from '../../http/server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Microsoft's Web Chat bundle, served from the installed package (no CDN: the page works offline). */
export function webChatBundlePath(): string {
  // The package exports no subpaths; its CommonJS entry is lib/index.js, the browser bundle sits in dist/.
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

const files = (): Record<string, { file: string; type: string; cache: string }> => ({
  '/': { file: path.join(here, 'webchat', 'index.html'), type: 'text/html; charset=utf-8', cache: 'no-cache' },
  '/webchat/app.js': { file: path.join(here, 'webchat', 'app.js'), type: 'text/javascript; charset=utf-8', cache: 'no-cache' },
  '/webchat/app.css': { file: path.join(here, 'webchat', 'app.css'), type: 'text/css; charset=utf-8', cache: 'no-cache' },
  '/webchat/webchat.js': { file: webChatBundlePath(), type: 'text/javascript; charset=utf-8', cache: 'public, max-age=86400' },
});

/**
 * The web chat page. Strict security headers: only this origin's scripts, no framing by
 * other sites, no inline script.
 */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function mountWebChatPage(server: HttpServer): void {
  for (const [route, asset] of Object.entries(files())) {
    server.route('get', route, async (_req, res) => serveFile(res, asset));
  }
}

function serveFile(res: Response, asset: { file: string; type: string; cache: string }): Promise<void> {
  const size = statSync(asset.file).size;
  res.writeHead(200, { 'content-type': asset.type, 'content-length': size, 'cache-control': asset.cache, ...SECURITY_HEADERS });
  return new Promise((resolve, reject) => {
    createReadStream(asset.file).on('error', reject).on('end', resolve).pipe(res);
  });
}
