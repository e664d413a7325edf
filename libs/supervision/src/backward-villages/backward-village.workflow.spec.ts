import { deciderSpecification } from '@app/testing';
import { Actor, DomainError, ForbiddenError, loadChinaCalendar, NotFoundError, RoleNotAllowedError, SYSTEM_ACTOR } from '@app/workflow';
import { DEFAULT_CASE_SETTINGS } from '../cases/case.settings';
import { ListBackwardVillage } from './backward-village.commands';
import { BackwardVillageEvent, BackwardVillageListed } from './backward-village.events';
import { listingProblems } from './backward-village-steps';
import { backwardVillageWorkflow } from './backward-village.workflow';

const calendar = loadChinaCalendar();
/** Monday 2 March 2026, 09:00 in China. */
const LISTED_AT = new Date('2026-03-02T01:00:00.000Z');
const spec = deciderSpecification(backwardVillageWorkflow, { now: LISTED_AT, calendar, settings: DEFAULT_CASE_SETTINGS });

const admin: Actor = { userId: 'admin', roles: ['admin'] };
const township: Actor = { userId: 'official.tianhuangping', roles: ['official'], orgUnitId: 'anji-tianhuangping' };
const county: Actor = { userId: 'official.anji', roles: ['official'], orgUnitId: 'anji' };
const nanxun: Actor = { userId: 'official.nanxun', roles: ['official'], orgUnitId: 'nanxun' };
const inspector: Actor = { userId: 'inspector.wuxing', roles: ['inspector'], orgUnitId: 'wuxing' };
const CHAIN = ['anji-tianhuangping-yucun', 'anji-tianhuangping', 'anji', 'huzhou'];

const list = (overrides: Partial<ListBackwardVillage> = {}): ListBackwardVillage => ({
  type: 'ListBackwardVillage',
  listingId: 'bv-1',
  unitId: 'anji-tianhuangping-yucun',
  unitKind: 'village',
  unitChain: CHAIN,
  townshipId: 'anji-tianhuangping',
  countyId: 'anji',
  reason: 'clan-or-gang-interference',
  note: ' 宗族势力干扰村级换届 ',
  openListingIds: [],
  ...overrides,
});

const LISTED: BackwardVillageEvent[] = spec.given([]).when(list(), { actor: township }).events();
const PLANNED: BackwardVillageEvent[] = [
  ...LISTED,
  ...spec
    .given(LISTED)
    .when(
      {
        type: 'PlanRectification',
        summary: '整顿班子，清除宗族干扰',
        measures: [
          { measureId: 'm-2', title: '开展扫黑除恶专项整治', dueWorkingDays: 20 },
          { measureId: 'm-1', title: '调整村党组织书记', dueWorkingDays: 10 },
        ],
      },
      { actor: township },
    )
    .events(),
];
const done = (events: BackwardVillageEvent[], measureId: string): BackwardVillageEvent[] => [
  ...events,
  ...spec.given(events).when({ type: 'ReportRectificationProgress', report: '已完成', measureId, completesMeasure: true }, { actor: township }).events(),
];
const ALL_DONE = done(done(PLANNED, 'm-1'), 'm-2');

