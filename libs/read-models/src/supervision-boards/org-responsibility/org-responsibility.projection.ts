import { applyEachEvent, defineProjection, ProjectionContext } from '@app/projections';
import type { OrgUnitRegistered, OrgUnitRenamed, ResponsiblePersonAssigned, ResponsiblePersonRemoved, ResponsiblePersonReplaced } from '@app/supervision';
import { attachUnitPath } from '../unit-paths';
import {
  createOrgResponsibilityTables,
  ORG_UNITS_TABLE,
  OrgUnitEntity,
  RESPONSIBILITY_TERMS_TABLE,
  ResponsibilityTermEntity,
} from './org-responsibility.tables';

type Data<E extends { data: unknown }> = E['data'];

/**
 * Writes a term; a term met again (its start and end come from different events) keeps the end
 * it already has unless this one brings it. So the terms come out the same in any order.
 */
async function recordTerm(
  { manager }: ProjectionContext,
  term: { unitId: string; role: string; from: string; personId: string; name: string; until: string | null },
): Promise<void> {
  await manager.query(
    `INSERT INTO ${RESPONSIBILITY_TERMS_TABLE} AS t (unit_id, role, from_at, person_id, name, until_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (unit_id, role, from_at) DO UPDATE SET
       person_id = EXCLUDED.person_id,
       name = EXCLUDED.name,
       until_at = COALESCE(EXCLUDED.until_at, t.until_at)`,
    [term.unitId, term.role, term.from, term.personId, term.name, term.until],
  );
}

/**
 * 责任清单 behind the chains and the lists: the org tree with each unit's path from the city, and
 * every responsibility term with its start and end. Inline: an admin's org change shows at once.
 */
export function orgResponsibilityProjection() {
  return defineProjection({
    name: 'org-responsibility',
    kind: 'inline',
    categories: ['orgunit'],
    entities: [OrgUnitEntity, ResponsibilityTermEntity],
    migrations: [createOrgResponsibilityTables],
    apply: applyEachEvent({
      OrgUnitRegistered: async (event, { manager }) => {
        const data = event.data as Data<OrgUnitRegistered>;
        await manager.query(
          `INSERT INTO ${ORG_UNITS_TABLE} AS u (unit_id, kind, name, name_version, parent_id, code, unit_path)
           VALUES ($1, $2, $3, $4, $5, $6, ARRAY[$1::text])
           ON CONFLICT (unit_id) DO UPDATE SET
             kind = EXCLUDED.kind, parent_id = EXCLUDED.parent_id, code = EXCLUDED.code,
             name = CASE WHEN u.name_version > EXCLUDED.name_version THEN u.name ELSE EXCLUDED.name END,
             name_version = GREATEST(u.name_version, EXCLUDED.name_version)`,
          [data.unitId, data.kind, data.name, event.version, data.parentId, data.code],
        );
        await attachUnitPath(manager, ORG_UNITS_TABLE, data.unitId, data.parentId);
      },
      OrgUnitRenamed: async (event, { manager }) => {
        const data = event.data as Data<OrgUnitRenamed>;
        // A rename met before the registration (a rebuild's order) keeps its name until the
        // registration fills in the rest.
        await manager.query(
          `INSERT INTO ${ORG_UNITS_TABLE} AS u (unit_id, kind, name, name_version, parent_id, code, unit_path)
           VALUES ($1, '', $2, $3, NULL, NULL, ARRAY[$1::text])
           ON CONFLICT (unit_id) DO UPDATE SET name = EXCLUDED.name, name_version = EXCLUDED.name_version
           WHERE u.name_version < EXCLUDED.name_version`,
          [data.unitId, data.name, event.version],
        );
      },
      ResponsiblePersonAssigned: async (event, context) => {
        const { unitId, role, personId, name, from } = event.data as Data<ResponsiblePersonAssigned>;
        await recordTerm(context, { unitId, role, from, personId, name, until: null });
      },
      ResponsiblePersonReplaced: async (event, context) => {
        const { unitId, role, personId, name, from, previous } = event.data as Data<ResponsiblePersonReplaced>;
        await recordTerm(context, { unitId, role, from: previous.from, personId: previous.personId, name: previous.name, until: from });
        await recordTerm(context, { unitId, role, from, personId, name, until: null });
      },
      ResponsiblePersonRemoved: async (event, context) => {
        const { unitId, role, personId, name, from, until } = event.data as Data<ResponsiblePersonRemoved>;
        await recordTerm(context, { unitId, role, from, personId, name, until });
      },
    }),
  });
}
