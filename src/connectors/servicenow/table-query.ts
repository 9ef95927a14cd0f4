import { ConnectorError } from '../http/connector-error';

/**
 * Table API paths and encoded queries, and the opaque cursor of listTicketsUpdatedSince.
 * https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html
 */

/** `/api/now/table/<table>[/<sys_id>]?<params>`, with the parameters URL-encoded. */
export function tablePath(table: string, params: Record<string, string | number | undefined> = {}, sysId?: string): string {
  const query = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
  return `/api/now/table/${table}${sysId ? `/${sysId}` : ''}${query ? `?${query}` : ''}`;
}

/** A value inside an encoded query: `^` separates conditions, and `^^` is a literal caret. */
export const queryValue = (value: string) => value.replace(/\^/g, '^^');

/** A sys_id: 32 hex digits. Anything else never reaches a URL path. */
export function checkedSysId(id: string, what = 'incident'): string {
  if (!/^[0-9a-f]{32}$/.test(id)) throw new ConnectorError('invalid', `"${id.slice(0, 40)}" is not a ServiceNow ${what} id (a sys_id of 32 hexadecimal digits).`);
  return id;
}

/**
 * Where the next page of updated incidents starts: `sys_updated_on >= t`, skipping the first `o`
 * rows of that query. Anchoring on the last timestamp seen (not a growing offset over the whole
 * range) keeps paging right when incidents change between pages: an incident updated meanwhile
 * moves past the anchor instead of shifting every later row back by one.
 */
export interface PageCursor {
  t: string;
  o: number;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(text: string): PageCursor {
  try {
    const cursor = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as PageCursor;
    if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(cursor.t) && Number.isInteger(cursor.o) && cursor.o >= 0) return cursor;
  } catch {
    // reported below
  }
  throw new ConnectorError('invalid', 'This ServiceNow page cursor is not one Deskbridge made: start the listing again without it.');
}

/**
 * The cursor after a page of `limit` rows ordered by sys_updated_on, or undefined on the last page.
 * `updatedOn` are the rows' sys_updated_on values, in order.
 */
export function nextCursor(current: PageCursor, updatedOn: string[], limit: number): PageCursor | undefined {
  if (updatedOn.length < limit) return undefined;
  const last = updatedOn[updatedOn.length - 1];
  if (last === current.t) return { t: current.t, o: current.o + updatedOn.length };
  return { t: last, o: updatedOn.filter((value) => value === last).length };
}
