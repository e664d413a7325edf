import type { EventToAppend } from '@app/event-store';
import type { WarningColour } from '@app/supervision';
import { caseStreamId, orgUnitStreamId, taskStreamId } from '@app/supervision';

/** mulberry32: deterministic, so a failing history can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
export const at = (days: number): string => new Date(Date.parse('2026-03-02T01:00:00.000Z') + days * DAY).toISOString();
const dateOf = (days: number): string => at(days).slice(0, 10);

export const unitRegistered = (unitId: string, kind: string, parentId: string | null, name = unitId): EventToAppend => ({
  type: 'OrgUnitRegistered',
  data: { unitId, kind, name, parentId, code: null, registeredBy: 'system', registeredAt: at(-400) },
});

export const personAssigned = (unitId: string, role: string, personId: string, name: string, from: string): EventToAppend => ({
  type: 'ResponsiblePersonAssigned',
  data: { unitId, role, personId, name, from, assignedBy: 'admin', assignedAt: from },
});

export const personReplaced = (
  unitId: string,
  role: string,
  person: { personId: string; name: string; from: string },
  previous: { personId: string; name: string; from: string },
): EventToAppend => ({
  type: 'ResponsiblePersonReplaced',
  data: { unitId, role, ...person, previous, replacedBy: 'admin', replacedAt: person.from },
});

export const taskAssigned = (taskId: string, roundId: string, targetUnitId: string, inspectorIds: string[], day = 0): EventToAppend => ({
  type: 'TaskAssigned',
  data: {
    taskId,
    roundId,
    roundKind: 'walk-see-compete',
    targetUnitId,
    targetCountyId: null,
    inspectors: inspectorIds.map((inspectorId) => ({ inspectorId, homeCountyId: null })),
    rubric: { version: 1, items: [{ code: 'a', title: 'A', weight: 1, maxScore: 10 }] },
    dueWorkingDays: 5,
    dueOn: dateOf(day + 7),
    deadlineAt: at(day + 7),
    assignedBy: 'admin',
    assignedAt: at(day),
  },
});

export const taskEvent = (taskId: string, type: string, day: number, extra: Record<string, unknown> = {}): EventToAppend => {
  const instant = at(day);
  const data: Record<string, Record<string, unknown>> = {
    TaskOpened: { openedBy: 'inspector', openedAt: instant },
    TaskScoresRecorded: { roundId: 'r', targetUnitId: 'u', targetCountyId: null, inspectorId: 'inspector', rubricVersion: 1, scores: [{ itemCode: 'a', score: day % 10 }], recordedAt: instant },
    TaskFindingRecorded: { roundId: 'r', findingId: `f-${day}`, title: 't', description: 'd', severity: 'low', unitId: 'u', targetUnitId: 'u', recordedBy: 'inspector', recordedAt: instant },
    TaskSubmitted: { submittedBy: 'inspector', submittedAt: instant, incompleteInspectorIds: [] },
    TaskClosed: { closedBy: 'admin', closedAt: instant },
    TaskReopened: { reason: 'again', reopenedFrom: 'closed', reopenedBy: 'admin', reopenedAt: instant },
    TaskOverdue: { dueOn: dateOf(day), deadlineAt: instant, inspectorIds: [], markedAt: instant },
  };
  return { type, data: { taskId, ...data[type], ...extra } };
};

export const caseOpened = (
  caseId: string,
  unitChain: string[],
  options: { severity?: string; parentCaseId?: string | null; day?: number; title?: string } = {},
): EventToAppend => ({
  type: 'CaseOpened',
  data: {
    caseId,
    title: options.title ?? `case ${caseId}`,
    description: 'd',
    severity: options.severity ?? 'medium',
    source: { kind: 'direct' },
    responsibleUnitId: unitChain[0],
    unitChain,
    dueWorkingDays: 5,
    parentCaseId: options.parentCaseId ?? null,
    openedBy: 'admin',
    openedAt: at(options.day ?? 0),
  },
});

export const caseEvent = (caseId: string, type: string, day: number, extra: Record<string, unknown> = {}): EventToAppend => {
  const instant = at(day);
  const data: Record<string, Record<string, unknown>> = {
    CaseAssigned: { responsibleUnitId: 'u', dueWorkingDays: 5, dueOn: dateOf(day + 7), deadlineAt: at(day + 7), assignedBy: 'admin', assignedAt: instant },
    CaseSigned: { unitId: 'u', signedBy: 'official', signedAt: instant },
    CaseProgressReported: { report: 'r', reportNumber: 1, reportedBy: 'official', reportedAt: instant },
    CaseSubmitted: { report: 'done', submittedBy: 'official', submittedAt: instant },
    CaseRejected: { reason: 'no', rejectionNumber: 1, rejectedBy: 'inspector', rejectedAt: instant },
    CaseClosed: { parentCaseId: null, comment: null, pendingExtensionLapsed: false, verifiedBy: 'inspector', closedAt: instant },
    CaseUrged: { message: null, urgeNumber: 1, urgedUnitId: 'u', urgedBy: 'inspector', urgedAt: instant },
    ExtensionRequested: { newDueWorkingDays: 9, reason: 'r', currentDueOn: dateOf(day), requestedBy: 'official', requestedAt: instant },
    ExtensionApproved: {
      extensionNumber: 1, newDueWorkingDays: 9, previousDueOn: dateOf(day), previousDeadlineAt: instant, dueOn: dateOf(day + 12),
      deadlineAt: at(day + 12), comment: null, requestedBy: 'official', approvedBy: 'admin', approvedAt: instant,
    },
    ExtensionDenied: { newDueWorkingDays: 9, reason: 'no', requestedBy: 'official', deniedBy: 'admin', deniedAt: instant },
    ChildCaseClosed: { childCaseId: 'x', recordedAt: instant },
    WarningCleared: { colour: 'blue', reason: 'case-closed', clearedBy: 'system', clearedAt: instant },
  };
  return { type, data: { caseId, ...data[type], ...extra } };
};

export const warningRaised = (caseId: string, colour: WarningColour, day: number, accountableUnitId = 'u'): EventToAppend => ({
  type: 'WarningRaised',
  data: {
    caseId, colour, level: { blue: 1, yellow: 2, red: 3 }[colour], reason: 'overdue', dueOn: dateOf(day), deadlineAt: at(day),
    timerDueAt: at(day), accountableUnitId, raisedBy: 'system', raisedAt: at(day),
  },
});

export const caseEscalated = (caseId: string, fromUnitId: string, toUnitId: string, escalationLevel: number, day: number): EventToAppend => ({
  type: 'CaseEscalated',
  data: { caseId, fromUnitId, toUnitId, escalationLevel, escalatedAt: at(day) },
});

export const caseSplit = (caseId: string, children: { caseId: string; unitId: string; unitChain: string[]; title: string }[], day: number): EventToAppend => ({
  type: 'CaseSplit',
  data: {
    caseId, severity: 'high', source: { kind: 'direct' }, splitBy: 'official', splitAt: at(day),
    children: children.map((child) => ({ ...child, description: 'd', dueWorkingDays: 3 })),
  },
});

/** The streams of a random supervision history, each a list of events in version order. */
export interface BoardHistory {
  readonly streams: Map<string, EventToAppend[]>;
  /** Every unit with its chain (the unit, then each unit above it). */
  readonly units: string[][];
}

