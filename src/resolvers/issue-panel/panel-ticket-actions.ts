import { z } from 'zod';
import { linkOnIssue, replyToTicket, retryFromPanel, unlinkFromPanel } from '../../issue-panel/panel-actions';
import { syncContextOf } from '../sync-links/sync-context-of';
import { defineResolver } from '../define-resolver';
import { editIntegration } from '../integration-payloads';
import { linkedTicketPayload, replyText } from './panel-payloads';

/**
 * The panel's actions on one linked ticket; each needs the right to edit the link's integration
 * (checked by the guard before anything is read or sent, so a refused caller changes nothing).
 */

/** A public reply to the customer or a private note, written to the ticket (the sync then shows it on the issue). */
export const replyFromPanel = defineResolver({
  key: 'issue-panel/reply',
  payload: linkedTicketPayload.extend({ text: replyText, visibility: z.enum(['public', 'private'], { error: 'Pick a public reply or a private note.' }) }).strict(),
  access: editIntegration,
  handle: async ({ integrationId, ticketId, issue, text, visibility }) => {
    const link = await linkOnIssue(integrationId, ticketId, issue);
    return replyToTicket(await syncContextOf(integrationId), link, text, visibility);
  },
});

/** Syncs a stuck link again. */
export const retryFromPanelResolver = defineResolver({
  key: 'issue-panel/retry',
  payload: linkedTicketPayload,
  access: editIntegration,
  handle: async ({ integrationId, ticketId, issue }) => {
    await syncContextOf(integrationId);
    return retryFromPanel(await linkOnIssue(integrationId, ticketId, issue));
  },
});

/** Unlinks the ticket from the issue (the panel asks for confirmation first); both keep their content. */
export const unlinkFromPanelResolver = defineResolver({
  key: 'issue-panel/unlink',
  payload: linkedTicketPayload,
  access: editIntegration,
  handle: async ({ integrationId, ticketId, issue }) => unlinkFromPanel(await linkOnIssue(integrationId, ticketId, issue)),
});
