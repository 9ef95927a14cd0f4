/**
 * Entity properties JQL can search. Jira indexes only the property paths an app declares
 * (`jira:entityProperty` in a Forge manifest); a clause on any other path is valid JQL but
 * matches nothing, since nothing was indexed for it.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-entity-property/
 */

export type IndexedValueType = 'string' | 'text' | 'number' | 'date' | 'user';

export interface IndexedPath {
  /** Dot-separated path inside the property value, e.g. `tool` or `ticket.id`. */
  path: string;
  type: IndexedValueType;
  /** A JQL field name for the path (`deskbridgeTool = freshdesk`). */
  searchAlias?: string;
}

export interface IndexedProperty {
  propertyKey: string;
  /** Only issue properties are searched here. */
  entityType?: 'issue';
  paths: IndexedPath[];
}

/** A manifest's `jira:entityProperty` entries (`values` where the sandbox says `paths`), as read from YAML. */
export interface ManifestEntityProperty {
  propertyKey: string;
  entityType?: string;
  values: { path: string; type: string; searchAlias?: string }[];
}

const TYPES: IndexedValueType[] = ['string', 'text', 'number', 'date', 'user'];

/** Issue declarations only; a type Jira does not know fails loudly, as `forge deploy` would. */
export function fromManifest(entries: ManifestEntityProperty[]): IndexedProperty[] {
  return entries
    .filter((entry) => (entry.entityType ?? 'issue') === 'issue')
    .map((entry) => ({
      propertyKey: entry.propertyKey,
      entityType: 'issue',
      paths: entry.values.map((value) => {
        const type = value.type.toLowerCase() as IndexedValueType;
        if (!TYPES.includes(type)) throw new Error(`jira:entityProperty ${entry.propertyKey}: '${value.type}' is not an indexable type (${TYPES.join(', ')}).`);
        return { path: value.path, type, ...(value.searchAlias ? { searchAlias: value.searchAlias } : {}) };
      }),
    }));
}

/** The declared path of `propertyKey` at `path`, if it is indexed. */
export function indexedPath(declared: IndexedProperty[], propertyKey: string, path: string): IndexedPath | undefined {
  return declared.find((property) => property.propertyKey === propertyKey)?.paths.find((candidate) => candidate.path === path);
}

/** The property and path a search alias stands for. */
export function aliasTarget(declared: IndexedProperty[], alias: string): { propertyKey: string; path: IndexedPath } | undefined {
  for (const property of declared) {
    const path = property.paths.find((candidate) => candidate.searchAlias?.toLowerCase() === alias.toLowerCase());
    if (path) return { propertyKey: property.propertyKey, path };
  }
  return undefined;
}

/** The value at a dot-separated path of a property value. */
export function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split('.')) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
