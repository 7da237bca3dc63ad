import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressed } from './precompressed.ts';

const js = 'export const answer = 42;\n'.repeat(100);
let dir: string;
let server: ReturnType<express.Express['listen']>;
let base: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'veza-precompressed-'));
  await fs.writeFile(path.join(dir, 'app-abc.js'), js);
  await fs.writeFile(path.join(dir, 'app-abc.js.br'), brotliCompressSync(js));
  await fs.writeFile(path.join(dir, 'app-abc.js.gz'), gzipSync(js));
  await fs.writeFile(path.join(dir, 'plain-abc.js'), js);
  const app = express();
  app.use('/assets', precompressed(dir, 'public, max-age=31536000, immutable'));
  app.use('/assets', express.static(dir, { fallthrough: false }));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/assets`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await fs.rm(dir, { recursive: true, force: true });
});

/** Raw response (fetch would decode the body itself). */
async function get(file: string, acceptEncoding: string) {
  const res = await fetch(`${base}/${file}`, { headers: { 'Accept-Encoding': acceptEncoding } });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

describe('precompressed assets', () => {
  it('sends the brotli copy to a browser that takes it, as JavaScript, cached for a year', async () => {
    const { res, body } = await get('app-abc.js', 'gzip, deflate, br');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(body.toString()).toBe(js);
  });

  it('sends gzip when brotli is not accepted, and the file itself when nothing is', async () => {
    expect((await get('app-abc.js', 'gzip')).res.headers.get('content-encoding')).toBe('gzip');
    const plain = await get('app-abc.js', 'identity');
    expect(plain.res.headers.get('content-encoding')).toBeNull();
    expect(plain.body.toString()).toBe(js);
  });

  it('falls through for a file without copies, a path outside the directory and a malformed one', async () => {
    const plain = await get('plain-abc.js', 'br');
    expect(plain.res.headers.get('content-encoding')).toBeNull();
    expect(plain.body.toString()).toBe(js);
    const outside = await get('..%2f..%2fetc%2fpasswd.js', 'br');
    expect([403, 404]).toContain(outside.res.status);
    expect(outside.res.headers.get('content-encoding')).toBeNull();
    expect((await get('%E0%A4%A.js', 'br')).res.status).toBe(400);
  });
});
