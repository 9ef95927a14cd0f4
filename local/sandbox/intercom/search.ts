import { badRequest, missing } from './errors';

/**
 * Intercom's search query language (conversations and contacts): single filters `{ field,
 * operator, value }` combined by `{ operator: AND|OR, value: [...] }`, at most 2 levels of nesting
 * and 15 filters a group; then cursor paging with `pagination: { per_page, starting_after }`.
 * https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/conversations/searchconversations
 * https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination
 */

type Open = Record<string, unknown>;
type Predicate = (item: Open) => boolean;
/** Reads a field of an item; array fields (contact_ids, tag_ids) give every value. */
export type FieldReader = (item: Open, field: string) => unknown;

const OPERATORS = new Set(['=', '!=', 'IN', 'NIN', '<', '>', '<=', '>=', '~', '!~', '^', '$']);

export function compileQuery(query: unknown, read: FieldReader, depth = 0): Predicate {
  if (!query || typeof query !== 'object') throw missing('query');
  const node = query as Open;
  if (node.operator === 'AND' || node.operator === 'OR') {
    if (depth >= 2) throw badRequest('There is a limit of max 2 nested filters');
    if (!Array.isArray(node.value) || node.value.length === 0) throw badRequest(`${node.operator} needs an array of filters as its value`);
    if (node.value.length > 15) throw badRequest('There is a limit of max 15 filters for each AND or OR group');
    const parts = node.value.map((child) => compileQuery(child, read, depth + 1));
    return node.operator === 'AND' ? (item) => parts.every((part) => part(item)) : (item) => parts.some((part) => part(item));
  }
  if (typeof node.field !== 'string' || !node.field) throw missing('field');
  if (typeof node.operator !== 'string' || !OPERATORS.has(node.operator)) throw badRequest(`operator ${String(node.operator)} is not valid`);
  const { field, operator, value } = node as { field: string; operator: string; value: unknown };
  return (item) => matches(read(item, field), operator, value);
}

function matches(actual: unknown, operator: string, expected: unknown): boolean {
  const values = Array.isArray(actual) ? actual : [actual];
  const any = (test: (candidate: unknown) => boolean) => values.some(test);
  const list = Array.isArray(expected) ? expected : [expected];
  const same = (candidate: unknown, wanted: unknown) => candidate !== null && candidate !== undefined && String(candidate).toLowerCase() === String(wanted).toLowerCase();
  const number = (candidate: unknown) => (candidate === null || candidate === undefined || candidate === '' ? NaN : Number(candidate));
  const text = (candidate: unknown) => String(candidate ?? '').toLowerCase();
  const wanted = text(expected);
  switch (operator) {
    case '=':
      return expected === null ? values.every((candidate) => candidate === null || candidate === undefined) : any((candidate) => same(candidate, expected));
    case '!=':
      return expected === null ? any((candidate) => candidate !== null && candidate !== undefined) : !any((candidate) => same(candidate, expected));
    case 'IN':
      return any((candidate) => list.some((item) => same(candidate, item)));
    case 'NIN':
      return !any((candidate) => list.some((item) => same(candidate, item)));
    case '>':
      return any((candidate) => number(candidate) > number(expected));
    case '<':
      return any((candidate) => number(candidate) < number(expected));
    case '>=':
      return any((candidate) => number(candidate) >= number(expected));
    case '<=':
      return any((candidate) => number(candidate) <= number(expected));
    case '~':
      return any((candidate) => text(candidate).includes(wanted));
    case '!~':
      return !any((candidate) => text(candidate).includes(wanted));
    case '^':
      return any((candidate) => text(candidate).startsWith(wanted));
    case '$':
      return any((candidate) => text(candidate).endsWith(wanted));
    default:
      return false;
  }
}

/** A dotted path into an item (`source.author.email`, `statistics.last_close_at`). */
export function readPath(item: Open, field: string): unknown {
  return field.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Open)[key] : undefined), item);
}

export interface Page<T> {
  items: T[];
  total: number;
  pages: Open;
}

/**
 * One page of `items` (already sorted), after the cursor. The cursor names the last item of the
 * previous page (base64 of `[sort key, id]`, like Intercom's), so a page stays right when items
 * before it change.
 */
export function pageOf<T extends Open>(items: T[], pagination: unknown, sortKey: (item: T) => number): Page<T> {
  const options = (pagination && typeof pagination === 'object' ? pagination : {}) as Open;
  const perPage = options.per_page === undefined ? 20 : Number(options.per_page);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 150) throw badRequest('per_page must be between 1 and 150');
  let start = 0;
  if (options.starting_after !== undefined && options.starting_after !== null) {
    const [key, id] = decodeCursor(options.starting_after);
    start = items.findIndex((item) => sortKey(item) > key || (sortKey(item) === key && compareIds(String(item.id), id) > 0));
    if (start < 0) start = items.length;
  }
  const slice = items.slice(start, start + perPage);
  const last = slice[slice.length - 1];
  const hasMore = start + perPage < items.length;
  const pages: Open = {
    type: 'pages',
    page: Math.floor(start / perPage) + 1,
    per_page: perPage,
    total_pages: Math.ceil(items.length / perPage),
    ...(hasMore && last ? { next: { per_page: perPage, starting_after: encodeCursor(sortKey(last), String(last.id)) } } : {}),
  };
  return { items: slice, total: items.length, pages };
}

/** Ids compare as numbers when both are (conversations), else as text (contacts). */
export function compareIds(a: string, b: string): number {
  const numeric = /^\d+$/.test(a) && /^\d+$/.test(b);
  return numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0;
}

const encodeCursor = (key: number, id: string) => Buffer.from(JSON.stringify([key, id])).toString('base64');

function decodeCursor(cursor: unknown): [number, string] {
  try {
    const [key, id] = JSON.parse(Buffer.from(String(cursor), 'base64').toString('utf8')) as [unknown, unknown];
    if (typeof key === 'number' && (typeof id === 'string' || typeof id === 'number')) return [key, String(id)];
  } catch {
    // fall through
  }
  throw badRequest('starting_after is not a valid cursor');
}
