import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { acceptsEncoding, serveConsole } from './console-static';
import { noStore } from './security-headers';

@Module({})
class NothingElse {}

/** A GET answered with its raw bytes (no client decoding, no normalising of the path). */
function rawGet(port: number, path: string, acceptEncoding?: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    get({ host: '127.0.0.1', port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('the console as the API serves it', () => {
  const script = `console.log(${JSON.stringify('督查督办'.repeat(400))});\n`;
  let outside: string;
  let directory: string;
  let app: NestExpressApplication;
  let port: number;

  beforeAll(async () => {
    outside = mkdtempSync(join(tmpdir(), 'console-static-'));
    directory = join(outside, 'console');
    mkdirSync(join(directory, 'assets'), { recursive: true });
    writeFileSync(join(directory, 'index.html'), '<!doctype html><html lang="zh-CN"><title>督查督办工作台</title></html>');
    writeFileSync(join(directory, 'assets', 'index-Ab12Cd.js'), script);
    writeFileSync(join(directory, 'assets', 'index-Ab12Cd.js.br'), brotliCompressSync(script));
    writeFileSync(join(directory, 'assets', 'index-Ab12Cd.js.gz'), gzipSync(script));
    writeFileSync(join(directory, 'assets', 'tiny-Ef34Gh.css'), 'a{color:red}');
    writeFileSync(join(outside, 'secret.js'), 'not the console’s');
    app = await NestFactory.create<NestExpressApplication>(NothingElse, { logger: false });
    app.use(noStore);
    serveConsole(app, directory);
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(async () => {
    await app?.close();
    rmSync(outside, { recursive: true, force: true });
  });

  const fetchRaw = (path: string, acceptEncoding?: string) => rawGet(port, path, acceptEncoding);

  it('sends a hashed script brotli-compressed to a browser that takes br, gzip to one that takes only gzip, plain to one that takes neither, cacheable for a year and varying by Accept-Encoding', async () => {
    const brotli = await fetchRaw('/ui/assets/index-Ab12Cd.js', 'gzip, deflate, br, zstd');
    expect(brotli.status).toBe(200);
    expect(brotli.headers).toMatchObject({ 'content-encoding': 'br', 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable', vary: 'Accept-Encoding' });
    expect(brotliDecompressSync(brotli.body).toString('utf8')).toBe(script);
    expect((brotli.body).length).toBeLessThan(Buffer.byteLength(script) / 4);

    const gzip = await fetchRaw('/ui/assets/index-Ab12Cd.js', 'gzip');
    expect(gzip.headers).toMatchObject({ 'content-encoding': 'gzip', 'content-type': 'text/javascript; charset=utf-8', vary: 'Accept-Encoding' });
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(script);

    for (const refusing of ['identity', 'br;q=0, gzip;q=0', '']) {
      const plain = await fetchRaw('/ui/assets/index-Ab12Cd.js', refusing);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers).toMatchObject({ 'cache-control': 'public, max-age=31536000, immutable', vary: 'Accept-Encoding' });
      expect((plain.body).toString('utf8')).toBe(script);
    }
    expect((await fetchRaw('/ui/assets/index-Ab12Cd.js', 'br;q=0, gzip')).headers['content-encoding']).toBe('gzip');
  });

  it('sends a file the build left uncompressed (too small to gain) as it is, and nothing from outside the console’s folder', async () => {
    const tiny = await fetchRaw('/ui/assets/tiny-Ef34Gh.css', 'br');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect((tiny.body).toString('utf8')).toBe('a{color:red}');
    for (const escape of ['/ui/assets/..%2f..%2fsecret.js', '/ui/assets/%2e%2e%2f%2e%2e%2fsecret.js', '/ui/assets/../../secret.js']) {
      const answer = await fetchRaw(escape, 'br');
      expect([escape, answer.status >= 400 && answer.status < 500]).toEqual([escape, true]);
      expect(answer.body.toString('utf8')).not.toContain('not the console’s');
    }
    const malformed = await fetchRaw('/ui/assets/%E0%A4%A.js', 'br');
    expect([malformed.status >= 400 && malformed.status < 500]).toEqual([true]);
    // Above the assets, a page of the app: its index.html, still nothing from outside.
    expect((await fetchRaw('/ui/..%2fsecret.js', 'br')).body.toString('utf8')).toContain('督查督办工作台');
  });

  it('answers a missing asset 404 as a problem, any other page under /ui/ with index.html revalidated every time, and / with the way to /ui/', async () => {
    const missing = await fetchRaw('/ui/assets/gone-Zz99.js', 'br');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    const page = await fetchRaw('/ui/cases/some-case');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body.toString('utf8')).toContain('督查督办工作台');
    const root = await fetchRaw('/');
    expect([root.status, root.headers['location']]).toEqual([302, '/ui/']);
  });

  it('reads Accept-Encoding as RFC 9110 has it: listed or *, case-insensitive, refused by q=0', () => {
    expect(acceptsEncoding('gzip, deflate, br', 'br')).toBe(true);
    expect(acceptsEncoding('GZIP', 'gzip')).toBe(true);
    expect(acceptsEncoding('*', 'br')).toBe(true);
    expect(acceptsEncoding('*, br;q=0', 'br')).toBe(false);
    expect(acceptsEncoding('br;q=0.5', 'br')).toBe(true);
    expect(acceptsEncoding('br;q=0.0', 'br')).toBe(false);
    expect(acceptsEncoding(['gzip', 'br'], 'br')).toBe(true);
    expect(acceptsEncoding(undefined, 'gzip')).toBe(false);
    expect(acceptsEncoding('identity', 'gzip')).toBe(false);
  });
});
