import { encodeListCursor, InvalidCursor } from '@app/read-models';
import { decodeCursor, encodeCursor } from './audit-trail';

describe('the audit trail cursor', () => {
  it('round-trips, and refuses text it did not hand out', () => {
    expect(decodeCursor(encodeCursor({ transactionId: '18446744073709551', position: 42 }))).toEqual({ transactionId: '18446744073709551', position: 42 });
    expect(() => decodeCursor('bm9wZQ')).toThrow(InvalidCursor);
    expect(() => decodeCursor('')).toThrow(InvalidCursor);
    expect(() => decodeCursor(encodeListCursor('cases', 'case-1'))).toThrow(InvalidCursor);
    expect(() => decodeCursor(encodeListCursor('audit', '1:99999999999999999'))).toThrow(InvalidCursor);
  });
});
