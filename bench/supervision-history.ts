import type { EventToAppend } from '@app/event-store';
import {
  BackwardVillageEvent,
  backwardVillageStreamId,
  CadreEvent,
  cadreStreamId,
  caseStreams,
  demoIndicatorReports,
  DutyRating,
  DutyReviewEvent,
  dutyReviewIdOf,
  DutyReviewResults,
  dutyReviewResults,
  dutyReviewStreamId,
  followUpListingId,
  LISTING_REASONS,
  MonitoringKind,
  OrgUnitEvent,
  orgUnitStreamId,
  orgUnitStreams,
  ProjectEvent,
  ProjectGrade,
  ProjectLeader,
  projectStreamId,
  rankCounties,
  RoundEvent,
  roundStreamId,
  ScoreSheet,
  taskStreamId,
  taskStreams,
  VillageIndicatorEvent,
  VillageIndicatorReport,
  villageIndicatorStreamId,
  WarningColour,
} from '@app/supervision';
import { CalendarDate, endOfShanghaiDay, loadChinaCalendar, shanghaiDateOf } from '@app/workflow';
import { personReplaced, randomBoardHistory, seededRandom } from '../libs/read-models/src/supervision-boards/board-history.spec-fixtures';
import {
  roundPlanned,
  roundPublished,
  roundStarted,
  scoresRecorded,
  scoringClosed,
  TWO_ITEM_RUBRIC,
  twoItems,
} from '../libs/read-models/src/ranking/ranking.spec-fixtures';

/**
 * A large, realistic supervision log for the benchmarks, built from the read models' own spec
 * fixtures: shards that each hold an org tree (a city, four counties, their townships and
 * villages, secretaries replaced now and then), tasks through their lifecycle, cases with warnings,
 * escalations, extensions and splits, and scored rounds over the four counties with re-scoring.
 * A little under a fifth of each shard is the other programmes over the same org tree: a
 * 书记领办项目 per unit a year (milestones, warnings, hand-overs when the secretary changes, the
 * year-end evaluation), the duty-review rounds of its townships and villages (述职评议), the
 * backward villages (后进村, some listed by the village round's follow-up) through rectification
 * to delisting, the monitoring of its village and township cadres with an adjustment now and
 * then (the org unit's secretary replaced with it), and its villages' indicator reports with
 * corrections.
 */
export interface SupervisionHistory {
  /** Streams in the order to append them; each stream's events in version order. */
  readonly streams: ReadonlyArray<readonly [streamId: string, events: EventToAppend[]]>;
  readonly events: number;
  readonly caseIds: readonly string[];
  readonly taskStreams: number;
  readonly countyIds: readonly string[];
  /** Rounds with a ranking (walk-see-compete), published. */
  readonly rankedRoundIds: readonly string[];
  /** For each of those, an instant while its scores were coming in (for as-of questions). */
  readonly scoringInstants: ReadonlyMap<string, Date>;
  /** Every round: the ranked ones and the duty-review ones. */
  readonly rounds: number;
  readonly units: number;
  readonly programmes: ProgrammeCounts;
}

/** What the programmes beside cases and tasks add up to, as their read models should hold it. */
export interface ProgrammeCounts {
  /** 书记领办项目, and those evaluated at the year's end. */
  projects: number;
  evaluatedProjects: number;
  dutyReviewRounds: number;
  /** Duty reviews with a report submitted, and every rating given (re-ratings too). */
  dutyReviews: number;
  dutyRatings: number;
  /** Backward-village listings, and those delisted (摘帽) by the end of the history. */
  listings: number;
  delistedListings: number;
  /** Cadre monitoring records and adjustments: one row each. */
  cadreRecords: number;
  /** Village indicator reports and corrections: one row each (a revision). */
  indicatorReports: number;
}

const ROUNDS_PER_SHARD = 8;
const INSPECTORS = ['insp-a', 'insp-b', 'insp-c'];

function iso(day: number): string {
  return new Date(Date.parse('2026-01-05T02:00:00.000Z') + day * 86_400_000).toISOString();
}

/**
 * Eight walk-see-compete rounds over the shard's counties, each scored by three inspectors (some
 * re-score) and published with its ranking frozen in the event, as the round's decider publishes
 * it: the sheets as they stand at publication, movement against the shard's previous round. Red
 * cards are left out of the frozen figures (the shard's cases get theirs in spring, after most
 * publications), so where they count the live ranking differs, and the query says so.
 */
