import type { Integration } from '../../integrations/integration';
import { loadDeskBuckets } from '../../jsm/bucket-map-store';
import { getProject } from '../../jira/get-project';
import type { JiraIssueTypeStatuses } from '../../jira/jira-types';
import { listProjectStatuses } from '../../jira/list-project-statuses';
import { listRequestTypes } from '../../jira/list-request-types';
import { listServiceDesks } from '../../jira/list-service-desks';
import { readWorkflows } from '../../jira/read-workflows';
import { UserFacingError } from '../../shared/errors';
import type { JiraFacts } from './config-facts';
import type { JiraStatusOption } from './editor-views';
import { jiraStatusBucket } from './propose-statuses';

/**
 * The integration's project as the editor and the checks need it, read as the app. Three calls
 * whatever the project: the service desks (is it one, and which), the project's statuses per
 * issue type (which also lists its issue types), and either the desk's request types or, for a
 * software project, the project itself (its name).
 */
export interface ProjectFacts extends Pick<JiraFacts, 'project' | 'issueTypes' | 'requestTypes'> {
  statusesByIssueType: JiraIssueTypeStatuses[];
  /** The project's service desk, when it is one. */
  serviceDeskId?: string;
}

export async function readProjectFacts(integration: Integration): Promise<ProjectFacts> {
  const [desks, statusesByIssueType] = await Promise.all([listServiceDesks(), listProjectStatuses(integration.projectId)]);
  const issueTypes = statusesByIssueType.map(({ issueTypeId, issueTypeName }) => ({ id: issueTypeId, name: issueTypeName }));
  const desk = desks.find((candidate) => candidate.projectId === integration.projectId);
  if (desk) {
    const requestTypes = (await listRequestTypes(desk.id)).map(({ id, name, issueTypeId }) => ({ id, name, issueTypeId }));
    return { project: { id: integration.projectId, key: desk.projectKey, name: desk.projectName, serviceDesk: true }, issueTypes, requestTypes, statusesByIssueType, serviceDeskId: desk.id };
  }
  const project = await getProject(integration.projectId);
  if (!project) throw new UserFacingError('not-found', `The Jira project ${integration.projectKey} of this integration no longer exists.`);
  return { project: { id: project.id, key: project.key, name: project.name, serviceDesk: false }, issueTypes, requestTypes: [], statusesByIssueType };
}

/**
 * The statuses an issue of `issueTypeId` can have in the project, each with its bucket (a service
 * desk's saved bucket map first, as the rest of Deskbridge reads it) and whether a workflow
 * transition leads to it. When Jira won't show the workflow (the app lacks the permission),
 * reachability can't be known: every status counts as reachable and `note` says so.
 * `known` saves the calls a caller already made (readProjectFacts).
 */
export async function readStatusFacts(
  projectId: string,
  issueTypeId: string,
  known?: Pick<ProjectFacts, 'statusesByIssueType' | 'serviceDeskId'>,
): Promise<{ statuses: JiraStatusOption[]; note?: string }> {
  const [byIssueType, workflows, serviceDeskId] = await Promise.all([
    known?.statusesByIssueType ?? listProjectStatuses(projectId),
    readWorkflows(projectId, [issueTypeId]),
    known ? known.serviceDeskId : listServiceDesks().then((desks) => desks.find((desk) => desk.projectId === projectId)?.id),
  ]);
  const buckets = serviceDeskId !== undefined ? await loadDeskBuckets(serviceDeskId) : undefined;
  const ofType = byIssueType.find((entry) => entry.issueTypeId === issueTypeId)?.statuses ?? [];
  const targets = workflows && new Set(workflows.flatMap((workflow) => workflow.transitions.map((transition) => transition.to)));
  const statuses = ofType.map(({ id, name, categoryKey }) => ({
    id,
    name,
    category: categoryKey,
    bucket: buckets?.savedBucketOf({ id, name }) ?? jiraStatusBucket(name, categoryKey),
    reachable: targets ? targets.has(id) : true,
  }));
  return targets ? { statuses } : { statuses, note: "Jira didn't show Deskbridge the workflow, so which statuses transitions lead to is unknown" };
}
