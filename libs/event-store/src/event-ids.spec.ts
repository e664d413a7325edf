import { timeOrderedEventId } from './event-ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('timeOrderedEventId', () => {
  it('gives a version 7 UUID whose first 48 bits are the time in milliseconds', () => {
    // Given a moment with bits set in every byte of the timestamp
    const at = Date.UTC(2026, 10, 27, 5, 30, 12, 345);

    // When an id is made then
    const id = timeOrderedEventId(at);

    // Then it is a v7 UUID and its timestamp field reads back as that moment
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(at);
  });

  it('sorts ids of later milliseconds after earlier ones, as text and as uuid bytes alike', () => {
    // Given ids made over a span of moments, several per millisecond
    const moments = [0, 1, 255, 256, 65_535, 65_536, 16_777_215, 16_777_216, Date.UTC(2030, 0, 1), 2 ** 48 - 1];
    const ids = moments.flatMap((at) => [timeOrderedEventId(at), timeOrderedEventId(at)]);

    // Then their text order follows the moments
    for (let i = 2; i < ids.length; i += 2) expect(ids[i - 1]! < ids[i]!).toBe(true);
  });

  it('does not repeat itself across many ids made in the same millisecond', () => {
    // Given more ids than one draw of randomness covers, all at one moment
    const ids = Array.from({ length: 5_000 }, () => timeOrderedEventId(1_700_000_000_000));

    // Then all are distinct and well formed
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V7);
  });
});
