import { route } from '@forge/api';
import { UserFacingError } from '../shared/errors';
import { AS_APP, requestJira } from './jira-request';
import { toServiceDesk, type ServiceDesk } from './list-service-desks';

/**
 * One service desk with its project (id, key, name), as the app: how a desk id from the admin
 * page or a bot becomes a project. JSM answers 404 for a desk that does not exist and 403 for one
 * the app may not access; both mean the same to the person who named it.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-get
 */
export async function getServiceDesk(serviceDeskId: string): Promise<ServiceDesk> {
  const { status, body } = await requestJira<ServiceDesk>(route`/rest/servicedeskapi/servicedesk/${serviceDeskId}`, { as: AS_APP, expect: [403, 404] });
  if (status !== 200) {
    throw new UserFacingError(
      'not-found',
      `Deskbridge cannot find service desk ${serviceDeskId}: it was deleted, or the app is not an agent of its project. Reload the page to see the desks it can access.`,
    );
  }
  return toServiceDesk(body);
}
