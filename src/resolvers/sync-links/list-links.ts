import { z } from 'zod';
import { integrationIdField } from '../integration-payloads';
import type { SyncLinkPage } from '../../shared/sync-links';
import { linksOfIntegration } from '../../sync/links/link-store';
import { toLinkView } from '../../sync/links/link-service';
import { defineResolver } from '../define-resolver';


/** An integration's linked pairs, newest first, optionally only the stuck (or pending) ones. */
export const listSyncLinks = defineResolver({
  key: 'sync-links/list',
  payload: z
    .object({ integrationId: integrationIdField, state: z.enum(['ok', 'pending', 'stuck']).optional(), cursor: z.string().max(2000).optional() })
    .strict(),
  access: { action: 'integrations.view', integrationId: ({ integrationId }) => integrationId },
  handle: async ({ integrationId, state, cursor }): Promise<SyncLinkPage> => {
    const page = await linksOfIntegration(integrationId, { state, cursor });
    return { links: page.links.map(toLinkView), nextCursor: page.nextCursor };
  },
});
