import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

export interface RequestType {
  id: string;
  name: string;
  /** The issue type a request of this type is, which decides its workflow. */
  issueTypeId: string;
  serviceDeskId: string;
}

const PAGE_SIZE = 100;

/**
 * Every request type of one service desk, as the app: what the readiness check walks (one workflow
 * per request type's issue type) and what a bot may raise requests as.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-requesttype-get
 */
export async function listRequestTypes(serviceDeskId: string): Promise<RequestType[]> {
  const types: RequestType[] = [];
  for (let start = 0; ; start += PAGE_SIZE) {
    const { body } = await requestJira<{ values: RequestType[]; isLastPage?: boolean }>(
      route`/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttype?start=${start}&limit=${PAGE_SIZE}`,
      { as: AS_APP },
    );
    types.push(...body.values.map(({ id, name, issueTypeId }) => ({ id: String(id), name, issueTypeId: String(issueTypeId), serviceDeskId })));
    if (body.isLastPage !== false || body.values.length === 0) return types;
  }
}