/**
 * A random history over an org tree of `prefix`: secretaries replaced now and then, tasks going
 * through their lifecycle (reopened too), cases assigned, signed, warned in every colour,
 * escalated, extended, split into child cases and closed.
 */
export function randomBoardHistory(prefix: string, seed: number, size: { tasks: number; cases: number }): BoardHistory {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const streams = new Map<string, EventToAppend[]>();
  const add = (streamId: string, ...events: EventToAppend[]) => streams.set(streamId, [...(streams.get(streamId) ?? []), ...events]);

  const city = `${prefix}-city`;
  const units: string[][] = [[city]];
  add(orgUnitStreamId(city), unitRegistered(city, 'city', null));
  for (let c = 0; c < 4; c++) {
    const county = `${prefix}-c${c}`;
    add(orgUnitStreamId(county), unitRegistered(county, 'county', city));
    units.push([county, city]);
    for (let t = 0; t < 3; t++) {
      const township = `${county}-t${t}`;
      add(orgUnitStreamId(township), unitRegistered(township, 'township', county));
      units.push([township, county, city]);
      const village = `${township}-v`;
      add(orgUnitStreamId(village), unitRegistered(village, 'village', township));
      units.push([village, township, county, city]);
    }
  }
  for (const [unitId] of units) {
    let holder = { personId: `${unitId}-sec-0`, name: `书记0 ${unitId}`, from: at(-300) };
    add(orgUnitStreamId(unitId), personAssigned(unitId, 'secretary', holder.personId, holder.name, holder.from));
    if (random() < 0.5) add(orgUnitStreamId(unitId), personAssigned(unitId, 'liaison', `${unitId}-li`, `联络员 ${unitId}`, at(-200)));
    for (let n = 1; random() < 0.5 && n < 4; n++) {
      const next = { personId: `${unitId}-sec-${n}`, name: `书记${n} ${unitId}`, from: at(-300 + n * 20) };
      add(orgUnitStreamId(unitId), personReplaced(unitId, 'secretary', next, holder));
      holder = next;
    }
  }

  for (let i = 0; i < size.tasks; i++) {
    const taskId = `${prefix}-task-${i}`;
    const events = [taskAssigned(taskId, `${prefix}-round-${i % 3}`, pick(units)[0]!, [pick(['insp-a', 'insp-b', 'insp-c']), 'insp-d'], i % 20)];
    const lifecycle = ['TaskOpened', 'TaskScoresRecorded', 'TaskFindingRecorded', 'TaskSubmitted', 'TaskClosed', 'TaskReopened', 'TaskSubmitted'];
    const steps = Math.floor(random() * (lifecycle.length + 1));
    for (let s = 0; s < steps; s++) events.push(taskEvent(taskId, lifecycle[s]!, i % 20 + s + 1));
    if (random() < 0.2) events.push(taskEvent(taskId, 'TaskOverdue', i % 20 + 9));
    add(taskStreamId(taskId), ...events);
  }

  for (let i = 0; i < size.cases; i++) {
    const caseId = `${prefix}-case-${i}`;
    const chain = pick(units);
    const day = i % 15;
    const events = [caseOpened(caseId, chain, { severity: pick(['low', 'medium', 'high', 'critical']), day }), caseEvent(caseId, 'CaseAssigned', day + 1)];
    if (random() < 0.7) events.push(caseEvent(caseId, 'CaseSigned', day + 2));
    if (random() < 0.5) events.push(caseEvent(caseId, 'CaseProgressReported', day + 3));
    if (random() < 0.3) events.push(caseEvent(caseId, 'CaseUrged', day + 3));
    if (random() < 0.6) events.push(warningRaised(caseId, 'blue', day + 5, chain[0]));
    if (random() < 0.5) events.push(warningRaised(caseId, 'yellow', day + 8, chain[0]));
    if (random() < 0.4 && chain.length > 1) {
      events.push(warningRaised(caseId, 'red', day + 11, chain[0]), caseEscalated(caseId, chain[0]!, chain[1]!, 1, day + 11));
    }
    if (random() < 0.2) {
      events.push(caseEvent(caseId, 'ExtensionRequested', day + 12));
      events.push(random() < 0.5 ? caseEvent(caseId, 'ExtensionApproved', day + 13) : caseEvent(caseId, 'ExtensionDenied', day + 13));
    }
    if (random() < 0.15 && chain.length < 4) {
      const below = units.filter((candidate) => candidate.length === chain.length + 1 && candidate[1] === chain[0]);
      const children = below.slice(0, 2).map((unitChain, n) => ({ caseId: `${caseId}-child-${n}`, unitId: unitChain[0]!, unitChain, title: `child ${n}` }));
      if (children.length > 0) {
        events.push(caseSplit(caseId, children, day + 4));
        for (const child of children) {
          const childEvents = [caseOpened(child.caseId, child.unitChain, { parentCaseId: caseId, day: day + 4, title: child.title }), caseEvent(child.caseId, 'CaseAssigned', day + 4)];
          if (random() < 0.5) {
            childEvents.push(caseEvent(child.caseId, 'CaseSigned', day + 5), caseEvent(child.caseId, 'CaseProgressReported', day + 5));
            childEvents.push(caseEvent(child.caseId, 'CaseSubmitted', day + 6), caseEvent(child.caseId, 'CaseClosed', day + 7, { parentCaseId: caseId }));
            events.push(caseEvent(caseId, 'ChildCaseClosed', day + 7, { childCaseId: child.caseId }));
          }
          add(caseStreamId(child.caseId), ...childEvents);
        }
      }
    }
    if (events.some((event) => event.type === 'CaseSigned') && random() < 0.5) {
      if (!events.some((event) => event.type === 'CaseProgressReported')) events.push(caseEvent(caseId, 'CaseProgressReported', day + 14));
      events.push(caseEvent(caseId, 'CaseSubmitted', day + 15));
      if (random() < 0.3) events.push(caseEvent(caseId, 'CaseRejected', day + 16), caseEvent(caseId, 'CaseSubmitted', day + 17));
      events.push(caseEvent(caseId, 'CaseClosed', day + 18));
      for (const colour of ['blue', 'yellow', 'red'] as const) {
        if (events.some((event) => event.type === 'WarningRaised' && (event.data as { colour: string }).colour === colour)) {
          events.push(caseEvent(caseId, 'WarningCleared', day + 18, { colour }));
        }
      }
    }
    add(caseStreamId(caseId), ...events);
  }
  return { streams, units };
}
