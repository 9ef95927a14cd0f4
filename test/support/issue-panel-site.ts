import type { LocalDeskbridge } from '../../local/local-deskbridge';
import { SEED_PROJECTS, SEED_USERS } from '../../local/sandbox/jira';
import { ZENDESK_SANDBOX } from '../../local/sandbox/zendesk';
import { writeSyncConfig } from '../../src/sync/config/sync-config-store';
import type { Result } from '../../src/shared/result';
import { invokeOk, ROLES } from './local-app';
import { engConfig } from './sync-harness';

/**
 * The issue panel on the local runtime: resolvers invoked from the `jira:issuePanel` module with
 * the module context Jira gives it (the issue and its project), and the sandbox set-ups its
 * tests need.
 */

export interface PanelIssue {
  id: string;
  key: string;
}

/** The issue panel's module context for an issue of `project`. */
export const issuePanelExtension = (issue: PanelIssue, project: keyof typeof SEED_PROJECTS = 'ENG') => ({
  type: 'jira:issuePanel',
  issue: { ...issue, type: 'Task' },
  project: { id: SEED_PROJECTS[project].id, key: project, type: SEED_PROJECTS[project].projectTypeKey },
});

/** Calls a resolver as the UI Kit panel does, as `accountId`, on `issue`. */
export async function invokeFromPanel<T = any>(deskbridge: LocalDeskbridge, accountId: string, functionKey: string, payload: unknown, issue: PanelIssue): Promise<Result<T>> {
  const module = deskbridge.runtime.manifest.uiModules.find((candidate) => candidate.type === 'jira:issuePanel');
  if (!module) throw new Error('manifest.yml has no jira:issuePanel module');
  return (await deskbridge.runtime.invokeResolver({ moduleKey: module.key, functionKey, payload, accountId, extension: issuePanelExtension(issue) })) as Result<T>;
}

/** A new ENG issue, created by the Jira admin through the REST API. */
export async function createEngIssue(deskbridge: LocalDeskbridge, summary: string): Promise<PanelIssue> {
  const response = await fetch(`${deskbridge.jiraUrl}/rest/api/3/issue`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${SEED_USERS.admin.accountId}:forge-local`).toString('base64')}` },
    body: JSON.stringify({ fields: { project: { key: 'ENG' }, issuetype: { id: '10101' }, summary } }),
  });
  if (!response.ok) throw new Error(`creating an ENG issue: ${response.status} ${await response.text()}`);
  const { id, key } = await response.json();
  return { id, key };
}

/**
 * A Zendesk connection and an ENG integration with it, syncing comments only (its settings go
 * straight into storage: saving them through the editor is tested elsewhere).
 */
export async function addZendeskIntegration(deskbridge: LocalDeskbridge): Promise<string> {
  const admin = ROLES.jiraAdmin;
  const connection = await invokeOk(deskbridge, admin, 'connections/create', {
    tool: 'zendesk',
    name: 'Deskbridge Zendesk',
    domain: ZENDESK_SANDBOX.domain,
    username: ZENDESK_SANDBOX.username,
    secret: ZENDESK_SANDBOX.secret,
  });
  const integration = await invokeOk(deskbridge, admin, 'integrations/create', { name: 'Zendesk ↔ ENG', tool: 'zendesk', projectId: SEED_PROJECTS.ENG.id, connectionId: connection.id });
  const base = engConfig();
  await writeSyncConfig(integration.id, {
    ...base,
    enabled: true,
    linking: { ...base.linking, ticketsCreateIssues: false },
    fields: { ...base.fields, priority: { direction: 'none', valueMap: {} }, requester: 'none' },
    statuses: { direction: 'none', toJira: {}, toHelpdesk: {} },
  });
  return integration.id;
}
