import { z } from 'zod';
import { countGroupMembers, findGroups } from '../../jira/groups';
import type { ToolGroupView } from '../../shared/integrations';
import { TOOLS, toolGroupName } from '../../shared/roles';
import { defineResolver } from '../define-resolver';

/**
 * The `deskbridge-jira-<tool>` groups: which exist on the site and how many members each has.
 * One call finds them all; one more per existing group counts its members.
 */
export const listToolGroups = defineResolver({
  key: 'groups/list',
  payload: z.object({}).strict(),
  access: { action: 'site.administer' },
  handle: async (): Promise<ToolGroupView[]> => {
    const existing = new Map((await findGroups(TOOLS.map(toolGroupName))).map((group) => [group.name, group]));
    return Promise.all(
      TOOLS.map(async (tool): Promise<ToolGroupView> => {
        const group = existing.get(toolGroupName(tool));
        if (!group) return { tool, name: toolGroupName(tool), exists: false };
        return { tool, name: group.name, exists: true, groupId: group.groupId, memberCount: await countGroupMembers(group.groupId) };
      }),
    );
  },
});
