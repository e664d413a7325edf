import type { RecordedEvent } from '@app/event-store';
import { categoryOfTopic, eventOfMessage, HEADERS, NotAnIntegrationEventError, parseEnvelope, toMessage, topicFor } from './integration-event';

const caseUrged: RecordedEvent = {
  position: 42,
  transactionId: '9001',
  streamId: 'case-c7',
  category: 'case',
  version: 3,
  id: '0b6f2c2e-3f0e-4c7e-9a51-5d2b1f8e8a10',
  type: 'CaseUrged',
  schemaVersion: 2,
  data: { caseId: 'c7', urgeNumber: 1, message: '请加快整改' },
  metadata: { actorId: 'admin', correlationId: 'corr-1', causationId: 'cmd-1', commandId: 'cmd-1', orgUnitId: 'anji', workflow: 'case' },
  recordedAt: new Date('2026-03-02T02:00:00.123Z'),
  hash: 'ab'.repeat(32),
};

describe('the integration-event envelope (version 1)', () => {
  it('keys a message by its stream and carries the envelope in the headers and the JSON body', () => {
    const message = toMessage(caseUrged);

    expect(message.key).toBe('case-c7');
    expect(message.headers).toEqual({
      [HEADERS.contentType]: 'application/json',
      [HEADERS.envelopeVersion]: '1',
      [HEADERS.eventId]: caseUrged.id,
      [HEADERS.eventType]: 'CaseUrged',
      [HEADERS.schemaVersion]: '2',
      [HEADERS.streamId]: 'case-c7',
      [HEADERS.streamVersion]: '3',
      [HEADERS.globalPosition]: '42',
      [HEADERS.transactionId]: '9001',
      [HEADERS.recordedAt]: '2026-03-02T02:00:00.123Z',
      [HEADERS.correlationId]: 'corr-1',
      [HEADERS.causationId]: 'cmd-1',
      [HEADERS.commandId]: 'cmd-1',
      [HEADERS.actorId]: 'admin',
      [HEADERS.orgUnitId]: 'anji',
    });
    expect(JSON.parse(String(message.value))).toEqual({
      envelopeVersion: 1,
      eventId: caseUrged.id,
      eventType: 'CaseUrged',
      schemaVersion: 2,
      streamId: 'case-c7',
      category: 'case',
      streamVersion: 3,
      globalPosition: 42,
      transactionId: '9001',
      recordedAt: '2026-03-02T02:00:00.123Z',
      correlationId: 'corr-1',
      causationId: 'cmd-1',
      commandId: 'cmd-1',
      actorId: 'admin',
      orgUnitId: 'anji',
      hash: 'ab'.repeat(32),
      metadata: caseUrged.metadata,
      data: caseUrged.data,
    });
  });

  it('leaves out the headers of metadata an event does not have, and has null in the body', () => {
    const message = toMessage({ ...caseUrged, metadata: {} });

    expect(Object.keys(message.headers!)).not.toContain(HEADERS.orgUnitId);
    expect(JSON.parse(String(message.value))).toMatchObject({ orgUnitId: null, actorId: null, correlationId: null });
  });

  it('gives back the recorded event a projection would have had from the store', () => {
    expect(eventOfMessage({ value: Buffer.from(String(toMessage(caseUrged).value)) })).toEqual(caseUrged);
  });

  it('refuses bodies that are not version-1 envelopes, naming what is wrong', () => {
    expect(() => parseEnvelope(null)).toThrow(NotAnIntegrationEventError);
    expect(() => parseEnvelope('not json')).toThrow(/not JSON/);
    expect(() => parseEnvelope(JSON.stringify({ envelopeVersion: 2 }))).toThrow(/envelope version 2/);
    expect(() => parseEnvelope(JSON.stringify({ envelopeVersion: 1, eventId: 'x' }))).toThrow(/missing or mistyped eventType, streamId/);
  });

  it('names a topic per category under the prefix, replacing characters Kafka refuses, and reads the category back', () => {
    expect(topicFor('supervision', 'case')).toBe('supervision.case');
    expect(topicFor('supervision', 'org unit/7')).toBe('supervision.org_unit_7');
    expect(categoryOfTopic('supervision', 'supervision.case')).toBe('case');
    expect(categoryOfTopic('supervision', 'other.case')).toBeUndefined();
    expect(categoryOfTopic('supervision', 'supervision.')).toBeUndefined();
  });
});
