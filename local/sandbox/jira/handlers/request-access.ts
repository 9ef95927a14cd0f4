import { notFound } from '../http-error';
import { canViewProject, hasGlobalPermission, hasProjectPermission } from '../permissions/evaluate';
import { findIssue } from '../state/issues';
import { projectOfDesk } from '../state/lookups';
import type { IssueRecord, ProjectRecord, ServiceDeskRecord, SiteState, UserRecord } from '../state/site-state';

/**
 * Who may do what with JSM requests. Agents (Service Desk Agent in the desk's project), project
 * admins and Jira admins work every request; the app works as an agent where its scopes allow;
 * customers see and comment on their own requests only, publicly.
 * https://support.atlassian.com/jira-service-management-cloud/docs/what-are-service-project-permissions/
 */

export interface FoundRequest {
  issue: IssueRecord;
  desk: ServiceDeskRecord;
  project: ProjectRecord;
}

export function deskOfProject(site: SiteState, projectId: string): ServiceDeskRecord | undefined {
  return site.serviceDesks.find((desk) => desk.projectId === projectId);
}

/** A request by issue id or key; JSM answers 404 alike for no issue, an issue that is no request, and one the caller may not see. */
export function findRequest(site: SiteState, idOrKey: string, caller: UserRecord): FoundRequest {
  const issue = findIssue(site, idOrKey);
  const desk = issue?.requestTypeId ? deskOfProject(site, issue.projectId) : undefined;
  if (!issue || !desk) throw notFound(`The request '${idOrKey}' does not exist.`);
  const project = projectOfDesk(site, desk);
  if (!isAgent(site, caller, project) && !canViewProject(site, caller, project) && issue.reporterAccountId !== caller.accountId) {
    throw notFound(`The request '${idOrKey}' does not exist or you do not have permission to see it.`);
  }
  return { issue, desk, project };
}

export function isAgent(site: SiteState, caller: UserRecord, project: ProjectRecord): boolean {
  return (
    hasProjectPermission(site, caller, project, 'SERVICEDESK_AGENT') ||
    hasProjectPermission(site, caller, project, 'ADMINISTER_PROJECTS') ||
    hasGlobalPermission(site, caller, 'ADMINISTER')
  );
}

/** Whether `account` may be the customer of a request in `desk`: a customer of it, anyone on an open desk, or someone who works in the project. */
export function mayRaiseIn(site: SiteState, account: UserRecord, desk: ServiceDeskRecord): boolean {
  if (!account.active) return false;
  if (desk.openAccess || desk.customerIds.includes(account.accountId)) return true;
  return canViewProject(site, account, projectOfDesk(site, desk));
}
