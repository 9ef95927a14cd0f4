import { route } from '@forge/api';
import { toJiraComment, type CommentBean } from './issue-bean';
import { AS_APP, requestJira } from './jira-request';
import type { JiraComment } from './jira-types';

const PAGE_SIZE = 100;

/**
 * Every comment on an issue, oldest first, with their properties (how internal notes and
 * Deskbridge's own origin markers are told apart), read as the app: apps see restricted comments
 * too, which `restricted` flags so they are never copied to a customer-facing ticket.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-get
 */
export async function listComments(idOrKey: string): Promise<JiraComment[]> {
  const comments: JiraComment[] = [];
  for (let startAt = 0; ; startAt += PAGE_SIZE) {
    const { body } = await requestJira<{ comments?: CommentBean[]; total?: number }>(
      route`/rest/api/3/issue/${idOrKey}/comment?startAt=${startAt}&maxResults=${PAGE_SIZE}&orderBy=created&expand=properties`,
      { as: AS_APP },
    );
    const page = body.comments ?? [];
    comments.push(...page.map(toJiraComment));
    if (page.length === 0 || startAt + page.length >= (body.total ?? 0)) return comments;
  }
}
