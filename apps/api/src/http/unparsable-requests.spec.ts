import { unparsableRequestProblem } from './unparsable-requests';

describe('answers to requests the HTTP parser refuses', () => {
  it('given a head over the size limit, when it is answered, then it is 431 REQUEST_HEADER_FIELDS_TOO_LARGE', () => {
    expect(unparsableRequestProblem('HPE_HEADER_OVERFLOW')).toMatchObject({ status: 431, code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' });
  });

  it('given a head that did not arrive in time, when it is answered, then it is 408 REQUEST_TIMEOUT', () => {
    expect(unparsableRequestProblem('ERR_HTTP_REQUEST_TIMEOUT')).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT' });
    expect(unparsableRequestProblem('HPE_HEADERS_TIMEOUT')).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT' });
  });

  it('given any other parse error, or none named, when it is answered, then it is 400 MALFORMED_REQUEST', () => {
    for (const code of ['HPE_INVALID_METHOD', 'HPE_INVALID_CONSTANT', 'HPE_INVALID_HEADER_TOKEN', undefined]) {
      expect(unparsableRequestProblem(code)).toMatchObject({ status: 400, code: 'MALFORMED_REQUEST' });
    }
  });
});
