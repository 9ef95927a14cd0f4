import { route } from '@forge/api';
import { toJiraComment, type CommentBean } from './issue-bean';
import { AS_APP, requestJira } from './jira-request';
import type { AdfDoc, JiraComment } from './jira-types';

export interface NewComment {
  body: AdfDoc;
  /** A JSM internal note: set as the comment property `sd.public.comment` `{ internal: true }`. */
  internal?: boolean;
  visibility?: { type: 'role' | 'group'; value: string };
  properties?: { key: string; value: unknown }[];
}

/**
 * Adds a comment as the app. Internal notes go through the platform API with JSM's
 * `sd.public.comment` property, which works on any project (JSM's own API would need the
 * request's service desk and posts as a JSM user).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-post
 */
export async function addComment(idOrKey: string, c: NewComment): Promise<JiraComment> {
  const properties = [...(c.properties ?? []), ...(c.internal ? [{ key: 'sd.public.comment', value: { internal: true } }] : [])];
  const { body } = await requestJira<CommentBean>(route`/rest/api/3/issue/${idOrKey}/comment?expand=properties`, {
    as: AS_APP,
    method: 'POST',
    body: { body: c.body, ...(c.visibility ? { visibility: c.visibility } : {}), ...(properties.length ? { properties } : {}) },
  });
  return toJiraComment(body);
}
