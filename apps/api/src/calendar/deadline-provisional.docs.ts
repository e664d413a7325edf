import { ApiOkResponse } from '@nestjs/swagger';

/** What `deadlineProvisional` means, said once for every route that shows a deadline. */
export const DEADLINE_PROVISIONAL =
  '`deadlineProvisional: true` on a case or task: its deadline was counted in working days over a year whose State Council holiday ' +
  'notice is not loaded, on the provisional calendar (statutory holidays and 补假 only, no 调休; see GET /calendar/years). The day ' +
  'shown is the day the unit was told and stays so; once the notice is loaded the flag turns false, and warnings are re-timed on it.';

export const ApiDeadlineProvisional = (): MethodDecorator => ApiOkResponse({ description: DEADLINE_PROVISIONAL });
