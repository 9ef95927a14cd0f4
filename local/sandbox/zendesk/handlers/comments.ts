import { badRequest, commentView, ok, recordNotFound } from '../responses';
import { findTicket, type Context, type Handled } from './context';

/**
 * GET /api/v2/tickets/{ticket_id}/comments — offset pagination (Zendesk's default): `page`,
 * `per_page` (at most 100), `sort_order`; the answer links `next_page` and `previous_page`.
 * https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/#list-comments
 */
export function listComments(ctx: Context): Handled {
  const ticket = findTicket(ctx.account, ctx.params.ticket_id);
  if (!ticket) return { response: recordNotFound() };
  const { query } = ctx.request;
  const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 100) || 100));
  const page = Number(query.get('page') ?? 1);
  if (!Number.isSafeInteger(page) || page < 1) return { response: badRequest('page must be a positive integer') };
  const all = [...(ctx.account.comments[ticket.id] ?? [])];
  if (query.get('sort_order') === 'desc') all.reverse();
  const pageUrl = (number: number) => `https://${ctx.account.host}/api/v2/tickets/${ticket.id}/comments.json?page=${number}&per_page=${perPage}`;
  return {
    response: ok({
      comments: all.slice((page - 1) * perPage, page * perPage).map(commentView),
      next_page: page * perPage < all.length ? pageUrl(page + 1) : null,
      previous_page: page > 1 ? pageUrl(page - 1) : null,
      count: all.length,
    }),
  };
}
