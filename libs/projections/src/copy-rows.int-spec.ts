import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Client } from 'pg';
import { migrateEventStore, PostgresEventStore } from '@app/event-store';
import { databaseTargets, serverTarget, TestDatabase } from '@app/testing';
import { copyLines, copyRows } from './copy-rows';
import { defineProjection } from './projection-definition';
import { ProjectionRuntime } from './projection-runtime';
import { createTables, tableEntities } from './read-model-migrations';
import { defineTable } from './read-model-table';

/** A row with a column of every type read models use, every one nullable but the key. */
interface SampleRow {
  id: number;
  label: string | null;
  small: number | null;
  count: number | null;
  big: number | null;
  ratio: number | null;
  flag: boolean | null;
  day: string | null;
  at: string | null;
  doc: unknown;
  tags: (string | null)[] | null;
  numbers: number[] | null;
}

const sampleTable = (name: string) =>
  defineTable<SampleRow>({
    name,
    entityName: `Sample_${name}`,
    columns: {
      id: { type: 'integer', primary: true },
      label: { type: 'text', nullable: true },
      small: { type: 'smallint', nullable: true },
      count: { type: 'integer', nullable: true },
      big: { type: 'bigint', nullable: true },
      ratio: { type: 'double precision', nullable: true },
      flag: { type: 'boolean', nullable: true },
      day: { type: 'date', nullable: true },
      at: { type: 'timestamptz', nullable: true },
      doc: { type: 'jsonb', nullable: true },
      tags: { type: 'text', array: true, nullable: true },
      numbers: { type: 'integer', array: true, nullable: true },
    },
  });

/** Text that COPY's format and array literals must carry through: escapes, separators, quotes, braces, "NULL", CJK. */
const awkwardText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', 'NULL', 'null', '\\N', '\\', '\\\\', '\t', '\n', '\r\n', '"', "'", '{', '}', ',', '{a,b}', '"quoted"', ' padded ', '督查\t整改\n催办', 'a\\tb'),
  fc.array(fc.constantFrom('a', '\\', '"', ',', '{', '}', '\t', '\n', 'N', 'U', 'L', ' ', '督'), { maxLength: 12 }).map((parts) => parts.join('')),
);
const jsonValue = fc.jsonValue({ maxDepth: 3 }).filter((value) => !JSON.stringify(value).includes('\\u0000'));
const instant = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
const sampleRow = (id: number) =>
  fc.record<SampleRow>({
    id: fc.constant(id),
    label: fc.option(awkwardText, { nil: null }),
    small: fc.option(fc.integer({ min: -32768, max: 32767 }), { nil: null }),
    count: fc.option(fc.integer(), { nil: null }),
    big: fc.option(fc.maxSafeInteger(), { nil: null }),
    ratio: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
    flag: fc.option(fc.boolean(), { nil: null }),
    day: fc.option(instant.map((date) => date.toISOString().slice(0, 10)), { nil: null }),
    at: fc.option(instant.map((date) => date.toISOString()), { nil: null }),
    doc: fc.option(jsonValue, { nil: null }),
    tags: fc.option(fc.array(fc.option(awkwardText, { nil: null }), { maxLength: 5 }), { nil: null }),
    numbers: fc.option(fc.array(fc.integer(), { maxLength: 4 }), { nil: null }),
  });
const sampleRows = fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, index) => sampleRow(index + 1))));

const originalQuery = Client.prototype.query as (...args: unknown[]) => unknown;

describe('COPY text of read-model rows', () => {
  it('escapes the separators and marks nulls as COPY reads them', () => {
    const table = sampleTable('copy_text');
    const line = copyLines(
      [{ id: 1, label: 'a\tb\\c\nd', small: null, count: 3, big: 9007199254740991, ratio: 0.5, flag: false, day: '2026-12-07', at: '2026-12-07T01:02:03.004Z', doc: { '催办': 'x\ty' }, tags: ['NULL', null, 'a,"b"'], numbers: [1, 2] }],
      table.columns,
    );
    expect(line).toBe(
      ['1', 'a\\tb\\\\c\\nd', '\\N', '3', '9007199254740991', '0.5', 'false', '2026-12-07', '2026-12-07T01:02:03.004Z', '{"催办":"x\\\\ty"}', '{"NULL",NULL,"a,\\\\"b\\\\""}', '{"1","2"}'].join('\t') + '\n',
    );
  });
});

