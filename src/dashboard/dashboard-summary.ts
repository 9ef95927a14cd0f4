import { listAllIntegrations } from '../integrations/integration-store';
import { TOOL_NAMES } from '../issue-panel/panel-ticket-view';
import { linksOfIntegration } from '../sync/links/link-store';
import type { SyncState } from '../sync/links/link';
import { syncActivity } from '../sync/logs/sync-log';
import { ACTIVITY_DAYS, type DashboardSummary, type ToolSummary } from './dashboard-view';

/**
 * Links are counted by reading their index a page at a time; past this many per integration
 * the count stops and the dashboard says "at least". It keeps one resolver call far inside
 * Forge's 25 s on sites with very large integrations; JQL (`issue.property[deskbridge]…`) gives
 * exact numbers there.
 */
export const COUNT_CAP = 5000;
const PAGE = 100;

async function countLinks(integrationId: string, state?: SyncState): Promise<{ count: number; capped: boolean }> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await linksOfIntegration(integrationId, { ...(state ? { state } : {}), limit: PAGE, ...(cursor ? { cursor } : {}) });
    count += page.links.length;
    cursor = page.nextCursor;
  } while (cursor && count < COUNT_CAP);
  return { count, capped: Boolean(cursor) };
}

/**
 * One summary of every integration on the site, for Jira admins: per help desk, how many
 * integrations and links, how many are stuck, and the sync log's counts of the last seven days.
 * No Jira call: everything comes from Deskbridge's own storage.
 */
export async function dashboardSummary(): Promise<DashboardSummary> {
  const integrations = (await listAllIntegrations()).filter((integration) => integration.tool !== 'jsm');
  const counted = await Promise.all(
    integrations.map(async (integration) => {
      const [all, stuck] = await Promise.all([countLinks(integration.id), countLinks(integration.id, 'stuck')]);
      return { tool: integration.tool, links: all.count, stuck: stuck.count, capped: all.capped || stuck.capped };
    }),
  );
  const byTool = new Map<string, ToolSummary>();
  for (const entry of counted) {
    const summary = byTool.get(entry.tool) ?? { tool: entry.tool, toolName: TOOL_NAMES[entry.tool] ?? entry.tool, integrations: 0, links: 0, stuck: 0 };
    summary.integrations += 1;
    summary.links += entry.links;
    summary.stuck += entry.stuck;
    byTool.set(entry.tool, summary);
  }
  const tools = [...byTool.values()].sort((a, b) => a.toolName.localeCompare(b.toolName));
  const sum = (key: 'integrations' | 'links' | 'stuck') => tools.reduce((total, tool) => total + tool[key], 0);
  return {
    tools,
    totals: { integrations: sum('integrations'), links: sum('links'), stuck: sum('stuck') },
    capped: counted.some((entry) => entry.capped),
    activity: await syncActivity(
      integrations.map((integration) => integration.id),
      ACTIVITY_DAYS,
    ),
  };
}
