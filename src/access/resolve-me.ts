import { checkPermissions } from '../jira/check-permissions';
import { getUserGroups } from '../jira/get-user-groups';
import { TOOLS, toolGroupName, type Me, type Tool } from '../shared/roles';
import type { ModuleProject } from '../resolvers/invocation';

/**
 * Resolves the caller's role on the server, in two Jira calls as the app: one permission check
 * that answers both ADMINISTER and ADMINISTER_PROJECTS, and one group lookup.
 */
export async function resolveMe(accountId: string, project: ModuleProject | null): Promise<Me> {
  const [permissions, groups] = await Promise.all([
    checkPermissions({
      accountId,
      globalPermissions: ['ADMINISTER'],
      projectPermissions: project ? [{ permissions: ['ADMINISTER_PROJECTS'], projects: [project.id] }] : [],
    }),
    getUserGroups(accountId),
  ]);
  const isJiraAdmin = permissions.globalPermissions.includes('ADMINISTER');
  const projectGrant = permissions.projectPermissions.find((grant) => grant.permission === 'ADMINISTER_PROJECTS');
  const adminOfProject = project && projectGrant?.projects?.includes(project.id) ? project.key : null;
  const groupNames = new Set(groups.map((group) => group.name));
  const toolGroups = TOOLS.filter((tool: Tool) => groupNames.has(toolGroupName(tool)));
  return {
    accountId,
    isJiraAdmin,
    adminOfProject,
    toolGroups,
    isOutsider: !isJiraAdmin && !adminOfProject && toolGroups.length === 0,
  };
}
