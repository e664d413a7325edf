import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import {
  caseStreamId,
  demoIndicatorReports,
  DutyRating,
  dutyReviewIdOf,
  dutyReviewStreamId,
  HUZHOU_DEMO_USERS,
  huzhouResponsiblePeople,
  HUZHOU_UNITS,
  huzhouUnits,
  OrgTree,
  RoundState,
  roundStreamId,
  RubricItem,
  TaskState,
  taskStreamId,
  villageIndicatorStreamId,
} from '@app/supervision';
import { Actor, Command } from '@app/workflow';
import { CommandResult, ProcessManagerRunner, WorkflowEngine } from '@app/workflow-runtime';
import { EvidenceFiles } from '@app/evidence';
import { DutyReviewPublication } from '../duty-reviews/duty-review-publication';
import { RoundRankings } from '../rounds/round-rankings';
import { demoPlanPdf } from './demo-evidence';
import { demoBackwardVillageSteps, demoCadreSteps, demoProjectSteps, DemoStep } from './demo-responsibility';

const RUBRIC: readonly RubricItem[] = [
  { code: 'org-building', title: '组织建设', weight: 0.4, maxScore: 10 },
  { code: 'rectification', title: '问题整改', weight: 0.35, maxScore: 10 },
  { code: 'innovation', title: '创新亮点', weight: 0.25, maxScore: 10 },
];

const COUNTIES = ['wuxing', 'nanxun', 'deqing', 'changxing', 'anji'] as const;

/** Item scores per county and inspector, so the two published rounds rank differently (with a tie in the second). */
const WALK_ROUNDS = [
  {
    roundId: 'demo-2026-q3-walk-see-compete',
    title: '2026年第三季度走看赛',
    period: '2026-Q3',
    window: { opensOn: '2026-07-01', closesOn: '2026-09-30' },
    scores: { anji: [9.2, 9.0], deqing: [8.8, 8.6], wuxing: [8.5, 8.5], changxing: [8.0, 7.8], nanxun: [7.5, 7.7] },
  },
  {
    roundId: 'demo-2026-q4-walk-see-compete',
    title: '2026年第四季度走看赛',
    period: '2026-Q4',
    window: { opensOn: '2026-10-01', closesOn: '2026-12-31' },
    scores: { deqing: [9.1, 9.3], anji: [8.9, 8.9], wuxing: [8.9, 8.9], nanxun: [8.4, 8.2], changxing: [7.9, 7.6] },
  },
] as const;

const MAJOR_ROUND_ID = 'demo-2026-q4-major-inspection';

const DUTY_REVIEW_ROUND_ID = 'demo-2025-duty-review';
/**
 * 2025年度述职评议 (generated, not from the source): each demo inspector's rating of each county's
 * secretary, none of their own county (回避), so that one county is graded 差 and one rated 一般 by
 * half its panel: both listed for follow-up.
 */
const DUTY_RATINGS_2025: Readonly<Record<(typeof COUNTIES)[number], Partial<Record<'inspector.wuxing' | 'inspector.anji', DutyRating>>>> = {
  wuxing: { 'inspector.anji': 'good' },
  nanxun: { 'inspector.wuxing': 'average', 'inspector.anji': 'poor' },
  deqing: { 'inspector.wuxing': 'good', 'inspector.anji': 'good' },
  changxing: { 'inspector.wuxing': 'fairly-good', 'inspector.anji': 'average' },
  anji: { 'inspector.wuxing': 'fairly-good' },
};

function actorOf(username: string): Actor {
  const user = HUZHOU_DEMO_USERS.find((candidate) => candidate.username === username)!;
  return {
    userId: user.username,
    roles: user.roles,
    orgUnitId: user.orgUnitId,
    ...(user.homeCountyId === undefined ? {} : { homeCountyId: user.homeCountyId }),
  };
}

const DEMO_TREE = new OrgTree(HUZHOU_UNITS);

