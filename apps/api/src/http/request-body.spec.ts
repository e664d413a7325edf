import { MAX_BODY_DEPTH, nestedDeeperThan, refuseDeepBodies, RequestBodyError, requestBodyErrorFrom } from './request-body';

describe('requestBodyErrorFrom', () => {
  it('names malformed JSON, an oversize body and an unknown charset', () => {
    expect(requestBodyErrorFrom({ type: 'entity.parse.failed', status: 400 })).toMatchObject({ status: 400, code: 'MALFORMED_JSON' });
    expect(requestBodyErrorFrom({ type: 'entity.too.large', status: 413 })).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(requestBodyErrorFrom({ type: 'charset.unsupported', status: 415 })).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('keeps any other client-side status of the parser and never answers 5xx for a body', () => {
    expect(requestBodyErrorFrom({ type: 'request.aborted', status: 400 })).toMatchObject({ status: 400, code: 'BAD_REQUEST_BODY' });
    expect(requestBodyErrorFrom({ type: 'stream.encoding.set', status: 500 })).toMatchObject({ status: 400, code: 'BAD_REQUEST_BODY' });
  });
});

describe('refusing deeply nested bodies', () => {
  const nested = (depth: number): unknown => {
    let value: unknown = 'leaf';
    for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { key: value };
    return value;
  };

  it('counts each array and object as a level, scalars as none', () => {
    expect(nestedDeeperThan('text', 0)).toBe(false);
    expect(nestedDeeperThan({ a: 1, b: [1, 2] }, 2)).toBe(false);
    expect(nestedDeeperThan({ a: 1, b: [1, { c: 2 }] }, 2)).toBe(true);
    expect(nestedDeeperThan(nested(MAX_BODY_DEPTH), MAX_BODY_DEPTH)).toBe(false);
    expect(nestedDeeperThan(nested(MAX_BODY_DEPTH + 1), MAX_BODY_DEPTH)).toBe(true);
  });

  it('walks a body nested a hundred thousand levels without overflowing the stack', () => {
    expect(nestedDeeperThan(JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), MAX_BODY_DEPTH)).toBe(true);
  });

  it('passes a body within the limit on, and hands a deeper one to the error handlers as 400 BODY_TOO_DEEP', () => {
    const outcomes: unknown[] = [];
    refuseDeepBodies({ body: nested(3) }, {}, (error) => outcomes.push(error));
    refuseDeepBodies({ body: nested(3000) }, {}, (error) => outcomes.push(error));
    expect(outcomes[0]).toBeUndefined();
    expect(outcomes[1]).toBeInstanceOf(RequestBodyError);
    expect(outcomes[1]).toMatchObject({ status: 400, code: 'BODY_TOO_DEEP' });
  });
});
