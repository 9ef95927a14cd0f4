import { route } from '@forge/api';
import { requestJira, type Principal } from './jira-request';
import type { JiraProject } from './get-project';

interface ProjectPage {
  values: JiraProject[];
  isLast?: boolean;
  total?: number;
}

/** Enough for a picker; a site with more projects narrows by typing (query). */
const MAX_PROJECTS = 200;
const PAGE_SIZE = 50;

/**
 * The projects the principal can browse, by name. Asked as the user where the answer should
 * follow their own Jira permissions.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-search-get
 */
export async function searchProjects(principal: Principal, query = ''): Promise<JiraProject[]> {
  const found: JiraProject[] = [];
  for (let startAt = 0; found.length < MAX_PROJECTS; startAt += PAGE_SIZE) {
    const { body } = await requestJira<ProjectPage>(
      route`/rest/api/3/project/search?startAt=${startAt}&maxResults=${PAGE_SIZE}&orderBy=name&query=${query}`,
      { as: principal },
    );
    found.push(...body.values.map(({ id, key, name, projectTypeKey }) => ({ id, key, name, projectTypeKey })));
    if (body.isLast !== false || body.values.length === 0) break;
  }
  return found.slice(0, MAX_PROJECTS);
}
