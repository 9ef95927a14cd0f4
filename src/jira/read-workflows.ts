import { route } from '@forge/api';
import { normaliseCategory, type StatusCategoryKey } from '../shared/jsm';
import { AS_APP, requestJira } from './jira-request';

/** A workflow as Deskbridge reasons about it: its statuses and which transition leads where. */
export interface WorkflowGraph {
  id: string;
  name: string;
  statuses: { id: string; name: string; categoryKey: StatusCategoryKey }[];
  transitions: WorkflowTransition[];
}

export interface WorkflowTransition {
  id: string;
  name: string;
  /** Status ids it starts from, or `any` for a global transition ("from any status"). */
  from: string[] | 'any';
  to: string;
  /** Whether the transition shows a screen (only then can it set fields such as the assignee). */
  hasScreen: boolean;
}

interface WorkflowReadResponse {
  statuses?: { id: string; name: string; statusCategory?: string; statusReference: string }[];
  workflows?: {
    id: string;
    name: string;
    statuses?: { statusReference: string }[];
    transitions?: { id: string; name: string; type: 'INITIAL' | 'GLOBAL' | 'DIRECTED'; toStatusReference: string; links?: { fromStatusReference?: string | null }[]; transitionScreen?: unknown }[];
  }[];
}

/**
 * The workflows used by the given issue types of one project, read as the app without needing an
 * issue (the per-issue transitions API only shows what is possible from one issue's status).
 * Workflows the app may not read (it needs View (read-only) workflow or Administer projects in the
 * project) are left out of Jira's answer: an empty list means exactly that, for the readiness
 * report to explain (a 403, should Jira send one, is answered the same way).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-workflows/#api-rest-api-3-workflows-post
 */
export async function readWorkflows(projectId: string, issueTypeIds: string[]): Promise<WorkflowGraph[]> {
  const { status, body } = await requestJira<WorkflowReadResponse>(route`/rest/api/3/workflows`, {
    as: AS_APP,
    method: 'POST',
    body: { projectAndIssueTypes: issueTypeIds.map((issueTypeId) => ({ projectId, issueTypeId })) },
    expect: [403],
  });
  if (status === 403) return [];
  const byReference = new Map((body.statuses ?? []).map((entry) => [entry.statusReference, entry]));
  return (body.workflows ?? []).map((workflow) => ({
    id: workflow.id,
    name: workflow.name,
    statuses: (workflow.statuses ?? []).map(({ statusReference }) => {
      const known = byReference.get(statusReference);
      return { id: known?.id ?? statusReference, name: known?.name ?? statusReference, categoryKey: normaliseCategory(known?.statusCategory) };
    }),
    transitions: (workflow.transitions ?? [])
      .filter((transition) => transition.type !== 'INITIAL')
      .map((transition) => ({
        id: transition.id,
        name: transition.name,
        from: transition.type === 'GLOBAL' ? 'any' : (transition.links ?? []).flatMap((link) => (link.fromStatusReference ? [idOf(byReference, link.fromStatusReference)] : [])),
        to: idOf(byReference, transition.toStatusReference),
        hasScreen: !!transition.transitionScreen,
      })),
  }));
}

const idOf = (byReference: Map<string, { id: string }>, reference: string) => byReference.get(reference)?.id ?? reference;
