import { z } from 'zod';
import { getMyself } from '../../jira/get-myself';
import { AS_APP } from '../../jira/jira-request';
import type { AppIdentity } from '../../shared/roles';
import { defineResolver } from '../define-resolver';

/**
 * The app's own Jira account, read as the app: the identity that replaces the human integration
 * user. Any logged-in caller may see it; it is what the issues Deskbridge creates show as reporter.
 */
export const appIdentity = defineResolver({
  key: 'app/identity',
  payload: z.object({}).strict(),
  access: { action: 'app.read' },
  handle: async (_payload, { caller }): Promise<AppIdentity> => {
    const app = await getMyself(AS_APP);
    return {
      app: { accountId: app.accountId, displayName: app.displayName, accountType: app.accountType },
      site: { url: caller.context.siteUrl ?? '' },
      callerAccountId: caller.accountId,
    };
  },
});
