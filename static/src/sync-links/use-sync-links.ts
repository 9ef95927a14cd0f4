import { useCallback } from 'react';
import type { SyncLinkView } from '../../../src/shared/sync-links';
import { createSyncLink, deleteSyncLink, listSyncLinks, notifySuccess, retrySyncLink } from '../api/deskbridge-client';
import { useAction, type Action } from '../hooks/use-action';
import { usePagedList, type PagedList } from '../hooks/use-paged-list';
import { stateFilter, ticketLabel } from './sync-link-format';

/**
 * An integration's linked pairs as the Links view shows them: newest first, 50 at a time, all
 * of them or only the stuck ones. A new filter, or `reload` after a change, starts over.
 */
export type SyncLinks = Omit<PagedList<SyncLinkView>, 'items'> & { links: SyncLinkView[] };

export function useSyncLinks(integrationId: string, stuckOnly: boolean): SyncLinks {
  const fetchPage = useCallback(
    async (cursor?: string) => {
      const page = await listSyncLinks(integrationId, stateFilter(stuckOnly), cursor);
      return { items: page.links, nextCursor: page.nextCursor };
    },
    [integrationId, stuckOnly],
  );
  const { items, ...rest } = usePagedList(fetchPage);
  return { links: items, ...rest };
}

/**
 * The changes the Links view makes: link a ticket by hand, retry a stuck link, unlink. Each one
 * the server accepted is confirmed with a Jira flag, then the list is read again from the first
 * page, so the table shows the links as the server now holds them (a retried link as pending).
 */
export interface LinkChanges {
  create: Action<[{ ticketId: string; issueKey: string }], SyncLinkView>;
  retry: Action<[SyncLinkView], SyncLinkView>;
  unlink: Action<[SyncLinkView], { unlinked: string }>;
  /** A change is running: the other buttons wait. */
  busy: boolean;
}

export function useLinkChanges(integrationId: string, onChanged: () => void): LinkChanges {
  const create = useAction(async ({ ticketId, issueKey }: { ticketId: string; issueKey: string }) => {
    const link = await createSyncLink(integrationId, ticketId.trim(), issueKey.trim().toUpperCase());
    notifySuccess('Ticket linked', `Ticket ${ticketLabel(link.ticketId)} and ${link.issueKey} now sync; comments already there are copied across.`);
    onChanged();
    return link;
  });

  const retry = useAction(async (link: SyncLinkView) => {
    const pending = await retrySyncLink(integrationId, link.ticketId);
    notifySuccess('Retry started', `Ticket ${ticketLabel(link.ticketId)} and ${link.issueKey} are syncing again.`);
    onChanged();
    return pending;
  });

  const unlink = useAction(async (link: SyncLinkView) => {
    const answer = await deleteSyncLink(integrationId, link.ticketId);
    notifySuccess('Unlinked', `Ticket ${ticketLabel(link.ticketId)} and ${link.issueKey} no longer sync; both keep their content.`);
    onChanged();
    return answer;
  });

  return { create, retry, unlink, busy: create.pending || retry.pending || unlink.pending };
}
