import { AppConfig } from '@app/config';
import { ProjectionStatus } from '@app/projections';
import { ProcessManagerStatus } from '@app/workflow-runtime';
import { ReaderHealth } from './reader-health';

const projections: ProjectionStatus[] = [
  {
    name: 'county-ranking',
    kind: 'async',
    state: 'failed',
    checkpoint: { transactionId: '900', position: 1500 },
    lagEvents: 4,
    lagSeconds: 75,
    lastError: {
      message: 'new row violates check constraint',
      position: 1501,
      transactionId: '901',
      eventId: '00000000-0000-4000-8000-000000000001',
      eventType: 'TaskScoresRecorded',
      at: new Date('2026-12-06T08:00:00Z'),
    },
    rebuild: null,
  },
  { name: 'case-board', kind: 'inline', state: 'running', checkpoint: null, lagEvents: 0, lagSeconds: 0, lastError: null, rebuild: null },
];
const managers: ProcessManagerStatus[] = [
  { name: 'case-lineage', checkpoint: { transactionId: '880', position: 1400 }, running: false, lastError: null, lagEvents: 1, lagSeconds: 2 },
];

const config = { readerLagBoundSeconds: 30, kafka: undefined } satisfies Pick<AppConfig, 'readerLagBoundSeconds' | 'kafka'>;
const answering = <T>(statuses: T[]) => ({ status: async () => statuses });

describe('ReaderHealth', () => {
  it('judges the async projectors and the process managers; inline projections, part of every append, are never behind', async () => {
    const check = await new ReaderHealth(answering(projections), answering(managers), config).check();
    expect(check).toEqual({
      status: 'behind',
      boundSeconds: 30,
      readers: [
        {
          name: 'county-ranking',
          kind: 'projector',
          state: 'failed',
          checkpointPosition: 1500,
          lagEvents: 4,
          lagSeconds: 75,
          lastError: 'new row violates check constraint (at position 1501, TaskScoresRecorded)',
          status: 'behind',
        },
        { name: 'case-lineage', kind: 'process-manager', state: 'stopped', checkpointPosition: 1400, lagEvents: 1, lagSeconds: 2, lastError: null, status: 'up' },
      ],
      warning: 'projector county-ranking is 4 events and 75 s behind the log (failed); the bound is 30 s',
    });
  });

  it('with Kafka, leaves the async projectors out: the consumer group keeps its place in Kafka, not in their checkpoints', async () => {
    const kafka = { ...config, kafka: {} as NonNullable<AppConfig['kafka']> };
    const check = await new ReaderHealth(answering(projections), answering(managers), kafka).check();
    expect(check.readers.map((reader) => reader.name)).toEqual(['case-lineage']);
    expect(check.status).toBe('up');
  });

  it('reports the lag unknown, with the reason, when it cannot be read or not in time', async () => {
    const failing = { status: async (): Promise<ProjectionStatus[]> => Promise.reject(new Error('Connection terminated unexpectedly')) };
    expect(await new ReaderHealth(failing, answering(managers), config).check()).toMatchObject({
      status: 'unknown',
      warning: "the readers' lag could not be read: Connection terminated unexpectedly",
    });
    const hanging = { status: () => new Promise<ProcessManagerStatus[]>(() => undefined) };
    expect(await new ReaderHealth(answering(projections), hanging, config).check(30)).toMatchObject({
      status: 'unknown',
      warning: "the readers' lag could not be read: no answer within 30 ms",
    });
  });
});
