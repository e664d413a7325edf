/** The people who use the system. `system` is automation (timers, process managers). */
export const ROLES = ['admin', 'inspector', 'official', 'auditor', 'viewer', 'system'] as const;
export type Role = (typeof ROLES)[number];
