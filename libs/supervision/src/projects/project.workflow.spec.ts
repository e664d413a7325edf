import { deciderSpecification } from '@app/testing';
import { Actor, DomainError, ForbiddenError, loadChinaCalendar, NotFoundError, RoleNotAllowedError, SYSTEM_ACTOR } from '@app/workflow';
import { DEFAULT_CASE_SETTINGS } from '../cases/case.settings';
import { LaunchProject } from './project.commands';
import { ProjectEvent, ProjectLaunched } from './project.events';
import { planProblems } from './project-steps';
import { projectWorkflow } from './project.workflow';

const calendar = loadChinaCalendar();
/** Monday 2 March 2026, 09:00 in China. */
const LAUNCHED_AT = new Date('2026-03-02T01:00:00.000Z');
const spec = deciderSpecification(projectWorkflow, { now: LAUNCHED_AT, calendar, settings: DEFAULT_CASE_SETTINGS });

const admin: Actor = { userId: 'admin', roles: ['admin'] };
const township: Actor = { userId: 'official.tianhuangping', roles: ['official'], orgUnitId: 'anji-tianhuangping' };
const county: Actor = { userId: 'official.anji', roles: ['official'], orgUnitId: 'anji' };
const nanxun: Actor = { userId: 'official.nanxun', roles: ['official'], orgUnitId: 'nanxun' };
const inspector: Actor = { userId: 'inspector.wuxing', roles: ['inspector'], orgUnitId: 'wuxing' };
const CHAIN = ['anji-tianhuangping', 'anji', 'huzhou'];

const launch = (overrides: Partial<LaunchProject> = {}): LaunchProject => ({
  type: 'LaunchProject',
  projectId: 'p-1',
  unitId: 'anji-tianhuangping',
  unitChain: CHAIN,
  year: 2026,
  title: ' 白茶产业强村富民 ',
  goal: '村集体经营性收入全部达到30万元以上',
  leader: { personId: 'p-secretary-1', name: '王书记' },
  milestones: [
    { milestoneId: 'm-2', title: '完成茶厂改造', dueOn: '2026-09-30' },
    { milestoneId: 'm-1', title: '成立强村公司', dueOn: '2026-03-31' },
  ],
  ...overrides,
});

const LAUNCHED: ProjectEvent[] = spec.given([]).when(launch(), { actor: township }).events();

