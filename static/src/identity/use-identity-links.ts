import { useCallback } from 'react';
import type { IdentityLinkView } from '../../../src/shared/identity';
import { listIdentityLinks } from '../api/deskbridge-client';
import { usePagedList, type PagedList } from '../hooks/use-paged-list';
import { toolOfFilter, type ToolFilter } from './identity-format';

/**
 * The identity map as the table shows it: newest first, a page at a time, of one tool or all.
 * A new filter, or `reload` after a change, starts over from the first page.
 */
export type IdentityLinks = Omit<PagedList<IdentityLinkView>, 'items'> & { links: IdentityLinkView[] };

export function useIdentityLinks(filter: ToolFilter): IdentityLinks {
  const fetchPage = useCallback(
    async (cursor?: string) => {
      const page = await listIdentityLinks(toolOfFilter(filter), cursor);
      return { items: page.links, nextCursor: page.nextCursor };
    },
    [filter],
  );
  const { items, ...rest } = usePagedList(fetchPage);
  return { links: items, ...rest };
}
