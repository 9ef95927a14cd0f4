import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';
import type { JiraPriority } from './jira-types';

/**
 * The site's priorities, for mapping help-desk priorities by name. This operation is
 * deprecated in favour of priority/search, which wants manage:jira-configuration on every
 * install; this one needs only read:jira-work.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-priorities/#api-rest-api-3-priority-get
 */
export async function listPriorities(): Promise<JiraPriority[]> {
  const { body } = await requestJira<{ id: string; name: string }[]>(route`/rest/api/3/priority`, { as: AS_APP });
  return (body ?? []).map((priority) => ({ id: String(priority.id), name: priority.name }));
}
