// The local server (`npm start`, and the browser tests) answers hostile or malformed addresses with 400 and keeps
// serving; it never leaves dist/.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let port = 0;
let server: ChildProcess;

/** Sends a raw request line (no client-side normalisation) and returns the status code. */
function rawStatus(target: string): Promise<number> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('end', () => {
      done(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0));
    });
    socket.on('error', fail);
  });
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-'));
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'deals'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>404</title>');
  writeFileSync(join(dist, 'deals', 'index.html'), '<!doctype html><title>deals</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside dist');
  // Port 0: the server takes a free port and prints it, so the test never collides with another server.
  server = spawn(process.execPath, ['scripts/serve.ts', '--port', '0', '--dir', dist], { stdio: 'pipe' });
  port = await new Promise<number>((ready) =>
    server.stdout?.once('data', (chunk: Buffer) => {
      ready(Number(/localhost:(\d+)/.exec(chunk.toString())?.[1]));
    }),
  );
});

afterAll(() => {
  server.kill();
});

describe('scripts/serve.ts', () => {
  it.each(['/%E0%A4%A', '/%', '/deals/%ZZ', '/%00', '/a%00b.html'])('answers %s with 400', async (target) => {
    expect(await rawStatus(target)).toBe(400);
  });

  it('keeps serving after malformed requests', async () => {
    for (const target of ['/%E0%A4%A', '/%', '/%C0']) await rawStatus(target);
    expect(await rawStatus('/')).toBe(200);
    expect(await rawStatus('/deals/')).toBe(200);
    expect(await rawStatus('/deals')).toBe(301);
  });

  it('never serves a file outside dist/', async () => {
    expect(await rawStatus('/../secret.txt')).toBe(404);
    expect(await rawStatus('/%2e%2e/secret.txt')).toBe(404);
    expect(await rawStatus('/..%2fsecret.txt')).toBe(404);
    expect(await rawStatus('/..%2f..%2f..%2fetc%2fpasswd')).toBe(404);
  });

  it('answers an unknown page with the 404 page', async () => {
    expect(await rawStatus('/no-such-page/')).toBe(404);
  });
});
