import type { RecordedEvent } from '@app/event-store';
import { createTables, defineProjection, ProjectionContext, tableEntities } from '@app/projections';
import type { OrgUnitRegistered, OrgUnitRenamed, ResponsiblePersonAssigned, ResponsiblePersonRemoved, ResponsiblePersonReplaced } from '@app/supervision';
import { attachFragments, pathsOfNewUnits } from '../unit-paths';
import { ORG_RESPONSIBILITY_TABLES, OrgUnitRow, orgUnitsTable, ResponsibilityTermRow, responsibilityTermsTable } from './org-responsibility.tables';

type Data<E extends { data: unknown }> = E['data'];

// The name and its version move together, to the name of the highest stream version met.
const latestName = {
  name: 'CASE WHEN existing.name_version > EXCLUDED.name_version THEN existing.name ELSE EXCLUDED.name END',
  nameVersion: 'GREATEST(existing.name_version, EXCLUDED.name_version)',
};
// A registration fills in what a rename met before it could not, and the unit's path (see pathsOfNewUnits).
const writeRegistration = orgUnitsTable.upsert({ update: ['kind', 'parentId', 'code', 'name', 'nameVersion', 'unitPath'], set: latestName });
const writeRename = orgUnitsTable.upsert({ update: ['name', 'nameVersion'], where: 'existing.name_version < EXCLUDED.name_version' });
// A term met again (its start and end come from different events) keeps the end it already has
// unless this one brings it. So the terms come out the same in any order.
const writeTerm = responsibilityTermsTable.upsert({ set: { until: 'COALESCE(EXCLUDED.until_at, existing.until_at)' } });

/** The terms events start and end, in log order. */
function termsOf(event: RecordedEvent): ResponsibilityTermRow[] {
  switch (event.type) {
    case 'ResponsiblePersonAssigned': {
      const { unitId, role, personId, name, from } = event.data as Data<ResponsiblePersonAssigned>;
      return [{ unitId, role, from, personId, name, until: null }];
    }
    case 'ResponsiblePersonReplaced': {
      const { unitId, role, personId, name, from, previous } = event.data as Data<ResponsiblePersonReplaced>;
      return [
        { unitId, role, from: previous.from, personId: previous.personId, name: previous.name, until: from },
        { unitId, role, from, personId, name, until: null },
      ];
    }
    case 'ResponsiblePersonRemoved': {
      const { unitId, role, personId, name, from, until } = event.data as Data<ResponsiblePersonRemoved>;
      return [{ unitId, role, from, personId, name, until }];
    }
    default:
      return [];
  }
}

/**
 * One row per term for a single upsert: a term met twice in the batch is what writing it twice
 * would leave — the later row's person, and the end the later one brings, else the earlier's.
 */
function mergedTerms(terms: readonly ResponsibilityTermRow[]): ResponsibilityTermRow[] {
  const byKey = new Map<string, ResponsibilityTermRow>();
  for (const term of terms) {
    const key = JSON.stringify([term.unitId, term.role, new Date(term.from).toISOString()]);
    const before = byKey.get(key);
    byKey.set(key, { ...term, until: term.until ?? before?.until ?? null });
  }
  return [...byKey.values()];
}

/**
 * A batch of org events in a few statements, whatever its size (a seeded city is thousands of
 * units): the registrations with their paths in one upsert, the fragments under them in another, the renames one by
 * one (rare), the terms in one upsert. The rows come out as event by event: every write here is
 * independent of the order of the others (see the upserts above and unit-paths.ts).
 */
async function applyOrgEvents(events: readonly RecordedEvent[], manager: ProjectionContext['manager']): Promise<void> {
  const registrations = new Map<string, OrgUnitRow>();
  for (const event of events) {
    if (event.type !== 'OrgUnitRegistered') continue;
    const data = event.data as Data<OrgUnitRegistered>;
    registrations.set(data.unitId, { unitId: data.unitId, kind: data.kind, name: data.name, nameVersion: event.version, parentId: data.parentId, code: data.code, unitPath: [] });
  }
  if (registrations.size > 0) {
    const paths = await pathsOfNewUnits(manager, orgUnitsTable.name, [...registrations.values()]);
    await writeRegistration.run(manager, [...registrations.values()].map((row) => ({ ...row, unitPath: paths.get(row.unitId)! })));
    await attachFragments(manager, orgUnitsTable.name, [...registrations.keys()]);
  }
  for (const event of events) {
    if (event.type !== 'OrgUnitRenamed') continue;
    const data = event.data as Data<OrgUnitRenamed>;
    // A rename met before the registration (a rebuild's order) keeps its name until the
    // registration fills in the rest.
    await writeRename.run(manager, [{ unitId: data.unitId, kind: '', name: data.name, nameVersion: event.version, parentId: null, code: null, unitPath: [data.unitId] }]);
  }
  const terms = mergedTerms(events.flatMap(termsOf));
  if (terms.length > 0) await writeTerm.run(manager, terms);
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
    apply: (events, { manager }) => applyOrgEvents(events, manager),
  });
}
