import { admin, after, HISTORY, inspector, opened, spec, system, TOWNSHIP_CHAIN } from './case.spec-fixtures';
import { CaseNotice, noticesOf as noticesOfEvent, noticeText } from './case-notices';
import { CaseEvent } from './case.events';

const UNIT_NAMES: Record<string, string> = { 'anji-tianhuangping': '天荒坪镇', anji: '安吉县', huzhou: '湖州市' };
const names = { caseTitle: '污水设施运维不到位', unitName: (id: string) => UNIT_NAMES[id] ?? id };

/** The notices of events decided on the 天荒坪镇 case (its responsible unit before each). */
function noticesOf(events: readonly CaseEvent[]): CaseNotice[] {
  return events.flatMap((event) => noticesOfEvent(event, 'anji-tianhuangping'));
}

describe('case notices (who is told what)', () => {
  it('Given an opened case, When it is assigned (交办), Then the responsible unit is told with its deadline', () => {
    const events = spec.given([opened]).when({ type: 'AssignCase' }, { actor: admin }).events();
    expect(noticesOf(events)).toEqual([{ kind: 'assignment', caseId: 'c-1', unitId: 'anji-tianhuangping', dueOn: '2026-03-11' }]);
  });

  it('Given a signed case, When an inspector urges it (催办), Then the urged unit is told with the count and message', () => {
    const events = spec.given(HISTORY.signed).when({ type: 'UrgeCase', message: '请本周内完成' }, { actor: inspector }).events();
    expect(noticesOf(events)).toEqual([{ kind: 'urging', caseId: 'c-1', unitId: 'anji-tianhuangping', urgeNumber: 1, message: '请本周内完成' }]);
  });

  it('Given an overdue case, When the red warning fires, Then the accountable unit is told of the red card and the county of the escalation', () => {
    const redAt = new Date('2026-03-12T16:00:00.000Z');
    const red = spec.given(HISTORY.signed).when({ type: 'RaiseWarning', colour: 'red', dueAt: redAt.toISOString() }, { actor: system, now: redAt }).events();
    const notices = noticesOf(red);
    expect(notices).toEqual([
      { kind: 'warning', caseId: 'c-1', unitId: 'anji-tianhuangping', colour: 'red', dueOn: '2026-03-09' },
      { kind: 'escalation', caseId: 'c-1', unitId: 'anji', fromUnitId: 'anji-tianhuangping', escalationLevel: 1 },
    ]);
    expect(TOWNSHIP_CHAIN[1]).toBe('anji');
  });

  it('Given a submitted case, When 复核 passes or fails, Then the responsible unit is told the result', () => {
    const passed = spec.given(HISTORY.submitted).when({ type: 'VerifyCase', comment: '整改到位' }, { actor: admin }).events();
    expect(noticesOf(passed)).toEqual([{ kind: 'verification', caseId: 'c-1', unitId: 'anji-tianhuangping', passed: true, comment: '整改到位' }]);
    const failed = spec.given(HISTORY.submitted).when({ type: 'RejectCase', reason: '仍有两处停运' }, { actor: admin }).events();
    expect(noticesOf(failed)).toEqual([{ kind: 'verification', caseId: 'c-1', unitId: 'anji-tianhuangping', passed: false, comment: '仍有两处停运' }]);
  });

  it('tells nobody of the steps the unit itself takes (签收, 办理, 反馈) or of a warning coming down', () => {
    const signedEvents = HISTORY['in-progress'].slice(2);
    expect(noticesOf(signedEvents)).toEqual([]);
    const closedAfterWarning = after(HISTORY.submitted, { type: 'VerifyCase' }, { actor: admin });
    expect(noticesOf(closedAfterWarning.filter((event) => event.type === 'WarningCleared'))).toEqual([]);
  });

  it('Given an escalated case, When another warning goes up, Then both the unit accountable above and the responsible unit are told', () => {
    // The timers fire late, red before yellow (as a worker catching up may).
    const late = new Date('2026-03-13T02:00:00.000Z');
    const escalated = after(HISTORY.signed, { type: 'RaiseWarning', colour: 'red', dueAt: '2026-03-12T16:00:00.000Z' }, { actor: system, now: late });
    const [yellow] = spec.given(escalated).when({ type: 'RaiseWarning', colour: 'yellow', dueAt: '2026-03-09T16:00:00.000Z' }, { actor: system, now: late }).events();
    expect(noticesOfEvent(yellow!, 'anji-tianhuangping').map((notice) => notice.unitId)).toEqual(['anji', 'anji-tianhuangping']);
  });

  it('a verification result without a known responsible unit tells nobody rather than guessing', () => {
    const [closed] = spec.given(HISTORY.submitted).when({ type: 'VerifyCase' }, { actor: admin }).events();
    expect(noticesOfEvent(closed!, null)).toEqual([]);
  });

  describe('the text', () => {
    it('names the kind, the unit and the case in the title, and the facts in the text', () => {
      expect(noticeText({ kind: 'assignment', caseId: 'c-1', unitId: 'anji-tianhuangping', dueOn: '2026-03-09' }, names)).toEqual({
        title: '【交办】天荒坪镇：污水设施运维不到位',
        text: '案件「污水设施运维不到位」已交办天荒坪镇，请按期签收办理，整改期限至 2026-03-09。',
      });
      expect(noticeText({ kind: 'urging', caseId: 'c-1', unitId: 'anji-tianhuangping', urgeNumber: 2, message: null }, names).text).toBe(
        '案件「污水设施运维不到位」第 2 次催办天荒坪镇。',
      );
      expect(noticeText({ kind: 'warning', caseId: 'c-1', unitId: 'anji-tianhuangping', colour: 'yellow', dueOn: '2026-03-09' }, names).title).toBe(
        '【黄牌】天荒坪镇：污水设施运维不到位',
      );
      expect(noticeText({ kind: 'escalation', caseId: 'c-1', unitId: 'anji', fromUnitId: 'anji-tianhuangping', escalationLevel: 1 }, names).text).toBe(
        '案件「污水设施运维不到位」由天荒坪镇升级至安吉县（第 1 级），请督促整改。',
      );
      expect(noticeText({ kind: 'verification', caseId: 'c-1', unitId: 'anji-tianhuangping', passed: false, comment: '仍有停运' }, names).title).toBe(
        '【复核退回】天荒坪镇：污水设施运维不到位',
      );
    });

    it('names a unit it does not know by its id', () => {
      expect(noticeText({ kind: 'assignment', caseId: 'c-1', unitId: 'x-unit', dueOn: '2026-03-09' }, names).title).toBe('【交办】x-unit：污水设施运维不到位');
    });
  });
});
