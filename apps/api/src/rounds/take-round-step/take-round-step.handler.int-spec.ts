import { roundStreamId } from '@app/supervision';
import { PublishRoundCommand } from '../publish-round/publish-round.command';
import { majorInspectionPlan, metadataOf, RoundUseCases, roundUseCases } from '../round-test-fixtures';
import { TakeRoundStep } from './take-round-step.command';

describe('taking a step of a round’s lifecycle, without HTTP', () => {
  let rounds: RoundUseCases;
  beforeAll(async () => {
    rounds = await roundUseCases();
  });
  afterAll(async () => rounds?.close());

  const step = (roundId: string, type: 'StartRound' | 'CloseScoring' | 'ArchiveRound', metadata = metadataOf('admin')) =>
    rounds.commands.execute(new TakeRoundStep(roundId, { type }, metadata));

  it('start, close scoring and (once published) archive move the round along, each appending its event', async () => {
    const roundId = await rounds.plan(majorInspectionPlan());
    expect((await step(roundId, 'StartRound')).result.state).toMatchObject({ status: 'active' });
    expect((await step(roundId, 'CloseScoring')).result.state).toMatchObject({ status: 'scoring-closed' });
    await rounds.commands.execute(new PublishRoundCommand(roundId, metadataOf('admin')));
    const archived = await step(roundId, 'ArchiveRound');
    expect(archived).toMatchObject({ roundId, result: { version: 5, state: { status: 'archived' } } });
    expect(archived.result.events.map((event) => [event.type, event.metadata['actorId']])).toEqual([['RoundArchived', 'admin']]);
  });

  it('loads the round once: one read of its stream, and none of what the step appended (the append hands it back)', async () => {
    const roundId = await rounds.plan(majorInspectionPlan());
    expect(await rounds.streamsRead(() => step(roundId, 'StartRound'))).toEqual([roundStreamId(roundId)]);
  });

  it('refuses an unknown round (ROUND_NOT_FOUND, naming it) and a step out of order (the decider’s rule), appending nothing', async () => {
    const roundId = await rounds.plan(majorInspectionPlan());
    const before = await rounds.eventCount();
    await expect(step('no-such-round', 'StartRound')).rejects.toMatchObject({ code: 'ROUND_NOT_FOUND', details: { roundId: 'no-such-round' } });
    await expect(step(roundId, 'CloseScoring')).rejects.toMatchObject({ code: 'ROUND_NOT_ACTIVE' });
    await expect(step(roundId, 'ArchiveRound')).rejects.toMatchObject({ code: 'ROUND_NOT_PUBLISHED' });
    expect(await rounds.eventCount()).toBe(before);
  });

  it('answers a retry from the log even after the round moved on: its first answer, nothing appended', async () => {
    const roundId = await rounds.plan(majorInspectionPlan());
    const start = metadataOf('admin');
    const started = await step(roundId, 'StartRound', start);
    await step(roundId, 'CloseScoring');
    const before = await rounds.eventCount();
    const retried = await step(roundId, 'StartRound', start);
    expect(retried.result).toMatchObject({ duplicate: true, events: started.result.events });
    expect(await rounds.eventCount()).toBe(before);
  });
});
