import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Pool } from 'pg';
import { loadTestEnvironment } from '@app/config';
import {
  advanceTransactionCounter,
  currentTransactionId,
  dumpDatabase,
  eventually,
  restoreDatabase,
  SecondCluster,
  serverTarget,
  startSecondCluster,
  TestDatabase,
} from '@app/testing';
import { buildApi, freePort, jsonLines, Running, startApi, within } from './built-api';
import { DEMO_PASSWORD } from './demo-session';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const JWT_SECRET = 'a-secret-for-the-restore-test-of-32-chars-or-more';
const COUNTIES = ['wuxing', 'nanxun', 'deqing', 'changxing', 'anji'];
/**
 * How far the source server's transaction counter is put ahead of the new cluster's before the
 * source writes anything: far more than the restore, the start and the test's commands use up on
 * the new cluster, so the restored log stays "in the future" of the new cluster throughout.
 */
const COUNTER_LEAD = 100_000n;
/** Long enough for the process managers' subscriptions to reach the demo split after serving (as user-start's). */
const SETTLE_MS = 2500;

/** The built API answering on a port: signs in as demo users and calls routes as they do. */
class ApiClient {
  private readonly tokens = new Map<string, string>();

  constructor(
    readonly base: string,
    private readonly running: Running,
  ) {}

