import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UserDirectory } from '@app/auth';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { assertWithinOrgScope, CaseCommand, CaseState, caseStreamId } from '@app/supervision';
import { WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { existingCase } from '../case-commands';
import { caseHistoryOf } from '../case-history';
import { CaseViews } from '../case-views';
import { CaseWithHistory, GetCaseQuery } from './get-case.query';

/** The case from its stream (the freshest there is, with its version for the ETag), and its history from the same events. */
@QueryHandler(GetCaseQuery)
export class GetCaseHandler implements IQueryHandler<GetCaseQuery, CaseWithHistory> {
  private readonly cases: WorkflowHandle<CaseState, CaseCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UserDirectory) private readonly users: UserDirectory,
    @Inject(CaseViews) private readonly views: CaseViews,
  ) {
    this.cases = engine.workflow<CaseState, CaseCommand>('case');
  }

  async execute({ caseId, actor }: GetCaseQuery): Promise<CaseWithHistory> {
    const loaded = await this.cases.load(caseStreamId(caseId));
    const state = existingCase(caseId, loaded.state);
    assertWithinOrgScope(actor, state.unitChain);
    const history = await caseHistoryOf(await this.store.readStream(caseStreamId(caseId), { to: loaded.version }), this.users);
    return { version: loaded.version, view: { ...(await this.views.of(state)), history } };
  }
}
