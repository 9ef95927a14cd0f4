import { listIntegrationsOfProject } from '../../integrations/integration-store';
import { handleNotifications } from '../../notifications/handle-notifications';
import type { ChangeNotice } from '../changes/change-notice';
import { pushChanges } from '../changes/push-changes';
import { linksOfIssue } from '../links/link-store';

/** The part of a Forge Jira issue event the sync engine reads (https://developer.atlassian.com/platform/forge/events-reference/jira/). */
export interface JiraIssueEvent {
  eventType: string;
  issue: { id: string; key: string; fields?: { project?: { id: string }; updated?: string } };
  changelog?: { id?: string };
  comment?: { id: string };
}

const SCOPE: Record<string, ChangeNotice['scope'] | undefined> = {
  'avi:jira:created:issue': 'created',
  'avi:jira:updated:issue': 'fields',
  'avi:jira:commented:issue': 'comments',
};

/**
 * Jira → help desk: turns an issue event into change notices for the links of the issue (found
 * by issue id, so an issue moved to another project still reaches its tickets), and, for a new
 * issue, for the integrations of its project that create tickets from issues. The trigger is
 * declared with `ignoreSelf`, so Deskbridge's own writes never come back here. No Jira call: the
 * work happens in the queue.
 */
export async function onJiraIssueEvent(event: JiraIssueEvent): Promise<void> {
  const scope = SCOPE[event.eventType];
  if (!scope || !event.issue?.id) return;
  const version = event.comment?.id ?? event.changelog?.id ?? event.issue.fields?.updated;
  const links = await linksOfIssue(event.issue.id);
  const notices: ChangeNotice[] = links.map((link) => ({
    integrationId: link.integrationId,
    side: 'jira',
    issueId: event.issue.id,
    ticketId: link.ticketId,
    scope: scope === 'created' ? 'all' : scope,
    ...(version ? { version: `${event.eventType}:${version}` } : {}),
  }));
  const projectId = event.issue.fields?.project?.id;
  if (scope === 'created' && links.length === 0 && projectId) {
    for (const integration of await listIntegrationsOfProject(projectId)) {
      notices.push({ integrationId: integration.id, side: 'jira', issueId: event.issue.id, scope: 'created' });
    }
  }
  await pushChanges(notices);
  await handleNotifications(event, links);
}