function rankingShard(
  prefix: string,
  counties: readonly string[],
  random: () => number,
  add: (streamId: string, events: EventToAppend[]) => void,
  scoringInstants: Map<string, Date>,
): string[] {
  const ranked: string[] = [];
  let previous: { roundId: string; ranks: Record<string, number> } | undefined;
  for (let r = 0; r < ROUNDS_PER_SHARD; r++) {
    const roundId = `${prefix}-wsc-${r}`;
    const day = r * 20;
    const method = (['mean', 'trimmed-mean', 'z-normalised'] as const)[r % 3]!;
    const sheets: ScoreSheet[] = [];
    const sheetEvents: Array<[taskId: string, events: EventToAppend[]]> = [];
    for (const countyId of counties) {
      const taskId = `${roundId}-${countyId}`;
      const events: EventToAppend[] = [];
      for (const inspectorId of INSPECTORS) {
        const rescored = random() < 0.3 ? 2 : 1;
        let latest: Record<string, number> = {};
        for (let n = 0; n < rescored; n++) {
          const score = () => Math.round(random() * 100) / 10;
          latest = twoItems(score(), score());
          events.push(scoresRecorded({ taskId, roundId, countyId, inspectorId, scores: latest, recordedAt: iso(day + 2 + n) }));
        }
        sheets.push({ countyId, taskId, inspectorId, scores: Object.entries(latest).map(([itemCode, score]) => ({ itemCode, score })) });
      }
      sheetEvents.push([taskId, events]);
    }
    const ranking = rankCounties({ roundId, method, perRedCase: 1, rubric: TWO_ITEM_RUBRIC, counties, sheets, redCases: {}, ...(previous === undefined ? {} : { previous }) });
    add(roundStreamId(roundId), [
      roundPlanned({ roundId, counties, method, perRedCase: 1, plannedAt: iso(day), opensOn: '2026-01-01', closesOn: '2026-12-31' }),
      roundStarted(roundId, iso(day + 1)),
      scoringClosed(roundId, iso(day + 10)),
      roundPublished(roundId, iso(day + 11), ranking),
    ]);
    for (const [taskId, events] of sheetEvents) add(taskStreamId(taskId), events);
    ranked.push(roundId);
    scoringInstants.set(roundId, new Date(Date.parse(iso(day + 2)) + 12 * 3_600_000));
    previous = { roundId, ranks: Object.fromEntries(ranking.entries.map((entry) => [entry.countyId, entry.rank])) };
  }
  return ranked;
}

// ---------------------------------------------------------------------------------------------
// The programmes beside cases and tasks, from spring 2025 up to END (the cases and tasks of the
// board history are of March and April 2026, the ranked rounds of January to June).

const DAY = 86_400_000;
/** Where the programmes' history stops: what would happen later is left out. */
const END = Date.parse('2026-10-31T08:00:00.000Z');
const CALENDAR = loadChinaCalendar();
const DUTY_PANEL = ['insp-a', 'insp-b', 'insp-c', 'insp-d', 'insp-e'];

const on = (date: string, days = 0): number => Date.parse(`${date}T01:30:00.000Z`) + days * DAY;
const isoAt = (instant: number): string => new Date(instant).toISOString();

/** A day's due date and the last instant of it, as the workflows record a deadline. */
function dueOf(instant: number): { dueOn: CalendarDate; deadlineAt: string; deadline: number } {
  const dueOn = shanghaiDateOf(new Date(instant));
  const deadline = endOfShanghaiDay(dueOn).getTime();
  return { dueOn, deadlineAt: isoAt(deadline), deadline };
}

/** One shard's org tree as the programmes use it; adjustments add to its unit streams. */
interface ShardOrg {
  readonly counties: readonly string[];
  /** Chains (the unit, then each unit above it up to the city). */
  readonly units: readonly string[][];
  readonly townships: readonly string[][];
  readonly villages: readonly string[][];
  readonly unitStreams: Map<string, EventToAppend[]>;
}

type Add = (streamId: string, events: EventToAppend[]) => void;

/** A holder of a role at a unit from an instant on, as the unit's stream records it. */
interface Term extends ProjectLeader {
  readonly from: number;
}

function termsOf(org: ShardOrg, unitId: string, role: string): Term[] {
  return (org.unitStreams.get(orgUnitStreamId(unitId)) ?? []).flatMap((event) => {
    const known = event as OrgUnitEvent;
    if ((known.type !== 'ResponsiblePersonAssigned' && known.type !== 'ResponsiblePersonReplaced') || known.data.role !== role) return [];
    return [{ personId: known.data.personId, name: known.data.name, from: Date.parse(known.data.from) }];
  });
}

function holderAt(terms: readonly Term[], instant: number): Term | undefined {
  return terms.filter((term) => term.from <= instant).at(-1);
}

