import { isOneOf } from '@app/workflow';
import type { PlanRound } from '../rounds/round.commands';
import { DEFAULT_FOLLOW_UP_SHARE, DUTY_REVIEW_UNIT_KINDS, DutyReviewSettings } from './duty-review';
import { InvalidDutyReviewSettings } from './duty-review.errors';

/** How many people one panel holds. */
export const MAX_PANEL = 50;

/**
 * What a duty-review round is planned with, checked and with its defaults filled in: a panel of
 * 1–{@link MAX_PANEL} user ids, each once; the units of a kind (counties by default); a follow-up
 * share above 0 and at most 1 (a third by default); and no rubric, since ratings are on the scale.
 * Every problem is named at once.
 */
export function dutyReviewSettingsOf(command: PlanRound): DutyReviewSettings {
  const problems: string[] = [];
  const settings = command.dutyReview;
  const panelIds = Array.isArray(settings?.panelIds) ? settings.panelIds : [];
  if (panelIds.length === 0 || panelIds.length > MAX_PANEL || panelIds.some((id) => typeof id !== 'string' || id.trim() === '') || new Set(panelIds).size !== panelIds.length) {
    problems.push(`a panel of 1 to ${MAX_PANEL} people, each once`);
  }
  const unitKind = settings?.unitKind ?? 'county';
  if (!isOneOf(DUTY_REVIEW_UNIT_KINDS, unitKind)) problems.push(`units of kind ${DUTY_REVIEW_UNIT_KINDS.join(' or ')}`);
  const followUpShare = settings?.followUpShare ?? DEFAULT_FOLLOW_UP_SHARE;
  if (typeof followUpShare !== 'number' || !Number.isFinite(followUpShare) || followUpShare <= 0 || followUpShare > 1) problems.push('a follow-up share above 0, at most 1');
  if ((command.rubric?.items ?? []).length > 0) problems.push('no rubric: reports are rated on the scale 好, 较好, 一般, 差');
  if (problems.length > 0) throw new InvalidDutyReviewSettings(problems);
  return { panelIds: [...panelIds], unitKind, followUpShare };
}
