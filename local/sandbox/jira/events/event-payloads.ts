import type { CommentRecord, IssueRecord, SiteState } from '../state/site-state';
import { issueTypeOf, jiraDate, priorityView, projectOf, projectReferenceView, statusOf, statusView } from '../views/issue-parts';
import type { ProductEvent, ProductEventType } from './product-events';

/**
 * Payloads of the Forge issue events, after the documented shapes: the issue with a short list of
 * fields, the account that caused the event, `associatedUsers`, and for updates the changelog,
 * for comments the comment (with `jsdPublic`, false for a JSM internal note).
 * https://developer.atlassian.com/platform/forge/events-reference/jira/
 */

/** One changed field, as Jira's changelog items say it. */
export interface ChangeItem {
  field: string;
  fieldtype: 'jira' | 'custom';
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

const account = (accountId: string | undefined) => (accountId ? { accountId } : null);

export function eventIssue(site: SiteState, issue: IssueRecord): Record<string, unknown> {
  const project = projectOf(site, issue.projectId);
  const priority = site.priorities.find((candidate) => candidate.id === issue.priorityId);
  return {
    id: issue.id,
    key: issue.key,
    fields: {
      summary: issue.summary,
      issuetype: issueTypeOf(site, issue.issueTypeId),
      creator: account(issue.creatorAccountId),
      created: jiraDate(issue.created),
      project: projectReferenceView(site, project),
      reporter: account(issue.reporterAccountId),
      assignee: account(issue.assigneeAccountId),
      updated: jiraDate(issue.updated),
      status: statusView(site, statusOf(project, issue.statusId)),
      labels: [...issue.labels],
      priority: priority ? priorityView(site, priority) : null,
      resolution: issue.resolution ? { ...issue.resolution } : null,
    },
  };
}

export function eventComment(comment: CommentRecord): Record<string, unknown> {
  return {
    id: comment.id,
    author: { accountId: comment.authorAccountId },
    body: structuredClone(comment.body),
    updateAuthor: { accountId: comment.updateAuthorAccountId },
    created: jiraDate(comment.created),
    updated: jiraDate(comment.updated),
    jsdPublic: !comment.internal,
    ...(comment.visibility ? { visibility: { ...comment.visibility } } : {}),
  };
}

let changelogIds = 10000;

export function issueEvent(
  site: SiteState,
  eventType: ProductEventType,
  issue: IssueRecord,
  actorAccountId: string,
  extra: { changelog?: ChangeItem[]; comment?: CommentRecord } = {},
): ProductEvent {
  return {
    eventType,
    atlassianId: actorAccountId,
    payload: {
      eventType,
      issue: eventIssue(site, issue),
      atlassianId: actorAccountId,
      associatedUsers: [{ accountId: actorAccountId }],
      ...(extra.changelog ? { changelog: { id: String((changelogIds += 1)), items: extra.changelog } } : {}),
      ...(extra.comment ? { comment: eventComment(extra.comment) } : {}),
    },
  };
}
