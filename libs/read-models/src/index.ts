import type { ProjectionDefinition } from '@app/projections';
import { dutyReviewProjections } from './duty-reviews';
import { rankingProjections } from './ranking';
import { boardProjections } from './supervision-boards';
import { villageIndicatorsProjection } from './village-indicators';

export * from './duty-reviews';
export * from './ranking';
export * from './supervision-boards';
export * from './village-indicators';

/** Every read model of the supervision domain, registered by the API and the worker alike. */
export function supervisionProjections(): ProjectionDefinition[] {
  return [...boardProjections(), ...rankingProjections(), villageIndicatorsProjection(), ...dutyReviewProjections()];
}
