import { z } from 'zod';
import { editIntegration, integrationIdField, ticketIdField } from '../integration-payloads';
import { UserFacingError } from '../../shared/errors';
import type { SyncLinkView } from '../../shared/sync-links';
import { linkIdOf } from '../../sync/links/link';
import { linkManually, retryLink, toLinkView, unlink } from '../../sync/links/link-service';
import { getLink } from '../../sync/links/link-store';
import { defineResolver } from '../define-resolver';
import { syncContextOf } from './sync-context-of';

const linkPayload = z.object({ integrationId: integrationIdField, ticketId: ticketIdField }).strict();

async function existingLink(integrationId: string, ticketId: string) {
  const link = await getLink(linkIdOf(integrationId, ticketId));
  if (!link) throw new UserFacingError('not-found', `Ticket ${ticketId} is not linked in this integration.`);
  return link;
}

/** Links a ticket and an issue by hand (what "manual linking only" integrations do). */
export const createSyncLink = defineResolver({
  key: 'sync-links/create',
  payload: linkPayload.extend({ issueKey: z.string().trim().regex(/^([A-Z][A-Z0-9_]+-\d+|\d+)$/, 'Enter an issue key like ENG-12.') }).strict(),
  access: editIntegration,
  handle: async ({ integrationId, ticketId, issueKey }): Promise<SyncLinkView> => toLinkView(await linkManually(await syncContextOf(integrationId), ticketId, issueKey)),
});

/** Syncs a stuck link again, after the cause was fixed. */
export const retrySyncLink = defineResolver({
  key: 'sync-links/retry',
  payload: linkPayload,
  access: editIntegration,
  handle: async ({ integrationId, ticketId }): Promise<SyncLinkView> => {
    await syncContextOf(integrationId);
    return toLinkView(await retryLink(await existingLink(integrationId, ticketId)));
  },
});

/** Unlinks a pair; both sides keep their content. */
export const deleteSyncLink = defineResolver({
  key: 'sync-links/delete',
  payload: linkPayload,
  access: editIntegration,
  handle: async ({ integrationId, ticketId }): Promise<{ unlinked: string }> => {
    await unlink(await existingLink(integrationId, ticketId));
    return { unlinked: ticketId };
  },
});
