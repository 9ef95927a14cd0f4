import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

/**
 * Makes accounts customers of a service desk, as the app. Accounts that already are stay as they
 * are (JSM answers 204 either way), so calling it again is harmless.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-customer-post
 */
export async function addDeskCustomers(serviceDeskId: string, accountIds: string[]): Promise<void> {
  await requestJira(route`/rest/servicedeskapi/servicedesk/${serviceDeskId}/customer`, { as: AS_APP, method: 'POST', body: { accountIds } });
}