/**
 * A stream's events gathered in any order, each at its instant and made only when the stream is
 * put in time order, so what an event counts (report numbers, warnings up) is what came before
 * it. Events after END are left out, and so is what they would have changed.
 */
class StreamTimeline {
  private readonly entries: Array<{ readonly at: number; readonly make: () => EventToAppend }> = [];

  at(instant: number, make: () => EventToAppend): void {
    if (instant <= END) this.entries.push({ at: instant, make });
  }

  events(): EventToAppend[] {
    return [...this.entries].sort((a, b) => a.at - b.at).map(({ make }) => make());
  }
}

function weighted<T>(random: () => number, choices: ReadonlyArray<readonly [T, number]>): T {
  let draw = random() * choices.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [choice, weight] of choices) {
    draw -= weight;
    if (draw < 0) return choice;
  }
  return choices[choices.length - 1]![0];
}

const countyOf = (chain: readonly string[]): string | null => (chain.length >= 2 ? chain[chain.length - 2]! : null);

/** How a milestone or measure goes: reached before its deadline, after it (warned first), or not at all. */
type Outcome = 'on-time' | 'late' | 'stalled';
const outcomeOf = (random: () => number): Outcome => weighted<Outcome>(random, [['on-time', 0.75], ['late', 0.18], ['stalled', 0.07]]);

/** When each warning goes up on something due at `deadline` and not reached: blue before, yellow after, red well after. */
function warningInstants(deadline: number): Array<[WarningColour, number]> {
  return [
    ['blue', deadline - 3 * DAY],
    ['yellow', deadline + 60_000],
    ['red', deadline + 10 * DAY],
  ];
}

/**
 * 村社干部日常监测: concerns and warnings on township and village secretaries and liaisons, and
 * now and then a village secretary with warnings adjusted (调整) — the successor takes the role
 * on the unit's stream, as the cadre-adjustment process does.
 */
function cadreShard(org: ShardOrg, random: () => number, counts: ProgrammeCounts): Array<[string, EventToAppend[]]> {
  const streams: Array<[string, EventToAppend[]]> = [];
  for (const chain of [...org.townships, ...org.villages]) {
    const unitId = chain[0]!;
    const countyId = countyOf(chain);
    const monitored = (role: 'secretary' | 'liaison', share: number, most: number) => {
      const person = termsOf(org, unitId, role).at(-1);
      if (person === undefined || random() >= share) return;
      const instants = Array.from({ length: 1 + Math.floor(random() * most) }, () => on('2025-08-01', Math.floor(random() * 380))).sort((a, b) => a - b);
      const events: CadreEvent[] = instants.map((instant, n) => {
        const kind: MonitoringKind = random() < 0.3 ? 'warning' : 'concern';
        return {
          type: 'CadreMonitoringRecorded',
          data: {
            personId: person.personId,
            name: person.name,
            recordId: `${person.personId}-r${n}`,
            kind,
            unitId,
            unitChain: [...chain],
            countyId,
            note: kind === 'warning' ? '群众反映作风问题，约谈提醒' : '工作推进偏慢，列入关注',
            recordedBy: `${countyId ?? unitId}-official`,
            recordedAt: isoAt(instant),
          },
        };
      });
      const warned = events.some((event) => event.type === 'CadreMonitoringRecorded' && event.data.kind === 'warning');
      const adjustedAt = instants.at(-1)! + (14 + Math.floor(random() * 45)) * DAY;
      if (role === 'secretary' && chain.length === 4 && warned && random() < 0.4 && adjustedAt <= END) {
        const successor = { personId: `${unitId}-sec-adj`, name: `书记(调整后) ${unitId}` };
        events.push({
          type: 'CadreAdjusted',
          data: {
            personId: person.personId,
            name: person.name,
            adjustmentId: `${person.personId}-adj`,
            unitId,
            unitChain: [...chain],
            countyId,
            role,
            heldFrom: isoAt(person.from),
            reason: '履职不力，经研究予以调整',
            successor,
            adjustedBy: `${countyId ?? unitId}-official`,
            adjustedAt: isoAt(adjustedAt),
          },
        });
        const previous = { personId: person.personId, name: person.name, from: isoAt(person.from) };
        org.unitStreams.get(orgUnitStreamId(unitId))!.push(personReplaced(unitId, 'secretary', { ...successor, from: isoAt(adjustedAt) }, previous));
      }
      counts.cadreRecords += events.length;
      streams.push([cadreStreamId(person.personId), events]);
    };
    monitored('secretary', 0.6, 4);
    monitored('liaison', 0.3, 2);
  }
  return streams;
}

