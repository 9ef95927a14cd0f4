import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';

export interface ServiceDesk {
  id: string;
  projectId: string;
  projectKey: string;
  projectName: string;
}

interface ServiceDeskPage {
  values: ServiceDesk[];
  isLastPage?: boolean;
}

const PAGE_SIZE = 50;

/**
 * Every service desk the app can access, with the project it belongs to: how Deskbridge learns
 * which integration projects are JSM service desks, and their serviceDeskId.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-get
 */
export async function listServiceDesks(): Promise<ServiceDesk[]> {
  const desks: ServiceDesk[] = [];
  for (let start = 0; ; start += PAGE_SIZE) {
    const { body } = await requestJira<ServiceDeskPage>(route`/rest/servicedeskapi/servicedesk?start=${start}&limit=${PAGE_SIZE}`, { as: AS_APP });
    desks.push(...body.values.map(toServiceDesk));
    if (body.isLastPage !== false || body.values.length === 0) return desks;
  }
}

/** JSM's ServiceDeskDTO, with ids as strings whatever JSON type they arrived as. */
export const toServiceDesk = (desk: ServiceDesk): ServiceDesk => ({
  id: String(desk.id),
  projectId: String(desk.projectId),
  projectKey: desk.projectKey,
  projectName: desk.projectName,
});
