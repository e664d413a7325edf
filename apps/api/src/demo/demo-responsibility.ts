import {
  BackwardVillageCommand,
  CadreCommand,
  cadreStreamId,
  backwardVillageStreamId,
  DemoScale,
  HUZHOU_PEOPLE_FROM,
  huzhouResponsiblePeople,
  huzhouUnits,
  OrgTree,
  ProjectCommand,
  projectStreamId,
} from '@app/supervision';
import type { CalendarDate } from '@app/workflow';

/*
 * The demo's 书记领办项目 and 后进村整转 (generated, not from the source): what each sends, in
 * order, so the console shows projects at every stage and villages listed, rectifying and delisted.
 * Each step has a name unique within its stream, so sending it again on the next start appends
 * nothing.
 */

/** One step of the demo: the stream, the command, who sends it and the step's name. */
export interface DemoStep<C> {
  readonly streamId: string;
  readonly command: C;
  readonly username: string;
  readonly step: string;
  readonly orgUnitId: string;
}

interface ProjectSpec {
  readonly projectId: string;
  readonly unitId: string;
  readonly year: number;
  readonly title: string;
  readonly goal: string;
  readonly milestones: readonly (readonly [title: string, dueOn: CalendarDate])[];
  /** Milestones reached (by their number from 1), with what was reported. */
  readonly reached: readonly (readonly [milestone: number, report: string])[];
  readonly progress: readonly string[];
  readonly grade?: 'good' | 'fairly-good' | 'average' | 'poor';
  readonly by: string;
}

const PROJECTS: readonly ProjectSpec[] = [
  {
    projectId: 'demo-2026-project-yucun',
    unitId: 'anji-tianhuangping-yucun',
    year: 2026,
    title: '余村“两山”绿色共富项目',
    goal: '发展竹林碳汇和乡村旅游，村集体经营性收入比上年增长 20%',
    milestones: [
      ['完成项目选址并经村民代表大会审议', '2026-03-31'],
      ['竹林碳汇交易首单落地', '2026-06-30'],
      ['乡村旅游运营公司组建', '2026-09-30'],
      ['年度收益分配到户', '2026-12-25'],
    ],
    reached: [
      [1, '选址经村民代表大会通过，形成会议纪要'],
      [2, '与省级碳汇交易平台完成首单交易'],
    ],
    progress: ['召开党员大会部署项目，成立工作专班', '对接三家运营企业，形成合作方案初稿'],
    by: 'official.yucun',
  },
  {
    projectId: 'demo-2026-project-anji',
    unitId: 'anji',
    year: 2026,
    title: '安吉县“党建引领·全域共富”项目',
    goal: '全县村集体经济年经营性收入 30 万元以上的村全覆盖',
    milestones: [
      ['摸清全县村集体经济底数', '2026-04-30'],
      ['结对帮扶薄弱村方案落地', '2026-08-31'],
      ['年底全面达标验收', '2026-12-31'],
    ],
    reached: [[1, '完成全县行政村集体经济台账']],
    progress: ['县委常委会专题研究，明确责任分工'],
    by: 'official.anji',
  },
  {
    projectId: 'demo-2025-project-digang',
    unitId: 'nanxun-hefu-digang',
    year: 2025,
    title: '荻港村鱼桑文化振兴项目',
    goal: '桑基鱼塘系统保护与农文旅融合，年接待游客增长 15%',
    milestones: [
      ['桑基鱼塘修复', '2025-06-30'],
      ['鱼桑文化节举办', '2025-10-31'],
    ],
    reached: [
      [1, '修复鱼塘 120 亩'],
      [2, '文化节接待游客 3 万人次'],
    ],
    progress: [],
    grade: 'good',
    by: 'official.nanxun',
  },
];

