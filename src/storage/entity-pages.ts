/**
 * Helpers for Forge KVS custom entities, shared by every store.
 */

interface Page<T> {
  results: { key: string; value: T }[];
  nextCursor?: string;
}

/** KVS pages hold at most 100 items; stores whose lists are small read all pages. */
export const PAGE_SIZE = 100;

/** Reads every page of a query; `page(cursor)` runs the query from that cursor. */
export async function readAllPages<T>(page: (cursor?: string) => Promise<Page<T>>): Promise<{ key: string; value: T }[]> {
  const found: { key: string; value: T }[] = [];
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    found.push(...next.results);
    cursor = next.nextCursor;
  } while (cursor);
  return found;
}

/** KVS entities reject undefined attributes: store only what is set. */
export function definedAttributes<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, attribute]) => attribute !== undefined)) as T;
}
