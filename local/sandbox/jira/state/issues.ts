import { issueEvent } from '../events/event-payloads';
import { recordEvent } from '../events/product-events';
import { badRequest } from '../http-error';
import { applyChanges, item, type IssueChanges } from './issue-changes';
import { findProject } from './lookups';
import type { AdfDocument, IssueRecord, SiteState } from './site-state';

/**
 * Operations on the site's issues, for the REST handlers (platform and JSM alike). Each checks
 * what only the state can tell (the project, the issue type), changes `site` in place and records
 * the product event Jira would raise (events/product-events.ts). Field values arrive already read
 * (handlers/issue-fields/), so these never see REST shapes.
 */

export interface IssueInput {
  projectId: string;
  issueTypeId: string;
  summary: string;
  description?: AdfDocument | null;
  priorityId?: string;
  labels?: string[];
  assigneeAccountId?: string;
  /** The actor unless given (Jira's default reporter is the creator). */
  reporterAccountId?: string;
  customFields?: Record<string, unknown>;
  /** Entity properties set in the same call. */
  properties?: Record<string, unknown>;
  /** JSM: the request type a request is raised with. */
  requestTypeId?: string;
}

/** Jira's default priority for new issues. */
export const DEFAULT_PRIORITY_ID = '3';

export const now = () => new Date().toISOString();

export function createIssue(site: SiteState, input: IssueInput, actorAccountId: string): IssueRecord {
  const project = findProject(site, input.projectId);
  if (!project) throw badRequest('', { project: 'valid project is required' });
  if (!project.issueTypeIds.includes(input.issueTypeId)) throw badRequest('', { issuetype: 'Specify a valid issue type' });
  if (!input.summary?.trim()) throw badRequest('', { summary: 'You must specify a summary of the issue.' });
  const at = now();
  const number = site.counters.nextIssueNumber[project.id] ?? 1;
  site.counters.nextIssueNumber[project.id] = number + 1;
  const issue: IssueRecord = {
    id: String(site.counters.nextIssueId++),
    key: `${project.key}-${number}`,
    projectId: project.id,
    issueTypeId: input.issueTypeId,
    summary: input.summary,
    description: input.description ? structuredClone(input.description) : null,
    statusId: project.statuses[0].id,
    priorityId: input.priorityId ?? DEFAULT_PRIORITY_ID,
    labels: [...(input.labels ?? [])],
    ...(input.assigneeAccountId ? { assigneeAccountId: input.assigneeAccountId } : {}),
    reporterAccountId: input.reporterAccountId ?? actorAccountId,
    creatorAccountId: actorAccountId,
    created: at,
    updated: at,
    customFields: structuredClone(input.customFields ?? {}),
    properties: structuredClone(input.properties ?? {}),
    comments: [],
    ...(input.requestTypeId ? { requestTypeId: input.requestTypeId } : {}),
    history: [],
  };
  site.issues.push(issue);
  recordEvent(site, issueEvent(site, 'avi:jira:created:issue', issue, actorAccountId));
  return issue;
}

/** By id, by key (case-insensitively), or by a key it had before it moved, as Jira redirects. */
export function findIssue(site: SiteState, idOrKey: string): IssueRecord | undefined {
  if (/^\d+$/.test(idOrKey)) return site.issues.find((issue) => issue.id === idOrKey);
  const key = idOrKey.toUpperCase();
  return site.issues.find((issue) => issue.key === key) ?? site.issues.find((issue) => issue.history.includes(key));
}

/** The issue, or an Error (a programming mistake: handlers look issues up before changing them). */
export function issueById(site: SiteState, issueId: string): IssueRecord {
  const issue = site.issues.find((candidate) => candidate.id === issueId);
  if (!issue) throw new Error(`No issue with id ${issueId}`);
  return issue;
}

/** Applies field changes; raises avi:jira:updated:issue when something changed. Returns the changelog. */
export function editIssue(site: SiteState, issueId: string, changes: IssueChanges, actorAccountId: string) {
  const issue = issueById(site, issueId);
  const items = applyChanges(site, issue, changes);
  if (items.length > 0) {
    issue.updated = now();
    recordEvent(site, issueEvent(site, 'avi:jira:updated:issue', issue, actorAccountId, { changelog: items }));
  }
  return items;
}

/**
 * An admin moving the issue to another project: a new key, the same id, the old key kept so it
 * still resolves. A status or issue type the target lacks becomes the target's first one.
 */
export function moveIssue(site: SiteState, issueId: string, targetProjectId: string, actorAccountId: string): IssueRecord {
  const issue = issueById(site, issueId);
  const target = findProject(site, targetProjectId);
  if (!target) throw badRequest('', { project: 'valid project is required' });
  if (target.id === issue.projectId) return issue;
  const source = findProject(site, issue.projectId);
  const number = site.counters.nextIssueNumber[target.id] ?? 1;
  site.counters.nextIssueNumber[target.id] = number + 1;
  const oldKey = issue.key;
  const items = [
    item('project', 'project', issue.projectId, source?.name ?? null, target.id, target.name),
    item('Key', 'issuekey', null, oldKey, null, `${target.key}-${number}`),
  ];
  issue.history.push(oldKey);
  issue.key = `${target.key}-${number}`;
  issue.projectId = target.id;
  if (!target.issueTypeIds.includes(issue.issueTypeId)) issue.issueTypeId = target.issueTypeIds[0];
  if (!target.statuses.some((status) => status.id === issue.statusId)) issue.statusId = target.statuses[0].id;
  issue.updated = now();
  recordEvent(site, issueEvent(site, 'avi:jira:updated:issue', issue, actorAccountId, { changelog: items }));
  return issue;
}

export function deleteIssue(site: SiteState, issueId: string, actorAccountId: string): void {
  const issue = issueById(site, issueId);
  site.issues.splice(site.issues.indexOf(issue), 1);
  recordEvent(site, issueEvent(site, 'avi:jira:deleted:issue', issue, actorAccountId));
}

/**
 * Entity properties. Jira raises no issue event for them (webhooks have issue_property_set, Forge
 * triggers nothing), which is what lets Deskbridge keep its link data on issues without echoes.
 */
export function setProperty(site: SiteState, issueId: string, key: string, value: unknown): 'created' | 'updated' {
  const issue = issueById(site, issueId);
  const existed = key in issue.properties;
  issue.properties[key] = structuredClone(value);
  return existed ? 'updated' : 'created';
}

export function deleteProperty(site: SiteState, issueId: string, key: string): boolean {
  const issue = issueById(site, issueId);
  if (!(key in issue.properties)) return false;
  delete issue.properties[key];
  return true;
}

export { addComment, deleteComment, updateComment, type CommentInput } from './issue-comments';
export { availableTransitions, transitionIssue } from './issue-transitions';
export type { IssueChanges } from './issue-changes';
