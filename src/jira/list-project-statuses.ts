import { route } from '@forge/api';
import { AS_APP, requestJira } from './jira-request';
import type { JiraIssueTypeStatuses, StatusCategoryKey } from './jira-types';

interface IssueTypeWithStatus {
  id: string;
  name: string;
  statuses?: { id: string; name: string; statusCategory?: { key?: string } }[];
}

/**
 * The statuses of each issue type in a project: what status mapping offers for the buckets
 * New/Reopened, In Progress, Waiting for User and Resolved/Closed.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-projectidorkey-statuses-get
 */
export async function listProjectStatuses(projectId: string): Promise<JiraIssueTypeStatuses[]> {
  const { body } = await requestJira<IssueTypeWithStatus[]>(route`/rest/api/3/project/${projectId}/statuses`, { as: AS_APP });
  return (body ?? []).map((type) => ({
    issueTypeId: String(type.id),
    issueTypeName: type.name,
    statuses: (type.statuses ?? []).map((status) => ({ id: String(status.id), name: status.name, categoryKey: (status.statusCategory?.key ?? 'new') as StatusCategoryKey })),
  }));
}
