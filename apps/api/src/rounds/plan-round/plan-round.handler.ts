import { Inject } from '@nestjs/common';
import { UserDirectory } from '@app/auth';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InvalidRoundScope, OrgUnitNotFound, RoundCommand, RoundState, roundStreamId } from '@app/supervision';
import { WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { newResourceId } from '../../http/command-metadata.decorator';
import { OrgDirectory } from '../../org-units/org-directory';
import { InspectorNotFound } from '../../tasks/assign-task/assign-task.errors';
import { RoundCommandOutcome } from '../round-commands';
import { PlanRoundCommand } from './plan-round.command';

/**
 * Plans a round under an id fixed by the command (a retry names the same round). The org tree
 * resolves the scope: each county named must exist (ORG_UNIT_NOT_FOUND) and be a county
 * (INVALID_ROUND_SCOPE); none named means every county. A duty-review round's panel members must
 * be inspectors (INSPECTOR_NOT_FOUND). The decider checks the rest.
 */
@CommandHandler(PlanRoundCommand)
export class PlanRoundHandler implements ICommandHandler<PlanRoundCommand, RoundCommandOutcome> {
  private readonly rounds: WorkflowHandle<RoundState, RoundCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(UserDirectory) private readonly users: UserDirectory,
  ) {
    this.rounds = engine.workflow<RoundState, RoundCommand>('round');
  }

  async execute({ plan, metadata }: PlanRoundCommand): Promise<RoundCommandOutcome> {
    const roundId = newResourceId(metadata);
    const tree = (await this.directory.fresh()).orgTree();
    for (const unitId of plan.scopeCountyIds ?? []) {
      const unit = tree.find(unitId);
      if (unit === undefined) throw new OrgUnitNotFound(unitId);
      if (unit.kind !== 'county') throw new InvalidRoundScope(plan.scopeCountyIds);
    }
    // A duty-review round's panel are inspectors (INSPECTOR_NOT_FOUND for an id that names none).
    for (const userId of plan.kind === 'duty-review' ? (plan.dutyReview?.panelIds ?? []) : []) {
      const account = await this.users.findById(userId);
      if (account === undefined || !account.roles.includes('inspector')) throw new InspectorNotFound(userId);
    }
    const result = await this.rounds.handle(
      roundStreamId(roundId),
      {
        type: 'PlanRound',
        roundId,
        kind: plan.kind,
        title: plan.title,
        period: plan.period,
        ...(plan.theme === undefined ? {} : { theme: plan.theme }),
        scopeCountyIds: plan.scopeCountyIds ?? tree.ofKind('county').map((county) => county.id),
        rubric: { items: plan.rubric?.items ?? [] },
        scoringPolicy: plan.scoringPolicy,
        window: { opensOn: plan.window.opensOn, closesOn: plan.window.closesOn },
        ...(plan.dutyReview === undefined ? {} : { dutyReview: plan.dutyReview }),
      },
      metadata,
    );
    return { roundId, result };
  }
}
