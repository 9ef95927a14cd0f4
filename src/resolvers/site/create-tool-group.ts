import { z } from 'zod';
import { createGroup } from '../../jira/groups';
import type { ToolGroupView } from '../../shared/integrations';
import { TOOLS, toolGroupName } from '../../shared/roles';
import { defineResolver } from '../define-resolver';

/** Creates the missing `deskbridge-jira-<tool>` group (empty: members are added in Jira's user management). */
export const createToolGroup = defineResolver({
  key: 'groups/create',
  payload: z.object({ tool: z.enum(TOOLS, { error: `Pick a tool: ${TOOLS.join(', ')}.` }) }).strict(),
  access: { action: 'site.administer' },
  handle: async ({ tool }): Promise<ToolGroupView> => {
    const group = await createGroup(toolGroupName(tool));
    return { tool, name: group.name, exists: true, groupId: group.groupId, memberCount: 0 };
  },
});
