import { Command } from '@nestjs/cqrs';
import { CommandMetadata } from '@app/workflow-runtime';

/**
 * 书记调整 → 交接: the unit's secretary changed, so every active project of the unit passes to the
 * new one. Sent by the org change's use case right after it commits; answers the projects handed over.
 */
export class HandOverUnitProjects extends Command<string[]> {
  constructor(
    readonly unitId: string,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
