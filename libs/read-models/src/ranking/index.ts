import type { ProjectionDefinition } from '@app/projections';

/** The read models behind the county ranking and its trend. */
export function rankingProjections(): ProjectionDefinition[] {
  return [];
}
