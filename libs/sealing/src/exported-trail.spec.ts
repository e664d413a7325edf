import { csvHeader, csvLine, CsvTrailReader, ExportedEvent, jsonLine, MalformedExport, parseJsonLine } from './exported-trail';

const EVENT: ExportedEvent = {
  leafIndex: 11,
  position: 12,
  transactionId: '900',
  streamId: 'case-1',
  version: 3,
  id: '00000000-0000-4000-8000-000000000012',
  type: 'CaseSigned',
  schemaVersion: 1,
  data: { note: 'a, "b"\nc', 说明: "'已签收" },
  metadata: { actorId: '=HYPERLINK("x")', orgUnitId: 'anji', correlationId: '-1', commandId: '@cmd' },
  recordedAt: '2026-03-02T01:00:00.000Z',
  recordedAtMicros: '1772413200000000',
  contentDigest: 'ab'.repeat(32),
  hash: 'cd'.repeat(32),
  actorName: "'张三",
};

function readCsv(text: string, chunk = text.length): ExportedEvent[] {
  const reader = new CsvTrailReader();
  const events = [];
  for (let at = 0; at < text.length; at += chunk) events.push(...reader.push(text.slice(at, at + chunk)));
  events.push(...reader.end());
  return events.map((record) => record.event);
}

describe('the exported trail', () => {
  it('keeps the columns people read first, then what verification needs', () => {
    expect(csvHeader()).toBe(
      '\uFEFFposition,recorded_at,stream_id,version,type,actor_id,org_unit_id,correlation_id,causation_id,command_id,event_id,hash,data,' +
        'leaf_index,transaction_id,schema_version,metadata,content_digest,recorded_at_us,actor_name\r\n',
    );
  });

  it('quotes fields with commas, quotes or line breaks, and defuses cells a spreadsheet would run as formulas', () => {
    expect(csvLine(EVENT).split(',').slice(0, 11).join(',')).toBe(`12,2026-03-02T01:00:00.000Z,case-1,3,CaseSigned,"'=HYPERLINK(""x"")",anji,'-1,,'@cmd,00000000-0000-4000-8000-000000000012`);
    expect(csvLine(EVENT).endsWith(`,1772413200000000,''张三\r\n`)).toBe(true);
  });

  it('reads its CSV back exactly, whatever the chunks it arrives in (apostrophes, quotes, line breaks and Chinese text included)', () => {
    const second = { ...EVENT, leafIndex: null, position: 13, version: 4, data: { a: [1, -2.5, null, true] }, actorName: null };
    const text = csvHeader() + csvLine(EVENT) + csvLine(second);
    const { actorName: _first, ...expectedFirst } = EVENT;
    const { actorName: _second, ...expectedSecond } = second;
    for (const chunk of [text.length, 7, 1]) expect(readCsv(text, chunk)).toEqual([expectedFirst, expectedSecond]);
  });

  it('names the line of a CSV record it cannot read, and an old export without the verification columns', () => {
    expect(() => readCsv(`${csvHeader()}1,2\r\n`)).toThrow(new MalformedExport(2, 'has 2 fields, the header 20'));
    expect(() => readCsv('position,recorded_at,stream_id,version,type,event_id,hash,data\r\n')).toThrow(/the header lacks leaf_index, transaction_id/);
    expect(() => readCsv(`${csvHeader()}${csvLine(EVENT)}${csvLine(EVENT).replace('"{', '"x{')}`)).toThrow(new MalformedExport(3, 'data is not JSON'));
  });

  it('reads a JSON Lines record back, and refuses one whose fields are not of the format', () => {
    const { actorName: _name, ...expected } = EVENT;
    expect(parseJsonLine(jsonLine(EVENT), 1)).toEqual(expected);
    expect(() => parseJsonLine('{"leafIndex":0', 5)).toThrow(new MalformedExport(5, 'is not JSON'));
    expect(() => parseJsonLine('[]', 5)).toThrow(/not a JSON object/);
    expect(() => parseJsonLine(JSON.stringify({ ...EVENT, hash: 'AB'.repeat(32) }), 2)).toThrow(new MalformedExport(2, 'hash is not 64 lowercase hex digits'));
    expect(() => parseJsonLine(JSON.stringify({ ...EVENT, version: 0 }), 2)).toThrow(/version is not a whole number ≥ 1/);
    expect(() => parseJsonLine(JSON.stringify({ ...EVENT, transactionId: 900 }), 2)).toThrow(/transactionId is not a decimal transaction key/);
  });
});