  async call(user: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: Body }> {
    const headers = { Authorization: `Bearer ${await this.token(user)}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) };
    const response = await fetch(`${this.base}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }).catch((error: unknown) => {
      const { exitCode, signalCode } = this.running.child;
      if (exitCode === null && signalCode === null) throw error;
      throw new Error(`${method} ${path}: the API is gone (exit code ${exitCode}, signal ${signalCode}); its last output:\n${this.running.output().slice(-4000)}`);
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Body) };
  }

  /** GET that must answer 200; a failure names the route and the problem it answered. */
  async read(user: string, path: string): Promise<Body> {
    const { status, body } = await this.call(user, 'GET', path);
    if (status !== 200) throw new Error(`GET ${path} answered ${status}: ${JSON.stringify(body)}`);
    return body;
  }

  /** Every item of a cursor-paged list. */
  async all(user: string, path: string, limit: number): Promise<Body[]> {
    const items: Body[] = [];
    let cursor: string | null = null;
    do {
      const separator = path.includes('?') ? '&' : '?';
      const page = await this.read(user, `${path}${separator}limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`);
      items.push(...(page['items'] as Body[]));
      cursor = page['nextCursor'] as string | null;
    } while (cursor !== null);
    return items;
  }

  private async token(user: string): Promise<string> {
    const known = this.tokens.get(user);
    if (known !== undefined) return known;
    const response = await fetch(`${this.base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: user, password: DEMO_PASSWORD }),
    });
    if (response.status !== 200) throw new Error(`${user} could not sign in: ${response.status} ${await response.text()}`);
    const token = ((await response.json()) as Body)['accessToken'] as string;
    this.tokens.set(user, token);
    return token;
  }
}

/** The audit trail as an auditor pages through it: every event, in the trail's order. */
function trail(api: ApiClient): Promise<Body[]> {
  return api.all('auditor', '/audit/events', 500);
}

/**
 * What the read models serve, through the routes people read them on: the case board with every
 * case's responsibility chain (case-board, org-responsibility), the task board and the rounds'
 * progress (task-board), each county's 三张清单, and every ranked round's ranking and each
 * county's trend (county-ranking).
 */
async function servedReadModels(api: ApiClient): Promise<Body> {
  const cases = await api.all('admin', '/cases', 200);
  const chains = await Promise.all(cases.map((item) => api.read('admin', `/cases/${item['caseId']}/chain`)));
  const tasks = await api.all('admin', '/tasks', 200);
  const rounds = await api.all('admin', '/rounds', 200);
  const ranked = rounds.filter((round) => round['kind'] === 'walk-see-compete');
  const rankings = await Promise.all(ranked.map((round) => api.read('admin', `/rounds/${round['roundId']}/ranking`)));
  const lists = await Promise.all(COUNTIES.map((county) => api.read('admin', `/org-units/${county}/lists`)));
  const trends = await Promise.all(COUNTIES.map((county) => api.read('admin', `/counties/${county}/trend?kind=walk-see-compete`)));
  return { cases, chains, tasks, rounds, rankings, lists, trends };
}

/** Waits until the process answers /health with 200, or fails with its output when it exits first. */
async function serving(api: Running, port: number): Promise<ApiClient> {
  const base = `http://127.0.0.1:${port}`;
  await Promise.race([
    eventually(async () => {
      const response = await fetch(`${base}/health`);
      if (response.status !== 200) throw new Error(`health answered ${response.status}: ${await response.text()}`);
    }, 90_000, 200),
    api.finished.then(({ code }) => Promise.reject(new Error(`exited with ${code} before serving:\n${api.output()}`))),
  ]);
  return new ApiClient(base, api);
}

/** Every async read model has applied everything it can see, and its projector runs. */
async function projectorsCaughtUp(api: ApiClient): Promise<void> {
  await eventually(async () => {
    const items = (await api.read('admin', '/admin/projections'))['items'] as Body[];
    const behind = items.filter((item) => item['kind'] === 'async' && (item['state'] !== 'running' || item['lagEvents'] !== 0));
    if (behind.length > 0) throw new Error(`read models behind: ${JSON.stringify(behind)}`);
  }, 60_000, 100);
}

async function stopped(api: Running): Promise<number | null> {
  if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGTERM');
  return (await within(15_000, api.finished, 'shutdown')).code;
}

function errorLines(api: Running): Record<string, unknown>[] {
  return jsonLines(api.output()).filter((line) => line['level'] === 'error' || line['level'] === 'fatal');
}

/** The JSON log lines whose `message` starts with `words`. */
function said(api: Running, words: string): Record<string, unknown>[] {
  const says = (text: unknown) => typeof text === 'string' && (text === words || text.startsWith(`${words} `) || text.startsWith(`${words}:`));
  return jsonLines(api.output()).filter((line) => says(line['message']));
}

const server = serverTarget();
const onServer = server === undefined ? describe.skip : describe;

/**
 * The logical path of issue 12 §1, as an operator takes it: a database with the demo and its
 * activity on the shared server, `pg_dump -Fc`, `pg_restore` into a new cluster this suite starts
 * (whose transaction counter stands far below the one the log was written under), and the built
 * API started on the restored database. Physical backups keep transaction ids and are not tested
 * here; see the README's "Backup and restore".
 */
onServer('a logical backup restored into a new PostgreSQL cluster whose transaction counter is lower', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'restore-e2e-'));
  const processes: Running[] = [];
  let cluster: SecondCluster | undefined;
  let source: TestDatabase | undefined;
  let restoredPool: Pool | undefined;
  let sourceApi: Running;
  let restoredApi: Running;
  let api: ApiClient;
  /** The source's audit trail (event ids, in order) and read models, as served just before the dump. */
  let sourceTrail: string[];
  let sourceReads: Body;
  /** The trail's event ids as the tests have seen them grow, in order. */
  const trailSoFar: string[] = [];
  let newCaseId: string | undefined;

  const start = async (env: Record<string, string>): Promise<{ running: Running; client: ApiClient }> => {
    const port = await freePort();
    const running = startApi({ ...env, JWT_SECRET, PORT: String(port) }, [], ['--max-semi-space-size=64']);
    processes.push(running);
    return { running, client: await serving(running, port) };
  };

  const eventCount = async (): Promise<number> => Number((await restoredPool!.query<{ count: string }>('SELECT count(*) AS count FROM es_events')).rows[0]!.count);

  beforeAll(async () => {
    await buildApi();
    const serverUrl = loadTestEnvironment().serverUrl!;
    cluster = await startSecondCluster({ serverUrl });
    source = await server!.create();
    await advanceTransactionCounter(source.url!, (await currentTransactionId(cluster.url)) + COUNTER_LEAD);

    // The source: the demo with its activity, settled, then stopped as an operator stops it before a dump.
    const onSource = await start({ DATABASE_URL: source.url!, DEMO: 'true', DEMO_ACTIVITY: 'true', DEMO_SCALE: 'core' });
    sourceApi = onSource.running;
    await projectorsCaughtUp(onSource.client);
    await delay(SETTLE_MS);
    sourceTrail = (await trail(onSource.client)).map((event) => event['id'] as string);
    sourceReads = await servedReadModels(onSource.client);
    const { rows: stored } = await source.database.pool.query<{ count: string }>('SELECT count(*) AS count FROM es_events');
    expect(sourceTrail.length).toBe(Number(stored[0]!.count));
    expect(await stopped(sourceApi)).toBe(0);

    const archive = join(workDir, 'supervision.dump');
    await dumpDatabase(cluster.binDir, source.url!, archive);
    const restoredUrl = await cluster.createDatabase('supervision_restored');
    await restoreDatabase(cluster.binDir, archive, restoredUrl);
    restoredPool = new Pool({ connectionString: restoredUrl, max: 2 });

    // The situation under test: every restored event carries a transaction id the new cluster has not reached.
    const { rows } = await restoredPool.query<{ counter: string; oldest: string }>(
      'SELECT pg_current_xact_id()::text AS counter, min(transaction_id)::text AS oldest FROM es_events',
    );
    if (!(BigInt(rows[0]!.counter) < BigInt(rows[0]!.oldest))) {
      throw new Error(`the new cluster's counter ${rows[0]!.counter} is not below the restored log's oldest transaction id ${rows[0]!.oldest}`);
    }

    // An operator's start on a server: no demo seeding.
    const onRestored = await start({ DATABASE_URL: restoredUrl });
    restoredApi = onRestored.running;
    api = onRestored.client;
  }, 600_000);

  afterAll(async () => {
    for (const { child } of processes) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all(processes.map((running) => within(15_000, running.finished, 'exit').catch(() => undefined)));
    await restoredPool?.end();
    await source?.dispose();
    await cluster?.dispose();
    rmSync(workDir, { recursive: true, force: true });
  }, 60_000);

  it('the restored API reports at start-up that it repaired the log order; the source API, on the log it wrote, did not', () => {
    expect(said(restoredApi, 'log order repaired')).toHaveLength(1);
    expect(said(sourceApi, 'log order repaired')).toEqual([]);
  });

  it('the audit trail pages through every restored event, in the order the source served them, as many as es_events holds', async () => {
    const restored = (await trail(api)).map((event) => event['id'] as string);
    expect(restored.length).toBe(await eventCount());
    expect(restored).toEqual(sourceTrail);
  });

  it('the restored read models serve what the source served, the org directory included', async () => {
    await projectorsCaughtUp(api);
    expect(await servedReadModels(api)).toEqual(sourceReads);
  });

  it('commands on restored streams append events that come after every restored event in the audit trail', async () => {
    const appended: string[] = [];
    const steps: Array<[string, string, unknown]> = [
      ['admin', '/cases/demo-2026-direct-case-1/urge', { message: '恢复后催办' }],
      ['admin', '/cases/demo-2026-q4-major-inspection-case-1/urge', { message: '恢复后再催办' }],
    ];
    for (const [user, path, body] of steps) {
      const answer = await api.call(user, 'POST', path, body);
      expect({ path, status: answer.status, code: answer.body['code'] }).toEqual({ path, status: 200, code: undefined });
      appended.push(...(answer.body['events'] as Body[]).map((event) => event['id'] as string));
    }
    expect(appended).toHaveLength(2);
    const restored = sourceTrail.length;
    await eventually(async () => {
      const ids = (await trail(api)).map((event) => event['id'] as string);
      expect({
        events: ids.length,
        restoredFirstInTheirOrder: ids.length >= restored && ids.slice(0, restored).every((id, index) => id === sourceTrail[index]),
        newEventsAt: appended.map((id) => ids.indexOf(id)),
      }).toEqual({ events: await eventCount(), restoredFirstInTheirOrder: true, newEventsAt: [restored, restored + 1] });
    }, 10_000, 200);
    trailSoFar.push(...sourceTrail, ...appended);
  });

  it('the org directory knows the restored units: a direct case for 南浔区 is opened with 201', async () => {
    const opened = await api.call('admin', 'POST', '/cases', {
      title: '恢复后新立督办件',
      description: '备份恢复到新集群后立项',
      severity: 'medium',
      responsibleUnitId: 'nanxun',
      dueWorkingDays: 10,
    });
    expect({ status: opened.status, code: opened.body['code'] }).toEqual({ status: 201, code: undefined });
    newCaseId = opened.body['id'] as string;
  });

  it('read models and process managers continue after the restore: a new case split to two townships is on the case board, the split reaches the case-lineage checkpoint, a new round is in the county ranking', async () => {
    expect(newCaseId).toBeDefined();
    const steps: Array<[string, string, unknown]> = [
      ['admin', `/cases/${newCaseId}/assign`, {}],
      ['official.nanxun', `/cases/${newCaseId}/sign`, {}],
      ['official.nanxun', `/cases/${newCaseId}/progress`, { report: '区里已制定整改方案' }],
      [
        'official.nanxun',
        `/cases/${newCaseId}/split`,
        {
          children: [
            { unitId: 'nanxun-lianshi', title: '练市镇整改', dueWorkingDays: 6 },
            { unitId: 'nanxun-shuanglin', title: '双林镇整改', dueWorkingDays: 6 },
          ],
        },
      ],
    ];
    let split: Body | undefined;
    for (const [user, path, body] of steps) {
      const answer = await api.call(user, 'POST', path, body);
      expect({ path, status: answer.status, code: answer.body['code'] }).toEqual({ path, status: 200, code: undefined });
      split ??= (answer.body['events'] as Body[]).find((event) => event['type'] === 'CaseSplit');
    }
    expect(split).toBeDefined();
    const planned = await api.call('admin', 'POST', '/rounds', {
      kind: 'walk-see-compete',
      title: '恢复后第一轮走看赛',
      period: '2027-Q1',
      rubric: { items: [{ code: 'A', title: '组织推进', weight: 1, maxScore: 100 }] },
      scoringPolicy: { method: 'mean' },
      window: { opensOn: '2027-01-04', closesOn: '2027-03-31' },
    });
    expect({ status: planned.status, code: planned.body['code'] }).toEqual({ status: 201, code: undefined });
    const newRoundId = planned.body['id'] as string;

    await eventually(async () => {
      const cases = await api.all('admin', '/cases?unit=nanxun', 200);
      const parent = cases.find((item) => item['caseId'] === newCaseId);
      const children = cases.filter((item) => item['parentCaseId'] === newCaseId);
      expect(parent?.['status']).toBe('in-progress');
      expect(children.map((child) => [child['responsibleUnitId'], child['status']]).sort()).toEqual([
        ['nanxun-lianshi', 'assigned'],
        ['nanxun-shuanglin', 'assigned'],
      ]);
      expect((await api.read('admin', `/rounds/${newRoundId}/ranking`))['roundId']).toBe(newRoundId);
      // The split's township cases are opened at once by the request; the process manager's own
      // subscription must follow the log past the split too (its checkpoint, kept in the database).
      const { rows } = await restoredPool!.query<{ position: string }>("SELECT position FROM wf_process_checkpoints WHERE name = 'case-lineage'");
      expect(Number(rows[0]?.position)).toBeGreaterThanOrEqual(split!['position'] as number);
    }, 15_000, 200);
    await projectorsCaughtUp(api);
    // Everything appended since, the township cases the process manager opened included, follows what came before.
    const ids = (await trail(api)).map((event) => event['id'] as string);
    expect(ids.slice(0, trailSoFar.length)).toEqual(trailSoFar);
    expect(ids.length).toBe(await eventCount());
  });

  it('each read model rebuilt from the log equals the live one', async () => {
    const names = ((await api.read('admin', '/admin/projections'))['items'] as Body[]).map((item) => item['name'] as string).sort();
    expect(names).toEqual(['backward-villages', 'cadre-records', 'case-board', 'county-ranking', 'duty-reviews', 'org-responsibility', 'project-board', 'task-board', 'village-indicators']);
    await projectorsCaughtUp(api);
    const live = await servedReadModels(api);
    expect((live['cases'] as Body[]).filter((item) => item['caseId'] === newCaseId || item['parentCaseId'] === newCaseId)).toHaveLength(3);
    for (const name of names) {
      const started = await api.call('admin', 'POST', `/admin/projections/${name}/rebuild`);
      expect({ name, status: started.status }).toEqual({ name, status: 202 });
      const rebuild = await eventually(async () => {
        const status = (await api.read('admin', `/admin/projections/${name}`))['rebuild'] as Body;
        if (status['phase'] !== 'done' && status['phase'] !== 'failed') throw new Error(`${name} rebuild is ${status['phase']}`);
        return status;
      }, 60_000, 100);
      expect({ name, phase: rebuild['phase'], error: rebuild['error'] }).toEqual({ name, phase: 'done', error: undefined });
    }
    await projectorsCaughtUp(api);
    expect(await servedReadModels(api)).toEqual(live);
  });

  it('GET /audit/verify checks every event of the restored and the new log and finds it intact', async () => {
    const report = await api.read('auditor', '/audit/verify');
    expect(report).toMatchObject({ ok: true, checkedEvents: await eventCount() });
    expect(report['firstBroken']).toBeUndefined();
  });

  it('the restored API stops cleanly, and neither it nor the source API logged an error', async () => {
    expect(await stopped(restoredApi)).toBe(0);
    expect({ source: errorLines(sourceApi), restored: errorLines(restoredApi) }).toEqual({ source: [], restored: [] });
  });
});
