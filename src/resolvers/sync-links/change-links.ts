import { z } from 'zod';
import { UserFacingError } from '../../shared/errors';
import type { SyncLinkView } from '../../shared/sync-links';
import { linkIdOf } from '../../sync/links/link';
import { linkManually, retryLink, toLinkView, unlink } from '../../sync/links/link-service';
import { getLink } from '../../sync/links/link-store';
import { defineResolver } from '../define-resolver';
import { integrationIdField } from './list-links';
import { syncContextOf } from './sync-context-of';

const ticketIdField = z.string().trim().min(1, 'Enter the ticket id.').max(64, 'A ticket id is at most 64 characters.');
const linkPayload = z.object({ integrationId: integrationIdField, ticketId: ticketIdField }).strict();
const edit = { action: 'integrations.edit' as const, integrationId: ({ integrationId }: { integrationId: string }) => integrationId };

async function existingLink(integrationId: string, ticketId: string) {
  const link = await getLink(linkIdOf(integrationId, ticketId));
  if (!link) throw new UserFacingError('not-found', `Ticket ${ticketId} is not linked in this integration.`);
  return link;
}

/** Links a ticket and an issue by hand (what "manual linking only" integrations do). */
export const createSyncLink = defineResolver({
  key: 'sync-links/create',
  payload: linkPayload.extend({ issueKey: z.string().trim().regex(/^([A-Z][A-Z0-9_]+-\d+|\d+)$/, 'Enter an issue key like ENG-12.') }).strict(),
  access: edit,
  handle: async ({ integrationId, ticketId, issueKey }): Promise<SyncLinkView> => toLinkView(await linkManually(await syncContextOf(integrationId), ticketId, issueKey)),
});

/** Syncs a stuck link again, after the cause was fixed. */
export const retrySyncLink = defineResolver({
  key: 'sync-links/retry',
  payload: linkPayload,
  access: edit,
  handle: async ({ integrationId, ticketId }): Promise<SyncLinkView> => {
    await syncContextOf(integrationId);
    return toLinkView(await retryLink(await existingLink(integrationId, ticketId)));
  },
});

/** Unlinks a pair; both sides keep their content. */
export const deleteSyncLink = defineResolver({
  key: 'sync-links/delete',
  payload: linkPayload,
  access: edit,
  handle: async ({ integrationId, ticketId }): Promise<{ unlinked: string }> => {
    await unlink(await existingLink(integrationId, ticketId));
    return { unlinked: ticketId };
  },
});
