import { isConnectionFailure } from './connection-failure';

describe('isConnectionFailure', () => {
  const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

  it.each([
    ['a terminated backend (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['a server in start-up (57P03)', withCode('57P03')],
    ['a connection exception (08006)', withCode('08006')],
    ['too many connections (53300)', withCode('53300')],
    ['a reset socket', withCode('ECONNRESET')],
    ['a refused connection', withCode('ECONNREFUSED')],
    ['pg’s unexpected end', new Error('Connection terminated unexpectedly')],
    ['a client broken earlier', new Error('Client has encountered a connection error and is not queryable')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    ['one wrapped by TypeORM', Object.assign(new Error('query failed'), { driverError: withCode('57P01') })],
    ['one given as a cause', new Error('outer', { cause: new Error('Connection terminated unexpectedly') })],
  ])('is true for %s', (_name, error) => {
    expect(isConnectionFailure(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505')],
    ['a syntax error', withCode('42601')],
    ['a serialisation failure', withCode('40001')],
    ['a plain error', new Error('boom')],
    ['not an error at all', 'Connection terminated'],
    ['undefined', undefined],
  ])('is false for %s', (_name, error) => {
    expect(isConnectionFailure(error)).toBe(false);
  });

  it('stops on an error that wraps itself', () => {
    const looped = new Error('loop') as Error & { cause?: unknown };
    looped.cause = looped;
    expect(isConnectionFailure(looped)).toBe(false);
  });
});
