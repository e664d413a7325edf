import { applyEachEvent, createTables, defineProjection, ProjectionContext, tableEntities } from '@app/projections';
import type { OrgUnitRegistered, OrgUnitRenamed, ResponsiblePersonAssigned, ResponsiblePersonRemoved, ResponsiblePersonReplaced } from '@app/supervision';
import { attachUnitPath } from '../unit-paths';
import { ORG_RESPONSIBILITY_TABLES, orgUnitsTable, ResponsibilityTermRow, responsibilityTermsTable } from './org-responsibility.tables';

type Data<E extends { data: unknown }> = E['data'];

// The name and its version move together, to the name of the highest stream version met.
const latestName = {
  name: 'CASE WHEN existing.name_version > EXCLUDED.name_version THEN existing.name ELSE EXCLUDED.name END',
  nameVersion: 'GREATEST(existing.name_version, EXCLUDED.name_version)',
};
// A registration fills in what a rename met before it could not; the unit's path is attachUnitPath's.
const writeRegistration = orgUnitsTable.upsert({ update: ['kind', 'parentId', 'code', 'name', 'nameVersion'], set: latestName });
const writeRename = orgUnitsTable.upsert({ update: ['name', 'nameVersion'], where: 'existing.name_version < EXCLUDED.name_version' });
// A term met again (its start and end come from different events) keeps the end it already has
// unless this one brings it. So the terms come out the same in any order.
const writeTerm = responsibilityTermsTable.upsert({ set: { until: 'COALESCE(EXCLUDED.until_at, existing.until_at)' } });

async function recordTerm({ manager }: ProjectionContext, term: ResponsibilityTermRow): Promise<void> {
  await writeTerm.run(manager, [term]);
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
    entities: tableEntities(ORG_RESPONSIBILITY_TABLES),
    migrations: [
      createTables('the org directory and the responsibility terms', ORG_RESPONSIBILITY_TABLES, { replaces: ['CreateOrgResponsibility1780000000000'] }),
    ],
    apply: applyEachEvent({
      OrgUnitRegistered: async (event, { manager }) => {
        const data = event.data as Data<OrgUnitRegistered>;
        await writeRegistration.run(manager, [
          { unitId: data.unitId, kind: data.kind, name: data.name, nameVersion: event.version, parentId: data.parentId, code: data.code, unitPath: [data.unitId] },
        ]);
        await attachUnitPath(manager, orgUnitsTable.name, data.unitId, data.parentId);
      },
      OrgUnitRenamed: async (event, { manager }) => {
        const data = event.data as Data<OrgUnitRenamed>;
        // A rename met before the registration (a rebuild's order) keeps its name until the
        // registration fills in the rest.
        await writeRename.run(manager, [{ unitId: data.unitId, kind: '', name: data.name, nameVersion: event.version, parentId: null, code: null, unitPath: [data.unitId] }]);
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
