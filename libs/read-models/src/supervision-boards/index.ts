import type { ProjectionDefinition } from '@app/projections';

/** The read models behind the boards, the responsibility chains and the 三张清单. */
export function boardProjections(): ProjectionDefinition[] {
  return [];
}
