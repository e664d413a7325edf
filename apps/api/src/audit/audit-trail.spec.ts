import { RecordedEvent } from '@app/event-store';
import { encodeListCursor, InvalidCursor } from '@app/read-models';
import { csvHeader, csvLine, decodeCursor, encodeCursor } from './audit-trail';

const event: RecordedEvent = {
  position: 12,
  transactionId: '900',
  streamId: 'case-1',
  category: 'case',
  version: 3,
  id: '00000000-0000-4000-8000-000000000012',
  type: 'CaseSigned',
  schemaVersion: 1,
  data: { note: 'a, "b"\nc' },
  metadata: { actorId: '=HYPERLINK("x")', orgUnitId: 'anji', correlationId: '-1', commandId: '@cmd' },
  recordedAt: new Date('2026-03-02T01:00:00.000Z'),
  hash: 'ab12',
};

describe('the audit trail CSV', () => {
  it('has one header line naming the columns', () => {
    expect(csvHeader()).toBe('position,recorded_at,stream_id,version,type,actor_id,org_unit_id,correlation_id,causation_id,command_id,event_id,hash,data\r\n');
  });

  it('quotes fields with commas, quotes or line breaks, and defuses cells a spreadsheet would run as formulas', () => {
    expect(csvLine(event)).toBe(
      '12,2026-03-02T01:00:00.000Z,case-1,3,CaseSigned,"\'=HYPERLINK(""x"")",anji,\'-1,,\'@cmd,00000000-0000-4000-8000-000000000012,ab12,' +
        '"{""note"":""a, \\""b\\""\\nc""}"\r\n',
    );
  });
});

describe('the audit trail cursor', () => {
  it('round-trips, and refuses text it did not hand out', () => {
    expect(decodeCursor(encodeCursor({ transactionId: '18446744073709551', position: 42 }))).toEqual({ transactionId: '18446744073709551', position: 42 });
    expect(() => decodeCursor('bm9wZQ')).toThrow(InvalidCursor);
    expect(() => decodeCursor('')).toThrow(InvalidCursor);
    expect(() => decodeCursor(encodeListCursor('cases', 'case-1'))).toThrow(InvalidCursor);
    expect(() => decodeCursor(encodeListCursor('audit', '1:99999999999999999'))).toThrow(InvalidCursor);
  });
});
