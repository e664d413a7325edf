import { Writable } from 'node:stream';
import { Logger } from '@nestjs/common';
import { nestLoggerFor } from './nest-pino-logger';
import { createRootLogger } from './root-logger';

/** A destination keeping the lines written to it, parsed. */
function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, lines: () => text.split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('createRootLogger', () => {
  it('writes a JSON line with the level by name, an ISO 8601 time, the message and the fields', () => {
    const output = capture();
    createRootLogger('log', output.stream).info({ port: 3000 }, 'listening');
    const [line] = output.lines();
    expect(line).toMatchObject({ level: 'info', message: 'listening', port: 3000, pid: process.pid });
    expect(new Date(line!['time'] as string).toISOString()).toBe(line!['time']);
  });

  it('writes the level LOG_LEVEL names and every more severe one, nothing less severe', () => {
    const logger = createRootLogger('warn', capture().stream);
    expect(['fatal', 'error', 'warn'].map((level) => logger.isLevelEnabled(level))).toEqual([true, true, true]);
    expect(['info', 'debug', 'trace'].map((level) => logger.isLevelEnabled(level))).toEqual([false, false, false]);
    expect(createRootLogger('verbose', capture().stream).isLevelEnabled('trace')).toBe(true);
    expect(createRootLogger('fatal', capture().stream).isLevelEnabled('error')).toBe(false);
  });

  it('never writes a password, a token or a database password', () => {
    const output = capture();
    const logger = createRootLogger('log', output.stream);
    logger.info({ body: { password: 'hunter2', newPassword: 'hunter3' }, accessToken: 'eyJ' }, 'signed in');
    logger.error('cannot connect to postgres://app:hunter4@db/prod');
    logger.error(new Error('bad url postgres://app:hunter5@db/prod'));
    const text = JSON.stringify(output.lines());
    for (const secret of ['hunter2', 'hunter3', 'hunter4', 'hunter5', 'eyJ']) expect(text).not.toContain(secret);
  });
});

describe('nestLoggerFor', () => {
  afterEach(() => Logger.overrideLogger(['error', 'fatal']));

  it("takes Nest Logger calls with object entries: the context, the entry's fields, a stack in `stack`", () => {
    const output = capture();
    Logger.overrideLogger(nestLoggerFor(createRootLogger('log', output.stream)));
    const logger = new Logger('CaseCommands');
    logger.log({ message: 'demo data ready', orgEventsAppended: 3 });
    logger.error({ message: 'request failed unexpectedly', path: '/x' }, 'Error: boom\n    at fault (x.ts:1:1)');
    logger.warn('plain text');
    expect(output.lines()).toEqual([
      expect.objectContaining({ level: 'info', context: 'CaseCommands', message: 'demo data ready', orgEventsAppended: 3 }),
      expect.objectContaining({ level: 'error', context: 'CaseCommands', message: 'request failed unexpectedly', path: '/x', stack: expect.stringContaining('at fault') }),
      expect.objectContaining({ level: 'warn', context: 'CaseCommands', message: 'plain text' }),
    ]);
  });
});

describe('nestLoggerFor, two of them in one process', () => {
  afterEach(() => Logger.overrideLogger(['error', 'fatal']));

  it('each writes through its own logger at its own level', () => {
    const chatty = capture();
    const quiet = capture();
    nestLoggerFor(createRootLogger('log', chatty.stream)).log('started', 'Main');
    const quietLogger = nestLoggerFor(createRootLogger('error', quiet.stream));
    quietLogger.log('not written', 'Main');
    quietLogger.error({ message: 'refused', code: 'WEAK_PASSWORD' }, 'Main');
    expect(chatty.lines()).toEqual([expect.objectContaining({ message: 'started', context: 'Main' })]);
    expect(quiet.lines()).toEqual([expect.objectContaining({ level: 'error', message: 'refused', code: 'WEAK_PASSWORD', context: 'Main' })]);
  });
});
