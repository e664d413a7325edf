import { Inject, Injectable } from '@nestjs/common';
import {
  DutyReviewCommand,
  DutyReviewNotFound,
  DutyReviewSecretary,
  DutyReviewSettings,
  DutyReviewState,
  dutyReviewIdOf,
  dutyReviewStreamId,
  NotADutyReviewRound,
  OrgTree,
  parseDutyReviewId,
  RoundCommand,
  RoundNotFound,
  RoundState,
  roundStreamId,
} from '@app/supervision';
import { CommandMetadata, CommandResult, WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { OrgDirectory } from '../org-units/org-directory';
import { ExistingRound } from '../rounds/round-commands';

/** A duty-review round as its stream has it, with its settings. */
export type DutyReviewRound = ExistingRound & { readonly dutyReview: DutyReviewSettings };

/** A unit a duty-review round covers, as the org tree has it now. */
export interface DutyReviewUnitEntry {
  readonly reviewId: string;
  readonly unitId: string;
  readonly unitName: string;
  /** The unit, then each unit above it up to the city. */
  readonly unitChain: string[];
  readonly countyId: string | null;
  readonly secretary: DutyReviewSecretary | null;
}

/** What a duty-review command answers: the review it concerns and the command's result. */
export interface DutyReviewCommandOutcome {
  readonly reviewId: string;
  readonly result: CommandResult<DutyReviewState>;
}

/**
 * The duty-review rounds and the units they cover, for every duty-review use case: a round is
 * read from its stream (ROUND_NOT_FOUND; NOT_A_DUTY_REVIEW_ROUND for another kind), its units from
 * the org tree — the units of the round's kind (counties, or their townships) in its counties, in
 * the order of its scope — and a review id names one of them (DUTY_REVIEW_NOT_FOUND otherwise).
 */
@Injectable()
export class DutyReviewRounds {
  private readonly rounds: WorkflowHandle<RoundState, RoundCommand>;
  private readonly reviews: WorkflowHandle<DutyReviewState, DutyReviewCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
  ) {
    this.rounds = engine.workflow<RoundState, RoundCommand>('round');
    this.reviews = engine.workflow<DutyReviewState, DutyReviewCommand>('duty-review');
  }

  async round(roundId: string): Promise<DutyReviewRound> {
    const { state } = await this.rounds.load(roundStreamId(roundId));
    if (state.status === 'unplanned') throw new RoundNotFound(roundId);
    if (state.kind !== 'duty-review' || state.dutyReview === null) throw new NotADutyReviewRound(roundId, state.kind);
    return state as DutyReviewRound;
  }

  /** Every unit the round covers, with its secretary now. */
  async units(round: DutyReviewRound): Promise<DutyReviewUnitEntry[]> {
    const directory = await this.directory.fresh();
    const tree = directory.orgTree();
    return round.scopeCountyIds
      .flatMap((countyId) => {
        if (!tree.has(countyId)) return [];
        return round.dutyReview.unitKind === 'county' ? [tree.get(countyId)] : tree.children(countyId).filter((unit) => unit.kind === round.dutyReview.unitKind);
      })
      .map((unit) => {
        const secretary = directory.unit(unit.id)?.responsible.secretary;
        return {
          reviewId: dutyReviewIdOf(round.roundId, unit.id),
          unitId: unit.id,
          unitName: unit.name,
          unitChain: chainOf(tree, unit.id),
          countyId: tree.countyOf(unit.id)?.id ?? null,
          secretary: secretary === undefined ? null : { personId: secretary.personId, name: secretary.name },
        };
      });
  }

  /** The round and the unit review `reviewId` names. */
  async target(reviewId: string): Promise<{ round: DutyReviewRound; unit: DutyReviewUnitEntry }> {
    const named = parseDutyReviewId(reviewId);
    if (named === undefined) throw new DutyReviewNotFound(reviewId);
    const round = await this.round(named.roundId).catch((error: unknown) => {
      throw error instanceof RoundNotFound || error instanceof NotADutyReviewRound ? new DutyReviewNotFound(reviewId) : error;
    });
    const unit = (await this.units(round)).find((candidate) => candidate.unitId === named.unitId);
    if (unit === undefined) throw new DutyReviewNotFound(reviewId);
    return { round, unit };
  }

  load(reviewId: string): Promise<{ version: number; state: DutyReviewState }> {
    return this.reviews.load(dutyReviewStreamId(reviewId));
  }

  async send(reviewId: string, unitId: string, command: DutyReviewCommand, metadata: CommandMetadata): Promise<DutyReviewCommandOutcome> {
    const result = await this.reviews.handle(dutyReviewStreamId(reviewId), command, { ...metadata, orgUnitId: unitId });
    return { reviewId, result };
  }
}

function chainOf(tree: OrgTree, unitId: string): string[] {
  return tree.chain(unitId).map((unit) => unit.id);
}
