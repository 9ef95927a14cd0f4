import type { IntegrationView } from '../../../src/shared/integrations';
import { TOOLS, type Me, type Tool } from '../../../src/shared/roles';

/**
 * What the Integrations panel offers the caller (DESIGN.md §2). The server decides every call
 * again; these only keep the UI from offering what would be refused.
 */

/**
 * Tools the caller may create integrations for: every tool for Jira admins and for the admin of
 * the page's project (project settings); otherwise the tools of their `deskbridge-jira-<tool>` groups.
 */
export function creatableTools(me: Me): Tool[] {
  if (me.isJiraAdmin || me.adminOfProject !== null) return [...TOOLS];
  return TOOLS.filter((tool) => me.toolGroups.includes(tool));
}

/**
 * The actions a row offers, in the order they are shown; `sync` (the sync settings) and `links`
 * (the linked pairs) are on every row, read-only for viewers; `webhook` only for editors.
 */
export type RowAction = 'rename' | 'transfer' | 'logs' | 'delete' | 'sync' | 'links' | 'webhook';

/** Only what the server's `access` allows; nothing at all makes the row read-only. */
export function rowActions(integration: IntegrationView): RowAction[] {
  const { canEdit, canReadLogs, canTransferOwnership } = integration.access;
  const actions: RowAction[] = [];
  if (canEdit) actions.push('rename');
  if (canTransferOwnership) actions.push('transfer');
  if (canReadLogs) actions.push('logs');
  if (canEdit) actions.push('delete');
  return actions;
}

/** A row the caller can't change: shown with a "Read only" lozenge. */
export const isReadOnly = (integration: IntegrationView): boolean => !integration.access.canEdit;

/** Who owns it, in the caller's words: "you", or the owner's accountId. */
export const ownerLabel = (integration: { ownerAccountId: string }, me: Pick<Me, 'accountId'>): string =>
  integration.ownerAccountId === me.accountId ? 'you' : integration.ownerAccountId;

/** The sentence above the table: which integrations this page lists, and why. */
export function listScope(me: Me, projectKey: string | undefined): string {
  if (projectKey !== undefined) return `Integrations of project ${projectKey}. You manage all of them and read their logs.`;
  if (me.isJiraAdmin) return 'Every integration on this site. As a Jira admin you manage all of them, read their logs and can transfer their ownership.';
  return 'Integrations for your tools. You manage the ones you created; the others are read-only, without their logs.';
}
