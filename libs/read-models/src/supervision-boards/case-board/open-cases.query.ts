import type { WarningColour } from '@app/supervision';
import { ReadModelReader } from '../board-query';
import { CASE_BOARD_TABLE } from './case-board.tables';

/** Open cases (opened, not closed) by the gravest warning up on each; `none` when none is. */
export type OpenCasesByWarning = Record<WarningColour | 'none', number>;

/** `warning_level` on the board: 0 none, 1 blue, 2 yellow, 3 red. */
const BY_LEVEL = ['none', 'blue', 'yellow', 'red'] as const;

/**
 * Counts the open cases by their gravest warning: one grouped scan of the board's open rows,
 * cheap enough to run at every metrics scrape.
 */
export async function openCasesByWarningQuery(db: ReadModelReader): Promise<OpenCasesByWarning> {
  const rows: Array<{ warning_level: number; cases: string }> = await db.query(
    `SELECT warning_level, count(*) AS cases FROM ${CASE_BOARD_TABLE} WHERE status NOT IN ('closed', 'unopened') GROUP BY warning_level`,
  );
  const counts: OpenCasesByWarning = { none: 0, blue: 0, yellow: 0, red: 0 };
  for (const row of rows) {
    const colour = BY_LEVEL[Number(row.warning_level)];
    if (colour !== undefined) counts[colour] += Number(row.cases);
  }
  return counts;
}
