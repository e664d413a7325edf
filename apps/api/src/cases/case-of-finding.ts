import { deterministicUuid } from '@app/workflow-runtime';

/** The id of the case opened from a finding: fixed by the finding, so a finding has one case (CASE_ALREADY_OPENED). */
export function caseIdOfFinding(findingId: string): string {
  return deterministicUuid(`case-of-finding\u0000${findingId}`);
}
