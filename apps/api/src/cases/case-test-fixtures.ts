import { randomUUID } from 'node:crypto';
import { TestingModule } from '@nestjs/testing';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { HUZHOU_DEMO_USERS, taskStreamId } from '@app/supervision';
import { primaryTarget, TestDatabase } from '@app/testing';
import { Actor } from '@app/workflow';
import { CommandMetadata, WorkflowEngine } from '@app/workflow-runtime';
import { OrgDirectory } from '../org-units/org-directory';
import { startUseCases, testConfig } from '../testing/app-test-module';

/** The demo's 大督查 task in 安吉县 (inspector.wuxing) and the case its first finding became. */
export const DEMO_TASK_ID = 'demo-2026-q4-major-inspection-anji';
export const DEMO_CASE_ID = 'demo-2026-q4-major-inspection-case-1';

/** The demo user of that name, as the API would see them signed in. */
export function demoActor(username: string): Actor {
  const user = HUZHOU_DEMO_USERS.find((candidate) => candidate.username === username)!;
  return { userId: user.username, roles: user.roles, ...(user.orgUnitId === undefined ? {} : { orgUnitId: user.orgUnitId }), ...(user.homeCountyId === undefined ? {} : { homeCountyId: user.homeCountyId }) };
}

export function metadataOf(username: string, commandId: string = randomUUID()): CommandMetadata {
  const actor = demoActor(username);
  return { actor, commandId, ...(actor.orgUnitId === undefined ? {} : { orgUnitId: actor.orgUnitId }) };
}

/** The use cases over the demo (org tree, users, rounds, the split case), on a database of their own, without HTTP. */
export interface CaseUseCases {
  readonly db: TestDatabase;
  readonly module: TestingModule;
  readonly commands: CommandBus;
  readonly queries: QueryBus;
  readonly engine: WorkflowEngine;
  /** A new finding on the demo task, recorded by its inspector; returns its id. */
  recordFinding(unitId: string, title?: string): Promise<string>;
  close(): Promise<void>;
}

export async function caseUseCases(): Promise<CaseUseCases> {
  const db = await primaryTarget().create();
  const module = await startUseCases(db.database, { config: testConfig({ DEMO: 'true', DEMO_ACTIVITY: 'true' }) });
  const engine = module.get(WorkflowEngine);
  return {
    db,
    module,
    commands: module.get(CommandBus),
    queries: module.get(QueryBus),
    engine,
    recordFinding: async (unitId, title = '村务公开栏未更新') => {
      const findingId = randomUUID();
      await engine.handle(
        'task',
        taskStreamId(DEMO_TASK_ID),
        {
          type: 'RecordFinding',
          roundStatus: 'active',
          findingId,
          title,
          description: '近三个月未公开财务收支',
          severity: 'medium',
          unitId,
          unitAncestorIds: module.get(OrgDirectory).orgTree().ancestors(unitId).map((unit) => unit.id),
        },
        metadataOf('inspector.wuxing'),
      );
      return findingId;
    },
    close: async () => {
      await module.close();
      await db.dispose();
    },
  };
}
