import { SettableClock } from '@app/workflow';
import { OpenCaseCommand } from '../../cases/open-case/open-case.command';
import { CaseStep, TakeCaseStep } from '../../cases/take-case-step/take-case-step.command';
import { openedTask, scored } from '../../tasks/task-test-fixtures';
import { majorInspectionPlan, metadataOf, RoundUseCases, roundUseCases, walkSeeCompetePlan } from '../round-test-fixtures';
import { RepublishRankingCommand } from './republish-ranking.command';

describe('republishing a round’s ranking, without HTTP', () => {
  // Inside the round's window (2026-07-01 … 2026-09-30): a red card raised now counts against its county.
  const clock = new SettableClock('2026-07-01T02:00:00.000Z');
  let rounds: RoundUseCases;
  let roundId: string;
  beforeAll(async () => {
    rounds = await roundUseCases({ clock });
    roundId = await rounds.activeRound(walkSeeCompetePlan({ scoringPolicy: { method: 'mean', deductions: { perRedCase: 1 } } }));
    await scored(rounds, await openedTask(rounds, roundId, 'anji', ['inspector.wuxing']), 'inspector.wuxing', 9, 18);
    await scored(rounds, await openedTask(rounds, roundId, 'wuxing', ['inspector.anji']), 'inspector.anji', 8, 14);
    await rounds.closeAndPublish(roundId);
  });
  afterAll(async () => rounds?.close());

  const republish = (id: string, reason: string, metadata = metadataOf('admin')) => rounds.commands.execute(new RepublishRankingCommand(id, reason, metadata));

  /** A case at 溪龙乡 (安吉县) whose second extension approved raises a red warning (红牌). */
  async function redCardInAnji(): Promise<void> {
    const details = { title: '溪龙乡白茶园区环境整治滞后', description: '整改进度缓慢', severity: 'medium' as const, responsibleUnitId: 'anji-xilong', dueWorkingDays: 5 };
    const { caseId } = await rounds.commands.execute(new OpenCaseCommand(details, undefined, metadataOf('admin')));
    const steps: Array<[CaseStep, string]> = [
      [{ type: 'AssignCase' }, 'admin'],
      [{ type: 'SignCase' }, 'official.anji'],
      [{ type: 'RequestExtension', newDueWorkingDays: 10, reason: '涉及多个村' }, 'official.anji'],
      [{ type: 'ApproveExtension' }, 'admin'],
      [{ type: 'RequestExtension', newDueWorkingDays: 20, reason: '资金未到位' }, 'official.anji'],
      [{ type: 'ApproveExtension' }, 'admin'],
    ];
    for (const [step, username] of steps) await rounds.commands.execute(new TakeCaseStep(caseId, step, metadataOf(username)));
  }

  it('refuses a republication that would change nothing (RANKING_UNCHANGED), appending nothing', async () => {
    const before = await rounds.eventCount();
    await expect(republish(roundId, '复核')).rejects.toMatchObject({ code: 'RANKING_UNCHANGED', details: { publication: 1 } });
    expect(await rounds.eventCount()).toBe(before);
  });

  it('records the live ranking as version 2 once a red card inside the window moved it, with the reason; a retry appends nothing', async () => {
    await redCardInAnji();
    const metadata = metadataOf('admin');
    const republished = await republish(roundId, '补录窗口期内的红牌扣分', metadata);
    const [event] = republished.result.events;
    expect(event).toMatchObject({ type: 'RoundRankingRepublished', data: { publication: 2, reason: '补录窗口期内的红牌扣分', republishedBy: 'admin' } });
    const entries = (event!.data as { ranking: { entries: Array<{ countyId: string; score: number; redCases: number }> } }).ranking.entries;
    expect(entries.map(({ countyId, score, redCases }) => [countyId, score, redCases])).toEqual([
      ['anji', 89, 1],
      ['wuxing', 74, 0],
    ]);
    expect(republished.result.state).toMatchObject({ status: 'published', publication: { version: 2, reason: '补录窗口期内的红牌扣分', publishedBy: 'admin' } });
    const before = await rounds.eventCount();
    expect((await republish(roundId, '补录窗口期内的红牌扣分', metadata)).result).toMatchObject({ duplicate: true, events: republished.result.events });
    expect(await rounds.eventCount()).toBe(before);
  });

  it('refuses a round not yet published (ROUND_NOT_PUBLISHED), one that ranks nobody (ROUND_NOT_RANKED) and an unknown one (ROUND_NOT_FOUND)', async () => {
    const active = await rounds.activeRound();
    const unranked = await rounds.activeRound(majorInspectionPlan());
    await rounds.closeAndPublish(unranked);
    const before = await rounds.eventCount();
    await expect(republish(active, '复核')).rejects.toMatchObject({ code: 'ROUND_NOT_PUBLISHED' });
    await expect(republish(unranked, '复核')).rejects.toMatchObject({ code: 'ROUND_NOT_RANKED' });
    await expect(republish('no-such-round', '复核')).rejects.toMatchObject({ code: 'ROUND_NOT_FOUND' });
    expect(await rounds.eventCount()).toBe(before);
  });
});
