import { DecisionContext, isBlank } from '@app/workflow';
import type { DutyReviewResults } from '../duty-reviews/duty-review';
import { DutyReviewResultsRequired } from '../duty-reviews/duty-review.errors';
import { CountyRanking, RoundNotRanked, sameRanking } from '../ranking';
import { isScoredRoundKind } from './round';
import { PublishRound, RepublishRanking } from './round.commands';
import { RankingRequired, RankingUnchanged, RepublishReasonRequired, RoundNotFound } from './round.errors';
import { PublishedRanking, RoundEvent } from './round.events';
import { PublishedRound, RoundDetails, RoundState } from './round.state';

/*
 * Publishing freezes a round's ranking (区县比看): the event records the ranking people are shown,
 * and `GET /rounds/:id/ranking` answers with it whatever facts arrive later (a red card raised
 * inside the window after publication, say). Only a republication replaces it: an admin's, with a
 * reason, recorded as the next version. The handler computes the live ranking and passes it in
 * the command; the decider checks it belongs to the round and records it.
 */

type Context = DecisionContext<unknown>;

function detailsOf(state: RoundState): RoundDetails {
  if (state.status === 'unplanned') throw new RoundNotFound();
  return state;
}

function published(state: RoundState): PublishedRound {
  if (state.status !== 'published') throw new RoundNotFound();
  return state;
}

/** A round that ranks counties records its own ranking; one that ranks nobody records none. */
function rankingToRecord(round: RoundDetails, ranking: CountyRanking | null | undefined): PublishedRanking | null {
  if (!isScoredRoundKind(round.kind)) return null;
  if (ranking === null || ranking === undefined || ranking.roundId !== round.roundId) throw new RankingRequired(round.roundId, ranking?.roundId ?? null);
  return ranking;
}

/** A duty-review round records its own results (述职评议: grades, distributions, follow-up); other rounds none. */
function dutyReviewResultsToRecord(round: RoundDetails, results: DutyReviewResults | null | undefined): { dutyReviewResults?: DutyReviewResults } {
  if (round.kind !== 'duty-review') return {};
  if (results === null || results === undefined || results.roundId !== round.roundId) throw new DutyReviewResultsRequired(round.roundId);
  return { dutyReviewResults: results };
}

export function checkPublication(state: RoundState, command: PublishRound): void {
  const round = detailsOf(state);
  rankingToRecord(round, command.ranking);
  dutyReviewResultsToRecord(round, command.dutyReviewResults);
}

export function publish(state: RoundState, command: PublishRound, { actor, now }: Context): RoundEvent[] {
  const round = detailsOf(state);
  return [
    {
      type: 'RoundPublished',
      data: {
        roundId: round.roundId,
        ranking: rankingToRecord(round, command.ranking),
        ...dutyReviewResultsToRecord(round, command.dutyReviewResults),
        publishedBy: actor.userId,
        publishedAt: now.toISOString(),
      },
    },
  ];
}

/**
 * A republication: of a round that ranks counties, for a reason, with the round's own ranking,
 * and one that differs from the publication in force (same method and inputs hash: nothing new).
 */
export function checkRepublication(state: RoundState, command: RepublishRanking): void {
  const round = published(state);
  if (!isScoredRoundKind(round.kind)) throw new RoundNotRanked(round.roundId, round.kind);
  if (isBlank(command.reason)) throw new RepublishReasonRequired(round.roundId);
  const ranking = rankingToRecord(round, command.ranking)!;
  const inForce = round.publication;
  if (sameRanking(inForce, ranking)) {
    throw new RankingUnchanged(round.roundId, inForce.version, ranking.inputsHash);
  }
}

export function republish(state: RoundState, command: RepublishRanking, { actor, now }: Context): RoundEvent[] {
  const round = published(state);
  return [
    {
      type: 'RoundRankingRepublished',
      data: {
        roundId: round.roundId,
        publication: round.publication.version + 1,
        reason: command.reason.trim(),
        ranking: rankingToRecord(round, command.ranking)!,
        replacedInputsHash: round.publication.inputsHash,
        republishedBy: actor.userId,
        republishedAt: now.toISOString(),
      },
    },
  ];
}