/**
 * 书记领办项目: each unit's secretary leads a project for 2026, and about a third of the units had
 * one in 2025, evaluated in January. Milestones are reached on time, late (warned first) or not
 * at all; a change of secretary hands the project over.
 */
function projectShard(org: ShardOrg, random: () => number, add: Add, counts: ProgrammeCounts): void {
  for (const chain of org.units) {
    for (const year of [2025, 2026]) {
      if (year === 2025 && random() >= 0.3) continue;
      project(org, chain, year, random, add, counts);
    }
  }
}

function project(org: ShardOrg, chain: readonly string[], year: number, random: () => number, add: Add, counts: ProgrammeCounts): void {
  const unitId = chain[0]!;
  const projectId = `${unitId}-p${year}`;
  const launchedAt = year === 2025 ? on('2025-05-20', Math.floor(random() * 10)) : on('2026-02-16', Math.floor(random() * 14));
  const terms = termsOf(org, unitId, 'secretary');
  const leader = holderAt(terms, launchedAt);
  if (leader === undefined) return;
  const yearEnd = on(`${year}-12-20`);
  const milestones = 2 + Math.floor(random() * 3);
  const plans = Array.from({ length: milestones }, (_, n) => {
    const { dueOn, deadlineAt, deadline } = dueOf(launchedAt + Math.round(((n + 1) * (yearEnd - launchedAt)) / milestones));
    return { milestoneId: `${projectId}-m${n + 1}`, title: `节点 ${n + 1}`, dueOn, deadlineAt, deadline, outcome: outcomeOf(random) };
  });
  const stream = new StreamTimeline();
  const warnings = new Map<string, WarningColour[]>();
  const reached = new Map<string, boolean>();
  let reports = 0;
  let current: ProjectLeader = { personId: leader.personId, name: leader.name };
  const by = `${countyOf(chain) ?? unitId}-official`;
  stream.at(launchedAt, (): ProjectEvent => ({
    type: 'ProjectLaunched',
    data: {
      projectId,
      unitId,
      unitChain: [...chain],
      year,
      title: `${year}年度书记领办项目 ${unitId}`,
      goal: '壮大村级集体经济，提升基层治理水平',
      leader: current,
      milestones: plans.map(({ milestoneId, title, dueOn, deadlineAt }) => ({ milestoneId, title, dueOn, deadlineAt })),
      launchedBy: by,
      launchedAt: isoAt(launchedAt),
    },
  }));
  const progress = (instant: number, milestoneId: string | null) =>
    stream.at(instant, (): ProjectEvent => ({
      type: 'ProjectProgressReported',
      data: { projectId, milestoneId, report: '按计划推进', reportNumber: ++reports, reportedBy: current.personId, reportedAt: isoAt(instant) },
    }));
  if (random() < 0.5) progress(launchedAt + Math.floor(random() * (yearEnd - launchedAt)), null);
  for (const plan of plans) {
    if (random() < 0.4) progress(plan.deadline - (15 + Math.floor(random() * 20)) * DAY, plan.milestoneId);
    const completedAt = plan.outcome === 'on-time' ? plan.deadline - Math.floor(random() * 10 + 1) * DAY : plan.outcome === 'late' ? plan.deadline + (3 + Math.floor(random() * 25)) * DAY : Infinity;
    for (const [colour, instant] of warningInstants(plan.deadline)) {
      if (instant >= completedAt) continue;
      stream.at(instant, (): ProjectEvent => {
        warnings.set(plan.milestoneId, [...(warnings.get(plan.milestoneId) ?? []), colour]);
        return {
          type: 'MilestoneWarningRaised',
          data: { projectId, milestoneId: plan.milestoneId, colour, dueOn: plan.dueOn, unitId, timerDueAt: isoAt(instant), raisedAt: isoAt(instant) },
        };
      });
    }
    stream.at(completedAt, (): ProjectEvent => {
      const cleared = warnings.get(plan.milestoneId) ?? [];
      warnings.delete(plan.milestoneId);
      reached.set(plan.milestoneId, completedAt > plan.deadline);
      return {
        type: 'MilestoneCompleted',
        data: {
          projectId,
          milestoneId: plan.milestoneId,
          report: '节点目标完成',
          late: completedAt > plan.deadline,
          clearedWarnings: cleared,
          completedBy: current.personId,
          completedAt: isoAt(completedAt),
        },
      };
    });
  }
  const evaluatedAt = year === 2025 ? on('2026-01-12', Math.floor(random() * 10)) : Infinity;
  for (const term of terms.filter((candidate) => candidate.from > launchedAt && candidate.from < Math.min(evaluatedAt, END))) {
    stream.at(term.from, (): ProjectEvent => {
      const from = current;
      current = { personId: term.personId, name: term.name };
      return { type: 'ProjectHandedOver', data: { projectId, from, to: current, reason: '书记调整，项目随岗交接', handedOverBy: by, handedOverAt: isoAt(term.from) } };
    });
  }
  stream.at(evaluatedAt, (): ProjectEvent => {
    const late = [...reached.values()].filter(Boolean).length;
    const share = reached.size / plans.length;
    const grade: ProjectGrade = share === 1 && late === 0 ? 'good' : share >= 0.75 ? 'fairly-good' : share >= 0.5 ? 'average' : 'poor';
    counts.evaluatedProjects += 1;
    return {
      type: 'ProjectEvaluated',
      data: { projectId, grade, comment: '年终评价', milestonesCompleted: reached.size, milestonesLate: late, milestonesPlanned: plans.length, evaluatedBy: 'insp-a', evaluatedAt: isoAt(evaluatedAt) },
    };
  });
  counts.projects += 1;
  add(projectStreamId(projectId), stream.events());
}

