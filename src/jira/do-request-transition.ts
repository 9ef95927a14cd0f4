import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

/**
 * Performs a customer transition on a request, with an optional public comment saying why.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-transition-post
 */
export async function doRequestTransition(issueIdOrKey: string, transitionId: string, comment?: string): Promise<void> {
  await requestJira(route`/rest/servicedeskapi/request/${issueIdOrKey}/transition`, {
    as: AS_APP,
    method: 'POST',
    body: { id: transitionId, ...(comment ? { additionalComment: { body: comment } } : {}) },
  });
}
