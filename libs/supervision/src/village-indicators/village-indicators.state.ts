import { assertNever } from '@app/workflow';
import type { VillageIndicatorEvent } from './village-indicators.events';

export interface UnreportedVillage {
  readonly status: 'unreported';
}

export interface ReportingVillage {
  readonly status: 'reporting';
  readonly unitId: string;
  /** Each reported period's latest revision. */
  readonly revisions: Readonly<Record<string, number>>;
}

export type VillageIndicatorState = UnreportedVillage | ReportingVillage;

export function initialVillageIndicatorState(): VillageIndicatorState {
  return { status: 'unreported' };
}

export function evolveVillageIndicators(state: VillageIndicatorState, event: VillageIndicatorEvent): VillageIndicatorState {
  switch (event.type) {
    case 'VillageIndicatorsReported':
    case 'VillageIndicatorsCorrected': {
      const revisions = state.status === 'reporting' ? state.revisions : {};
      return { status: 'reporting', unitId: event.data.unitId, revisions: { ...revisions, [event.data.period]: event.data.revision } };
    }
    default:
      return assertNever(event);
  }
}
