import { roundStreamId } from '@app/supervision';
import { openedTask, scored } from '../../tasks/task-test-fixtures';
import { majorInspectionPlan, metadataOf, RoundUseCases, roundUseCases } from '../round-test-fixtures';
import { TakeRoundStep } from '../take-round-step/take-round-step.command';
import { PublishRoundCommand } from './publish-round.command';

describe('publishing a round, without HTTP', () => {
  let rounds: RoundUseCases;
  beforeAll(async () => {
    rounds = await roundUseCases();
  });
  afterAll(async () => rounds?.close());

  const closeScoring = (roundId: string) => rounds.commands.execute(new TakeRoundStep(roundId, { type: 'CloseScoring' }, metadataOf('admin')));

  it('records in the event the county ranking over everything committed before the command, and answers a retry with the first publication', async () => {
    const roundId = await rounds.activeRound();
    await scored(rounds, await openedTask(rounds, roundId, 'anji', ['inspector.wuxing']), 'inspector.wuxing', 9, 18);
    await scored(rounds, await openedTask(rounds, roundId, 'wuxing', ['inspector.anji']), 'inspector.anji', 8, 14);
    await closeScoring(roundId);
    const metadata = metadataOf('admin');
    const published = await rounds.commands.execute(new PublishRoundCommand(roundId, metadata));
    const [event] = published.result.events;
    expect(event).toMatchObject({ type: 'RoundPublished', data: { roundId, publishedBy: 'admin' } });
    const ranking = (event!.data as { ranking: { entries: Array<{ countyId: string; rank: number; score: number }>; inputsHash: string } }).ranking;
    expect(ranking.entries.map(({ countyId, rank, score }) => [countyId, rank, score])).toEqual([
      ['anji', 1, 90],
      ['wuxing', 2, 74],
    ]);
    expect(published.result.state).toMatchObject({ status: 'published', publication: { version: 1, reason: null, inputsHash: ranking.inputsHash } });
    const before = await rounds.eventCount();
    const retried = await rounds.commands.execute(new PublishRoundCommand(roundId, metadata));
    expect(retried.result).toMatchObject({ duplicate: true, events: published.result.events });
    expect(await rounds.eventCount()).toBe(before);
  });

  it('publishes a round that ranks nobody without a ranking, reading the round’s stream once (what it appended comes back from the append)', async () => {
    const roundId = await rounds.activeRound(majorInspectionPlan());
    await closeScoring(roundId);
    const streams = await rounds.streamsRead(async () => {
      const { result } = await rounds.commands.execute(new PublishRoundCommand(roundId, metadataOf('admin')));
      expect(result.events.map((event) => [event.type, event.data['ranking']])).toEqual([['RoundPublished', null]]);
    });
    expect(streams).toEqual([roundStreamId(roundId)]);
  });

  it('refuses a round whose scoring is still open (ROUND_SCORING_NOT_CLOSED) and an unknown round (ROUND_NOT_FOUND), appending nothing', async () => {
    const roundId = await rounds.activeRound();
    const before = await rounds.eventCount();
    await expect(rounds.commands.execute(new PublishRoundCommand(roundId, metadataOf('admin')))).rejects.toMatchObject({ code: 'ROUND_SCORING_NOT_CLOSED' });
    await expect(rounds.commands.execute(new PublishRoundCommand('no-such-round', metadataOf('admin')))).rejects.toMatchObject({
      code: 'ROUND_NOT_FOUND',
      details: { roundId: 'no-such-round' },
    });
    expect(await rounds.eventCount()).toBe(before);
  });
});
