/** A KVS condition as @forge/kvs sends it: `{ property?, condition, values }`. */
export interface Clause {
  property?: string;
  condition: string;
  values: unknown[];
}

/** Compares like KVS does: numbers numerically, everything else as strings. */
export function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Whether a value satisfies one clause (`where` on keys or indexes, or a `filters` item). */
export function matches(value: unknown, clause: Clause): boolean {
  const [first, second] = clause.values;
  switch (clause.condition) {
    case 'EXISTS':
      return value !== undefined;
    case 'NOT_EXISTS':
      return value === undefined;
    case 'EQUAL_TO':
      return value === first;
    case 'NOT_EQUAL_TO':
      return value !== first;
    case 'BEGINS_WITH':
      return typeof value === 'string' && value.startsWith(String(first));
    case 'CONTAINS':
      return Array.isArray(value) ? value.includes(first) : typeof value === 'string' && value.includes(String(first));
    case 'NOT_CONTAINS':
      return !(Array.isArray(value) ? value.includes(first) : typeof value === 'string' && value.includes(String(first)));
    case 'BETWEEN':
      return value !== undefined && compare(value, first) >= 0 && compare(value, second) <= 0;
    case 'GREATER_THAN':
      return value !== undefined && compare(value, first) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return value !== undefined && compare(value, first) >= 0;
    case 'LESS_THAN':
      return value !== undefined && compare(value, first) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return value !== undefined && compare(value, first) <= 0;
    default:
      throw new Error(`Unknown KVS condition ${clause.condition}`);
  }
}

/** Evaluates `{ and: [...] }` or `{ or: [...] }` against an entity's attributes. */
export function matchesFilters(attributes: Record<string, unknown>, filters?: Record<string, Clause[]>): boolean {
  if (!filters) return true;
  if (filters.and) return filters.and.every((clause) => matches(attributes[clause.property ?? ''], clause));
  if (filters.or) return filters.or.some((clause) => matches(attributes[clause.property ?? ''], clause));
  return true;
}
