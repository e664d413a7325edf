import { Command } from '@nestjs/cqrs';
import { ResponsibleRole } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import type { OrgUnitCommandOutcome } from '../org-unit.views';

export interface ResponsiblePerson {
  readonly role: ResponsibleRole;
  readonly personId: string;
  readonly name: string;
  /** When the term starts (ISO instant). */
  readonly from: string;
}

/** Gives a unit its secretary (第一责任人), deputy (分管领导), liaison (联络员) or, at a grid, its 网格员, replacing the current holder (admins). */
export class AssignResponsiblePersonCommand extends Command<OrgUnitCommandOutcome> {
  constructor(
    readonly unitId: string,
    readonly person: ResponsiblePerson,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
