import { randomUUID } from 'node:crypto';
import { TestingModule } from '@nestjs/testing';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { EVENT_STORE, PostgresEventStore } from '@app/event-store';
import { primaryTarget, TestDatabase } from '@app/testing';
import { Clock } from '@app/workflow';
import { CommandMetadata, WorkflowEngine } from '@app/workflow-runtime';
import { metadataOf } from '../cases/case-test-fixtures';
import { startUseCases, testConfig } from '../testing/app-test-module';
import { PlanRoundCommand, RoundPlan } from './plan-round/plan-round.command';
import { PublishRoundCommand } from './publish-round/publish-round.command';
import { TakeRoundStep } from './take-round-step/take-round-step.command';

export { demoActor, metadataOf } from '../cases/case-test-fixtures';

/** A 走看赛 round over 吴兴区 and 安吉县 with a two-item rubric, as an admin would plan it. */
export function walkSeeCompetePlan(overrides: Partial<RoundPlan> = {}): RoundPlan {
  return {
    kind: 'walk-see-compete',
    title: '2026年第三季度走看赛',
    period: '2026-Q3',
    scopeCountyIds: ['wuxing', 'anji'],
    rubric: {
      items: [
        { code: 'org-building', title: '组织建设', weight: 0.4, maxScore: 10 },
        { code: 'village-governance', title: '乡村治理', weight: 0.6, maxScore: 20 },
      ],
    },
    scoringPolicy: { method: 'mean' },
    window: { opensOn: '2026-07-01', closesOn: '2026-09-30' },
    ...overrides,
  };
}

/** The round and task use cases over the demo org tree and users, on a database of their own, without HTTP. */
export interface RoundUseCases {
  readonly db: TestDatabase;
  readonly module: TestingModule;
  readonly commands: CommandBus;
  readonly queries: QueryBus;
  readonly engine: WorkflowEngine;
  /** Plans a round (admin) and returns its id. */
  plan(plan?: RoundPlan): Promise<string>;
  /** Plans and starts a round (admin) and returns its id. */
  activeRound(plan?: RoundPlan): Promise<string>;
  /** Closes the scoring of a round and publishes it (admin). */
  closeAndPublish(roundId: string): Promise<void>;
  /** How many events the whole log holds. */
  eventCount(): Promise<number>;
  /** The streams `work` read from the store (loads and plain reads), in order (`work` may hold its own assertions). */
  streamsRead(work: () => Promise<unknown>): Promise<string[]>;
  close(): Promise<void>;
}

export async function roundUseCases(options: { clock?: Clock; demoActivity?: boolean } = {}): Promise<RoundUseCases> {
  const db = await primaryTarget().create();
  const module = await startUseCases(db.database, {
    config: testConfig({ DEMO: 'true', DEMO_ACTIVITY: options.demoActivity === true ? 'true' : 'false' }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  });
  const commands = module.get(CommandBus);
  const admin = (): CommandMetadata => metadataOf('admin', randomUUID());
  const plan = async (described: RoundPlan = walkSeeCompetePlan()) => (await commands.execute(new PlanRoundCommand(described, admin()))).roundId;
  return {
    db,
    module,
    commands,
    queries: module.get(QueryBus),
    engine: module.get(WorkflowEngine),
    plan,
    activeRound: async (described) => {
      const roundId = await plan(described);
      await commands.execute(new TakeRoundStep(roundId, { type: 'StartRound' }, admin()));
      return roundId;
    },
    closeAndPublish: async (roundId) => {
      await commands.execute(new TakeRoundStep(roundId, { type: 'CloseScoring' }, admin()));
      await commands.execute(new PublishRoundCommand(roundId, admin()));
    },
    eventCount: async () => Number((await db.database.pool.query<{ count: string }>('SELECT count(*) AS count FROM es_events')).rows[0]!.count),
    streamsRead: async (work) => {
      const store = module.get<PostgresEventStore>(EVENT_STORE);
      const read: string[] = [];
      // A load reads from the snapshot (one statement for both); a plain read is a stream read.
      const spies = (['readStream', 'readStreamFromSnapshot'] as const).map((method) => {
        const original = store[method].bind(store) as (...args: unknown[]) => Promise<unknown>;
        return jest.spyOn(store, method).mockImplementation(((streamId: string, ...rest: unknown[]) => {
          read.push(streamId);
          return original(streamId, ...rest);
        }) as never);
      });
      try {
        await work();
        return read;
      } finally {
        for (const spy of spies) spy.mockRestore();
      }
    },
    close: async () => {
      await module.close();
      await db.dispose();
    },
  };
}

/** A round that ranks nobody (大督查) over 安吉县. */
export function majorInspectionPlan(): RoundPlan {
  return walkSeeCompetePlan({ kind: 'major-inspection', title: '2026年第三季度大督查', scopeCountyIds: ['anji'] });
}
