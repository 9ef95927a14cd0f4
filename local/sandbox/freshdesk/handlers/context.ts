import type { FdAgent, FdTicket } from '../../../../src/connectors/freshdesk/freshdesk-types';
import type { VendorRequest, VendorResponse } from '../../vendor/vendor-sandbox';
import { accessDenied, notFound, validationFailed } from '../http';
import { canSee, type FreshdeskState } from '../state';

/** What a handler gets: the request, the account, the authenticated agent and the path parameters. */
export interface FdContext {
  request: VendorRequest;
  state: FreshdeskState;
  agent: FdAgent;
  params: Record<string, string>;
}

export type FdHandler = (context: FdContext) => { response: VendorResponse; changed?: boolean };

/** The ticket named in the path, if the agent's ticket scope lets it see it (404 / 403 as Freshdesk answers). */
export function visibleTicket({ state, agent, params }: FdContext): FdTicket {
  const id = Number(params.id);
  const ticket = Number.isInteger(id) ? state.tickets.find((candidate) => candidate.id === id) : undefined;
  if (!ticket) throw notFound();
  if (!canSee(agent, ticket)) throw accessDenied();
  return ticket;
}

/** The comma-separated `include` values, each checked against what the operation embeds. */
export function includes(query: URLSearchParams, allowed: string[]): string[] {
  if (!query.has('include')) return [];
  const values = (query.get('include') ?? '').split(',').map((value) => value.trim());
  if (values.some((value) => !allowed.includes(value))) {
    throw validationFailed([{ field: 'include', message: `It should be one/more of these values: '${allowed.join(',')}'`, code: 'invalid_value' }]);
  }
  return values;
}

/** The request body as an object (Freshdesk answers anything else as a validation failure). */
export const bodyOf = (request: VendorRequest): Record<string, unknown> =>
  request.body && typeof request.body === 'object' && !Array.isArray(request.body) ? (request.body as Record<string, unknown>) : {};
