import { isBlank, optionalText } from '@app/workflow';
import { isResponsibleRole } from '../org-units/org-unit';
import { assertWithinOrgScope } from '../org-units/org-scope';
import { isMonitoringKind } from './cadre';
import { AdjustCadre, RecordCadreMonitoring } from './cadre.commands';
import { AdjustmentFromAbove, CadreNotInRole, CadreNotOfUnit, CadreRecordExists, InvalidCadreRecord, NotAVillageCadre } from './cadre.errors';
import { CadreState } from './cadre.state';
import type { CadreTransition } from './cadre.workflow';

/*
 * What monitoring a cadre decides. Officials record on and adjust people at units in their
 * subtree (the org scope of cases); admins anywhere.
 */

function assertNewRecord(state: CadreState, personId: string, recordId: string): void {
  if (state.status === 'monitored' && state.recordIds.includes(recordId)) throw new CadreRecordExists(personId, recordId);
}

function unitProblems(command: RecordCadreMonitoring | AdjustCadre): string[] {
  const problems: string[] = [];
  if (isBlank(command.person?.personId) || isBlank(command.person?.name)) problems.push('the person, by id and name');
  if (isBlank(command.unitId) || !Array.isArray(command.unitChain) || command.unitChain[0] !== command.unitId) problems.push('the unit, first in its chain');
  return problems;
}

/** What is wrong with a monitoring record: every problem at once. */
export function monitoringProblems(command: RecordCadreMonitoring): string[] {
  const problems = unitProblems(command);
  if (isBlank(command.recordId)) problems.push('a record id');
  if (!isMonitoringKind(command.kind)) problems.push('a kind: concern or warning');
  if (typeof command.note !== 'string' || isBlank(command.note)) problems.push('a note');
  return problems;
}

export const monitoring: CadreTransition<RecordCadreMonitoring> = {
  roles: ['admin', 'official'],
  decide: (state, command, { actor, now }) => {
    const problems = monitoringProblems(command);
    if (problems.length > 0) throw new InvalidCadreRecord(problems);
    assertWithinOrgScope(actor, command.unitChain);
    if (!command.unitsServed.includes(command.unitId)) throw new CadreNotOfUnit(command.person.personId, command.unitId);
    assertNewRecord(state, command.person.personId, command.recordId);
    return [
      {
        type: 'CadreMonitoringRecorded',
        data: {
          personId: command.person.personId,
          name: command.person.name.trim(),
          recordId: command.recordId,
          kind: command.kind,
          unitId: command.unitId,
          unitChain: [...command.unitChain],
          countyId: command.countyId,
          note: command.note.trim(),
          recordedBy: actor.userId,
          recordedAt: now.toISOString(),
        },
      },
    ];
  },
};

/** What is wrong with an adjustment: every problem at once. */
export function adjustmentProblems(command: AdjustCadre): string[] {
  const problems = unitProblems(command);
  if (isBlank(command.adjustmentId)) problems.push('an adjustment id');
  if (!isResponsibleRole(command.role)) problems.push('a role: secretary, deputy or liaison');
  if (typeof command.reason !== 'string' || isBlank(command.reason)) problems.push('a reason');
  const { successor } = command;
  if (successor !== undefined && (isBlank(successor?.personId) || isBlank(successor?.name) || successor.personId.trim() === command.person?.personId)) {
    problems.push('a successor, by id and name, other than the person');
  }
  return problems;
}

export const adjustment: CadreTransition<AdjustCadre> = {
  roles: ['admin', 'official'],
  decide: (state, command, { actor, now }) => {
    const problems = adjustmentProblems(command);
    if (problems.length > 0) throw new InvalidCadreRecord(problems);
    if (command.unitKind !== 'village') throw new NotAVillageCadre(command.unitId, command.unitKind);
    assertWithinOrgScope(actor, command.unitChain);
    if (!actor.roles.includes('admin') && actor.orgUnitId === command.unitId) throw new AdjustmentFromAbove();
    const holder = command.currentHolder;
    if (holder === null || holder.personId !== command.person.personId) throw new CadreNotInRole(command.person.personId, command.unitId, command.role);
    assertNewRecord(state, command.person.personId, command.adjustmentId);
    const successor = command.successor === undefined ? null : { personId: command.successor.personId.trim(), name: command.successor.name.trim() };
    return [
      {
        type: 'CadreAdjusted',
        data: {
          personId: command.person.personId,
          name: command.person.name.trim(),
          adjustmentId: command.adjustmentId,
          unitId: command.unitId,
          unitChain: [...command.unitChain],
          countyId: command.countyId,
          role: command.role,
          heldFrom: holder.from,
          reason: command.reason.trim(),
          successor: successor === null || optionalText(successor.personId) === null ? null : successor,
          adjustedBy: actor.userId,
          adjustedAt: now.toISOString(),
        },
      },
    ];
  },
};
