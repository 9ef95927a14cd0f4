import { badRequest } from '../http-error';

/**
 * The two paging conventions: Jira platform's PageBean (`startAt`, `maxResults`, `total`,
 * `isLast`, `nextPage`) and JSM's PagedDTO (`start`, `limit`, `size`, `isLastPage`, `_links`).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#pagination
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/intro/#pagination
 */

export interface Window {
  start: number;
  size: number;
}

/**
 * Reads a start/size pair from the query. Jira quietly lowers a page size above an operation's cap
 * rather than failing, so `cap` clamps instead of rejecting.
 */
export function readWindow(query: URLSearchParams, names: [string, string], defaultSize: number, cap: number): Window {
  const start = integer(query, names[0], 0);
  const size = integer(query, names[1], defaultSize);
  if (start < 0) throw badRequest(`'${names[0]}' must be zero or more.`);
  if (size < 0) throw badRequest(`'${names[1]}' must be zero or more.`);
  return { start, size: Math.min(size, cap) };
}

function integer(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw badRequest(`'${name}' must be an integer, not '${raw}'.`);
  return value;
}

/** Jira's PageBean; `link(startAt, maxResults)` builds the self and nextPage URLs. */
export function pageBean<T>(items: T[], window: Window, link: (startAt: number, maxResults: number) => string): Record<string, unknown> {
  const values = items.slice(window.start, window.start + window.size);
  const isLast = window.start + values.length >= items.length;
  return {
    self: link(window.start, window.size),
    ...(isLast ? {} : { nextPage: link(window.start + window.size, window.size) }),
    maxResults: window.size,
    startAt: window.start,
    total: items.length,
    isLast,
    values,
  };
}

/** JSM's PagedDTO; `link(start, limit)` builds the self, next and prev URLs. */
export function jsmPage<T>(items: T[], window: Window, base: string, link: (start: number, limit: number) => string): Record<string, unknown> {
  const values = items.slice(window.start, window.start + window.size);
  const isLastPage = window.start + values.length >= items.length;
  return {
    _expands: [],
    size: values.length,
    start: window.start,
    limit: window.size,
    isLastPage,
    _links: {
      base,
      context: '',
      self: link(window.start, window.size),
      ...(isLastPage ? {} : { next: link(window.start + window.size, window.size) }),
      ...(window.start > 0 ? { prev: link(Math.max(0, window.start - window.size), window.size) } : {}),
    },
    values,
  };
}
