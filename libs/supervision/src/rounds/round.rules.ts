import { isRoundKind, RoundKind } from './round';
import { InvalidRubric, RoundNotAcceptingTasks, RoundNotActive, RoundNotFound, TargetOutsideRoundScope, UnknownRoundKind } from './round.errors';
import { RoundState, RoundStatus } from './round.state';
import { findRubricProblems, Rubric } from './rubric';

/*
 * Rules that span a round and its tasks. A task's decider sees only its own stream, so the
 * handler that assigns or scores a task loads the round and passes what these need in the
 * command. The status rules run inside the task's decider, after the runtime has answered a
 * retried command from the log: a retry made after the round moved on gets its first answer.
 */

/** A round is deep-research, walk-see-compete, major-inspection, quarterly-theme or duty-review; a task carries its round's kind. */
export function assertKnownRoundKind(kind: unknown): asserts kind is RoundKind {
  if (!isRoundKind(kind)) throw new UnknownRoundKind(kind);
}

/** A rubric, a round's or the copy on a task, breaks none of the rules `findRubricProblems` lists. */
export function assertValidRubric(rubric: Rubric): void {
  const problems = findRubricProblems(rubric);
  if (problems.length > 0) throw new InvalidRubric(problems);
}

/** A round's id and where it is in its lifecycle, as a task command carries them. */
export interface RoundProgress {
  readonly roundId: string;
  readonly status: RoundStatus;
}

/** Tasks are assigned while the round is planned or active. */
export function assertRoundAcceptsTasks(round: RoundProgress): void {
  if (round.status === 'unplanned') throw new RoundNotFound(round.roundId);
  if (round.status !== 'planned' && round.status !== 'active') throw new RoundNotAcceptingTasks(round.roundId, round.status);
}

/** Scores are recorded while the round is active; closing scoring freezes the ranking's inputs. */
export function assertRoundAcceptsScores(round: RoundProgress): void {
  assertRoundInInspection(round);
}

/**
 * A round's inspection runs while the round is active: a task is opened, given scores and
 * findings, and reopened only then. Before the start there is nothing to inspect yet; closing
 * scoring ends the inspection and freezes what the ranking and the cases rest on.
 */
export function assertRoundInInspection(round: RoundProgress): void {
  if (round.status === 'unplanned') throw new RoundNotFound(round.roundId);
  if (round.status !== 'active') throw new RoundNotActive(round.roundId, round.status);
}

/** A task's target lies in one of the round's counties (`countyId` from `OrgTree.countyOf`). */
export function assertCountyInRoundScope(round: RoundState, countyId: string | null | undefined): void {
  if (round.status === 'unplanned') throw new RoundNotFound();
  if (countyId === null || countyId === undefined || !round.scopeCountyIds.includes(countyId)) {
    throw new TargetOutsideRoundScope(round.roundId, countyId ?? null);
  }
}
