import type { ResponsibleHolder, ResponsibleRole } from '../org-units/org-unit';
import type { CadrePerson, MonitoringKind } from './cadre';

/** Where a record or an adjustment is made, as the caller resolves it from the org tree. */
export interface CadreUnit {
  readonly unitId: string;
  readonly unitKind: string | null;
  readonly unitChain: readonly string[];
  readonly countyId: string | null;
}

/**
 * 日常监测: a concern or a warning on a person at a unit they serve or served. The caller passes
 * the person's name and the units they have held a role at (from the responsibility terms).
 */
export interface RecordCadreMonitoring extends CadreUnit {
  readonly type: 'RecordCadreMonitoring';
  readonly person: CadrePerson;
  readonly recordId: string;
  readonly kind: MonitoringKind;
  readonly note: string;
  readonly unitsServed: readonly string[];
}

/**
 * 调整不称职村社干部: takes the person out of `role` at a village; the caller passes who holds the
 * role now (from the unit's stream), which must be the person.
 */
export interface AdjustCadre extends CadreUnit {
  readonly type: 'AdjustCadre';
  readonly person: CadrePerson;
  readonly adjustmentId: string;
  readonly role: ResponsibleRole;
  readonly currentHolder: ResponsibleHolder | null;
  readonly reason: string;
  readonly successor?: CadrePerson;
}

export type CadreCommand = RecordCadreMonitoring | AdjustCadre;
