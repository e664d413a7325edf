import { defineTable } from './read-model-table';

interface VisitRow {
  unitId: string;
  day: string;
  visits: number;
  inspectorIds: string[];
  note: string | null;
  details: Record<string, unknown>;
}

const visits = defineTable<VisitRow>({
  name: 'unit_visits',
  entityName: 'UnitVisitRow',
  columns: {
    unitId: { name: 'unit_id', type: 'text', primary: true },
    day: { type: 'date', primary: true },
    visits: { type: 'integer' },
    inspectorIds: { name: 'inspector_ids', type: 'text', array: true },
    note: { type: 'text', nullable: true },
    details: { type: 'jsonb' },
  },
  indexes: [{ name: 'unit_visits_inspectors', on: 'USING gin (inspector_ids)' }],
});

describe('a read-model table described once', () => {
  it('creates every described column, NOT NULL unless nullable, the primary key in the order listed, and its indexes', () => {
    expect(visits.createStatements()).toEqual([
      [
        'CREATE TABLE unit_visits (',
        '  unit_id text,',
        '  day date,',
        '  visits integer NOT NULL,',
        '  inspector_ids text[] NOT NULL,',
        '  note text,',
        '  details jsonb NOT NULL,',
        '  PRIMARY KEY (unit_id, day)',
        ')',
      ].join('\n'),
      'CREATE INDEX unit_visits_inspectors ON unit_visits USING gin (inspector_ids)',
    ]);
  });

  it('gives TypeORM an entity with one column per property, under the same SQL name, type, array, nullability and key', () => {
    const { name, tableName, columns } = visits.entity.options;
    expect({ name, tableName }).toEqual({ name: 'UnitVisitRow', tableName: 'unit_visits' });
    expect(columns).toEqual({
      unitId: { name: 'unit_id', type: 'text', primary: true },
      day: { name: 'day', type: 'date', primary: true },
      visits: { name: 'visits', type: 'integer' },
      inspectorIds: { name: 'inspector_ids', type: 'text', array: true },
      note: { name: 'note', type: 'text', nullable: true },
      details: { name: 'details', type: 'jsonb' },
    });
  });

  it('writes whole rows: every column once, read from JSON with its type, the others than the key updated on conflict', () => {
    expect(visits.upsert().sql).toBe(
      [
        'INSERT INTO unit_visits AS existing (unit_id, day, visits, inspector_ids, note, details)',
        'SELECT incoming.unit_id, incoming.day, incoming.visits, incoming.inspector_ids, incoming.note, incoming.details',
        '  FROM jsonb_to_recordset($1::jsonb) AS incoming(unit_id text, day date, visits integer, inspector_ids text[], note text, details jsonb)',
        'ON CONFLICT (unit_id, day) DO UPDATE SET',
        '  visits = EXCLUDED.visits,',
        '  inspector_ids = EXCLUDED.inspector_ids,',
        '  note = EXCLUDED.note,',
        '  details = EXCLUDED.details',
      ].join('\n'),
    );
  });

  it('sends rows by their properties under the columns’ names, an absent value as null', () => {
    const rows = [{ unitId: 'anji', day: '2026-03-02', visits: 2, inspectorIds: ['a', 'b'], note: undefined as unknown as null, details: { by: 'car' } }];
    expect(JSON.parse(visits.upsert().parameters(rows)[0] as string)).toEqual([
      { unit_id: 'anji', day: '2026-03-02', visits: 2, inspector_ids: ['a', 'b'], note: null, details: { by: 'car' } },
    ]);
  });

  it('keeps stored values the incoming row leaves null (fill), or the stored row whole (ignore)', () => {
    expect(visits.upsert({ onConflict: 'fill', update: ['visits', 'note'] }).sql).toMatch(
      /DO UPDATE SET\n {2}visits = COALESCE\(EXCLUDED\.visits, existing\.visits\),\n {2}note = COALESCE\(EXCLUDED\.note, existing\.note\)$/,
    );
    expect(visits.upsert({ onConflict: 'ignore' }).sql).toMatch(/\nON CONFLICT \(unit_id, day\) DO NOTHING$/);
  });

  it('takes SQL for a column’s value on conflict, a condition for the update, and columns computed from the incoming row', () => {
    const upsert = visits.upsert<'inspectorIds'>({
      update: ['visits', 'inspectorIds'],
      set: { visits: 'existing.visits + EXCLUDED.visits' },
      where: 'existing.note IS NULL',
      computed: { inspectorIds: `ARRAY[incoming.unit_id || '-inspector']` },
    });
    expect(upsert.sql).toBe(
      [
        'INSERT INTO unit_visits AS existing (unit_id, day, visits, inspector_ids, note, details)',
        `SELECT incoming.unit_id, incoming.day, incoming.visits, ARRAY[incoming.unit_id || '-inspector'], incoming.note, incoming.details`,
        '  FROM jsonb_to_recordset($1::jsonb) AS incoming(unit_id text, day date, visits integer, note text, details jsonb)',
        'ON CONFLICT (unit_id, day) DO UPDATE SET',
        '  visits = existing.visits + EXCLUDED.visits,',
        '  inspector_ids = EXCLUDED.inspector_ids',
        '  WHERE existing.note IS NULL',
      ].join('\n'),
    );
    expect(JSON.parse(upsert.parameters([{ unitId: 'anji', day: '2026-03-02', visits: 1, note: null, details: {} }])[0] as string)).toEqual([
      { unit_id: 'anji', day: '2026-03-02', visits: 1, note: null, details: {} },
    ]);
  });

  it('refuses a table without a primary key, and a name SQL would need quoted', () => {
    expect(() => defineTable<{ a: string }>({ name: 'no_key', entityName: 'NoKey', columns: { a: { type: 'text' } } })).toThrow('table no_key has no primary key');
    expect(() => defineTable<{ a: string }>({ name: 'Visits', entityName: 'V', columns: { a: { type: 'text', primary: true } } })).toThrow(
      '"Visits" is not a plain lower-case SQL name',
    );
    expect(() => defineTable<{ a: string }>({ name: 'visits', entityName: 'V', columns: { a: { name: 'a b', type: 'text', primary: true } } })).toThrow(
      '"a b" is not a plain lower-case SQL name',
    );
  });
});