/** The unit and the units above it, up to the city, from the demo tree. */
function chainOf(unitId: string): string[] {
  return DEMO_TREE.chain(unitId).map((unit) => unit.id);
}

/** The demo inspectors who may score `countyId`: never one from that county (recusal). */
function inspectorsFor(countyId: string): string[] {
  return ['inspector.wuxing', 'inspector.anji'].filter((username) => actorOf(username).homeCountyId !== countyId);
}

/**
 * One part of the demo's activity (a mechanism's year, say): it sends its commands through
 * `send`, each with a step name that is unique within its stream, so running it again on the
 * next start appends nothing. Parts run in the order of {@link DemoActivity.parts}.
 */
export interface DemoActivityPart {
  readonly name: string;
  run(): Promise<void>;
}

/**
 * Demo mode only: some activity on top of the org tree, so a new user finds something to look at —
 * two published 走看赛 rounds over the five counties (a ranking with movement and a tie), and a
 * 大督查 finding in 安吉县 that became a case split to two townships, plus a direct case in 南浔区,
 * a published 2025 述职评议 of the five county secretaries with two counties for follow-up, three
 * 书记领办项目 (one evaluated), three 后进村 at different stages, two cadres under monitoring and
 * one adjusted, and every village's indicators for 2025 and 2026.
 * Each part is idempotent: every command has a fixed id, so starting again appends nothing. A new
 * mechanism's activity is one more entry in {@link parts}.
 */
@Injectable()
export class DemoActivity {
  private readonly logger = new Logger(DemoActivity.name);
  private appended = 0;

