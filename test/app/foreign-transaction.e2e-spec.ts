import { setTimeout as delay } from 'node:timers/promises';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import { loadTestEnvironment } from '@app/config';
import { ProjectionRuntime } from '@app/projections';
import { caseStreamId } from '@app/supervision';
import { createServerTestDatabase, eventually, serverTarget, TestDatabase } from '@app/testing';
import { createApiTestApp, testConfig } from './api-test-app';
import { DemoSession, signIn } from './demo-session';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** How long each foreign transaction stays open (issue 12 measured 60 s; `npm test` holds less). */
const HOLD_SECONDS = loadTestEnvironment().foreignTransactionHoldSeconds ?? 20;
/** How long the readers' normal lag is measured for, before any transaction is held. */
const NORMAL_SECONDS = Math.min(HOLD_SECONDS, 10);
/** The app's READER_LAG_BOUND_SECONDS: well below the hold, so a stalled reader shows on /health. */
const HEALTH_BOUND_SECONDS = Math.max(3, Math.floor(HOLD_SECONDS / 4));
/** One workload step every this many ms: five steps make about six commands. */
const STEP_MS = 250;

/**
 * The most a reader may lag, in seconds, while a transaction is held: three times its normal
 * figure, at least 3 s (a busy two-core machine), and never more than a third of the hold — a
 * reader stalled by the transaction reaches the whole hold.
 */
const allowedSeconds = (normal: number): number => Math.min(HOLD_SECONDS / 3, Math.max(3, 3 * normal));
/** The most events a reader may lag while a transaction is held: three times its normal figure, at least 10. */
const allowedEvents = (normal: number): number => Math.max(10, 3 * normal);

interface Figure {
  maxEvents: number;
  maxSeconds: number;
}

/** What one phase measured. */
class PhaseFigures {
  readonly readers = new Map<string, Figure>();
  /** Seconds from a command's answer until its event is in the audit trail. */
  readonly auditDelays: number[] = [];
  /** Seconds from a change of a unit's liaison until GET /org-units/:id shows it. */
  readonly orgDelays: number[] = [];
  readonly health = { samples: 0, ok: 0, statuses: new Set<string>() };
  commands = 0;
  readonly failures: string[] = [];

  constructor(readonly name: string) {}

  reader(name: string): Figure {
    let figure = this.readers.get(name);
    if (figure === undefined) this.readers.set(name, (figure = { maxEvents: 0, maxSeconds: 0 }));
    return figure;
  }
}

const maximum = (values: readonly number[]): number => values.reduce((most, value) => Math.max(most, value), 0);
const seconds = (since: number): number => (Date.now() - since) / 1000;

/**
 * Issue 12 §2: a transaction that has only taken a transaction id, held open for a long time —
 * in this database, and just the same in another database on the same server (a report, a
 * pg_dump, an idle-in-transaction session, another application) — must not stall the readers of
 * the log. Commands flow throughout (cases opened, assigned, urged, signed and split; scores
 * recorded); the normal lag of every reader is measured first, then the lag while each
 * transaction is held: the county ranking projector, the case-lineage process manager, the audit
 * trail and the org directory stay within their normal figure, and /health stays ready. The
 * figures are printed. (The case board is an inline read model, written in the append's own
 * transaction: it cannot lag.)
 *
 * Needs a server: the foreign transactions are other sessions, and another database.
 */
const server = serverTarget();
const onServer = server === undefined ? describe.skip : describe;

