import { route } from '@forge/api';
import type { CustomerRequestDto } from './customer-request-dto';
import { AS_APP, requestJira } from './jira-request';

/**
 * One request by issue key or id, as the app: its desk, request type, customer and status name.
 * Undefined when there is no such request (including issues that are not requests).
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-get
 */
export async function getCustomerRequest(issueIdOrKey: string): Promise<CustomerRequestDto | undefined> {
  const { status, body } = await requestJira<CustomerRequestDto>(route`/rest/servicedeskapi/request/${issueIdOrKey}`, { as: AS_APP, expect: [404] });
  return status === 404 ? undefined : body;
}
