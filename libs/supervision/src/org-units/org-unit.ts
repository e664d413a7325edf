import { isOneOf } from '@app/workflow';
import { streamNaming } from '../shared/stream-naming';

/**
 * Org unit kinds. The levels run city (市) → county (区/县) → township (乡镇/街道) → village (村/社区)
 * → grid (网格); a department (行业系统, e.g. 教育局) hangs beside a level and takes cases too (横向到边).
 */
export const ORG_UNIT_KINDS = ['city', 'county', 'township', 'village', 'grid', 'department'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/**
 * The people responsible for a unit: `secretary` is the first person responsible (第一责任人, the
 * unit's party secretary), `deputy` the leader in charge (分管领导), `liaison` the liaison (联络员).
 * A 全科网格 has its 网格党支部, whose secretary is the grid's `secretary`, and its 网格员, the
 * grid's `grid-worker` — a role held at grids only (see {@link isRoleHeldAt}).
 */
export const RESPONSIBLE_ROLES = ['secretary', 'deputy', 'liaison', 'grid-worker'] as const;
export type ResponsibleRole = (typeof RESPONSIBLE_ROLES)[number];

/** Whether a unit of `kind` has a holder of `role`: a 网格员 (`grid-worker`) only at a grid; the other roles anywhere. */
export function isRoleHeldAt(role: ResponsibleRole, kind: OrgUnitKind): boolean {
  return role !== 'grid-worker' || kind === 'grid';
}

/** A person holding a responsible role since `from` (an ISO instant). */
export interface ResponsibleHolder {
  readonly personId: string;
  readonly name: string;
  readonly from: string;
}

/** Org unit streams, one per unit holding its history: `orgunit-<unit id>`. */
export const orgUnitStreams = streamNaming('orgunit');

/** The stream of unit `unitId`: `orgunit-<unitId>`. */
export const orgUnitStreamId = orgUnitStreams.streamIdOf;

export function isOrgUnitKind(value: unknown): value is OrgUnitKind {
  return isOneOf(ORG_UNIT_KINDS, value);
}

export function isResponsibleRole(value: unknown): value is ResponsibleRole {
  return isOneOf(RESPONSIBLE_ROLES, value);
}