describe('书记领办项目', () => {
  describe('LaunchProject (立项)', () => {
    it('the township’s secretary launches the year’s project; milestones are kept in due order, each with its deadline', () => {
      const [event] = LAUNCHED as [ProjectLaunched];
      expect(event).toEqual({
        type: 'ProjectLaunched',
        data: {
          projectId: 'p-1',
          unitId: 'anji-tianhuangping',
          unitChain: CHAIN,
          year: 2026,
          title: '白茶产业强村富民',
          goal: '村集体经营性收入全部达到30万元以上',
          leader: { personId: 'p-secretary-1', name: '王书记' },
          milestones: [
            { milestoneId: 'm-1', title: '成立强村公司', dueOn: '2026-03-31', deadlineAt: '2026-03-31T15:59:59.999Z' },
            { milestoneId: 'm-2', title: '完成茶厂改造', dueOn: '2026-09-30', deadlineAt: '2026-09-30T15:59:59.999Z' },
          ],
          launchedBy: 'official.tianhuangping',
          launchedAt: LAUNCHED_AT.toISOString(),
        },
      });
      expect(spec.given(LAUNCHED).state()).toMatchObject({ status: 'active', leaders: [{ personId: 'p-secretary-1', from: LAUNCHED_AT.toISOString(), until: null }] });
    });

    it('refuses a plan that does not hold together, naming every problem', () => {
      const broken = launch({
        title: ' ',
        milestones: [
          { milestoneId: 'm-1', title: '甲', dueOn: '2027-01-10' },
          { milestoneId: 'm-1', title: '', dueOn: '2026-05-01' },
        ],
      });
      spec.given([]).when(broken, { actor: admin }).thenThrows(DomainError, 'INVALID_PROJECT_PLAN');
      expect(planProblems(broken)).toEqual(['a title', 'milestone 1: a due day in 2026', 'milestone 2: an id of its own', 'milestone 2: a title']);
    });

    it('refuses an official of another county (OUT_OF_SCOPE), an inspector (ROLE_NOT_ALLOWED), and a second launch', () => {
      spec.given([]).when(launch(), { actor: nanxun }).thenThrows(ForbiddenError, 'OUT_OF_SCOPE');
      spec.given([]).when(launch(), { actor: inspector }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
      spec.given(LAUNCHED).when(launch(), { actor: admin }).thenThrows(DomainError, 'PROJECT_ALREADY_LAUNCHED');
    });
  });

  describe('推进: progress, milestones, warnings', () => {
    it('progress is numbered and may name a milestone and carry evidence', () => {
      const photo = { sha256: 'a'.repeat(64), name: '签约现场.jpg', contentType: 'image/jpeg', size: 1000 };
      const [event] = spec.given(LAUNCHED).when({ type: 'ReportProjectProgress', report: '已完成公司注册', milestoneId: 'm-1', attachments: [photo] }, { actor: county }).events();
      expect(event).toMatchObject({ type: 'ProjectProgressReported', data: { milestoneId: 'm-1', reportNumber: 1, reportedBy: 'official.anji', attachments: [photo] } });
      spec.given(LAUNCHED).when({ type: 'ReportProjectProgress', report: 'x', milestoneId: 'm-9' }, { actor: county }).thenThrows(NotFoundError, 'MILESTONE_NOT_FOUND');
      spec.given(LAUNCHED).when({ type: 'ReportProjectProgress', report: ' ' }, { actor: county }).thenThrows(DomainError, 'PROJECT_TEXT_REQUIRED');
    });

    it('wants a timer per warning of each open milestone, at the cases’ thresholds', () => {
      const timers = spec.given(LAUNCHED).timers();
      expect(timers.filter((timer) => timer.name.startsWith('project-milestone-m-1-')).map((timer) => [timer.name, timer.dueAt.toISOString()])).toEqual([
        // Blue two working days before Tuesday 31 March: Friday 27 March, 00:00 in China.
        ['project-milestone-m-1-blue', '2026-03-26T16:00:00.000Z'],
        ['project-milestone-m-1-yellow', '2026-03-31T16:00:00.000Z'],
        // Red after three whole working days overdue: after Friday 3 April (清明 falls on the 6th).
        ['project-milestone-m-1-red', '2026-04-03T16:00:00.000Z'],
      ]);
      expect(timers).toHaveLength(6);
    });

    it('a slipping milestone gets its warnings when the timers fire; reaching it late takes them down and says it was late', () => {
      const [yellow] = spec.given(LAUNCHED).timers().filter((timer) => timer.name === 'project-milestone-m-1-yellow');
      const warned = [...LAUNCHED, ...spec.given(LAUNCHED).when(yellow!.command, { actor: SYSTEM_ACTOR, now: yellow!.dueAt }).events()];
      expect(warned.at(-1)).toMatchObject({ type: 'MilestoneWarningRaised', data: { milestoneId: 'm-1', colour: 'yellow', unitId: 'anji-tianhuangping' } });
      // Blue no longer goes up once it is overdue; the same timer delivered twice does nothing.
      expect(spec.given(warned).timers().map((timer) => timer.name)).not.toContain('project-milestone-m-1-blue');
      expect(spec.given(warned).when(yellow!.command, { actor: SYSTEM_ACTOR }).events()).toEqual([]);
      const done = spec.given(warned).when({ type: 'CompleteMilestone', milestoneId: 'm-1', report: '强村公司已成立' }, { actor: township, now: new Date('2026-04-02T02:00:00Z') }).events();
      expect(done).toMatchObject([{ type: 'MilestoneCompleted', data: { milestoneId: 'm-1', late: true, clearedWarnings: ['yellow'] } }]);
      const after = [...warned, ...done];
      expect(spec.given(after).timers().some((timer) => timer.name.startsWith('project-milestone-m-1-'))).toBe(false);
      spec.given(after).when({ type: 'CompleteMilestone', milestoneId: 'm-1', report: '再次' }, { actor: township }).thenThrows(DomainError, 'MILESTONE_ALREADY_COMPLETED');
    });
  });

  describe('warning timers due together (a plan made, or the service back, after their instants)', () => {
    const LATE = new Date('2026-04-20T02:00:00Z');
    const due = spec.given(LAUNCHED).timers().filter((timer) => timer.name.startsWith('project-milestone-m-1-'));

    it('whichever fires first raises the gravest warning due, and the others then find nothing to do', () => {
      for (const first of due) {
        const raised = spec.given(LAUNCHED).when(first.command, { actor: SYSTEM_ACTOR, now: LATE }).events();
        expect(raised).toMatchObject([{ type: 'MilestoneWarningRaised', data: { milestoneId: 'm-1', colour: 'red' } }]);
        for (const other of due) expect(spec.given([...LAUNCHED, ...raised]).when(other.command, { actor: SYSTEM_ACTOR, now: LATE }).events()).toEqual([]);
      }
    });

    it('a warning raised at its own instant stays up when a graver one follows, which is then the only one pending', () => {
      const [blue, yellow] = due;
      const blueUp = [...LAUNCHED, ...spec.given(LAUNCHED).when(blue!.command, { actor: SYSTEM_ACTOR, now: blue!.dueAt }).events()];
      const both = [...blueUp, ...spec.given(blueUp).when(yellow!.command, { actor: SYSTEM_ACTOR, now: yellow!.dueAt }).events()];
      expect(spec.given(both).state()).toMatchObject({ milestones: expect.arrayContaining([expect.objectContaining({ milestoneId: 'm-1', warnings: ['blue', 'yellow'] })]) });
      expect(spec.given(both).timers().filter((timer) => timer.name.startsWith('project-milestone-m-1-')).map((timer) => timer.name)).toEqual(['project-milestone-m-1-red']);
    });
  });

  describe('HandOverProject (交接)', () => {
    it('a new secretary takes over mid-year: the terms say who led the project when', () => {
      const at = new Date('2026-06-15T02:00:00Z');
      const events = [...LAUNCHED, ...spec.given(LAUNCHED).when({ type: 'HandOverProject', leader: { personId: 'p-secretary-2', name: '李书记' }, reason: '工作调动' }, { actor: county, now: at }).events()];
      expect(events.at(-1)).toMatchObject({ type: 'ProjectHandedOver', data: { from: { personId: 'p-secretary-1' }, to: { personId: 'p-secretary-2', name: '李书记' }, reason: '工作调动' } });
      expect(spec.given(events).state()).toMatchObject({
        leader: { personId: 'p-secretary-2' },
        leaders: [
          { personId: 'p-secretary-1', from: LAUNCHED_AT.toISOString(), until: at.toISOString() },
          { personId: 'p-secretary-2', from: at.toISOString(), until: null },
        ],
      });
      spec.given(events).when({ type: 'HandOverProject', leader: { personId: 'p-secretary-2', name: '李书记' }, reason: '重复' }, { actor: admin }).thenThrows(DomainError, 'SAME_PROJECT_LEADER');
    });
  });

  describe('EvaluateProject (年终评价)', () => {
    it('grades the year with what was reached, and the project then takes nothing more', () => {
      const reached = [...LAUNCHED, ...spec.given(LAUNCHED).when({ type: 'CompleteMilestone', milestoneId: 'm-1', report: '已成立' }, { actor: township }).events()];
      const evaluated = [...reached, ...spec.given(reached).when({ type: 'EvaluateProject', grade: 'fairly-good', comment: '按期推进，茶厂改造未完成' }, { actor: inspector }).events()];
      expect(evaluated.at(-1)).toMatchObject({
        type: 'ProjectEvaluated',
        data: { grade: 'fairly-good', milestonesCompleted: 1, milestonesLate: 0, milestonesPlanned: 2, evaluatedBy: 'inspector.wuxing' },
      });
      expect(spec.given(evaluated).timers()).toEqual([]);
      spec.given(evaluated).when({ type: 'ReportProjectProgress', report: '继续' }, { actor: township }).thenThrows(DomainError, 'PROJECT_ALREADY_EVALUATED');
      spec.given(reached).when({ type: 'EvaluateProject', grade: 'good', comment: '好' }, { actor: township }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });
});
