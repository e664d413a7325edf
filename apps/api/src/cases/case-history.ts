import { ApiProperty } from '@nestjs/swagger';
import { UserDirectory } from '@app/auth';
import type { RecordedEvent } from '@app/event-store';
import { caseLineageProcess, caseStepOf, isCaseEvent } from '@app/supervision';

/** Who took a step: a person (by the display name in the user directory) or the system, named for what it is. */
export class CaseHistoryActor {
  @ApiProperty({ description: 'the user id; `system` for the system' }) id!: string;
  @ApiProperty({ enum: ['user', 'warning-timer', 'case-lineage', 'system'], description: 'a person, or which part of the system' })
  kind!: 'user' | 'warning-timer' | 'case-lineage' | 'system';
  @ApiProperty({ type: String, nullable: true, description: 'the display name; null for a user no longer in the directory' })
  name!: string | null;
}

/** One step of a case: what it was, when, who took it and what it said. */
export class CaseHistoryEntry {
  @ApiProperty() version!: number;
  @ApiProperty({ example: 'CaseRejected' }) type!: string;
  @ApiProperty({ description: 'when the log recorded the step' }) recordedAt!: string;
  @ApiProperty({ type: String, nullable: true }) actorId!: string | null;
  @ApiProperty({ type: CaseHistoryActor }) actor!: CaseHistoryActor;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'what the step said: the report of a progress report or completion (with its `attachments`, each {sha256, name, contentType, size}: read them at GET /evidence/{sha256}), the reason of a rejection, an extension request or denial, ' +
      'the message of an urge, the new deadline and comment of an approved extension, the children of a split (a child without ' +
      'description shares its parent’s), the colour of a warning, the units of an escalation',
    example: { reason: '整改材料不全', rejectionNumber: 1 },
  })
  details!: Record<string, unknown>;
}

/** What the system is called in a history, by the command that took the step. */
const SYSTEM_NAMES = {
  'warning-timer': '系统（红黄牌预警定时器）',
  'case-lineage': '系统（督办上下联动）',
  system: '系统',
} as const;

function systemKind(commandId: unknown): keyof typeof SYSTEM_NAMES {
  if (typeof commandId !== 'string') return 'system';
  // The timer service and the process managers name their commands so (see workflow-runtime).
  if (commandId.startsWith('timer:')) return 'warning-timer';
  if (commandId.startsWith(`${caseLineageProcess.name}:`)) return 'case-lineage';
  return 'system';
}

/** A case's stream as its history: each step with what it said and who took it, by name. */
export async function caseHistoryOf(events: readonly RecordedEvent[], users: UserDirectory): Promise<CaseHistoryEntry[]> {
  const actorIds = [...new Set(events.map((event) => event.metadata.actorId).filter((id): id is string => typeof id === 'string' && id !== 'system'))];
  const names = await users.displayNames(actorIds);
  return events.map((event) => {
    const actorId = typeof event.metadata.actorId === 'string' ? event.metadata.actorId : null;
    const kind = actorId === 'system' || actorId === null ? systemKind(event.metadata.commandId) : 'user';
    const actor: CaseHistoryActor =
      kind === 'user' ? { id: actorId!, kind, name: names.get(actorId!) ?? null } : { id: actorId ?? 'system', kind, name: SYSTEM_NAMES[kind] };
    const step = { type: event.type, data: event.data };
    return {
      version: event.version,
      type: event.type,
      recordedAt: event.recordedAt.toISOString(),
      actorId,
      actor,
      details: isCaseEvent(step) ? { ...caseStepOf(step).details } : {},
    };
  });
}
