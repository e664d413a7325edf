import { WarningColour } from './case';
import { CaseEvent } from './case.events';

/**
 * The moments of a case its responsible people are told of: 交办 (assignment), 催办 (urging),
 * 挂牌 (a warning going up), 升级 (escalation one level up the chain) and the result of 复核
 * (verification: closed or sent back).
 */
export const NOTICE_KINDS = ['assignment', 'urging', 'warning', 'escalation', 'verification'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * Who is to be told what about a case: the people responsible for `unitId` at the moment of the
 * event (the unit's officials and the holders of its responsible roles).
 */
export type CaseNotice =
  | { readonly kind: 'assignment'; readonly caseId: string; readonly unitId: string; readonly dueOn: string }
  | { readonly kind: 'urging'; readonly caseId: string; readonly unitId: string; readonly urgeNumber: number; readonly message: string | null }
  | { readonly kind: 'warning'; readonly caseId: string; readonly unitId: string; readonly colour: WarningColour; readonly dueOn: string }
  | { readonly kind: 'escalation'; readonly caseId: string; readonly unitId: string; readonly fromUnitId: string; readonly escalationLevel: number }
  | { readonly kind: 'verification'; readonly caseId: string; readonly unitId: string; readonly passed: boolean; readonly comment: string | null };

/**
 * The notices a case event calls for (none for most). `responsibleUnitId` is the case's
 * responsible unit before the event: the verification result goes to it, and a warning raised
 * while the case is escalated goes to it as well as to the unit accountable above it (both stay
 * accountable). An escalation tells the unit it reached: the unit it left was told of the red
 * warning that caused it.
 */
export function noticesOf(event: CaseEvent, responsibleUnitId: string | null): CaseNotice[] {
  switch (event.type) {
    case 'CaseAssigned':
      return [{ kind: 'assignment', caseId: event.data.caseId, unitId: event.data.responsibleUnitId, dueOn: event.data.dueOn }];
    case 'CaseUrged':
      return [{ kind: 'urging', caseId: event.data.caseId, unitId: event.data.urgedUnitId, urgeNumber: event.data.urgeNumber, message: event.data.message }];
    case 'WarningRaised': {
      const { caseId, accountableUnitId, colour, dueOn } = event.data;
      const units = responsibleUnitId === null || responsibleUnitId === accountableUnitId ? [accountableUnitId] : [accountableUnitId, responsibleUnitId];
      return units.map((unitId) => ({ kind: 'warning', caseId, unitId, colour, dueOn }));
    }
    case 'CaseEscalated':
      return [
        { kind: 'escalation', caseId: event.data.caseId, unitId: event.data.toUnitId, fromUnitId: event.data.fromUnitId, escalationLevel: event.data.escalationLevel },
      ];
    case 'CaseClosed':
      return responsibleUnitId === null ? [] : [{ kind: 'verification', caseId: event.data.caseId, unitId: responsibleUnitId, passed: true, comment: event.data.comment }];
    case 'CaseRejected':
      return responsibleUnitId === null ? [] : [{ kind: 'verification', caseId: event.data.caseId, unitId: responsibleUnitId, passed: false, comment: event.data.reason }];
    case 'CaseOpened':
    case 'CaseSigned':
    case 'CaseProgressReported':
    case 'CaseSubmitted':
    case 'ExtensionRequested':
    case 'ExtensionApproved':
    case 'ExtensionDenied':
    case 'CaseSplit':
    case 'ChildCaseClosed':
    case 'WarningCleared':
      return [];
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

/** What a notice reads as, in the words of the people it goes to. */
export interface NoticeText {
  /** e.g. 【催办】安吉县天荒坪镇：河道保洁不到位 */
  readonly title: string;
  readonly text: string;
}

/** Names the text needs: the case's title and the units' names (an id stands in for an unknown unit). */
export interface NoticeNames {
  readonly caseTitle: string;
  unitName(unitId: string): string;
}

const COLOUR_WORDS: Record<WarningColour, string> = { blue: '蓝牌', yellow: '黄牌', red: '红牌' };

const COLOUR_MEANINGS: Record<WarningColour, string> = {
  blue: '整改期限临近',
  yellow: '已超过整改期限',
  red: '严重超期或多次延期，已升级督办',
};

export function noticeText(notice: CaseNotice, names: NoticeNames): NoticeText {
  const unit = names.unitName(notice.unitId);
  const about = `案件「${names.caseTitle}」`;
  switch (notice.kind) {
    case 'assignment':
      return { title: `【交办】${unit}：${names.caseTitle}`, text: `${about}已交办${unit}，请按期签收办理，整改期限至 ${notice.dueOn}。` };
    case 'urging':
      return {
        title: `【催办】${unit}：${names.caseTitle}`,
        text: `${about}第 ${notice.urgeNumber} 次催办${unit}${notice.message === null ? '。' : `：${notice.message}`}`,
      };
    case 'warning':
      return {
        title: `【${COLOUR_WORDS[notice.colour]}】${unit}：${names.caseTitle}`,
        text: `${about}${COLOUR_MEANINGS[notice.colour]}（期限 ${notice.dueOn}），${unit}被挂${COLOUR_WORDS[notice.colour]}。`,
      };
    case 'escalation':
      return {
        title: `【升级督办】${unit}：${names.caseTitle}`,
        text: `${about}由${names.unitName(notice.fromUnitId)}升级至${unit}（第 ${notice.escalationLevel} 级），请督促整改。`,
      };
    case 'verification':
      return notice.passed
        ? { title: `【复核通过】${unit}：${names.caseTitle}`, text: `${about}复核通过，已办结${notice.comment === null ? '。' : `：${notice.comment}`}` }
        : { title: `【复核退回】${unit}：${names.caseTitle}`, text: `${about}复核未通过，退回办理：${notice.comment ?? ''}` };
  }
}
