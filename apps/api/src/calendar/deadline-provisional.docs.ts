import { Type } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { ApiVersionedResponse } from '../http/stream-response';

/** What `deadlineProvisional` means, said once for every route that shows a deadline. */
export const DEADLINE_PROVISIONAL =
  '`deadlineProvisional: true` on a case or task: its deadline was counted in working days over a year whose State Council holiday ' +
  'notice is not loaded, on the provisional calendar (statutory holidays and 补假 only, no 调休; see GET /calendar/years). The day ' +
  'shown is the day the unit was told and stays so; once the notice is loaded the flag turns false, and warnings are re-timed on it.';

/**
 * The 200 answer of a route that shows deadlines: its body's type and what `deadlineProvisional`
 * means; `versioned` when the body is one stream's and the route sets its version as `ETag`.
 */
export const ApiDeadlineProvisional = (type: Type, options: { versioned?: boolean } = {}): MethodDecorator =>
  options.versioned === true ? ApiVersionedResponse(type, { description: DEADLINE_PROVISIONAL }) : ApiOkResponse({ description: DEADLINE_PROVISIONAL, type });