onServer(`a transaction held open ${HOLD_SECONDS} s elsewhere on the server stalls no reader of the log`, () => {
  let db: TestDatabase;
  let foreign: TestDatabase;
  let app: NestExpressApplication;
  let baseUrl: string;
  const users: Record<string, DemoSession> = {};
  const phases: PhaseFigures[] = [];
  let current: PhaseFigures | undefined;
  let running = true;
  const background: Promise<void>[] = [];
  const auditProbes: Promise<void>[] = [];
  const heldTransactions: Array<{ phase: string; xid: string; status: string; belowHorizon: boolean }> = [];

  const as = (user: string) => ({
    get: (path: string) => request(baseUrl).get(path).set('Authorization', users[user]!.authorization),
    post: (path: string, body: object = {}) => request(baseUrl).post(path).set('Authorization', users[user]!.authorization).send(body),
  });

  /** A command of the workload: counted, and any refusal kept for the assertions. */
  async function command(user: string, path: string, body: object = {}): Promise<Body> {
    const phase = current;
    const response = await as(user).post(path, body);
    if (phase !== undefined) {
      phase.commands++;
      if (response.status >= 400) phase.failures.push(`${response.status} ${path} ${response.body?.code}`);
    }
    return response.body as Body;
  }

  /** Opens and opens tasks of an active 走看赛 round over the three counties, whose window covers today. */
  async function activeRoundTasks(): Promise<Array<{ taskId: string; inspector: string }>> {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const round = await as('admin')
      .post('/rounds', {
        kind: 'walk-see-compete',
        title: '长事务下的走看赛',
        period: '2026-Q4',
        scopeCountyIds: ['wuxing', 'anji', 'deqing'],
        rubric: {
          items: [
            { code: 'org-building', title: '组织建设', weight: 0.4, maxScore: 10 },
            { code: 'village-governance', title: '乡村治理', weight: 0.6, maxScore: 20 },
          ],
        },
        scoringPolicy: { method: 'mean' },
        window: { opensOn: day(-7), closesOn: day(90) },
      })
      .expect(201);
    const roundId = round.body.id as string;
    await as('admin').post(`/rounds/${roundId}/start`).expect(200);
    const plan: Array<[string, string]> = [
      ['wuxing', 'inspector.anji'],
      ['anji', 'inspector.wuxing'],
      ['deqing', 'inspector.wuxing'],
    ];
    const tasks: Array<{ taskId: string; inspector: string }> = [];
    for (const [county, inspector] of plan) {
      const task = await as('admin').post(`/rounds/${roundId}/tasks`, { targetUnitId: county, inspectorIds: [inspector], dueWorkingDays: 10 }).expect(201);
      await as(inspector).post(`/tasks/${task.body.id}/open`).expect(200);
      tasks.push({ taskId: task.body.id as string, inspector });
    }
    return tasks;
  }

  /** Cases opened, assigned, urged, signed and split, and scores recorded, about six commands a second. */
  async function workload(tasks: Array<{ taskId: string; inspector: string }>): Promise<void> {
    const toSplit: string[] = [];
    const open: string[] = [];
    for (let step = 0; running; step++) {
      const started = Date.now();
      switch (step % 5) {
        case 0: {
          const opened = await command('admin', '/cases', { title: `第${step}号督办`, description: '长事务期间立项', severity: 'medium', responsibleUnitId: 'anji', dueWorkingDays: 10 });
          if (typeof opened.id !== 'string') break;
          const answeredAt = Date.now();
          await command('admin', `/cases/${opened.id}/assign`);
          open.push(opened.id);
          toSplit.push(opened.id);
          if (current !== undefined) auditProbes.push(auditProbe(current, caseStreamId(opened.id), answeredAt));
          break;
        }
        case 1:
          if (open.length > 0) await command('admin', `/cases/${open[open.length - 1]}/urge`, { message: `第${step}次催办` });
          break;
        case 3: {
          const caseId = toSplit.shift();
          if (caseId === undefined) break;
          await command('official.anji', `/cases/${caseId}/sign`);
          await command('official.anji', `/cases/${caseId}/split`, { children: [{ unitId: 'anji-tianhuangping', title: `第${step}号子件`, dueWorkingDays: 5 }] });
          break;
        }
        default: {
          const task = tasks[step % tasks.length]!;
          await command(task.inspector, `/tasks/${task.taskId}/scores`, {
            scores: [
              { itemCode: 'org-building', score: step % 11 },
              { itemCode: 'village-governance', score: step % 21 },
            ],
          });
        }
      }
      await delay(Math.max(0, STEP_MS - (Date.now() - started)));
    }
  }

  /** Waits (two minutes at most) until the event of a command answered at `answeredAt` is in the audit trail. */
  async function auditProbe(phase: PhaseFigures, streamId: string, answeredAt: number): Promise<void> {
    while (seconds(answeredAt) < 120) {
      const response = await as('admin').get(`/audit/events?stream=${streamId}&limit=1`);
      if (response.status === 200 && response.body.items.length > 0) break;
      await delay(100);
    }
    phase.auditDelays.push(seconds(answeredAt));
  }

  /** Every 2 s, a new liaison for 安吉县, and the time until GET /org-units/anji shows them. */
  async function orgProbes(): Promise<void> {
    for (let n = 0; running; n++) {
      const phase = current;
      const personId = `liaison-${n}`;
      const answered = await as('admin').post('/org-units/anji/responsible-people', { role: 'liaison', personId, name: `联络员${n}`, from: new Date(Date.now() - 1000).toISOString() });
      const answeredAt = Date.now();
      if (phase !== undefined && answered.status >= 400) phase.failures.push(`${answered.status} liaison ${answered.body?.code}`);
      while (seconds(answeredAt) < 120) {
        const unit = await as('admin').get('/org-units/anji');
        if (unit.body?.unit?.responsible?.liaison?.personId === personId) break;
        await delay(100);
      }
      phase?.orgDelays.push(seconds(answeredAt));
      await delay(2000);
    }
  }

  /** Reads /health four times a second: its status, and every reader's lag. */
  async function healthSamples(): Promise<void> {
    while (running) {
      const phase = current;
      const response = await request(baseUrl).get('/health');
      if (phase !== undefined) {
        phase.health.samples++;
        const status = `${response.status} ${response.body?.status}`;
        phase.health.statuses.add(status);
        if (status === '200 ok') phase.health.ok++;
        for (const reader of (response.body?.info?.readers?.readers ?? []) as Body[]) {
          const figure = phase.reader(reader.name);
          figure.maxEvents = Math.max(figure.maxEvents, reader.lagEvents);
          figure.maxSeconds = Math.max(figure.maxSeconds, reader.lagSeconds);
        }
      }
      await delay(250);
    }
  }

  /**
   * Runs a phase of `secondsLong` with commands flowing, `during` running beside it (a transaction
   * held), then waits until every reader has caught up, so the next phase starts level.
   */
  async function phase(name: string, secondsLong: number, during: (until: number) => Promise<void>): Promise<void> {
    const figures = new PhaseFigures(name);
    phases.push(figures);
    current = figures;
    await during(Date.now() + secondsLong * 1000);
    current = undefined;
    await eventually(async () => {
      const body = (await request(baseUrl).get('/health').expect(200)).body;
      expect(body.info.readers.readers.every((reader: Body) => reader.lagEvents === 0)).toBe(true);
    }, 60_000, 250);
  }

  /** Holds a transaction open on `url` until `until`, having taken a transaction id, as issue 12 did. */
  async function holdTransaction(name: string, url: string, until: number): Promise<void> {
    const holder = new Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      const xid = (await holder.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS xid')).rows[0]!.xid;
      await delay(Math.min(1000, until - Date.now()));
      // What the old rule reads below: the server's oldest running transaction, whatever its database.
      const { rows } = await db.database.pool.query<{ status: string; below: boolean }>(
        'SELECT pg_xact_status($1::xid8) AS status, pg_snapshot_xmin(pg_current_snapshot()) <= $1::xid8 AS below',
        [xid],
      );
      heldTransactions.push({ phase: name, xid, status: rows[0]!.status, belowHorizon: rows[0]!.below });
      await delay(Math.max(0, until - Date.now()));
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
    }
  }

  beforeAll(async () => {
    db = await server!.create();
    foreign = await createServerTestDatabase(loadTestEnvironment().serverUrl!, 1);
    app = await createApiTestApp(db.database, {
      config: testConfig({
        DEMO: 'true',
        RUN_TIMERS: 'true',
        RUN_PROJECTORS: 'true',
        READER_LAG_BOUND_SECONDS: String(HEALTH_BOUND_SECONDS),
        LOGIN_RATE_LIMIT_PER_MINUTE: '100',
      }),
      logger: false,
    });
    await app.listen(0, '127.0.0.1');
    baseUrl = await app.getUrl();
    for (const user of ['admin', 'official.anji', 'inspector.wuxing', 'inspector.anji']) users[user] = await signIn(app, user);
    const tasks = await activeRoundTasks();

    background.push(workload(tasks), orgProbes(), healthSamples());
    await delay(2000); // warm up: the first commands of each kind
    await phase('normal', NORMAL_SECONDS, (until) => delay(until - Date.now()));
    await phase('this database', HOLD_SECONDS, (until) => holdTransaction('this database', db.url!, until));
    await phase('another database', HOLD_SECONDS, (until) => holdTransaction('another database', foreign.url!, until));
    running = false;
    await Promise.all(background);
    await Promise.all(auditProbes);
    process.stdout.write(report());
  }, (NORMAL_SECONDS + 2 * HOLD_SECONDS) * 1000 + 240_000);

  afterAll(async () => {
    running = false;
    await Promise.all([...background, ...auditProbes]).catch(() => undefined);
    await app?.close();
    await db?.dispose();
    await foreign?.dispose();
  });

  function report(): string {
    const cell = (text: string) => text.padEnd(34);
    const rows: Array<[string, (phase: PhaseFigures) => string]> = [
      ['county-ranking (projector)', (p) => `${p.reader('county-ranking').maxEvents} events, ${p.reader('county-ranking').maxSeconds.toFixed(1)} s`],
      ['case-lineage (process manager)', (p) => `${p.reader('case-lineage').maxEvents} events, ${p.reader('case-lineage').maxSeconds.toFixed(1)} s`],
      ['audit trail (until visible)', (p) => `${maximum(p.auditDelays).toFixed(1)} s (${p.auditDelays.length} probes)`],
      ['org directory (until visible)', (p) => `${maximum(p.orgDelays).toFixed(1)} s (${p.orgDelays.length} probes)`],
      ['/health', (p) => `${p.health.ok}/${p.health.samples} ok (${[...p.health.statuses].join(', ')})`],
      ['commands', (p) => `${p.commands} (${p.failures.length} refused)`],
    ];
    const lines = [
      `foreign transaction held ${HOLD_SECONDS} s; normal measured over ${NORMAL_SECONDS} s; /health bound ${HEALTH_BOUND_SECONDS} s; maximum lag per phase:`,
      cell('') + phases.map((p) => cell(p.name)).join(''),
      ...rows.map(([label, value]) => cell(label) + phases.map((p) => cell(value(p))).join('')),
      ...heldTransactions.map((held) => `held in ${held.phase}: xid ${held.xid} ${held.status}, at or below the server's snapshot xmin: ${held.belowHorizon}`),
    ];
    return `${lines.join('\n')}\n`;
  }

  const normal = (): PhaseFigures => phases.find((p) => p.name === 'normal')!;
  const HELD = [{ where: 'this database' }, { where: 'another database' }];
  const during = (where: string): PhaseFigures => phases.find((p) => p.name === where)!;

  it('the transactions were really held open with an id, each one at the server’s oldest running transaction', () => {
    expect(heldTransactions.map(({ phase, status, belowHorizon }) => ({ phase, status, belowHorizon }))).toEqual([
      { phase: 'this database', status: 'in progress', belowHorizon: true },
      { phase: 'another database', status: 'in progress', belowHorizon: true },
    ]);
  });

  it('commands flowed in every phase, about six a second, and none was refused', () => {
    for (const figures of phases) {
      expect({ phase: figures.name, failures: figures.failures }).toEqual({ phase: figures.name, failures: [] });
      expect(figures.commands).toBeGreaterThan((figures.name === 'normal' ? NORMAL_SECONDS : HOLD_SECONDS) * 2);
    }
  });

  it.each(HELD)('while a transaction is held open in $where, the county ranking projector stays within its normal lag', ({ where }) => {
    const usual = normal().reader('county-ranking');
    const held = during(where).reader('county-ranking');
    expect(held.maxSeconds).toBeLessThanOrEqual(allowedSeconds(usual.maxSeconds));
    expect(held.maxEvents).toBeLessThanOrEqual(allowedEvents(usual.maxEvents));
  });

  it.each(HELD)('while a transaction is held open in $where, the case-lineage process manager stays within its normal lag', ({ where }) => {
    const usual = normal().reader('case-lineage');
    const held = during(where).reader('case-lineage');
    expect(held.maxSeconds).toBeLessThanOrEqual(allowedSeconds(usual.maxSeconds));
    expect(held.maxEvents).toBeLessThanOrEqual(allowedEvents(usual.maxEvents));
  });

  it.each(HELD)('while a transaction is held open in $where, the audit trail shows new events as soon as usual', ({ where }) => {
    expect(during(where).auditDelays.length).toBeGreaterThan(0);
    expect(maximum(during(where).auditDelays)).toBeLessThanOrEqual(allowedSeconds(maximum(normal().auditDelays)));
  });

  it.each(HELD)('while a transaction is held open in $where, the org directory shows a new liaison as soon as usual', ({ where }) => {
    expect(during(where).orgDelays.length).toBeGreaterThan(0);
    expect(maximum(during(where).orgDelays)).toBeLessThanOrEqual(allowedSeconds(maximum(normal().orgDelays)));
  });

  it.each(HELD)('while a transaction is held open in $where, /health stays ready with every reader within its bound', ({ where }) => {
    const { samples, ok, statuses } = during(where).health;
    expect(samples).toBeGreaterThan(HOLD_SECONDS);
    expect({ ok, statuses: [...statuses] }).toEqual({ ok: samples, statuses: ['200 ok'] });
  });

  it('afterwards the county ranking read model equals a rebuild from the log: nothing was skipped', async () => {
    expect((await app.get(ProjectionRuntime).compareWithLive('county-ranking')).filter((table) => !table.equal)).toEqual([]);
  });
});
