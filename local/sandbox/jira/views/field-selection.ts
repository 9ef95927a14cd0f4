import type { FieldRecord, SiteState } from '../state/site-state';

/**
 * Which fields an issue is shown with: Jira's `fields` parameter, a comma-separated list that may
 * repeat, with `*all`, `*navigable`, field ids, and `-field` to leave one out. GET issue defaults
 * to `*all`; JQL search to `id` (no fields at all).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
 */

export type FieldSelection = Set<string>;

export function selectFields(site: SiteState, requested: string[], fallback: '*all' | 'id'): FieldSelection {
  const items = requested.flatMap((value) => value.split(',')).map((item) => item.trim()).filter(Boolean);
  const chosen = items.length === 0 ? [fallback] : items;
  const selection = new Set<string>();
  const all = (predicate: (field: FieldRecord) => boolean) => site.fields.filter(predicate).forEach((field) => selection.add(field.id));
  for (const item of chosen) {
    if (item === '*all') all(() => true);
    else if (item === '*navigable') all((field) => field.navigable);
    else if (!item.startsWith('-') && item !== 'id' && item !== 'key') selection.add(fieldIdOf(site, item));
  }
  for (const item of chosen) if (item.startsWith('-')) selection.delete(fieldIdOf(site, item.slice(1)));
  return selection;
}

/** Property keys to show: `*all` for every one, else the listed keys. */
export function selectProperties(requested: string[]): { all: boolean; keys: Set<string> } {
  const items = requested.flatMap((value) => value.split(',')).map((item) => item.trim()).filter(Boolean);
  return { all: items.includes('*all'), keys: new Set(items.filter((item) => !item.startsWith('-') && item !== '*all')) };
}

/** Field ids, or a custom field's `cf[10100]` / name, to its id. */
function fieldIdOf(site: SiteState, item: string): string {
  const cf = /^cf\[(\d+)\]$/i.exec(item);
  if (cf) return `customfield_${cf[1]}`;
  return site.fields.find((field) => field.id === item || field.name.toLowerCase() === item.toLowerCase())?.id ?? item;
}