/** A village round's publication, for the follow-up listings it makes. */
interface PublishedDutyReview {
  readonly roundId: string;
  readonly results: DutyReviewResults;
  readonly publishedAt: number;
}

/**
 * 述职评议 for 2025, in January 2026: a round of the shard's townships and one of its villages,
 * each with a panel of five. Most secretaries report once, some revise before the rating starts;
 * each member rates each report, a few change their rating; a weak unit draws poorer ratings.
 * The publication freezes the results as the domain computes them.
 */
function dutyReviewShard(org: ShardOrg, prefix: string, random: () => number, add: Add, counts: ProgrammeCounts): PublishedDutyReview {
  let villageRound: PublishedDutyReview | undefined;
  for (const [unitKind, chains] of [['township', org.townships], ['village', org.villages]] as const) {
    const roundId = `${prefix}-duty-${unitKind}-2025`;
    const plannedAt = on('2026-01-05');
    const publishedAt = on('2026-02-02', Math.floor(random() * 3));
    const standings = chains.map((chain) => {
      const unitId = chain[0]!;
      const reviewId = dutyReviewIdOf(roundId, unitId);
      if (random() < 0.04) return { unitId, unitChain: chain, reported: false, ratings: [] };
      const events: DutyReviewEvent[] = [];
      const revisions = random() < 0.25 ? 2 : 1;
      for (let revision = 1; revision <= revisions; revision++) {
        const submittedAt = on('2026-01-08', revision * 3 + Math.floor(random() * 3));
        const secretary = holderAt(termsOf(org, unitId, 'secretary'), submittedAt);
        events.push({
          type: 'DutyReportSubmitted',
          data: {
            reviewId,
            roundId,
            unitId,
            unitChain: [...chain],
            countyId: countyOf(chain),
            secretary: secretary === undefined ? null : { personId: secretary.personId, name: secretary.name },
            report: `2025年度抓基层党建工作述职（第 ${revision} 稿）`,
            revision,
            submittedBy: secretary?.personId ?? 'admin',
            submittedAt: isoAt(submittedAt),
          },
        });
      }
      const weak = random() < 0.1;
      const scale: ReadonlyArray<readonly [DutyRating, number]> = weak
        ? [['good', 0.1], ['fairly-good', 0.2], ['average', 0.4], ['poor', 0.3]]
        : [['good', 0.45], ['fairly-good', 0.33], ['average', 0.16], ['poor', 0.06]];
      const latest = new Map<string, DutyRating>();
      const ratings: Array<{ evaluatorId: string; at: number }> = [];
      for (const evaluatorId of DUTY_PANEL) {
        if (random() < 0.05) continue;
        ratings.push({ evaluatorId, at: on('2026-01-17', random() * 7) });
        if (random() < 0.15) ratings.push({ evaluatorId, at: on('2026-01-25', random() * 4) });
      }
      for (const { evaluatorId, at } of ratings.sort((a, b) => a.at - b.at)) {
        const rating = weighted(random, scale);
        events.push({
          type: 'DutyReportRated',
          data: { reviewId, roundId, unitId, evaluatorId, rating, comment: '评议意见', replaced: latest.get(evaluatorId) ?? null, ratedAt: isoAt(at) },
        });
        latest.set(evaluatorId, rating);
      }
      counts.dutyReviews += 1;
      counts.dutyRatings += ratings.length;
      add(dutyReviewStreamId(reviewId), events);
      return { unitId, unitChain: chain, reported: true, ratings: [...latest.values()] };
    });
    const results = dutyReviewResults(roundId, 1 / 3, standings, unitKind);
    const round: RoundEvent[] = [
      {
        type: 'RoundPlanned',
        data: {
          roundId,
          kind: 'duty-review',
          title: `2025年度${unitKind === 'village' ? '村（社区）' : '乡镇（街道）'}党组织书记抓基层党建述职评议`,
          period: '2025',
          theme: null,
          scopeCountyIds: [...org.counties],
          rubric: { version: 1, items: [] },
          scoringPolicy: { method: 'mean' },
          window: { opensOn: '2026-01-05', closesOn: '2026-01-30' },
          dutyReview: { panelIds: DUTY_PANEL, unitKind, followUpShare: 1 / 3 },
          plannedBy: 'admin',
          plannedAt: isoAt(plannedAt),
        },
      },
      { type: 'RoundStarted', data: { roundId, rubricVersion: 1, startedBy: 'admin', startedAt: isoAt(plannedAt + DAY) } },
      { type: 'RoundScoringClosed', data: { roundId, closedBy: 'admin', closedAt: isoAt(on('2026-01-30')) } },
      { type: 'RoundPublished', data: { roundId, ranking: null, dutyReviewResults: results, publishedBy: 'admin', publishedAt: isoAt(publishedAt) } },
    ];
    counts.dutyReviewRounds += 1;
    add(roundStreamId(roundId), round);
    if (unitKind === 'village') villageRound = { roundId, results, publishedAt };
  }
  return villageRound!;
}

