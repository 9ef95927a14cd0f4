import { UserFacingError } from '../shared/errors';

/**
 * What an agent pastes to link a ticket: its id, or its URL as the help desk shows it
 * (Freshdesk `/a/tickets/42`, Zendesk `/agent/tickets/42`, Intercom `/conversation/42`,
 * ServiceNow `incident.do?sys_id=<32 hex>`, also inside `nav_to.do?uri=…`). A URL also says which
 * account it is on, which linking checks against the integration's connection.
 */
export interface TicketRef {
  ticketId: string;
  /** The host of a pasted URL ("acme.freshdesk.com"). */
  host?: string;
}

const SYS_ID = /sys_id(?:=|%3D)([0-9a-f]{32})/i;
const PATH_ID = /\/(?:tickets|conversations?|incidents?)\/([A-Za-z0-9_-]{1,64})(?:[/?#]|$)/;

export function parseTicketRef(input: string): TicketRef {
  const text = input.trim();
  if (/^#?[A-Za-z0-9_-]{1,64}$/.test(text)) return { ticketId: text.replace(/^#/, '') };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserFacingError('invalid', 'Enter the ticket id (like 42) or paste the ticket’s URL from the help desk.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UserFacingError('invalid', 'Paste the ticket’s web address (https://…).');
  const whole = `${url.pathname}${url.search}${url.hash}`;
  const id = SYS_ID.exec(decodeURIComponent(whole))?.[1] ?? PATH_ID.exec(url.pathname)?.[1] ?? PATH_ID.exec(decodeURIComponent(url.hash.slice(1)))?.[1];
  if (!id) throw new UserFacingError('invalid', `Deskbridge can't find a ticket id in that URL; enter the ticket id instead.`);
  return { ticketId: id, host: url.hostname.toLowerCase() };
}

/** A URL from another account than the integration's connection is refused: it names another ticket with the same number. */
export function checkSameAccount(ref: TicketRef, ticketUrl: string, toolName: string): void {
  if (!ref.host) return;
  const expected = new URL(ticketUrl).hostname.toLowerCase();
  if (ref.host !== expected) {
    throw new UserFacingError('invalid', `That URL is on ${ref.host}, but this integration is connected to ${expected}: link a ticket of its own ${toolName} account.`);
  }
}
