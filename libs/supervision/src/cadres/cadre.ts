import { isOneOf } from '@app/workflow';
import { streamNaming } from '../shared/stream-naming';

/**
 * 村社干部日常监测: the monitoring of village and community cadres — concerns and warnings
 * recorded on a person at a unit they serve, and adjustments (调整不称职村社干部: an incompetent
 * cadre taken out of a role, with or without a successor). One stream per person, named by the
 * person id the org units' responsible holders carry: `cadre-<person id>`.
 */
export const cadreStreams = streamNaming('cadre');

/** The stream of person `personId`. */
export const cadreStreamId = cadreStreams.streamIdOf;

/** A monitoring record: a concern (关注) or a warning (预警). */
export const MONITORING_KINDS = ['concern', 'warning'] as const;
export type MonitoringKind = (typeof MONITORING_KINDS)[number];

export function isMonitoringKind(value: unknown): value is MonitoringKind {
  return isOneOf(MONITORING_KINDS, value);
}

/** A person as the org units name them. */
export interface CadrePerson {
  readonly personId: string;
  readonly name: string;
}
