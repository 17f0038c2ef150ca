// A small static server for dist/ on 127.0.0.1, optionally under a sub-path, optionally with
// extra headers (CSP). Used by the browser tests and the benchmark; no dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|txt)$/;

/**
 * Serves `root` at `base` (e.g. '/' or '/graphics/beibei/'). Resolves to { url, close, requests }.
 * With `compress`, text and wasm go out with brotli or gzip, as a production host sends them;
 * with `compress: 'gzip'`, gzip only, as most plain static hosts do.
 */
export async function serve(root, { base = '/', port = 0, headers = {}, pages = {}, compress = false } = {}) {
  const rootDir = resolve(root);
  const requests = [];
  const cache = new Map();
  const encode = (file, body, accept) => {
    if (!compress || !COMPRESSIBLE.test(file)) return [body, {}];
    const brotli = compress !== 'gzip' && /\bbr\b/.test(accept);
    const kind = brotli ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
    if (!kind) return [body, {}];
    const key = `${kind}:${file}`;
    if (!cache.has(key)) {
      cache.set(key, kind === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }));
    }
    return [cache.get(key), { 'content-encoding': kind, vary: 'accept-encoding' }];
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (pages[path]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(pages[path]);
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = path.slice(base.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(rootDir, rel));
    if (!file.startsWith(rootDir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const [body, encoding] = encode(file, await readFile(file), req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...encoding,
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${base}`;
  return { url, requests, close: () => new Promise((ok) => server.close(ok)) };
}

/** A strict Content-Security-Policy: no inline script or style, the WASM compiled from 'self'. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
