/**
 * How much one HTTP command reads: for each command of a 大督查 case's life (and the round and
 * task steps before it), the event-store reads made while the request runs — stream reads
 * (`readStream`; `readStreamFromSnapshot`, a snapshot and the events after it in one read, is
 * how the engine loads), snapshot loads, event lookups by id (made only when a command is
 * refused, has nothing to do, or met its own events), stream versions — and every SQL statement
 * it sends, follow-ups it dispatches included. Background
 * work (projectors, process managers, the org directory's subscription) runs outside the
 * request's async context and is not counted.
 *
 *   node -r @swc-node/register bench/stream-reads.ts
 *
 * Uses the real app on a fresh database of the local PostgreSQL (TEST_DATABASE_URL or
 * postgres://127.0.0.1:5432/postgres), the demo users and a settable clock. It measures counts,
 * not time.
 */
import 'reflect-metadata';
import { AsyncLocalStorage } from 'node:async_hooks';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import { PostgresEventStore } from '@app/event-store';
import { createServerTestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { createApiTestApp, testConfig } from '../test/app/api-test-app';

type Counts = Record<'readStream' | 'readStreamFromSnapshot' | 'loadSnapshot' | 'findEvent' | 'streamVersion' | 'sql', number>;
const inRequest = new AsyncLocalStorage<Counts>();

function count(key: keyof Counts): void {
  const counts = inRequest.getStore();
  if (counts !== undefined) counts[key] += 1;
}

for (const method of ['readStream', 'readStreamFromSnapshot', 'loadSnapshot', 'findEvent', 'streamVersion'] as const) {
  const original = PostgresEventStore.prototype[method] as (...args: unknown[]) => unknown;
  (PostgresEventStore.prototype as unknown as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
    count(method);
    return original.apply(this, args);
  };
}
const query = Client.prototype.query as (...args: unknown[]) => unknown;
(Client.prototype as unknown as { query: unknown }).query = function (this: Client, ...args: unknown[]) {
  count('sql');
  return query.apply(this, args);
};

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function main(): Promise<void> {
  const db = await createServerTestDatabase(process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const clock = new SettableClock('2026-03-02T01:00:00.000Z');
  const app: NestExpressApplication = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100' }), clock });
  const rows: Array<[string, Counts]> = [];
  // Requests are sent one at a time: the server's handling of each (a context of its own) counts into `current`.
  let current: Counts | undefined;
  (app.getHttpServer() as import('node:http').Server).prependListener('request', () => {
    if (current !== undefined) inRequest.enterWith(current);
  });
  try {
    const tokens: Record<string, string> = {};
    for (const user of ['admin', 'inspector.wuxing', 'official.anji']) {
      tokens[user] = (await request(app.getHttpServer()).post('/auth/login').send({ username: user, password: 'huzhou-demo' }).expect(200)).body.accessToken;
    }
    const post = async (label: string, user: string, path: string, body: object = {}, headers: Record<string, string> = {}): Promise<Body> => {
      const counts: Counts = { readStream: 0, readStreamFromSnapshot: 0, loadSnapshot: 0, findEvent: 0, streamVersion: 0, sql: 0 };
      current = counts;
      const response = await request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[user]}`).set(headers).send(body);
      current = undefined;
      if (response.status >= 300) throw new Error(`${label}: ${response.status} ${JSON.stringify(response.body)}`);
      rows.push([label, counts]);
      return response.body as Body;
    };

    const round = await post('plan a round', 'admin', '/rounds', {
      kind: 'major-inspection',
      title: '2026年第一季度大督查',
      period: '2026-Q1',
      scopeCountyIds: ['anji'],
      rubric: { items: [{ code: 'rectification', title: '问题整改', weight: 1, maxScore: 10 }] },
      scoringPolicy: { method: 'mean' },
      window: { opensOn: '2026-03-01', closesOn: '2026-05-31' },
    });
    await post('start the round', 'admin', `/rounds/${round['id']}/start`);
    const task = await post('assign a task', 'admin', `/rounds/${round['id']}/tasks`, { targetUnitId: 'anji', inspectorIds: ['inspector.wuxing'], dueWorkingDays: 5 });
    await post('open the task', 'inspector.wuxing', `/tasks/${task['id']}/open`);
    const finding = await post('record a finding', 'inspector.wuxing', `/tasks/${task['id']}/findings`, {
      title: '农村生活污水治理设施运维不到位',
      description: '部分终端设施停运',
      severity: 'high',
      unitId: 'anji',
    });
    const findingId = finding['state']['findings'][0]['findingId'];
    const opened = await post('open a case from the finding', 'inspector.wuxing', '/cases', { finding: { taskId: task['id'], findingId }, dueWorkingDays: 10 });
    const caseId = opened['id'];
    await post('assign the case (交办)', 'inspector.wuxing', `/cases/${caseId}/assign`);
    await post('sign (签收)', 'official.anji', `/cases/${caseId}/sign`, {}, { 'Idempotency-Key': 'sign-once' });
    await post('the same sign again (a retry)', 'official.anji', `/cases/${caseId}/sign`, {}, { 'Idempotency-Key': 'sign-once' });
    await post('report progress', 'official.anji', `/cases/${caseId}/progress`, { report: '已召开专题会议，部署整改' });
    await post('split to two townships (+ the children opened and assigned)', 'official.anji', `/cases/${caseId}/split`, {
      children: [
        { unitId: 'anji-tianhuangping', title: '天荒坪镇污水终端运维整改', dueWorkingDays: 5 },
        { unitId: 'anji-xilong', title: '溪龙乡污水终端运维整改', dueWorkingDays: 4 },
      ],
    });
    await post('urge (催办)', 'admin', `/cases/${caseId}/urge`, { message: '请加快进度' });
  } finally {
    await app.close();
    await db.dispose();
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`${'command'.padEnd(width)}  readStream  readStreamFromSnapshot  loadSnapshot  findEvent  streamVersion  SQL statements`);
  for (const [label, c] of rows) {
    console.log(`${label.padEnd(width)}  ${String(c.readStream).padStart(10)}  ${String(c.readStreamFromSnapshot).padStart(22)}  ${String(c.loadSnapshot).padStart(12)}  ${String(c.findEvent).padStart(9)}  ${String(c.streamVersion).padStart(13)}  ${String(c.sql).padStart(14)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