/**
 * 后进村整转: villages listed in spring 2025 for a reason of their own, and those the 2025 village
 * duty review listed for follow-up (unless still on the list), each planned, rectified measure by
 * measure (late measures warned), checked by the county (failed now and then) and delisted.
 */
function backwardVillageShard(org: ShardOrg, review: PublishedDutyReview, random: () => number, add: Add, counts: ProgrammeCounts): void {
  const openUntil = new Map<string, number>();
  for (const chain of org.villages) {
    if (random() >= 0.3) continue;
    const reason = LISTING_REASONS.filter((candidate) => candidate !== 'duty-review-poor')[Math.floor(random() * (LISTING_REASONS.length - 1))]!;
    const listingId = `${chain[0]!}-listing-2025`;
    openUntil.set(chain[0]!, listing(chain, { listingId, reason, note: '经排查列为后进村', source: null, listedBy: `${countyOf(chain)}-official` }, on('2025-03-01', Math.floor(random() * 90)), random, add, counts));
  }
  const chains = new Map(org.villages.map((chain) => [chain[0]!, chain]));
  for (const { unitId } of review.results.followUp) {
    const listedAt = review.publishedAt + 5 * 60_000;
    if ((openUntil.get(unitId) ?? -Infinity) > listedAt) continue;
    const source = { kind: 'duty-review', ref: dutyReviewIdOf(review.roundId, unitId) };
    listing(chains.get(unitId)!, { listingId: followUpListingId(review.roundId, unitId), reason: 'duty-review-poor', note: '党建述职评议考核结果需跟进', source, listedBy: 'system' }, listedAt, random, add, counts);
  }
}

