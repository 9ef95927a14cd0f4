import type { VendorRequest, VendorResponse } from '../../vendor/vendor-sandbox';
import type { WebhookOutbox } from '../../vendor/webhook-outbox';
import type { UserRecord, ZendeskAccount } from '../state';

/** One authenticated request to one account: what every handler gets. */
export interface Context {
  account: ZendeskAccount;
  user: UserRecord;
  request: VendorRequest;
  /** Path parameters of the matched route (`ticket_id`). */
  params: Record<string, string>;
  now: Date;
  /** Where the account's webhooks go out (absent when the router is called without a server). */
  webhooks?: WebhookOutbox;
}

export interface Handled {
  response: VendorResponse;
  changed?: boolean;
}

export const findTicket = (account: ZendeskAccount, id: string) =>
  account.tickets.find((ticket) => String(ticket.id) === id && ticket.status !== 'deleted');

export const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
