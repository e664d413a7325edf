import { caseStreamId } from '@app/supervision';
import { CaseUseCases, caseUseCases, DEMO_CASE_ID } from '../../cases/case-test-fixtures';
import { VerifyLogQuery } from '../verify-log/verify-log.query';
import { GetStreamHistoryQuery } from './get-stream-history.query';

describe('one stream’s history and the log’s integrity check, without HTTP', () => {
  let demo: CaseUseCases;
  beforeAll(async () => {
    demo = await caseUseCases();
  });
  afterAll(async () => demo?.close());

  it('shows a stream’s whole history in version order, each event with its chain value in lowercase hex and its actor’s name (null for the system); an unknown stream is STREAM_NOT_FOUND', async () => {
    const history = await demo.queries.execute(new GetStreamHistoryQuery(caseStreamId(DEMO_CASE_ID)));
    expect(history.events.map((event) => event.version)).toEqual(Array.from({ length: history.version }, (_, index) => index + 1));
    expect(history.events[0]).toMatchObject({ type: 'CaseOpened', hash: expect.stringMatching(/^[0-9a-f]{64}$/), actorName: '督查员（吴兴区）' });
    for (const event of history.events) expect(event.actorName === null).toBe([undefined, 'system'].includes((event.metadata as { actorId?: string }).actorId));
    await expect(demo.queries.execute(new GetStreamHistoryQuery(caseStreamId('no-such-case')))).rejects.toMatchObject({
      code: 'STREAM_NOT_FOUND',
      details: { streamId: caseStreamId('no-such-case') },
    });
  });

  it('verifies the whole log or a range of it, refuses a range that ends before it starts, and names the first row altered behind the store’s back', async () => {
    const pool = demo.db.database.pool;
    const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM es_events');
    await expect(demo.queries.execute(new VerifyLogQuery({}))).resolves.toMatchObject({ ok: true, checkedEvents: Number(rows[0]!.n) });
    await expect(demo.queries.execute(new VerifyLogQuery({ from: 2, to: 4 }))).resolves.toMatchObject({ ok: true, checkedEvents: 3 });
    await expect(demo.queries.execute(new VerifyLogQuery({ from: 5, to: 4 }))).rejects.toMatchObject({ code: 'INVALID_RANGE' });

    const altered = await pool.query<{ position: string }>('SELECT global_position AS position FROM es_events WHERE stream_id = $1 AND stream_version = 2', [caseStreamId(DEMO_CASE_ID)]);
    const position = Number(altered.rows[0]!.position);
    await pool.query(`UPDATE es_events SET data = jsonb_set(data, '{assignedBy}', '"someone-else"') WHERE global_position = $1`, [position]);
    await expect(demo.queries.execute(new VerifyLogQuery({}))).resolves.toMatchObject({ ok: false, firstBroken: { position, streamId: caseStreamId(DEMO_CASE_ID), version: 2 } });
  });
});
