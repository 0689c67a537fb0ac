/**
 * A small static server for the built site, behaving like a CDN would: gzip or brotli when the browser accepts it,
 * directory indexes, `/404.html` with status 404 for unknown paths, no access outside `dist/`, and 400 for an
 * address that is not a valid percent-encoded path (a malformed request never stops the server).
 * `node scripts/serve.ts [--port 4321] [--dir dist]`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i] ?? '', process.argv[i + 1] ?? '');
const port = Number(args.get('--port') ?? process.env['PORT'] ?? 4321);
const root = resolve(args.get('--dir') ?? 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
/**
 * Headers from dist/_headers ("/path-or-prefix*" lines, then indented "Name: value" lines), as a CDN applies them:
 * every matching rule in order, a later value replacing an earlier one, and "! Name" removing a header.
 */
function readHeaders(): { pattern: string; headers: [string, string | null][] }[] {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: string; headers: [string, string | null][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (line.trim().startsWith('!')) rules.at(-1)?.headers.push([line.trim().slice(1).trim(), null]);
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const headerRules = readHeaders();
const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.csv', '.svg', '.xml', '.atom', '.rss', '.txt']);

/** The decoded path, or undefined when it is malformed (bad percent-encoding, a NUL byte). */
function decodePath(urlPath: string): string | undefined {
  try {
    const decoded = decodeURIComponent(urlPath);
    return decoded.includes('\0') ? undefined : decoded;
  } catch {
    return undefined;
  }
}

function resolvePath(decoded: string): string | undefined {
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (existsSync(path) && statSync(path).isDirectory()) {
    const index = join(path, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(path) ? path : undefined;
}

function badRequest(response: ServerResponse, status = 400): void {
  const body = status === 400 ? 'Bad request' : 'Server error';
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(body.length) });
  response.end(body);
}

const server = createServer((request, response) => {
  try {
    serve(request, response);
  } catch (error) {
    console.error(`${request.method ?? ''} ${request.url ?? ''}:`, error);
    if (!response.headersSent) badRequest(response, 500);
    else response.destroy();
  }
});

function serve(request: IncomingMessage, response: ServerResponse): void {
  let url: URL;
  try {
    url = new URL(request.url ?? '/', 'http://localhost');
  } catch {
    badRequest(response);
    return;
  }
  const urlPath = url.pathname;
  const decoded = decodePath(urlPath);
  if (decoded === undefined) {
    badRequest(response);
    return;
  }
  // A directory without its trailing slash redirects, as static hosts do (keeping the query string).
  const bare = resolve(root, `.${decoded}`);
  if (
    !urlPath.endsWith('/') &&
    (bare === root || bare.startsWith(root + sep)) &&
    existsSync(bare) &&
    statSync(bare).isDirectory()
  ) {
    response.writeHead(301, { Location: `${urlPath}/${url.search}` }).end();
    return;
  }
  const found = resolvePath(decoded);
  const path = found ?? join(root, '404.html');
  const status = found ? 200 : 404;
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  let body: Buffer = existsSync(path) ? readFileSync(path) : Buffer.from('Not found');
  const headers: Record<string, string> = { 'Content-Type': type, Vary: 'Accept-Encoding' };
  const fromRules = new Map<string, string>();
  for (const rule of headerRules) {
    if (!matches(rule.pattern, urlPath)) continue;
    for (const [name, value] of rule.headers) {
      if (value === null) fromRules.delete(name);
      else fromRules.set(name, value);
    }
  }
  Object.assign(headers, Object.fromEntries(fromRules));
  const accepts = request.headers['accept-encoding'] ?? '';
  if (COMPRESSIBLE.has(extname(path))) {
    if (/\bbr\b/.test(accepts)) {
      body = brotliCompressSync(body);
      headers['Content-Encoding'] = 'br';
    } else if (/\bgzip\b/.test(accepts)) {
      body = gzipSync(body, { level: 9 });
      headers['Content-Encoding'] = 'gzip';
    }
  }
  headers['Content-Length'] = String(body.length);
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

server.listen(port, '127.0.0.1', () => {
  // With --port 0 the system picks a free port; print the one it picked.
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Serving ${root} at http://localhost:${String(actual)}/`);
});
