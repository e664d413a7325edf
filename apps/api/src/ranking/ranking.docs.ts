/* What the ranking routes say in the OpenAPI document about how their figures come about. */

export const LAG_NOTE =
  'A live computation reads the county-ranking read model, which an async projector keeps: a score recorded a moment ago may not be in it yet ' +
  '(the projector’s lag is on GET /admin/projections/county-ranking). A publication carries its own figures.';

export const FROZEN_NOTE =
  'Once the round is published, the answer is its publication in force at asOf (now when absent): the figures recorded when it was published, ' +
  'whatever facts arrive later (a red card raised inside the window after publication, say), until an admin republishes (POST /rounds/{id}/republish, ' +
  'with a reason: a new version in `publication`). `changedSincePublication` tells whether the live computation has moved on since. ' +
  'Before publication, and as of an instant before it, the answer is the live computation from the facts as of then.';

/** How anyone recomputes `inputsHash` from what the API shows. Kept in step with `rankingInputsText` (@app/supervision). */
export const INPUTS_HASH_RECIPE =
  'Inputs hash (method version v2): the SHA-256, in lowercase hex, of the UTF-8 text of one JSON object written in RFC 8785 canonical form ' +
  '(JCS: object keys sorted by UTF-16 code units at every level, no whitespace, numbers in their shortest form as JavaScript’s JSON.stringify writes them). ' +
  'Its members: ' +
  '`counties`: the round’s scopeCountyIds (GET /rounds/{id}), sorted; ' +
  '`methodVersion`: this answer’s methodVersion, e.g. "county-ranking/v2/mean"; ' +
  '`perRedCase`: the round’s scoringPolicy.deductions.perRedCase, 0 when absent; ' +
  '`previous`: null when previousRoundId is null, else {"ranks": {countyId: previousRank, for each entry whose previousRank is not null}, "roundId": previousRoundId}; ' +
  '`redCases`: {countyId: redCases, for each entry}; ' +
  '`rubric`: the round’s rubric.items as {"code", "maxScore", "weight"}, sorted by code; ' +
  '`sheets`: from GET /tasks?round={id} (every page, read by a user who sees every task: any role but official), for each task whose targetCountyId is in the scope, ' +
  'one sheet per inspector in its `scores`: {"countyId": targetCountyId, "inspectorId", "scores": [{"itemCode", "score"}] sorted by itemCode, "taskId"}, ' +
  'sorted by countyId, then taskId, then inspectorId. Strings sort by UTF-16 code units (JavaScript’s default sort). ' +
  'The tasks show their current scores, which no longer change once scoring is closed: they are the sheets of a published ranking; ' +
  'a live ranking as of a past instant rests on the scores recorded by then.';
