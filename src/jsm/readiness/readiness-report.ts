import { getAppProjectPermissions } from '../../jira/get-my-permissions';
import { listRequestTypes, type RequestType } from '../../jira/list-request-types';
import { readWorkflows, type WorkflowGraph } from '../../jira/read-workflows';
import type { ReadinessCheck, ReadinessReport } from '../../shared/jsm';
import { loadDeskBuckets } from '../bucket-map-store';
import { getServiceDesk } from '../../jira/get-service-desk';
import { APP_PERMISSIONS, permissionChecks, workflowAccessCheck } from './permission-checks';
import { bucketCheck, workflowChecks } from './workflow-checks';

/**
 * The readiness report of one service desk, read as the app and never changing anything: the
 * workflows of its request types (through the workflow API, which shows every transition without
 * needing an issue in each status), the app's permissions in the project, and the bucket map.
 * The resolve screen is checked apart (resolve-screen-check.ts): Jira shows a transition's screen
 * fields only on an issue.
 *
 * Jira calls: the desk, its request types, one workflow read per issue type the request types use
 * (one on a standard desk), and the app's permissions.
 */
export async function readinessReport(serviceDeskId: string): Promise<ReadinessReport> {
  const desk = await getServiceDesk(serviceDeskId);
  const [types, held, buckets] = await Promise.all([
    listRequestTypes(desk.id),
    getAppProjectPermissions(desk.projectId, [...APP_PERMISSIONS]),
    loadDeskBuckets(desk.id),
  ]);
  const workflows = await workflowsOf(desk.projectId, types);
  const checks: ReadinessCheck[] = [];
  if (types.length > 0 && workflows.length === 0) checks.push(workflowAccessCheck(desk.projectKey));
  for (const { workflow } of workflows) checks.push(...workflowChecks(workflow, buckets));
  checks.push(...permissionChecks(desk.projectKey, held));
  const statuses = uniqueStatuses(workflows.map(({ workflow }) => workflow));
  if (statuses.length > 0) checks.push(bucketCheck(statuses, buckets));
  return {
    serviceDeskId: desk.id,
    projectKey: desk.projectKey,
    projectName: desk.projectName,
    workflows: workflows.map(({ workflow, issueTypeIds }) => ({
      name: workflow.name,
      issueTypeIds,
      requestTypes: types.filter((type) => issueTypeIds.includes(type.issueTypeId)).map((type) => type.name),
    })),
    checks,
    ready: checks.every((check) => check.outcome === 'pass'),
  };
}

/** The workflow of each issue type the request types use; issue types sharing a workflow are merged. */
async function workflowsOf(projectId: string, types: RequestType[]): Promise<{ workflow: WorkflowGraph; issueTypeIds: string[] }[]> {
  const issueTypeIds = [...new Set(types.map((type) => type.issueTypeId))];
  const answers = await Promise.all(issueTypeIds.map(async (issueTypeId) => ({ issueTypeId, workflows: await readWorkflows(projectId, [issueTypeId]) })));
  const byId = new Map<string, { workflow: WorkflowGraph; issueTypeIds: string[] }>();
  for (const { issueTypeId, workflows } of answers) {
    for (const workflow of workflows) {
      const entry = byId.get(workflow.id) ?? { workflow, issueTypeIds: [] };
      entry.issueTypeIds.push(issueTypeId);
      byId.set(workflow.id, entry);
    }
  }
  return [...byId.values()];
}

function uniqueStatuses(workflows: WorkflowGraph[]): WorkflowGraph['statuses'] {
  const seen = new Map<string, WorkflowGraph['statuses'][number]>();
  for (const workflow of workflows) for (const status of workflow.statuses) seen.set(status.id, status);
  return [...seen.values()];
}
