import type { Integration } from '../integrations/integration';
import { TOOLS, toolGroupName, type Tool } from '../shared/roles';
import type { Caller } from './caller';

/** Everything a resolver can do, in the words of the access table (DESIGN.md §2). */
export type Action =
  | 'app.read' // see the app's identity and one's own role: any logged-in user
  | 'connections.manage' // create, verify, rotate, delete connections
  | 'site.administer' // identity settings, deskbridge-jira-* groups
  | 'gateway.manage' // bot gateway keys (issue, revoke, rotate) and their audit trail: Jira admins only
  | 'desks.manage' // JSM service desks: workflow readiness and the status → bucket map: Jira admins only
  | 'integrations.list'
  | 'integrations.create'
  | 'integrations.view'
  | 'integrations.edit' // edit or delete
  | 'integrations.transfer' // hand ownership to another account
  | 'logs.read';

/** What an action applies to: nothing, a stored integration, or one about to be created. */
export type Target =
  | { kind: 'site' }
  | { kind: 'integration'; integration: Integration }
  | { kind: 'new-integration'; tool: Tool; projectId: string };

export type Decision = { allowed: true } | { allowed: false; reason: string };

const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });
const askForGroup = (tools: readonly Tool[]) =>
  `Ask a Jira admin to add you to ${tools.map(toolGroupName).join(' or ')}, or to make you an administrator of the project.`;

/**
 * The access table of the access-control issue, as one function. Hiding things in the UI is a
 * convenience; this is what every resolver enforces, on the server, on every call.
 */
export async function decide(action: Action, caller: Caller, target: Target): Promise<Decision> {
  if (action === 'app.read') return allow;
  const me = await caller.role();
  if (me.isJiraAdmin) return allow;
  switch (action) {
    case 'connections.manage':
      return deny('Only Jira admins can manage connections; you may use the existing ones in your integrations.');
    case 'site.administer':
      return deny('Only Jira admins can change Deskbridge site settings.');
    case 'gateway.manage':
      return deny('Only Jira admins can manage bot gateway keys and read their audit trail.');
    case 'desks.manage':
      return deny("Only Jira admins can check service desks' readiness and edit their bucket maps.");
    case 'integrations.transfer':
      return deny("Only Jira admins can transfer an integration's ownership.");
    case 'integrations.list':
      return me.isOutsider ? deny(`You don't have access to Deskbridge. ${askForGroup(TOOLS)}`) : allow;
  }
  if (target.kind === 'new-integration') {
    const grant = (await caller.projectGrants([target.projectId])).get(target.projectId)!;
    if (grant.administer) return allow;
    if (me.toolGroups.includes(target.tool) && grant.browse) return allow;
    return me.toolGroups.includes(target.tool)
      ? deny('You can only create integrations in projects you can browse.')
      : deny(`You can create ${target.tool} integrations only as a member of ${toolGroupName(target.tool)} or as an admin of the project. ${askForGroup([target.tool])}`);
  }
  if (target.kind !== 'integration') return deny('This action needs an integration.');
  const { integration } = target;
  if (await caller.administers(integration.projectId)) return allow;
  const memberOfTool = me.toolGroups.includes(integration.tool);
  const owner = integration.ownerAccountId === caller.accountId;
  if (action === 'integrations.view') {
    return memberOfTool ? allow : deny(`Only members of ${toolGroupName(integration.tool)} and admins of ${integration.projectKey} can see this integration.`);
  }
  if (memberOfTool && owner) return allow;
  return action === 'logs.read'
    ? deny(`Only the integration's owner, admins of ${integration.projectKey} and Jira admins can read its logs.`)
    : deny(`Only the integration's owner, admins of ${integration.projectKey} and Jira admins can change it.`);
}
