import { badRequest, forbidden, ok, ticketView } from '../responses';
import type { TicketRecord } from '../state';
import type { Context, Handled } from './context';

/**
 * GET /api/v2/incremental/tickets/cursor — admins only. The first request names `start_time`
 * (seconds, at least a minute in the past); each answer gives `after_cursor` (and `after_url`,
 * which carries only the cursor) and `end_of_stream`. Tickets are ordered by
 * `generated_timestamp`, deleted ones included with status "deleted".
 * https://developer.zendesk.com/api-reference/ticketing/ticket-management/incremental_exports/#incremental-ticket-export-cursor-based
 *
 * The sandbox's choices where the docs are silent: the cursor is `base64("<ts>.0||<id>|")` like
 * the ones Zendesk shows; a bad cursor or start_time is a 400 InvalidValue; the most recent
 * minute is served too, so local changes show at once.
 */
export function exportTickets(ctx: Context): Handled {
  if (ctx.user.role !== 'admin') return { response: forbidden() };
  const { query } = ctx.request;
  let position: { ts: number; id: number } | undefined;
  const cursor = query.get('cursor');
  if (cursor) {
    position = decodeCursor(cursor);
    if (!position) return { response: badRequest('Invalid cursor') };
  } else {
    const startTime = Number(query.get('start_time'));
    if (query.get('start_time') === null || !Number.isSafeInteger(startTime) || startTime < 0) return { response: badRequest('start_time is required and must be a Unix time in seconds') };
    if (startTime > Math.floor(ctx.now.getTime() / 1000) - 60) return { response: badRequest('Too recent start_time. Use a start_time that is more than one minute old.') };
    position = { ts: startTime, id: 0 };
  }
  const after = (ticket: TicketRecord) => ticket.generated_timestamp > position!.ts || (ticket.generated_timestamp === position!.ts && ticket.id > position!.id);
  const pending = ctx.account.tickets.filter(after).sort((a, b) => a.generated_timestamp - b.generated_timestamp || a.id - b.id);
  const page = pending.slice(0, ctx.account.limits.exportPageSize);
  const last = page[page.length - 1];
  const afterCursor = encodeCursor(last ? { ts: last.generated_timestamp, id: last.id } : position);
  const beforeCursor = page[0] ? encodeCursor({ ts: page[0].generated_timestamp, id: page[0].id }) : null;
  const url = (value: string) => `https://${ctx.account.host}/api/v2/incremental/tickets/cursor.json?cursor=${encodeURIComponent(value)}`;
  return {
    response: ok({
      tickets: page.map((ticket) => ticketView(ticket, { export: true })),
      after_url: url(afterCursor),
      after_cursor: afterCursor,
      before_url: beforeCursor ? url(beforeCursor) : null,
      before_cursor: beforeCursor,
      end_of_stream: pending.length <= page.length,
    }),
  };
}

const encodeCursor = ({ ts, id }: { ts: number; id: number }) => Buffer.from(`${ts}.0||${id}|`).toString('base64');

function decodeCursor(cursor: string): { ts: number; id: number } | undefined {
  const match = /^(\d+)\.0\|\|(\d+)\|$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return match ? { ts: Number(match[1]), id: Number(match[2]) } : undefined;
}
