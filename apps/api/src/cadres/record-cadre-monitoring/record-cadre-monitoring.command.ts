import { Command } from '@nestjs/cqrs';
import { MonitoringKind } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import type { CadreOutcome } from '../cadre-commands';

/** 日常监测: a concern or a warning on a person at a unit they serve or served. */
export class RecordCadreMonitoringCommand extends Command<CadreOutcome> {
  constructor(
    readonly personId: string,
    readonly record: { readonly kind: MonitoringKind; readonly unitId: string; readonly note: string },
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