// The embedded database does not take COPY … FROM STDIN: rebuilds there use the INSERT (below).
const server = serverTarget();
(server === undefined ? describe.skip : describe)('rows written with COPY on the server', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await server!.create();
  });
  afterAll(async () => db?.dispose());

  it('store exactly what the JSON insert stores, for any values of every column type', async () => {
    const [viaInsert, viaCopy] = [sampleTable('sample_via_insert'), sampleTable('sample_via_copy')];
    for (const table of [viaInsert, viaCopy]) for (const statement of table.createStatements()) await db.database.pool.query(statement);
    const stored = async (name: string) => (await db.database.pool.query<{ row: unknown }>(`SELECT to_jsonb(t) - 'id' AS row FROM ${name} t ORDER BY id`)).rows.map((r) => r.row);
    await fc.assert(
      fc.asyncProperty(sampleRows, async (rows) => {
        await db.database.pool.query(`TRUNCATE ${viaInsert.name}, ${viaCopy.name}`);
        await viaInsert.insert().run(db.database.pool, rows);
        const client = await db.database.pool.connect();
        try {
          await copyRows(client, viaCopy.name, viaCopy.columns, rows as unknown as Record<string, unknown>[]);
        } finally {
          client.release();
        }
        expect(await stored(viaCopy.name)).toEqual(await stored(viaInsert.name));
      }),
      { numRuns: 60 },
    );
  });
});

describe.each(databaseTargets())('a rebuild’s new rows on $name', (target) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await target.create();
    await migrateEventStore(db.database);
  });
  afterAll(async () => db?.dispose());

  const onServer = () => db.database.mode === 'server';

  it('a rebuild writes its new rows with COPY on a server and with the INSERT on the embedded database, and both equal the live rows', async () => {
    const category = `copy${randomUUID().replace(/-/g, '').slice(0, 10)}`;
    const table = sampleTable(`sample_${category}`);
    const upsert = table.upsert({ onConflict: 'ignore' });
    const insert = table.insert();
    const projection = defineProjection({
      name: `sample-${category}`,
      kind: 'inline',
      entities: tableEntities([table]),
      migrations: [createTables('every column type', [table])],
      categories: [category],
      async apply(events, { manager, mode }) {
        await (mode === 'rebuild' ? insert : upsert).run(manager, events.map((event) => event.data as unknown as SampleRow));
      },
    });
    const store = new PostgresEventStore(db.database.pool);
    const runtime = await ProjectionRuntime.create({ store, pool: db.database.pool, projections: [projection] });
    try {
      const rows = fc.sample(fc.tuple(...Array.from({ length: 300 }, (_, index) => sampleRow(index + 1))), { numRuns: 1, seed: 42 })[0]!;
      for (let start = 0; start < rows.length; start += 50) {
        await store.append(`${category}-${start}`, rows.slice(start, start + 50).map((row) => ({ type: 'Sampled', data: row as unknown as Record<string, unknown> })));
      }
      // Every COPY sent while the rebuild runs (pg hands COPY streams to Client#query).
      const copies: string[] = [];
      const query = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
        const text = (args[0] as { text?: unknown } | null)?.text;
        if (typeof text === 'string' && text.startsWith('COPY ')) copies.push(text);
        return originalQuery.apply(this, args);
      } as never);
      try {
        await runtime.rebuild(projection.name);
      } finally {
        query.mockRestore();
      }
      // One batch of 300 new rows: COPY where the database takes it.
      expect(copies).toEqual(onServer() ? [`COPY ${table.name} (id, label, small, count, big, ratio, flag, day, at, doc, tags, numbers) FROM STDIN`] : []);
      expect((await runtime.compareWithLive(projection.name)).map((t) => [t.table, t.equal, t.liveRows])).toEqual([[table.name, true, 300]]);
    } finally {
      await runtime.close();
    }
  });
});
