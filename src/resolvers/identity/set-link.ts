import { z } from 'zod';
import type { ConnectorTool } from '../../connectors/connector';
import { accountProblem } from '../../identity/identity-map/link-fields';
import { saveLink, type IdentityLink } from '../../identity/identity-map/link-store';
import { getUser } from '../../jira/get-user';
import { UserFacingError } from '../../shared/errors';
import type { IdentityLinkView } from '../../shared/identity';
import { defineResolver } from '../define-resolver';
import { accountId, contactId, linkTool, toLinkView } from './identity-payloads';

/**
 * Maps a help-desk contact or agent to a Jira account by hand (a manual link wins over an email
 * match). The account must exist and be active: one Jira call (GET /user as the app).
 */
export const setLink = defineResolver({
  key: 'identity/links/set',
  payload: z.object({ tool: linkTool, contactId, accountId }).strict(),
  access: { action: 'site.administer' },
  handle: async (payload): Promise<IdentityLinkView> => {
    const problem = accountProblem(await getUser(payload.accountId));
    if (problem) throw new UserFacingError('invalid', `accountId: ${problem}`);
    const link: IdentityLink = { tool: payload.tool as ConnectorTool, contactId: payload.contactId, accountId: payload.accountId, source: 'manual', updatedAt: Date.now() };
    await saveLink(link);
    return toLinkView(link);
  },
});
