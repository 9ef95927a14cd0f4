import type { AppError } from '../../../src/shared/result';
import type { SyncLinkView } from '../../../src/shared/sync-links';
import { splitFormErrors, type FormErrors } from '../api/field-errors';

/**
 * How the Links view words and shows a linked pair: the sync state as a lozenge, the ticket's
 * address (only if it is a web address), and which field of "Link a ticket" a refusal is about.
 */

export type SyncState = SyncLinkView['state'];

export const SYNC_STATE_LOOK: Record<SyncState, { appearance: 'success' | 'inprogress' | 'removed'; label: string; hint: string }> = {
  ok: { appearance: 'success', label: 'OK', hint: 'Both sides agree as of the last sync.' },
  pending: { appearance: 'inprogress', label: 'Pending', hint: 'A change is on its way (or a retry was asked for).' },
  stuck: { appearance: 'removed', label: 'Stuck', hint: 'Syncing stopped for this pair until someone fixes the cause and retries.' },
};

/** The ticket's address as a link target: http(s) only, since it comes from the help desk's answers. */
export function safeTicketUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** Help desks number their tickets (`#42`); other ids (ServiceNow sys_ids) are shown as they are. */
export const ticketLabel = (ticketId: string): string => (/^\d+$/.test(ticketId) ? `#${ticketId}` : ticketId);

/** The list's filter, as `sync-links/list` takes it. */
export const stateFilter = (stuckOnly: boolean): SyncState | undefined => (stuckOnly ? 'stuck' : undefined);

/** What an empty table says, depending on the filter and on whether the person may link by hand. */
export function emptyLinksText(stuckOnly: boolean, canEdit: boolean): { header: string; description: string } {
  if (stuckOnly) return { header: 'Nothing is stuck', description: 'Every linked pair is syncing.' };
  return {
    header: 'No linked tickets yet',
    description: canEdit
      ? 'Tickets and issues are linked when the sync creates one from the other, or by hand with "Link a ticket" below.'
      : 'Tickets and issues are linked when the sync creates one from the other, or by hand by those who manage this integration.',
  };
}

export const LINK_FORM_FIELDS = ['ticketId', 'issueKey'] as const;
export type LinkFormField = (typeof LINK_FORM_FIELDS)[number];

/**
 * Splits a refused "Link a ticket" between its two fields. Payload problems name their field
 * (`issueKey: …`); a ticket or issue that does not exist, or is already linked, comes as one
 * sentence: it goes under the issue key when it names the key typed, under the ticket id when it
 * is about a ticket, and above the button otherwise.
 */
export function linkFormErrors(error: AppError, typed: { ticketId: string; issueKey: string }): FormErrors<LinkFormField> {
  const split = splitFormErrors(error, LINK_FORM_FIELDS);
  const form = split.form;
  if (!form || (form.kind !== 'invalid' && form.kind !== 'not-found')) return split;
  const key = typed.issueKey.trim().toUpperCase();
  const mentionsKey = key !== '' && new RegExp(`(^|[^A-Z0-9-])${escapeRegExp(key)}($|[^0-9])`).test(form.message.toUpperCase());
  if (mentionsKey && split.fields.issueKey === undefined) return { fields: { ...split.fields, issueKey: form.message } };
  if (/\bticket\b/i.test(form.message) && split.fields.ticketId === undefined) return { fields: { ...split.fields, ticketId: form.message } };
  return split;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