/** One listing's life from `listedAt`; when it is delisted (Infinity while it stays on the list). */
function listing(
  chain: readonly string[],
  listed: Pick<Extract<BackwardVillageEvent, { type: 'BackwardVillageListed' }>['data'], 'listingId' | 'reason' | 'note' | 'source' | 'listedBy'>,
  listedAt: number,
  random: () => number,
  add: Add,
  counts: ProgrammeCounts,
): number {
  const unitId = chain[0]!;
  const { listingId } = listed;
  const county = `${countyOf(chain)}-official`;
  const stream = new StreamTimeline();
  stream.at(listedAt, (): BackwardVillageEvent => ({
    type: 'BackwardVillageListed',
    data: { ...listed, unitId, unitChain: [...chain], townshipId: chain[1] ?? null, countyId: countyOf(chain), listedAt: isoAt(listedAt) },
  }));
  const plannedAt = listedAt + (5 + Math.floor(random() * 10)) * DAY;
  const planDay = shanghaiDateOf(new Date(plannedAt));
  const measures = Array.from({ length: 2 + Math.floor(random() * 4) }, (_, n) => {
    const dueWorkingDays = 20 + 5 * Math.floor(random() * 12);
    const dueOn = CALENDAR.addWorkingDays(planDay, dueWorkingDays);
    const deadline = endOfShanghaiDay(dueOn).getTime();
    return { measureId: `${listingId}-m${n + 1}`, title: `整改措施 ${n + 1}`, dueWorkingDays, dueOn, deadlineAt: isoAt(deadline), deadline, outcome: outcomeOf(random) };
  });
  stream.at(plannedAt, (): BackwardVillageEvent => ({
    type: 'RectificationPlanned',
    data: {
      listingId,
      unitId,
      summary: '软弱涣散问题整改方案',
      measures: [...measures].sort((a, b) => a.dueOn.localeCompare(b.dueOn)).map(({ measureId, title, dueWorkingDays, dueOn, deadlineAt }) => ({ measureId, title, dueWorkingDays, dueOn, deadlineAt })),
      plannedBy: county,
      plannedAt: isoAt(plannedAt),
    },
  }));
  const warnings = new Map<string, WarningColour[]>();
  let reports = 0;
  const report = (instant: number, measureId: string | null, completes: boolean, deadline: number) =>
    stream.at(instant, (): BackwardVillageEvent => {
      const cleared = completes && measureId !== null ? (warnings.get(measureId) ?? []) : [];
      if (completes && measureId !== null) warnings.delete(measureId);
      return {
        type: 'RectificationProgressReported',
        data: {
          listingId,
          unitId,
          measureId,
          report: completes ? '措施已完成' : '整改推进中',
          reportNumber: ++reports,
          measureCompleted: completes,
          late: completes && instant > deadline,
          clearedWarnings: cleared,
          reportedBy: `${unitId}-sec`,
          reportedAt: isoAt(instant),
        },
      };
    });
  let allDone = plannedAt;
  for (const measure of measures) {
    if (random() < 0.5) report(plannedAt + Math.floor((measure.deadline - plannedAt) / 2), measure.measureId, false, measure.deadline);
    const doneAt = measure.outcome === 'on-time' ? measure.deadline - Math.floor(random() * 8 + 1) * DAY : measure.outcome === 'late' ? measure.deadline + (3 + Math.floor(random() * 25)) * DAY : Infinity;
    for (const [colour, instant] of warningInstants(measure.deadline)) {
      if (instant >= doneAt) continue;
      stream.at(instant, (): BackwardVillageEvent => {
        warnings.set(measure.measureId, [...(warnings.get(measure.measureId) ?? []), colour]);
        return {
          type: 'MeasureWarningRaised',
          data: { listingId, measureId: measure.measureId, colour, dueOn: measure.dueOn, unitId, timerDueAt: isoAt(instant), raisedAt: isoAt(instant) },
        };
      });
    }
    report(doneAt, measure.measureId, true, measure.deadline);
    allDone = Math.max(allDone, doneAt);
  }
  // The county checks once every measure is done; a failed check is followed by another.
  let checkedAt = allDone + (7 + Math.floor(random() * 14)) * DAY;
  let checks = 0;
  const check = (instant: number, passed: boolean) =>
    stream.at(instant, (): BackwardVillageEvent => ({
      type: 'RectificationAcceptanceChecked',
      data: { listingId, unitId, passed, comment: passed ? '整改到位，验收通过' : '群众满意度不足，继续整改', checkNumber: ++checks, checkedBy: county, checkedAt: isoAt(instant) },
    }));
  if (random() < 0.2) {
    check(checkedAt, false);
    checkedAt += (20 + Math.floor(random() * 20)) * DAY;
  }
  check(checkedAt, true);
  const delistedAt = checkedAt + (3 + Math.floor(random() * 8)) * DAY;
  stream.at(delistedAt, (): BackwardVillageEvent => ({ type: 'BackwardVillageDelisted', data: { listingId, unitId, note: '验收通过，予以摘帽', delistedBy: county, delistedAt: isoAt(delistedAt) } }));
  counts.listings += 1;
  if (delistedAt <= END) counts.delistedListings += 1;
  add(backwardVillageStreamId(listingId), stream.events());
  return delistedAt <= END ? delistedAt : Infinity;
}

/**
 * Village indicators: each village's 2025 report (the demo's figures) and its 2026 quarters so far
 * (year-to-date incomes from the demo's 2026 figures), about one report in eight corrected later.
 */
