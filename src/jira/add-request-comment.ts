import { route } from '@forge/api';
import type { RequestCommentDto } from './customer-request-dto';
import { AS_APP, requestJira } from './jira-request';

/**
 * Adds a comment to a request as the app: `public: true` is a reply the customer sees (and is
 * notified of), `public: false` an internal note only agents see. Internal notes need the app to be
 * an agent of the desk; JSM refuses them from customers.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-comment-post
 */
export async function addRequestComment(issueIdOrKey: string, comment: { body: string; public: boolean }): Promise<RequestCommentDto> {
  const { body } = await requestJira<RequestCommentDto>(route`/rest/servicedeskapi/request/${issueIdOrKey}/comment`, {
    as: AS_APP,
    method: 'POST',
    body: { body: comment.body, public: comment.public },
  });
  return body;
}
