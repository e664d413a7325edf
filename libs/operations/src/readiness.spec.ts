import { judgeReadiness } from './readiness';
import { judgeReaders, ReaderLag, readersUnknown } from './reader-lag';

const up = { status: 'up', mode: 'server' } as const;
const ranking: ReaderLag = { name: 'county-ranking', kind: 'projector', state: 'running', checkpointPosition: 10, lagEvents: 0, lagSeconds: 0, lastError: null };

describe('judgeReadiness', () => {
  it('given the database up and every reader within its bound, the process is ready', () => {
    expect(judgeReadiness(false, up, judgeReaders([ranking], 30))).toEqual({ status: 'ok' });
  });

  it('given SIGTERM, it is draining whatever else holds: a load balancer must stop sending to it', () => {
    expect(judgeReadiness(true, up, judgeReaders([ranking], 30))).toEqual({ status: 'draining', reasons: ['the process is shutting down'] });
  });

  it('given a projector past the bound, it is not ready, and the reason names the projector', () => {
    const readiness = judgeReadiness(false, up, judgeReaders([{ ...ranking, lagEvents: 40, lagSeconds: 31 }], 30));
    expect(readiness).toEqual({ status: 'not-ready', reasons: ['projector county-ranking is 40 events and 31 s behind the log (running); the bound is 30 s'] });
  });

  it('given the lag cannot be read, or the database is down, it is not ready and says why', () => {
    expect(judgeReadiness(false, up, readersUnknown(30, 'no answer within 2000 ms'))).toEqual({
      status: 'not-ready',
      reasons: ["the readers' lag could not be read: no answer within 2000 ms"],
    });
    expect(judgeReadiness(false, { status: 'down', mode: 'server', reason: 'connect ECONNREFUSED' }, undefined)).toEqual({
      status: 'not-ready',
      reasons: ['the database does not answer: connect ECONNREFUSED'],
    });
  });
});