function indicatorShard(org: ShardOrg, random: () => number, add: Add, counts: ProgrammeCounts): void {
  const demo = demoIndicatorReports(org.villages.map((chain) => chain[0]!));
  for (const chain of org.villages) {
    const unitId = chain[0]!;
    const yearly = (period: string) => demo.find((row) => row.unitId === unitId && row.period === period)!.report;
    const quarter = (q: number): VillageIndicatorReport => {
      const year = yearly('2026');
      return { ...year, operatingIncome: Math.round((year.operatingIncome * q) / 4), totalIncome: Math.round((year.totalIncome * q) / 4) };
    };
    const periods: Array<[period: string, report: VillageIndicatorReport, reportedAt: number]> = [
      ['2025', yearly('2025'), on('2026-01-10', Math.floor(random() * 5))],
      ['2026-Q1', quarter(1), on('2026-04-10', Math.floor(random() * 5))],
      ['2026-Q2', quarter(2), on('2026-07-10', Math.floor(random() * 5))],
      ['2026-Q3', quarter(3), on('2026-10-10', Math.floor(random() * 5))],
    ];
    const stream = new StreamTimeline();
    for (const [period, report, reportedAt] of periods) {
      const recorded = { unitId, unitChain: [...chain], period, report };
      stream.at(reportedAt, (): VillageIndicatorEvent => ({ type: 'VillageIndicatorsReported', data: { ...recorded, revision: 1, reportedBy: `${unitId}-sec`, reportedAt: isoAt(reportedAt) } }));
      let correctedAt = reportedAt;
      for (let revision = 2; random() < (revision === 2 ? 0.12 : 0.15); revision++) {
        correctedAt += (7 + Math.floor(random() * 20)) * DAY;
        const operatingIncome = Math.round(report.operatingIncome * (0.8 + random() * 0.4));
        const corrected = { ...report, operatingIncome, totalIncome: Math.max(report.totalIncome, operatingIncome) };
        const at = correctedAt;
        stream.at(at, (): VillageIndicatorEvent => ({
          type: 'VillageIndicatorsCorrected',
          data: { ...recorded, report: corrected, revision, reason: '口径调整', correctedBy: `${countyOf(chain)}-official`, correctedAt: isoAt(at) },
        }));
      }
    }
    const events = stream.events();
    counts.indicatorReports += events.length;
    add(villageIndicatorStreamId(unitId), events);
  }
}

/** Shards until at least `targetEvents` events; deterministic for a given target. */
export function supervisionHistory(targetEvents: number, size = { tasks: 120, cases: 220 }): SupervisionHistory {
  const streams: Array<[string, EventToAppend[]]> = [];
  const caseIds: string[] = [];
  const countyIds: string[] = [];
  const rankedRoundIds: string[] = [];
  const scoringInstants = new Map<string, Date>();
  const programmes: ProgrammeCounts = {
    projects: 0,
    evaluatedProjects: 0,
    dutyReviewRounds: 0,
    dutyReviews: 0,
    dutyRatings: 0,
    listings: 0,
    delistedListings: 0,
    cadreRecords: 0,
    indicatorReports: 0,
  };
  let events = 0;
  let taskStreamCount = 0;
  let units = 0;
  for (let shard = 0; events < targetEvents; shard++) {
    const prefix = `s${shard}`;
    const board = randomBoardHistory(prefix, 1000 + shard, size);
    const counties = board.units.filter((chain) => chain.length === 2).map((chain) => chain[0]!);
    countyIds.push(...counties);
    units += board.units.length;
    const add = (streamId: string, streamEvents: EventToAppend[]) => {
      if (streamEvents.length === 0) return;
      streams.push([streamId, streamEvents]);
      events += streamEvents.length;
      if (caseStreams.includes(streamId)) caseIds.push(caseStreams.entityIdOf(streamId));
      if (taskStreams.includes(streamId)) taskStreamCount += 1;
    };
    const org: ShardOrg = {
      counties,
      units: board.units,
      townships: board.units.filter((chain) => chain.length === 3),
      villages: board.units.filter((chain) => chain.length === 4),
      unitStreams: new Map([...board.streams].filter(([streamId]) => orgUnitStreams.includes(streamId))),
    };
    const random = seededRandom(9000 + shard);
    // Adjustments replace secretaries on the unit streams, so the cadres come before those are added.
    const cadres = cadreShard(org, random, programmes);
    // Org units first, so most events meet their unit already registered (as in real life).
    const ordered = [...board.streams.entries()].sort(([a], [b]) => Number(orgUnitStreams.includes(b)) - Number(orgUnitStreams.includes(a)));
    for (const [streamId, streamEvents] of ordered) add(streamId, streamEvents);
    rankedRoundIds.push(...rankingShard(prefix, counties, seededRandom(7000 + shard), add, scoringInstants));
    for (const [streamId, streamEvents] of cadres) add(streamId, streamEvents);
    projectShard(org, random, add, programmes);
    const review = dutyReviewShard(org, prefix, random, add, programmes);
    backwardVillageShard(org, review, random, add, programmes);
    indicatorShard(org, random, add, programmes);
  }
  return {
    streams,
    events,
    caseIds,
    taskStreams: taskStreamCount,
    countyIds,
    rankedRoundIds,
    scoringInstants,
    rounds: rankedRoundIds.length + programmes.dutyReviewRounds,
    units,
    programmes,
  };
}
