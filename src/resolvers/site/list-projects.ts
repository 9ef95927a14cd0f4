import { z } from 'zod';
import { searchProjects } from '../../jira/search-projects';
import type { ProjectOption } from '../../shared/integrations';
import { defineResolver } from '../define-resolver';

/**
 * Projects the caller may pick as an integration's target: the page's project on a project
 * settings page; elsewhere the projects the caller can browse, asked as the caller so the
 * answer follows their own Jira permissions. Creating still checks the project again.
 */
export const listProjects = defineResolver({
  key: 'projects/list',
  payload: z.object({ query: z.string().max(100).optional() }).strict(),
  access: { action: 'integrations.list' },
  handle: async ({ query }, { caller }): Promise<ProjectOption[]> => {
    const project = caller.pageProject;
    const projects = await searchProjects({ as: 'user', accountId: caller.accountId }, query ?? project?.key ?? '');
    return projects
      .filter((candidate) => !project || candidate.id === String(project.id))
      .map(({ id, key, name }) => ({ id, key, name }));
  },
});
