import { Command } from '@nestjs/cqrs';
import { OrgUnitKind } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import type { OrgUnitCommandOutcome } from '../org-unit.views';

export interface NewOrgUnit {
  readonly unitId: string;
  readonly kind: OrgUnitKind;
  readonly name: string;
  /** null for the city. */
  readonly parentId: string | null;
  readonly code?: string;
}

/** Registers a unit under an existing parent, or the city at the top (admins). */
export class RegisterOrgUnitCommand extends Command<OrgUnitCommandOutcome> {
  constructor(
    readonly unit: NewOrgUnit,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
