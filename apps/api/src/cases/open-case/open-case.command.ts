import { Command } from '@nestjs/cqrs';
import { CaseSeverity } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import type { CaseCommandOutcome } from '../case-commands';

/** What the caller gives; a finding's title, description, severity and unit stand for what is left out. */
export interface CaseDetails {
  readonly title?: string;
  readonly description?: string;
  readonly severity?: CaseSeverity;
  readonly responsibleUnitId?: string;
  readonly dueWorkingDays: number;
}

/** 立项: a case from a task's finding, or (admins only) a case opened directly. */
export class OpenCaseCommand extends Command<CaseCommandOutcome> {
  constructor(
    readonly details: CaseDetails,
    readonly finding: { readonly taskId: string; readonly findingId: string } | undefined,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
