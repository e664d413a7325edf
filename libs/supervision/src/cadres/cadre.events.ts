import type { DomainEvent } from '@app/workflow';
import type { ResponsibleRole } from '../org-units/org-unit';
import type { CadrePerson, MonitoringKind } from './cadre';

export type CadreMonitoringRecorded = DomainEvent<
  'CadreMonitoringRecorded',
  {
    personId: string;
    name: string;
    recordId: string;
    kind: MonitoringKind;
    unitId: string;
    /** The unit, then each unit above it, up to the city. */
    unitChain: string[];
    countyId: string | null;
    note: string;
    recordedBy: string;
    recordedAt: string;
  }
>;

/**
 * 调整: the person is taken out of `role` at the unit; the successor, if any, takes it over. The
 * org unit's responsible person changes as a consequence (the cadre-adjustment process).
 */
export type CadreAdjusted = DomainEvent<
  'CadreAdjusted',
  {
    personId: string;
    name: string;
    adjustmentId: string;
    unitId: string;
    unitChain: string[];
    countyId: string | null;
    role: ResponsibleRole;
    /** Since when the person held the role. */
    heldFrom: string;
    reason: string;
    successor: CadrePerson | null;
    adjustedBy: string;
    adjustedAt: string;
  }
>;

export type CadreEvent = CadreMonitoringRecorded | CadreAdjusted;

export const CADRE_EVENT_TYPES: readonly CadreEvent['type'][] = ['CadreMonitoringRecorded', 'CadreAdjusted'];
