import { z } from 'zod';
import type { ConnectorTool } from '../../connectors/connector';
import { deleteLink as removeLink } from '../../identity/identity-map/link-store';
import { defineResolver } from '../define-resolver';
import { contactId, linkTool } from './identity-payloads';

/** Unmaps a contact; the sync then acts as the app for it until it is mapped again. Deleting what is not there is no error. */
export const deleteLink = defineResolver({
  key: 'identity/links/delete',
  payload: z.object({ tool: linkTool, contactId }).strict(),
  access: { action: 'site.administer' },
  handle: async ({ tool, contactId: id }): Promise<{ deleted: boolean }> => ({ deleted: await removeLink(tool as ConnectorTool, id) }),
});
