import { computed, onMounted, ref } from 'vue';
import { get, type Schemas } from './api/client';

export type OrgNode = Schemas['OrgTreeNodeResponse'];

/** A unit for pickers: `{ value, label, children }`, as Element Plus' tree select and cascader take it. */
export interface UnitOption {
  readonly value: string;
  readonly label: string;
  readonly kind: string;
  readonly children?: UnitOption[];
}

export function unitOptions(nodes: readonly OrgNode[]): UnitOption[] {
  return nodes.map((node) => ({
    value: node.id,
    label: node.name,
    kind: node.kind,
    ...(node.children.length === 0 ? {} : { children: unitOptions(node.children) }),
  }));
}

/** The most units a picker lists for what was typed: a city has thousands, more than a dropdown draws at once. */
export const UNIT_MATCH_LIMIT = 50;

/** The units whose name holds `text`, in tree order, flat, at most `limit`. */
export function matchingUnits(options: readonly UnitOption[], text: string, limit = UNIT_MATCH_LIMIT): UnitOption[] {
  const found: UnitOption[] = [];
  const visit = (nodes: readonly UnitOption[]): void => {
    for (const node of nodes) {
      if (found.length >= limit) return;
      if (node.label.includes(text)) found.push({ value: node.value, label: node.label, kind: node.kind });
      if (node.children !== undefined) visit(node.children);
    }
  };
  visit(options);
  return found;
}

/** Every unit's name by id. */
export function unitNames(nodes: readonly OrgNode[], into = new Map<string, string>()): Map<string, string> {
  for (const node of nodes) {
    into.set(node.id, node.name);
    unitNames(node.children, into);
  }
  return into;
}

let loaded: Promise<OrgNode[]> | undefined;

/** The org tree, read once per page load (units change rarely). */
export function orgTree(): Promise<OrgNode[]> {
  loaded ??= get<Schemas['OrgTreeResponse']>('/org-units').then(
    ({ body }) => body.units,
    (error: unknown) => {
      loaded = undefined;
      throw error;
    },
  );
  return loaded;
}

/** The unit and the units below it, for pickers limited to a subtree (a finding's unit lies at or below the task's target). */
export function subtreeOptions(nodes: readonly OrgNode[], rootId: string): UnitOption[] {
  for (const node of nodes) {
    if (node.id === rootId) return unitOptions([node]);
    const found = subtreeOptions(node.children, rootId);
    if (found.length > 0) return found;
  }
  return [];
}

/** The county a unit lies in (the unit itself when it is one); null above county level or when unknown. */
export function countyOf(nodes: readonly OrgNode[], unitId: string, county: string | null = null): string | null | undefined {
  for (const node of nodes) {
    const here = node.kind === 'county' ? node.id : county;
    if (node.id === unitId) return here;
    const found = countyOf(node.children, unitId, here);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The counties of the tree. */
export function counties(nodes: readonly OrgNode[]): OrgNode[] {
  return nodes.flatMap((node) => (node.kind === 'county' ? [node] : counties(node.children)));
}

/**
 * For a page that names units: the org tree, loaded when the page mounts (units are shown by id
 * until it arrives, or if it cannot be read), and each unit's name.
 */
export function useOrgTree() {
  const tree = ref<OrgNode[]>([]);
  const names = computed(() => unitNames(tree.value));
  const unitName = (id: string): string => names.value.get(id) ?? id;
  onMounted(async () => {
    try {
      tree.value = await orgTree();
    } catch {
      // The page goes on with ids for names.
    }
  });
  return { tree, names, unitName };
}