/** The demo's projects, each led by its unit's secretary as the tree of `scale` seeded them. */
export function demoProjectSteps(scale: DemoScale): DemoStep<ProjectCommand>[] {
  const tree = new OrgTree(huzhouUnits(scale));
  const people = huzhouResponsiblePeople(scale);
  return PROJECTS.filter((spec) => tree.has(spec.unitId)).flatMap((spec): DemoStep<ProjectCommand>[] => {
    const secretary = people.find((person) => person.unitId === spec.unitId && person.role === 'secretary')!;
    const streamId = projectStreamId(spec.projectId);
    const at = (step: string, command: ProjectCommand, username = spec.by): DemoStep<ProjectCommand> => ({ streamId, command, username, step, orgUnitId: spec.unitId });
    return [
      at('launch', {
        type: 'LaunchProject',
        projectId: spec.projectId,
        unitId: spec.unitId,
        unitChain: tree.chain(spec.unitId).map((unit) => unit.id),
        year: spec.year,
        title: spec.title,
        goal: spec.goal,
        leader: { personId: secretary.personId, name: secretary.name },
        milestones: spec.milestones.map(([title, dueOn], index) => ({ milestoneId: `m${index + 1}`, title, dueOn })),
      }),
      ...spec.progress.map((report, index) => at(`progress-${index + 1}`, { type: 'ReportProjectProgress', report })),
      ...spec.reached.map(([milestone, report]) => at(`milestone-m${milestone}`, { type: 'CompleteMilestone', milestoneId: `m${milestone}`, report })),
      ...(spec.grade === undefined ? [] : [at('evaluate', { type: 'EvaluateProject', grade: spec.grade, comment: '目标全部完成，群众满意度高' }, 'inspector.wuxing')]),
    ];
  });
}

interface ListingSpec {
  readonly listingId: string;
  readonly unitId: string;
  readonly reason: 'clan-or-gang-interference' | 'weak-collective-economy' | 'weak-leadership';
  readonly note: string;
  /** How far it got: listed, planned (with progress), or accepted and delisted. */
  readonly stage: 'listed' | 'rectifying' | 'delisted';
  readonly by: string;
}

const LISTINGS: readonly ListingSpec[] = [
  { listingId: 'demo-2026-backward-digang', unitId: 'nanxun-hefu-digang', reason: 'weak-collective-economy', note: '村集体经营性收入连续两年低于 30 万元', stage: 'rectifying', by: 'official.nanxun' },
  { listingId: 'demo-2026-backward-guzhu', unitId: 'changxing-shuikou-guzhu', reason: 'clan-or-gang-interference', note: '宗族势力干扰村务决策，村级组织软弱涣散', stage: 'listed', by: 'admin' },
  { listingId: 'demo-2026-backward-xiantan', unitId: 'deqing-moganshan-xiantan', reason: 'weak-leadership', note: '村班子战斗力不强，重点工作推进缓慢', stage: 'delisted', by: 'admin' },
];

