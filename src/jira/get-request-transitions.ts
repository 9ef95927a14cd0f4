import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

export interface CustomerTransition {
  id: string;
  name: string;
}

/**
 * The customer transitions of a request: the workflow steps JSM offers on the portal ("Cancel
 * request", "Mark as resolved"). They carry no target status and take no fields, so Deskbridge's
 * status sync moves requests with the platform's issue transitions instead (transition-by-bucket);
 * these are for acting as the customer would.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-transition-get
 */
export async function getRequestTransitions(issueIdOrKey: string): Promise<CustomerTransition[]> {
  const { body } = await requestJira<{ values?: CustomerTransition[] }>(route`/rest/servicedeskapi/request/${issueIdOrKey}/transition?start=0&limit=50`, {
    as: AS_APP,
  });
  return (body.values ?? []).map(({ id, name }) => ({ id: String(id), name }));
}
