import { judgeReaders, ReaderLag, readersUnknown } from './reader-lag';

const ranking: ReaderLag = {
  name: 'county-ranking',
  kind: 'projector',
  state: 'running',
  checkpointPosition: 1500,
  lagEvents: 12,
  lagSeconds: 0.4,
  lastError: null,
};
const lineage: ReaderLag = {
  name: 'case-lineage',
  kind: 'process-manager',
  state: 'running',
  checkpointPosition: 900,
  lagEvents: 0,
  lagSeconds: 0,
  lastError: null,
};

describe('judgeReaders', () => {
  it('given readers a few seconds behind, within the bound, every one is up and nothing is said', () => {
    const check = judgeReaders([ranking, { ...lineage, lagEvents: 3, lagSeconds: 4 }], 30);
    expect(check).toEqual({
      status: 'up',
      boundSeconds: 30,
      readers: [
        { ...ranking, status: 'up' },
        { ...lineage, lagEvents: 3, lagSeconds: 4, status: 'up' },
      ],
    });
  });

  it('given a reader exactly at the bound, it is still up: behind means waiting longer than the bound', () => {
    expect(judgeReaders([{ ...ranking, lagSeconds: 30 }], 30).status).toBe('up');
  });

  it('given a reader past the bound, it is behind, and the warning names it with its events, seconds and state', () => {
    const check = judgeReaders([{ ...ranking, state: 'failed', lagEvents: 1336, lagSeconds: 61.23456 }, lineage], 30);
    expect(check.status).toBe('behind');
    expect(check.readers.map((reader) => [reader.name, reader.status, reader.lagSeconds])).toEqual([
      ['county-ranking', 'behind', 61.235],
      ['case-lineage', 'up', 0],
    ]);
    expect(check.warning).toBe('projector county-ranking is 1336 events and 61 s behind the log (failed); the bound is 30 s');
  });

  it('given many events waiting for a moment only, the reader is up: seconds decide, not events', () => {
    expect(judgeReaders([{ ...ranking, lagEvents: 50_000, lagSeconds: 2 }], 30).status).toBe('up');
  });

  it('given several readers behind, the warning names each', () => {
    const check = judgeReaders([{ ...ranking, lagSeconds: 45 }, { ...lineage, lagEvents: 7, lagSeconds: 40 }], 30);
    expect(check.warning).toContain('projector county-ranking is 12 events and 45 s behind');
    expect(check.warning).toContain('process-manager case-lineage is 7 events and 40 s behind');
  });
});

describe('readersUnknown', () => {
  it('says the lag could not be read, and why', () => {
    expect(readersUnknown(30, 'no answer within 2000 ms')).toEqual({
      status: 'unknown',
      boundSeconds: 30,
      readers: [],
      warning: "the readers' lag could not be read: no answer within 2000 ms",
    });
  });
});