/** The demo's 后进村: one listed, one rectifying with its plan and progress, one accepted and delisted. */
export function demoBackwardVillageSteps(scale: DemoScale): DemoStep<BackwardVillageCommand>[] {
  const tree = new OrgTree(huzhouUnits(scale));
  return LISTINGS.filter((spec) => tree.has(spec.unitId)).flatMap((spec): DemoStep<BackwardVillageCommand>[] => {
    const chain = tree.chain(spec.unitId);
    const streamId = backwardVillageStreamId(spec.listingId);
    const at = (step: string, command: BackwardVillageCommand, username = spec.by): DemoStep<BackwardVillageCommand> => ({ streamId, command, username, step, orgUnitId: spec.unitId });
    const steps = [
      at('list', {
        type: 'ListBackwardVillage',
        listingId: spec.listingId,
        unitId: spec.unitId,
        unitKind: 'village',
        unitChain: chain.map((unit) => unit.id),
        townshipId: chain.find((unit) => unit.kind === 'township')?.id ?? null,
        countyId: tree.countyOf(spec.unitId)?.id ?? null,
        reason: spec.reason,
        note: spec.note,
      }),
    ];
    if (spec.stage === 'listed') return steps;
    steps.push(
      at('plan', {
        type: 'PlanRectification',
        summary: '选优配强村班子，理清集体资产，发展特色产业',
        measures: [
          { measureId: 'm1', title: '调整充实村“两委”班子', dueWorkingDays: 20 },
          { measureId: 'm2', title: '清理规范村集体“三资”', dueWorkingDays: 40 },
        ],
      }),
      at('progress-1', { type: 'ReportRectificationProgress', report: '村“两委”班子已调整到位', measureId: 'm1', completesMeasure: true }),
    );
    if (spec.stage === 'rectifying') return steps;
    const county = tree.countyOf(spec.unitId)!.id;
    return [
      ...steps,
      at('progress-2', { type: 'ReportRectificationProgress', report: '“三资”清理完成并公示', measureId: 'm2', completesMeasure: true }),
      at('acceptance', { type: 'CheckRectificationAcceptance', passed: true, comment: `${tree.get(county).name}组织部验收通过` }),
      at('delist', { type: 'DelistBackwardVillage', note: '整转到位，予以摘帽' }),
    ];
  });
}

/**
 * The demo's 村社干部日常监测: a warning and a concern on two village cadres, and 顾渚村's
 * secretary adjusted (调整不称职村社干部) with a successor, which the org tree then shows.
 */
export function demoCadreSteps(scale: DemoScale): DemoStep<CadreCommand>[] {
  const tree = new OrgTree(huzhouUnits(scale));
  const people = huzhouResponsiblePeople(scale);
  const unitOf = (unitId: string) => {
    const chain = tree.chain(unitId);
    return { unitId, unitKind: tree.get(unitId).kind, unitChain: chain.map((unit) => unit.id), countyId: tree.countyOf(unitId)?.id ?? null };
  };
  const holder = (unitId: string, role: 'secretary' | 'liaison') => people.find((person) => person.unitId === unitId && person.role === role);
  const steps: DemoStep<CadreCommand>[] = [];
  const record = (unitId: string, role: 'secretary' | 'liaison', kind: 'concern' | 'warning', note: string, username: string): void => {
    const person = holder(unitId, role);
    if (person === undefined || !tree.has(unitId)) return;
    steps.push({
      streamId: cadreStreamId(person.personId),
      command: { type: 'RecordCadreMonitoring', person: { personId: person.personId, name: person.name }, recordId: `demo-${kind}-${unitId}`, kind, note, unitsServed: [unitId], ...unitOf(unitId) },
      username,
      step: `record-${kind}`,
      orgUnitId: unitId,
    });
  };
  record('nanxun-hefu-digang', 'liaison', 'concern', '村务公开不及时，群众有反映', 'official.nanxun');
  record('changxing-shuikou-guzhu', 'secretary', 'warning', '宗族势力干扰村务决策，履职不力，予以警示', 'admin');
  const adjusted = holder('changxing-shuikou-guzhu', 'secretary');
  if (adjusted !== undefined && tree.has('changxing-shuikou-guzhu')) {
    steps.push({
      streamId: cadreStreamId(adjusted.personId),
      command: {
        type: 'AdjustCadre',
        person: { personId: adjusted.personId, name: adjusted.name },
        adjustmentId: 'demo-adjustment-guzhu-secretary',
        role: 'secretary',
        currentHolder: { personId: adjusted.personId, name: adjusted.name, from: HUZHOU_PEOPLE_FROM },
        reason: '警示后仍未整改到位，不胜任现职',
        successor: { personId: 'person-changxing-shuikou-guzhu-secretary-2', name: '沈书记' },
        ...unitOf('changxing-shuikou-guzhu'),
      },
      username: 'admin',
      step: 'adjust',
      orgUnitId: 'changxing-shuikou-guzhu',
    });
  }
  return steps;
}
