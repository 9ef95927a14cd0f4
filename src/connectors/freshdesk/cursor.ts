import { ConnectorError } from '../http/connector-error';

/**
 * Freshdesk pages its ticket list with `page` and `per_page` and serves at most 300 pages of one
 * query. The cursor keeps the query's `updated_since` with the page, so a long backfill can move
 * the window forward (to the last ticket seen) instead of running into that ceiling.
 */
export interface TicketCursor {
  since: string;
  page: number;
}

export const MAX_PAGE = 300;

export function encodeCursor(cursor: TicketCursor): string {
  return Buffer.from(JSON.stringify({ v: 1, s: cursor.since, p: cursor.page })).toString('base64url');
}

export function decodeCursor(text: string): TicketCursor {
  try {
    const raw = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (raw?.v === 1 && typeof raw.s === 'string' && !Number.isNaN(Date.parse(raw.s)) && Number.isInteger(raw.p) && raw.p >= 1 && raw.p <= MAX_PAGE) {
      return { since: raw.s, page: raw.p };
    }
  } catch {
    // fall through
  }
  throw new ConnectorError('invalid', 'The paging cursor is not one Deskbridge issued for Freshdesk. Start the listing again without a cursor.');
}

/** Freshdesk's `Link: <…?page=3…>; rel="next"` header, which is present only when there is a next page. */
export const hasNextPage = (link: string | null): boolean => !!link && /rel="?next"?/.test(link);

/** Freshdesk filters `updated_since` at second precision: send it in the form its docs show. */
export const freshdeskTime = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