  constructor(
    @Inject(WorkflowEngine) private readonly engine: WorkflowEngine,
    @Inject(ProcessManagerRunner) private readonly processManagers: ProcessManagerRunner,
    @Inject(RoundRankings) private readonly rankings: RoundRankings,
    @Inject(EvidenceFiles) private readonly evidence: EvidenceFiles,
    @Inject(DutyReviewPublication) private readonly dutyReviews: DutyReviewPublication,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The activity, part by part, in the order it runs (a later part may rely on an earlier one's streams). */
  parts(): DemoActivityPart[] {
    return [
      ...WALK_ROUNDS.map((round) => ({ name: `walk-see-compete ${round.period}`, run: () => this.walkSeeCompeteRound(round) })),
      { name: 'major-inspection 2026-Q4', run: () => this.majorInspection() },
      { name: 'direct case', run: () => this.directCase() },
      { name: 'duty review 2025', run: () => this.dutyReview() },
      { name: '书记领办项目', run: () => this.steps('project', demoProjectSteps(this.config.demoScale)) },
      { name: '后进村整转', run: () => this.steps('backward-village', demoBackwardVillageSteps(this.config.demoScale)) },
      { name: '村社干部日常监测', run: () => this.steps('cadre', demoCadreSteps(this.config.demoScale)) },
      { name: 'village indicators 2025–2026', run: () => this.villageIndicators() },
    ];
  }

  async seed(): Promise<void> {
    this.appended = 0;
    for (const part of this.parts()) {
      const before = this.appended;
      await part.run();
      this.logger.debug({ message: 'demo activity part done', part: part.name, eventsAppended: this.appended - before });
    }
    this.logger.log({ message: 'demo activity ready', eventsAppended: this.appended });
  }

  private async send<State>(workflow: string, streamId: string, command: Command, username: string, step: string, orgUnitId?: string): Promise<CommandResult<State>> {
    const result = await this.engine.handle<State>(workflow, streamId, command, {
      actor: actorOf(username),
      commandId: `demo-activity:${streamId}:${step}`,
      ...(orgUnitId === undefined ? {} : { orgUnitId }),
    });
    if (!result.duplicate) this.appended += result.events.length;
    await this.processManagers.dispatch(result.events);
    return result;
  }

  private async steps(workflow: string, steps: readonly DemoStep<Command>[]): Promise<void> {
    for (const { streamId, command, username, step, orgUnitId } of steps) await this.send(workflow, streamId, command, username, step, orgUnitId);
  }

  /**
   * Every village's indicators for 2025 and 2026, reported by the city's office: one new stream a
   * village, started in batches through the deciders (a village reported already is left alone).
   */
  private async villageIndicators(): Promise<void> {
    const units = huzhouUnits(this.config.demoScale);
    const tree = new OrgTree(units);
    const grids = new Map<string, number>();
    for (const unit of units) if (unit.kind === 'grid' && unit.parentId !== null) grids.set(unit.parentId, (grids.get(unit.parentId) ?? 0) + 1);
    const villages = units.filter((unit) => unit.kind === 'village').map((unit) => unit.id);
    const byVillage = new Map<string, ReturnType<typeof demoIndicatorReports>>();
    for (const report of demoIndicatorReports(villages, (unitId) => grids.get(unitId) ?? 0)) byVillage.set(report.unitId, [...(byVillage.get(report.unitId) ?? []), report]);
    const instances = [...byVillage].map(([unitId, reports]) => {
      const streamId = villageIndicatorStreamId(unitId);
      const village = { unitId, kind: 'village' as const, unitChain: tree.chain(unitId).map((unit) => unit.id) };
      return {
        streamId,
        commands: reports.map(({ period, report }) => ({
          command: { type: 'ReportVillageIndicators', village, period, report } as Command,
          metadata: { actor: actorOf('admin'), commandId: `demo-activity:${streamId}:report-${period}`, orgUnitId: unitId },
        })),
      };
    });
    for (let start = 0; start < instances.length; start += 500) {
      const { eventsAppended } = await this.engine.startInstances('village-indicators', instances.slice(start, start + 500));
      this.appended += eventsAppended;
    }
  }

  private async planRound(roundId: string, kind: string, title: string, period: string, window: { opensOn: string; closesOn: string }): Promise<RoundState> {
    const stream = roundStreamId(roundId);
    await this.send('round', stream, {
      type: 'PlanRound',
      roundId,
      kind,
      title,
      period,
      scopeCountyIds: [...COUNTIES],
      rubric: { items: RUBRIC },
      scoringPolicy: { method: 'mean', deductions: { perRedCase: 1 } },
      window,
    } as Command, 'admin', 'plan');
    return (await this.send<RoundState>('round', stream, { type: 'StartRound' }, 'admin', 'start')).state;
  }

  private async assignTask(round: RoundState, countyId: string, inspectors: readonly string[]): Promise<string> {
    if (round.status === 'unplanned') throw new Error(`demo round was not planned`);
    const taskId = `${round.roundId}-${countyId}`;
    await this.send(
      'task',
      taskStreamId(taskId),
      {
        type: 'AssignTask',
        taskId,
        roundId: round.roundId,
        roundKind: round.kind,
        roundStatus: round.status,
        targetUnitId: countyId,
        targetCountyId: countyId,
        inspectors: inspectors.map((username) => ({ inspectorId: username, homeCountyId: actorOf(username).homeCountyId ?? null })),
        rubric: round.rubric,
        dueWorkingDays: 10,
      } as Command,
      'admin',
      'assign',
      countyId,
    );
    return taskId;
  }

  private async walkSeeCompeteRound(spec: (typeof WALK_ROUNDS)[number]): Promise<void> {
    const round = await this.planRound(spec.roundId, 'walk-see-compete', spec.title, spec.period, spec.window);
    for (const countyId of COUNTIES) {
      const inspectors = inspectorsFor(countyId);
      const taskId = await this.assignTask(round, countyId, inspectors);
      const stream = taskStreamId(taskId);
      await this.send('task', stream, { type: 'OpenTask', roundStatus: round.status } as Command, inspectors[0]!, 'open', countyId);
      for (const [index, username] of inspectors.entries()) {
        const value = spec.scores[countyId][index] ?? spec.scores[countyId][0];
        const scores = RUBRIC.map((item) => ({ itemCode: item.code, score: value }));
        await this.send('task', stream, { type: 'RecordScores', roundStatus: 'active', scores } as Command, username, `scores-${username}`, countyId);
      }
      await this.send('task', stream, { type: 'SubmitTask' }, inspectors[0]!, 'submit', countyId);
      await this.send('task', stream, { type: 'CloseTask' }, 'admin', 'close', countyId);
    }
    const stream = roundStreamId(spec.roundId);
    await this.send('round', stream, { type: 'CloseScoring' }, 'admin', 'close-scoring');
    const ranking = await this.rankings.toRecord(spec.roundId);
    await this.send('round', stream, { type: 'PublishRound', ranking } as Command, 'admin', 'publish');
  }

  private async majorInspection(): Promise<void> {
    const round = await this.planRound(MAJOR_ROUND_ID, 'major-inspection', '2026年第四季度大督查', '2026-Q4', { opensOn: '2026-10-01', closesOn: '2026-12-31' });
    const taskId = await this.assignTask(round, 'anji', ['inspector.wuxing']);
    const taskStream = taskStreamId(taskId);
    await this.send('task', taskStream, { type: 'OpenTask', roundStatus: round.status } as Command, 'inspector.wuxing', 'open', 'anji');
    const findingId = `${taskId}-finding-1`;
    const found = await this.send<TaskState>(
      'task',
      taskStream,
      {
        type: 'RecordFinding',
        roundStatus: round.status,
        findingId,
        title: '农村生活污水治理设施运维不到位',
        description: '部分乡镇污水处理终端停运，运维台账缺失',
        severity: 'high',
        unitId: 'anji',
        unitAncestorIds: chainOf('anji').slice(1),
      } as Command,
      'inspector.wuxing',
      'finding-1',
      'anji',
    );
    if (found.state.status === 'unassigned') return;

    const caseId = `${MAJOR_ROUND_ID}-case-1`;
    const caseStream = caseStreamId(caseId);
    await this.send(
      'case',
      caseStream,
      {
        type: 'OpenCase',
        caseId,
        title: '农村生活污水治理设施运维不到位',
        description: '部分乡镇污水处理终端停运，运维台账缺失',
        severity: 'high',
        source: { kind: 'finding', roundId: MAJOR_ROUND_ID, taskId, findingId },
        responsibleUnitId: 'anji',
        unitChain: chainOf('anji'),
        dueWorkingDays: 15,
      } as Command,
      'inspector.wuxing',
      'open',
      'anji',
    );
    await this.send('case', caseStream, { type: 'AssignCase' }, 'inspector.wuxing', 'assign', 'anji');
    await this.send('case', caseStream, { type: 'SignCase' }, 'official.anji', 'sign', 'anji');
    // The plan goes with the report as evidence (the same bytes, so the same file, on every start).
    const plan = await this.evidence.receive(
      (async function* () {
        yield demoPlanPdf();
      })(),
      'application/pdf',
      'official.anji',
      new Date(),
    );
    await this.send(
      'case',
      caseStream,
      { type: 'ReportProgress', report: '县治水办牵头制定整改方案，分解到乡镇', attachments: [{ ...plan, name: '安吉县农村生活污水治理整改方案.pdf' }] } as Command,
      'official.anji',
      'progress-1',
      'anji',
    );
    const children = [
      { unitId: 'anji-tianhuangping', title: '天荒坪镇污水终端运维整改', dueWorkingDays: 10 },
      { unitId: 'anji-xilong', title: '溪龙乡污水终端运维整改', dueWorkingDays: 8 },
    ].map((child, index) => ({ ...child, caseId: `${caseId}-child-${index + 1}`, unitChain: chainOf(child.unitId) }));
    await this.send('case', caseStream, { type: 'SplitCase', children } as Command, 'official.anji', 'split', 'anji');
  }

  private async directCase(): Promise<void> {
    const directId = 'demo-2026-direct-case-1';
    const directStream = caseStreamId(directId);
    await this.send(
      'case',
      directStream,
      {
        type: 'OpenCase',
        caseId: directId,
        title: '荻港村河道保洁不及时',
        description: '群众反映河道漂浮物清理不及时',
        severity: 'medium',
        source: { kind: 'direct' },
        responsibleUnitId: 'nanxun-hefu-digang',
        unitChain: chainOf('nanxun-hefu-digang'),
        dueWorkingDays: 5,
      } as Command,
      'admin',
      'open',
      'nanxun-hefu-digang',
    );
    await this.send('case', directStream, { type: 'AssignCase' }, 'admin', 'assign', 'nanxun-hefu-digang');
  }

  /** 2025年度区县委书记抓基层党建工作述职评议: every county reports (the office enters it), the panel rates, the results are published. */
  private async dutyReview(): Promise<void> {
    const roundStream = roundStreamId(DUTY_REVIEW_ROUND_ID);
    await this.send(
      'round',
      roundStream,
      {
        type: 'PlanRound',
        roundId: DUTY_REVIEW_ROUND_ID,
        kind: 'duty-review',
        title: '2025年度区县委书记抓基层党建工作述职评议',
        period: '2025',
        scopeCountyIds: [...COUNTIES],
        rubric: { items: [] },
        scoringPolicy: { method: 'mean' },
        window: { opensOn: '2026-01-05', closesOn: '2026-01-30' },
        dutyReview: { panelIds: ['inspector.wuxing', 'inspector.anji'] },
      } as Command,
      'admin',
      'plan',
    );
    await this.send('round', roundStream, { type: 'StartRound' }, 'admin', 'start');
    for (const countyId of COUNTIES) {
      const reviewId = dutyReviewIdOf(DUTY_REVIEW_ROUND_ID, countyId);
      const stream = dutyReviewStreamId(reviewId);
      // The secretary as seeded: placeholder names follow the tree's scale.
      const secretary = huzhouResponsiblePeople(this.config.demoScale).find((person) => person.unitId === countyId && person.role === 'secretary')!;
      const county = DEMO_TREE.get(countyId);
      await this.send(
        'duty-review',
        stream,
        {
          type: 'SubmitDutyReport',
          reviewId,
          roundId: DUTY_REVIEW_ROUND_ID,
          roundStatus: 'active',
          unitId: countyId,
          unitChain: chainOf(countyId),
          countyId,
          secretary: { personId: secretary.personId, name: secretary.name },
          report: `${county.name}委书记2025年度抓基层党建工作述职（演示数据）：履行第一责任人职责、推进“三张清单”、书记领办项目和后进村整转的情况，存在的问题和下一步打算。`,
        } as Command,
        'admin',
        'report',
        countyId,
      );
      for (const [username, rating] of Object.entries(DUTY_RATINGS_2025[countyId])) {
        const comment = rating === 'good' || rating === 'fairly-good' ? '责任落实到位，基层组织建设扎实' : '问题整改推进不力，村级组织建设仍有短板';
        await this.send('duty-review', stream, { type: 'RateDutyReport', roundStatus: 'active', panelIds: ['inspector.wuxing', 'inspector.anji'], rating, comment } as Command, username, `rate-${username}`, countyId);
      }
    }
    await this.send('round', roundStream, { type: 'CloseScoring' }, 'admin', 'close-scoring');
    const dutyReviewResults = await this.dutyReviews.toRecord(DUTY_REVIEW_ROUND_ID);
    await this.send('round', roundStream, { type: 'PublishRound', ranking: null, dutyReviewResults } as Command, 'admin', 'publish');
  }
}
