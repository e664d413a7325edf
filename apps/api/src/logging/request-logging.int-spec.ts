import { Writable } from 'node:stream';
import { Body, Controller, Get, Global, Logger, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { APP_CONFIG, loadConfig } from '@app/config';
import { bindRequestLogger, createRootLogger, LoggingModule, nestLoggerFor } from '@app/logging';
import { requestLogging } from './request-logging';

let written = '';
const root = createRootLogger(
  'log',
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      written += chunk.toString();
      done();
    },
  }),
);
const lines = () => written.split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as Record<string, unknown>);

@Controller('probe')
class ProbeController {
  private readonly logger = new Logger('Probe');

  @Get()
  answer(): { ok: true } {
    this.logger.log({ message: 'answering the probe', step: 1 });
    return { ok: true };
  }

  @Post()
  take(@Body() body: { note: string }): { ok: true } {
    this.logger.log({ message: 'took a body', note: body.note });
    return { ok: true };
  }
}

@Global()
@Module({
  providers: [{ provide: APP_CONFIG, useValue: loadConfig({ DEMO: 'false', JWT_SECRET: 'x'.repeat(32) }) }],
  exports: [APP_CONFIG],
})
class ProbeConfigModule {}

@Module({ imports: [ProbeConfigModule, LoggingModule], controllers: [ProbeController] })
class ProbeModule {}

describe('request logging', () => {
  let app: NestExpressApplication;
  let base: string;

  beforeAll(async () => {
    app = await NestFactory.create<NestExpressApplication>(ProbeModule, { logger: nestLoggerFor(root), abortOnError: false, bodyParser: false });
    app.use(requestLogging(root));
    app.useBodyParser('json');
    app.use(bindRequestLogger);
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });

  afterAll(() => app?.close());

  it('gives the Nest Logger lines written while answering the request its id, and writes the access line after them', async () => {
    written = '';
    const response = await fetch(`${base}/probe`, { headers: { 'X-Request-Id': 'probe-req-9' } });
    expect(response.headers.get('x-request-id')).toBe('probe-req-9');
    await response.json();
    const ofRequest = lines().filter((line) => line['requestId'] === 'probe-req-9');
    expect(ofRequest).toEqual([
      expect.objectContaining({ context: 'Probe', message: 'answering the probe', step: 1 }),
      expect.objectContaining({ context: 'HTTP', method: 'GET', path: '/probe', status: 200, message: 'GET /probe 200' }),
    ]);
  });

  it('keeps the request id on lines written after the body was read', async () => {
    written = '';
    const response = await fetch(`${base}/probe`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'probe-post-1' }, body: '{"note":"n"}' });
    expect(response.status).toBe(201);
    await response.json();
    expect(lines().find((line) => line['message'] === 'took a body')).toMatchObject({ requestId: 'probe-post-1', context: 'Probe', note: 'n' });
  });

  it('writes an access line for a route that does not exist, and none of the query string', async () => {
    written = '';
    const response = await fetch(`${base}/nowhere?token=abc123`);
    expect(response.status).toBe(404);
    await response.text();
    const access = lines().filter((line) => line['context'] === 'HTTP');
    expect(access).toEqual([expect.objectContaining({ path: '/nowhere', status: 404, requestId: response.headers.get('x-request-id') })]);
    expect(written).not.toContain('abc123');
  });
});
