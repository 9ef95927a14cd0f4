import { issueEvent } from '../events/event-payloads';
import { recordEvent } from '../events/product-events';
import { badRequest } from '../http-error';
import { SEED_RESOLUTIONS } from '../seed/seed-ids';
import { applyChanges, changedFieldIds, item, setResolution, type IssueChanges } from './issue-changes';
import { findProject } from './lookups';
import type { IssueRecord, SiteState, TransitionRecord } from './site-state';
import { issueById, now } from './issues';

/**
 * Workflow transitions. A transition is available when it starts from the issue's status (or
 * from any status, for a global one that leads elsewhere). Its screen decides which fields may
 * be set with it and which must be. Entering a done status sets a resolution (the one given, or
 * Done, as Jira's default post function does); leaving the done category clears it.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-post
 */

export function availableTransitions(site: SiteState, issue: IssueRecord): TransitionRecord[] {
  const project = findProject(site, issue.projectId);
  if (!project) return [];
  return project.transitions.filter((transition) =>
    transition.from.length === 0 ? transition.to !== issue.statusId : transition.from.includes(issue.statusId),
  );
}

/** Fields that may ride along although no screen lists them (Jira treats the comment apart). */
const ALWAYS_SETTABLE = new Set<string>();

export function transitionIssue(site: SiteState, issueId: string, transitionId: string, changes: IssueChanges, actorAccountId: string) {
  const issue = issueById(site, issueId);
  const transition = availableTransitions(site, issue).find((candidate) => candidate.id === String(transitionId));
  if (!transition) throw badRequest(`Transition id '${transitionId}' is not valid for this issue.`);
  const project = findProject(site, issue.projectId)!;
  const target = project.statuses.find((status) => status.id === transition.to);
  if (!target) throw new Error(`Transition ${transition.id} of ${project.key} leads to missing status ${transition.to}`);

  const screen = transition.fields ?? [];
  const errors: Record<string, string> = {};
  for (const fieldId of changedFieldIds(changes)) {
    if (!ALWAYS_SETTABLE.has(fieldId) && !screen.some((field) => field.fieldId === fieldId)) {
      errors[fieldId] = `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;
    }
  }
  const given = new Set(changedFieldIds(changes));
  for (const field of screen) {
    if (field.required && !given.has(field.fieldId)) errors[field.fieldId] = `${fieldName(site, field.fieldId)} is required.`;
  }
  if (Object.keys(errors).length > 0) throw badRequest('', errors);

  const fromStatus = project.statuses.find((status) => status.id === issue.statusId);
  const items = [item('status', 'status', issue.statusId, fromStatus?.name ?? null, target.id, target.name)];
  issue.statusId = target.id;
  const { resolutionId, ...rest } = changes;
  items.push(...applyChanges(site, issue, rest));
  if (target.category === 'done') items.push(...setResolution(site, issue, resolutionId ?? issue.resolution?.id ?? SEED_RESOLUTIONS.done.id));
  else items.push(...setResolution(site, issue, null));
  issue.updated = now();
  recordEvent(site, issueEvent(site, 'avi:jira:updated:issue', issue, actorAccountId, { changelog: items }));
  return items;
}

function fieldName(site: SiteState, fieldId: string): string {
  return site.fields.find((field) => field.id === fieldId)?.name ?? fieldId;
}
