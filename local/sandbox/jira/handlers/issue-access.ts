import { badRequest, forbidden, notFound } from '../http-error';
import { groupsOf, hasProjectPermission } from '../permissions/evaluate';
import { findIssue } from '../state/issues';
import { findProject } from '../state/lookups';
import type { CommentRecord, IssueRecord, ProjectRecord, SiteState, UserRecord } from '../state/site-state';

/**
 * Who may see and change an issue. An issue the caller may not browse does not exist for them
 * (404, Jira's wording); one they may see but not change answers 403.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#permissions
 */

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

export function projectOfIssue(site: SiteState, issue: IssueRecord): ProjectRecord {
  const project = findProject(site, issue.projectId);
  if (!project) throw new Error(`Issue ${issue.key} points at missing project ${issue.projectId}`);
  return project;
}

export function canBrowseIssue(site: SiteState, caller: UserRecord, issue: IssueRecord): boolean {
  return hasProjectPermission(site, caller, projectOfIssue(site, issue), 'BROWSE_PROJECTS');
}

/** The issue by id or key (old keys too), if the caller may browse it; else 404. */
export function visibleIssue(site: SiteState, caller: UserRecord, idOrKey: string): IssueRecord {
  const issue = findIssue(site, idOrKey);
  if (!issue || !canBrowseIssue(site, caller, issue)) throw notFound(ISSUE_NOT_FOUND);
  return issue;
}

/**
 * The issue, if the caller may browse it and holds `permission` in its project; else 404, or the
 * refusal with `status`: 403 where the operation documents it, 400 where Jira's spec says a
 * missing permission is a bad request (editing, transitioning, commenting).
 */
export function issueFor(site: SiteState, caller: UserRecord, idOrKey: string, permission: string, refusal: string, status: 400 | 403 = 403): IssueRecord {
  const issue = visibleIssue(site, caller, idOrKey);
  if (!hasProjectPermission(site, caller, projectOfIssue(site, issue), permission)) throw status === 403 ? forbidden(refusal) : badRequest(refusal);
  return issue;
}

/**
 * Whether the caller sees a comment limited to a role or group. Apps see every comment (their
 * scopes, not roles, govern them); people must be in the role (in this project) or the group.
 */
export function canSeeComment(site: SiteState, caller: UserRecord, issue: IssueRecord, comment: CommentRecord): boolean {
  const visibility = comment.visibility;
  if (!visibility || caller.accountType === 'app') return true;
  if (visibility.type === 'group') {
    return groupsOf(site, caller.accountId).some((group) => group.name === visibility.value || group.groupId === visibility.identifier);
  }
  const role = site.roles.find((candidate) => candidate.name === visibility.value || String(candidate.id) === visibility.identifier);
  const actors = role ? projectOfIssue(site, issue).roleActors[String(role.id)] : undefined;
  if (!actors) return false;
  const groups = new Set(groupsOf(site, caller.accountId).map((group) => group.groupId));
  return actors.users.includes(caller.accountId) || actors.groups.some((groupId) => groups.has(groupId));
}