describe('后进村整转', () => {
  describe('ListBackwardVillage (列入后进)', () => {
    it('the township lists a village of its own with a reason; the listing keeps where the village sits', () => {
      const [event] = LISTED as [BackwardVillageListed];
      expect(event).toEqual({
        type: 'BackwardVillageListed',
        data: {
          listingId: 'bv-1',
          unitId: 'anji-tianhuangping-yucun',
          unitChain: CHAIN,
          townshipId: 'anji-tianhuangping',
          countyId: 'anji',
          reason: 'clan-or-gang-interference',
          note: '宗族势力干扰村级换届',
          source: null,
          listedBy: 'official.tianhuangping',
          listedAt: LISTED_AT.toISOString(),
        },
      });
      expect(spec.given(LISTED).state()).toMatchObject({ status: 'listed', measures: [] });
    });

    it('a process lists a village graded 差 in the duty review, naming the result it acts on; the township and county come from the chain', () => {
      const source = { kind: 'duty-review', ref: 'review-2026/anji-tianhuangping-yucun' };
      const fromProcess = { ...list({ reason: 'duty-review-poor', source }), townshipId: undefined, countyId: undefined, openListingIds: undefined };
      const [event] = spec.given([]).when(fromProcess, { actor: SYSTEM_ACTOR }).events();
      expect(event).toMatchObject({
        type: 'BackwardVillageListed',
        data: { reason: 'duty-review-poor', source, listedBy: 'system', townshipId: 'anji-tianhuangping', countyId: 'anji' },
      });
    });

    it('refuses a listing that does not hold together, naming every problem', () => {
      const broken = list({ reason: 'bad-luck' as never, note: ' ', unitChain: ['anji'] });
      spec.given([]).when(broken, { actor: admin }).thenThrows(DomainError, 'INVALID_BACKWARD_VILLAGE_LISTING');
      expect(listingProblems(broken)).toEqual(['a reason from the list', 'a note on the reason', 'the village, first in its chain']);
    });

    it('refuses a unit that is no village, a village listed already, another county’s official and an inspector', () => {
      spec.given([]).when(list({ unitKind: 'township' }), { actor: admin }).thenThrows(DomainError, 'LISTED_UNIT_NOT_A_VILLAGE');
      spec.given([]).when(list({ openListingIds: ['bv-0'] }), { actor: admin }).thenThrows(DomainError, 'VILLAGE_ALREADY_LISTED');
      spec.given([]).when(list(), { actor: nanxun }).thenThrows(ForbiddenError, 'OUT_OF_SCOPE');
      spec.given([]).when(list(), { actor: inspector }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
      spec.given(LISTED).when(list(), { actor: admin }).thenThrows(DomainError, 'BACKWARD_VILLAGE_ALREADY_LISTED');
    });
  });

  describe('PlanRectification and progress (整改)', () => {
    it('the plan’s measures are due in working days from the day it is made, in due order', () => {
      expect(PLANNED.at(-1)).toMatchObject({
        type: 'RectificationPlanned',
        data: {
          measures: [
            // Ten working days from Monday 2 March: Monday 16 March; twenty: Monday 30 March.
            { measureId: 'm-1', dueWorkingDays: 10, dueOn: '2026-03-16', deadlineAt: '2026-03-16T15:59:59.999Z' },
            { measureId: 'm-2', dueWorkingDays: 20, dueOn: '2026-03-30' },
          ],
        },
      });
      expect(spec.given(PLANNED).state()).toMatchObject({ status: 'rectifying', planSummary: '整顿班子，清除宗族干扰' });
      spec
        .given(LISTED)
        .when({ type: 'PlanRectification', summary: '', measures: [{ measureId: 'x', title: '', dueWorkingDays: 0 }] }, { actor: township })
        .thenThrows(DomainError, 'INVALID_RECTIFICATION_PLAN');
      spec.given(PLANNED).when({ type: 'PlanRectification', summary: '再来', measures: [] }, { actor: township }).thenThrows(DomainError, 'BACKWARD_VILLAGE_STEP_NOT_ALLOWED');
    });

    it('progress is numbered, carries evidence, and may complete a measure', () => {
      const photo = { sha256: 'b'.repeat(64), name: '党员大会.jpg', contentType: 'image/jpeg', size: 2000 };
      const [event] = spec.given(PLANNED).when({ type: 'ReportRectificationProgress', report: '召开党员大会', measureId: 'm-1', completesMeasure: true, attachments: [photo] }, { actor: township }).events();
      expect(event).toMatchObject({ type: 'RectificationProgressReported', data: { measureId: 'm-1', reportNumber: 1, measureCompleted: true, late: false, attachments: [photo] } });
      spec.given(PLANNED).when({ type: 'ReportRectificationProgress', report: 'x', measureId: 'm-9' }, { actor: township }).thenThrows(NotFoundError, 'MEASURE_NOT_FOUND');
      spec.given(PLANNED).when({ type: 'ReportRectificationProgress', report: ' ' }, { actor: township }).thenThrows(DomainError, 'BACKWARD_VILLAGE_TEXT_REQUIRED');
      spec.given(PLANNED).when({ type: 'ReportRectificationProgress', report: 'x' }, { actor: nanxun }).thenThrows(ForbiddenError, 'OUT_OF_SCOPE');
      spec.given(done(PLANNED, 'm-1')).when({ type: 'ReportRectificationProgress', report: 'x', measureId: 'm-1', completesMeasure: true }, { actor: township }).thenThrows(DomainError, 'MEASURE_ALREADY_COMPLETED');
    });

    it('a slipping measure gets its warnings from the timers; completing it late takes them down', () => {
      const timers = spec.given(PLANNED).timers();
      expect(timers.filter((timer) => timer.name.startsWith('backward-measure-m-1-')).map((timer) => [timer.name, timer.dueAt.toISOString()])).toEqual([
        ['backward-measure-m-1-blue', '2026-03-11T16:00:00.000Z'],
        ['backward-measure-m-1-yellow', '2026-03-16T16:00:00.000Z'],
        ['backward-measure-m-1-red', '2026-03-19T16:00:00.000Z'],
      ]);
      const yellow = timers.find((timer) => timer.name === 'backward-measure-m-1-yellow')!;
      const warned = [...PLANNED, ...spec.given(PLANNED).when(yellow.command, { actor: SYSTEM_ACTOR, now: yellow.dueAt }).events()];
      expect(warned.at(-1)).toMatchObject({ type: 'MeasureWarningRaised', data: { measureId: 'm-1', colour: 'yellow', unitId: 'anji-tianhuangping-yucun' } });
      expect(spec.given(warned).when(yellow.command, { actor: SYSTEM_ACTOR }).events()).toEqual([]);
      const late = spec
        .given(warned)
        .when({ type: 'ReportRectificationProgress', report: '书记已调整', measureId: 'm-1', completesMeasure: true }, { actor: township, now: new Date('2026-03-18T02:00:00Z') })
        .events();
      expect(late).toMatchObject([{ data: { late: true, clearedWarnings: ['yellow'] } }]);
      expect(spec.given([...warned, ...late]).timers().some((timer) => timer.name.startsWith('backward-measure-m-1-'))).toBe(false);
    });

    it('timers due together (the service back after their instants) raise only the gravest warning due, whichever fires first', () => {
      const due = spec.given(PLANNED).timers().filter((timer) => timer.name.startsWith('backward-measure-m-1-'));
      const LATE = new Date('2026-03-25T02:00:00Z');
      for (const first of due) {
        const raised = spec.given(PLANNED).when(first.command, { actor: SYSTEM_ACTOR, now: LATE }).events();
        expect(raised).toMatchObject([{ type: 'MeasureWarningRaised', data: { measureId: 'm-1', colour: 'red' } }]);
        for (const other of due) expect(spec.given([...PLANNED, ...raised]).when(other.command, { actor: SYSTEM_ACTOR, now: LATE }).events()).toEqual([]);
      }
    });
  });

  describe('CheckRectificationAcceptance (验收) and delisting (摘帽)', () => {
    it('is checked only when every measure is done, and only by the village’s county or an admin', () => {
      spec.given(done(PLANNED, 'm-1')).when({ type: 'CheckRectificationAcceptance', passed: true, comment: '通过' }, { actor: county }).thenThrows(DomainError, 'MEASURES_OUTSTANDING');
      spec.given(ALL_DONE).when({ type: 'CheckRectificationAcceptance', passed: true, comment: '通过' }, { actor: township }).thenThrows(ForbiddenError, 'NOT_THE_VILLAGES_COUNTY');
      spec.given(ALL_DONE).when({ type: 'CheckRectificationAcceptance', passed: true, comment: '通过' }, { actor: nanxun }).thenThrows(ForbiddenError, 'NOT_THE_VILLAGES_COUNTY');
      spec.given(LISTED).when({ type: 'CheckRectificationAcceptance', passed: true, comment: '通过' }, { actor: county }).thenThrows(DomainError, 'BACKWARD_VILLAGE_STEP_NOT_ALLOWED');
    });

    it('a failed check sends the village back to rectifying with its reason; a passed one lets the county delist it', () => {
      const failed = [...ALL_DONE, ...spec.given(ALL_DONE).when({ type: 'CheckRectificationAcceptance', passed: false, comment: '群众满意度不足' }, { actor: county }).events()];
      expect(spec.given(failed).state()).toMatchObject({ status: 'rectifying', checks: [{ passed: false, comment: '群众满意度不足', checkedBy: 'official.anji' }] });
      spec.given(failed).when({ type: 'DelistBackwardVillage', note: '摘帽' }, { actor: county }).thenThrows(DomainError, 'BACKWARD_VILLAGE_STEP_NOT_ALLOWED');
      const passed = [...failed, ...spec.given(failed).when({ type: 'CheckRectificationAcceptance', passed: true, comment: '整改到位' }, { actor: county }).events()];
      expect(passed.at(-1)).toMatchObject({ type: 'RectificationAcceptanceChecked', data: { passed: true, checkNumber: 2 } });
      spec.given(passed).when({ type: 'DelistBackwardVillage', note: '摘帽' }, { actor: township }).thenThrows(ForbiddenError, 'NOT_THE_VILLAGES_COUNTY');
      const delisted = [...passed, ...spec.given(passed).when({ type: 'DelistBackwardVillage', note: '经县委组织部研究，予以摘帽' }, { actor: county, now: new Date('2026-06-01T02:00:00Z') }).events()];
      expect(spec.given(delisted).state()).toMatchObject({ status: 'delisted', delistedAt: '2026-06-01T02:00:00.000Z' });
      expect(spec.given(delisted).timers()).toEqual([]);
      spec.given(delisted).when({ type: 'ReportRectificationProgress', report: '继续' }, { actor: township }).thenThrows(DomainError, 'BACKWARD_VILLAGE_STEP_NOT_ALLOWED');
    });
  });
});
