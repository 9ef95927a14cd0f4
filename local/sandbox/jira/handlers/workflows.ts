import { hasGlobalPermission, hasProjectPermission } from '../permissions/evaluate';
import { objectBody, optionalArray } from '../request-body';
import { ok, type RouteContext, type RouteResult } from '../route';
import { findProject } from '../state/lookups';
import type { ProjectRecord, SiteState, UserRecord } from '../state/site-state';

/**
 * Workflows without an issue: the statuses and every transition between them, which the per-issue
 * transitions API only shows one status at a time. Each sandbox project has one workflow, used by
 * all its issue types. Callers need Administer Jira, or Administer projects or View (read-only)
 * workflow in the project; the spec documents no 403, so workflows a caller may not read are left
 * out of the answer.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-workflows/#api-rest-api-3-workflows-post
 */
export function readWorkflows({ site, caller, body }: RouteContext): RouteResult {
  const request = objectBody(body);
  const pairs = optionalArray(request.projectAndIssueTypes, 'projectAndIssueTypes').map((pair) => objectBody(pair, 'projectAndIssueTypes item'));
  const names = optionalArray(request.workflowNames, 'workflowNames').map(String);
  const ids = optionalArray(request.workflowIds, 'workflowIds').map(String);
  const projects = new Map<string, ProjectRecord>();
  for (const pair of pairs) {
    const project = findProject(site, String(pair.projectId ?? ''));
    if (project && project.issueTypeIds.includes(String(pair.issueTypeId ?? ''))) projects.set(project.id, project);
  }
  for (const project of site.projects) {
    if (names.includes(workflowName(project)) || ids.includes(workflowId(project))) projects.set(project.id, project);
  }
  const readable = [...projects.values()].filter((project) => mayRead(site, caller, project));
  const statuses = new Map(readable.flatMap((project) => project.statuses.map((status) => [status.id, status] as const)));
  return ok({
    statuses: [...statuses.values()].map((status) => ({
      id: status.id,
      name: status.name,
      description: '',
      scope: { type: 'GLOBAL' },
      statusCategory: { new: 'TODO', indeterminate: 'IN_PROGRESS', done: 'DONE' }[status.category],
      statusReference: status.id,
    })),
    workflows: readable.map((project) => workflowView(site, project)),
  });
}

const workflowName = (project: ProjectRecord) => `${project.key}: ${project.name} workflow`;
const workflowId = (project: ProjectRecord) => project.uuid;

function mayRead(site: SiteState, caller: UserRecord, project: ProjectRecord): boolean {
  return (
    hasGlobalPermission(site, caller, 'ADMINISTER') ||
    hasProjectPermission(site, caller, project, 'ADMINISTER_PROJECTS') ||
    hasProjectPermission(site, caller, project, 'VIEW_READONLY_WORKFLOW')
  );
}

function workflowView(site: SiteState, project: ProjectRecord): Record<string, unknown> {
  const rule = { actions: [], validators: [], triggers: [], properties: {}, description: '' };
  return {
    id: workflowId(project),
    name: workflowName(project),
    description: `The workflow of ${project.name}'s issue types.`,
    isEditable: true,
    scope: { type: 'GLOBAL' },
    startPointLayout: { x: 0, y: 0 },
    statuses: project.statuses.map((status, index) => ({ statusReference: status.id, deprecated: false, layout: { x: 200 * index, y: 0 }, properties: {} })),
    transitions: [
      { ...rule, id: '1', name: 'Create', type: 'INITIAL', toStatusReference: project.statuses[0].id, links: [] },
      ...project.transitions.map((transition) => ({
        ...rule,
        id: transition.id,
        name: transition.name,
        type: transition.from.length === 0 ? 'GLOBAL' : 'DIRECTED',
        toStatusReference: transition.to,
        links: transition.from.map((from) => ({ fromStatusReference: from, fromPort: 0, toPort: 1 })),
        ...(transition.fields ? { transitionScreen: { ruleKey: 'system:transition-screen', parameters: { screenId: `${project.id}${transition.id}` } } } : {}),
      })),
    ],
    version: { id: project.uuid, versionNumber: 1 },
  };
}
