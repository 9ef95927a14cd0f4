import type { LocalDeskbridge } from '../../local/local-deskbridge';
import { SEED_PROJECTS } from '../../local/sandbox/jira';
import type { BackfillView } from '../../src/sync/backfill/backfill-view';
import { invokeOk, ROLES } from './local-app';

/** The backfill resolvers as the integration page calls them, as the Jira admin. */
export function backfillClient(deskbridge: LocalDeskbridge, integrationId: string) {
  const call = (key: string, payload: Record<string, unknown> = {}) => invokeOk<BackfillView>(deskbridge, ROLES.jiraAdmin, `backfill/${key}`, { integrationId, ...payload });
  return {
    status: () => invokeOk<BackfillView | null>(deskbridge, ROLES.jiraAdmin, 'backfill/status', { integrationId }),
    estimate: (filter: Record<string, unknown> = {}) => call('estimate', { filter }),
    start: () => call('start'),
    pause: () => call('pause'),
    resume: () => call('resume'),
    cancel: () => call('cancel'),
    retryFailures: () => call('retry-failures'),
    /** Runs the queue until nothing is left (delays included) and answers the status. */
    settle: async () => {
      await deskbridge.runtime.queue.drain();
      return (await invokeOk<BackfillView | null>(deskbridge, ROLES.jiraAdmin, 'backfill/status', { integrationId }))!;
    },
  };
}

/** Every issue of a project the sandbox Jira holds, with its `deskbridge` property and comments (straight from its state). */
export function projectIssues(deskbridge: LocalDeskbridge, projectKey: keyof typeof SEED_PROJECTS) {
  const projectId = SEED_PROJECTS[projectKey].id;
  return deskbridge.sandbox!.site.issues.filter((issue) => issue.projectId === projectId);
}

/** What a backfill left in Jira, comparable across runs (issue ids and keys depend on timing, so they are left out). */
export function jiraOutcome(deskbridge: LocalDeskbridge, projectKey: keyof typeof SEED_PROJECTS) {
  return projectIssues(deskbridge, projectKey)
    .map((issue) => {
      const property = issue.properties.deskbridge as { ticketId?: string; integrationId?: string } | undefined;
      return {
        ticketId: property?.ticketId,
        summary: issue.summary,
        statusId: issue.statusId,
        priorityId: issue.priorityId,
        labels: [...issue.labels].sort(),
        comments: issue.comments.map((comment) => ({
          origin: (comment.properties['deskbridge.origin'] as { commentId?: string } | undefined)?.commentId,
          internal: comment.internal,
          restricted: comment.visibility?.value,
          text: JSON.stringify(comment.body),
        })),
      };
    })
    .sort((a, b) => Number(a.ticketId) - Number(b.ticketId));
}
