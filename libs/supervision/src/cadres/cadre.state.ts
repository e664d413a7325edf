import { assertNever } from '@app/workflow';
import type { CadreEvent } from './cadre.events';

export interface UnmonitoredCadre {
  readonly status: 'unmonitored';
}

/** A person with monitoring records or adjustments. */
export interface MonitoredCadre {
  readonly status: 'monitored';
  readonly personId: string;
  readonly name: string;
  readonly records: number;
  readonly warnings: number;
  readonly adjustments: number;
  readonly recordIds: readonly string[];
}

export type CadreState = UnmonitoredCadre | MonitoredCadre;

export function initialCadreState(): CadreState {
  return { status: 'unmonitored' };
}

export function evolveCadre(state: CadreState, event: CadreEvent): CadreState {
  const base: MonitoredCadre =
    state.status === 'monitored'
      ? state
      : { status: 'monitored', personId: event.data.personId, name: event.data.name, records: 0, warnings: 0, adjustments: 0, recordIds: [] };
  switch (event.type) {
    case 'CadreMonitoringRecorded':
      return {
        ...base,
        name: event.data.name,
        records: base.records + 1,
        warnings: base.warnings + (event.data.kind === 'warning' ? 1 : 0),
        recordIds: [...base.recordIds, event.data.recordId],
      };
    case 'CadreAdjusted':
      return { ...base, name: event.data.name, adjustments: base.adjustments + 1, recordIds: [...base.recordIds, event.data.adjustmentId] };
    default:
      return assertNever(event);
  }
}
