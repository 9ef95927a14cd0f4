import type { Caller } from '../access/caller';
import type { Integration } from '../integrations/integration';
import { getIntegration, listIntegrationsOfProject } from '../integrations/integration-store';
import { linksOfIssue } from '../sync/links/link-store';
import { loadSyncContext, type SyncContext } from '../sync/sync-context';
import { actingRight, issueCallerMayBrowse } from './panel-access';
import type { PanelFieldSettings, PanelTool } from './panel-fields';
import { getPanelFieldSettings } from './panel-settings-store';
import { panelTicket, TOOL_NAMES, type TicketReading } from './panel-ticket-view';
import type { IssuePanelView, PanelTarget } from './panel-view';
import { readTicketInTime } from './read-ticket-in-time';

/**
 * Everything the issue panel shows, in one resolver call: the issue's links (by issue id, so a
 * moved issue keeps them), each ticket as the help desk has it now (all read in parallel, each
 * within a time limit), and the integrations of the issue's project the caller may link with.
 * A help desk that is down costs its tickets their live data, never the panel: they are shown
 * from the link, marked as such, with the reason.
 */
export async function loadIssuePanel(caller: Caller, issueIdOrKey: string): Promise<IssuePanelView> {
  const issue = await issueCallerMayBrowse(caller, issueIdOrKey);
  const [links, projectIntegrations, fieldSettings] = await Promise.all([
    linksOfIssue(issue.id),
    listIntegrationsOfProject(issue.projectId),
    getPanelFieldSettings(),
  ]);
  const integrations = new Map<string, Integration | undefined>(projectIntegrations.map((integration) => [integration.id, integration]));
  for (const link of links) if (!integrations.has(link.integrationId)) integrations.set(link.integrationId, await getIntegration(link.integrationId));
  const contexts = new Map<string, Promise<SyncContext | string>>();
  const contextOf = (integrationId: string) => {
    if (!contexts.has(integrationId)) contexts.set(integrationId, syncContextOrReason(integrationId));
    return contexts.get(integrationId)!;
  };
  const rights = new Map<string, Awaited<ReturnType<typeof actingRight>>>();
  for (const [id, integration] of integrations) rights.set(id, await actingRight(caller, integration));
  const tickets = await Promise.all(
    links.map(async (link) => {
      const reading = await readLinked(await contextOf(link.integrationId), link.ticketId);
      return panelTicket(link, integrations.get(link.integrationId), reading, choicesFor(fieldSettings, link.tool), rights.get(link.integrationId)!);
    }),
  );
  const targets: PanelTarget[] = projectIntegrations
    .filter((integration) => integration.tool !== 'jsm' && integration.connectionId && rights.get(integration.id)?.canAct)
    .map((integration) => ({
      integrationId: integration.id,
      integrationName: integration.name,
      tool: integration.tool,
      toolName: TOOL_NAMES[integration.tool] ?? integration.tool,
      linked: links.some((link) => link.integrationId === integration.id),
    }));
  return { issue: { id: issue.id, key: issue.key }, tickets, targets };
}

const choicesFor = (settings: PanelFieldSettings, tool: string): string[] => settings[tool as PanelTool] ?? [];

/** The integration's connection, or why its tickets can't be read now (disconnected, deleted). */
async function syncContextOrReason(integrationId: string): Promise<SyncContext | string> {
  try {
    return (await loadSyncContext(integrationId, { evenIfDisabled: true })) ?? 'This integration has no help-desk connection or sync settings.';
  } catch {
    return "This integration's help-desk connection can't be used right now; a Jira admin can check it under Connections.";
  }
}

function readLinked(context: SyncContext | string, ticketId: string): Promise<TicketReading> {
  return typeof context === 'string' ? Promise.resolve({ unavailable: context }) : readTicketInTime(context, ticketId);
}
