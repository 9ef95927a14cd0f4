import { z } from 'zod';
import { listLinks as readLinks } from '../../identity/identity-map/link-store';
import type { ConnectorTool } from '../../connectors/connector';
import type { IdentityLinkPage } from '../../shared/identity';
import { defineResolver } from '../define-resolver';
import { linkTool, toLinkView } from './identity-payloads';

/** The identity map, newest first, 50 a page, optionally of one tool (the admin page's table). */
export const listLinks = defineResolver({
  key: 'identity/links/list',
  payload: z.object({ tool: linkTool.optional(), cursor: z.string().max(2000).optional() }).strict(),
  access: { action: 'site.administer' },
  handle: async ({ tool, cursor }): Promise<IdentityLinkPage> => {
    const page = await readLinks(tool as ConnectorTool | undefined, cursor);
    return { links: page.results.map(({ value }) => toLinkView(value)), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  },
});
