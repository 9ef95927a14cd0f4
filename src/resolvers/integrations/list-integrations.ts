import { z } from 'zod';
import { visibleViews } from '../../integrations/integration-view';
import { listAllIntegrations, listIntegrationsOfProject, listIntegrationsOfTool } from '../../integrations/integration-store';
import type { IntegrationView } from '../../shared/integrations';
import { defineResolver } from '../define-resolver';

/**
 * The integrations of the page the caller is on: the project's on its settings page; elsewhere
 * all of them for a Jira admin, and those of the caller's tools for a tool-group member
 * (others' read-only). Filtered by the same rules every write is checked against.
 */
export const listIntegrations = defineResolver({
  key: 'integrations/list',
  payload: z.object({}).strict(),
  access: { action: 'integrations.list' },
  handle: async (_payload, { caller }): Promise<IntegrationView[]> => {
    const me = await caller.role();
    const project = caller.pageProject;
    const candidates = project
      ? await listIntegrationsOfProject(String(project.id))
      : me.isJiraAdmin
        ? await listAllIntegrations()
        : (await Promise.all(me.toolGroups.map(listIntegrationsOfTool))).flat();
    return visibleViews(candidates, caller);
  },
});
