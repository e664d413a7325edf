import { requestBodyErrorFrom } from './request-body';

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
