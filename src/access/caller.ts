import { checkPermissions } from '../jira/check-permissions';
import { getUserGroups } from '../jira/get-user-groups';
import { moduleProject, type InvocationContext } from '../resolvers/invocation';
import { TOOLS, toolGroupName, type Me } from '../shared/roles';

/** What Jira says the caller may do in one project. */
export interface ProjectGrant {
  administer: boolean;
  browse: boolean;
}

/**
 * The caller of one invocation, and what Jira says about them. Everything is asked at most
 * once per invocation and forgotten with it (one Caller per invocation, never shared between
 * users), so a user removed from a group loses access on their next call.
 *
 * Jira calls, as the app: `role()` costs two (one permission check answering ADMINISTER and the
 * module's project at once, one group lookup, in parallel); `projectGrants` costs one more for
 * any projects not yet known, however many, and none for a Jira admin.
 */
export class Caller {
  private me?: Promise<Me>;
  private readonly grants = new Map<string, Promise<ProjectGrant>>();

  constructor(readonly context: InvocationContext) {}

  get accountId(): string {
    return this.context.accountId;
  }

  /** The project of the page the call comes from (project settings page), if any. */
  get pageProject() {
    return moduleProject(this.context);
  }

  role(): Promise<Me> {
    this.me ??= this.resolveRole();
    return this.me;
  }

  /** Whether the caller administers / can browse each project; one Jira call for all unknown ones. */
  async projectGrants(projectIds: string[]): Promise<Map<string, ProjectGrant>> {
    const me = await this.role();
    const unknown = [...new Set(projectIds)].filter((id) => !this.grants.has(id));
    if (unknown.length > 0 && !me.isJiraAdmin) {
      const answer = checkPermissions({
        accountId: this.accountId,
        globalPermissions: [],
        projectPermissions: [{ permissions: ['ADMINISTER_PROJECTS', 'BROWSE_PROJECTS'], projects: unknown.map(Number) }],
      });
      for (const id of unknown) {
        this.grants.set(
          id,
          answer.then(({ projectPermissions }) => ({
            administer: granted(projectPermissions, 'ADMINISTER_PROJECTS', id),
            browse: granted(projectPermissions, 'BROWSE_PROJECTS', id),
          })),
        );
      }
    }
    const result = new Map<string, ProjectGrant>();
    for (const id of projectIds) {
      result.set(id, me.isJiraAdmin ? { administer: true, browse: true } : await this.grants.get(id)!);
    }
    return result;
  }

  async administers(projectId: string): Promise<boolean> {
    return (await this.projectGrants([projectId])).get(projectId)!.administer;
  }

  private async resolveRole(): Promise<Me> {
    const project = this.pageProject;
    const [permissions, groups] = await Promise.all([
      checkPermissions({
        accountId: this.accountId,
        globalPermissions: ['ADMINISTER'],
        projectPermissions: project ? [{ permissions: ['ADMINISTER_PROJECTS', 'BROWSE_PROJECTS'], projects: [project.id] }] : [],
      }),
      getUserGroups(this.accountId),
    ]);
    const isJiraAdmin = permissions.globalPermissions.includes('ADMINISTER');
    if (project && !isJiraAdmin) {
      const id = String(project.id);
      this.grants.set(
        id,
        Promise.resolve({
          administer: granted(permissions.projectPermissions, 'ADMINISTER_PROJECTS', id),
          browse: granted(permissions.projectPermissions, 'BROWSE_PROJECTS', id),
        }),
      );
    }
    const adminOfProject = project && (isJiraAdmin || granted(permissions.projectPermissions, 'ADMINISTER_PROJECTS', String(project.id))) ? project.key : null;
    const groupNames = new Set(groups.map((group) => group.name));
    const toolGroups = TOOLS.filter((tool) => groupNames.has(toolGroupName(tool)));
    return {
      accountId: this.accountId,
      isJiraAdmin,
      adminOfProject,
      toolGroups,
      isOutsider: !isJiraAdmin && !adminOfProject && toolGroups.length === 0,
    };
  }
}

function granted(grants: { permission: string; projects?: number[] }[], permission: string, projectId: string): boolean {
  return grants.some((grant) => grant.permission === permission && (grant.projects ?? []).map(String).includes(projectId));
}
