import { Command } from '@nestjs/cqrs';
import { ResponsibleRole } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import type { CadreOutcome } from '../cadre-commands';

/** 调整不称职村社干部: the person out of a role at a village, a successor in or the role left vacant. */
export class AdjustCadreCommand extends Command<CadreOutcome> {
  constructor(
    readonly personId: string,
    readonly adjustment: {
      readonly unitId: string;
      readonly role: ResponsibleRole;
      readonly reason: string;
      readonly successor?: { readonly personId: string; readonly name: string };
    },
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
