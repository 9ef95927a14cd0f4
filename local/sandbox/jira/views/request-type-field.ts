import { findProject } from '../state/lookups';
import type { FieldRecord, IssueRecord, SiteState } from '../state/site-state';
import { requestStatusView } from './request-view';

/**
 * JSM's "Request Type" field (Customer Request Type), which every JSM site has as a custom field
 * of type `com.atlassian.servicedesk:vp-origin`: on the platform API it carries a request's request
 * type and service desk, so an app can read both for many requests with one JQL search. Its id
 * differs per site (customfield_10010 on most); apps find it by its custom type in GET /field.
 * https://support.atlassian.com/jira-service-management-cloud/docs/what-are-request-types/
 */
export const REQUEST_TYPE_FIELD: FieldRecord = {
  id: 'customfield_10010',
  name: 'Request Type',
  custom: true,
  schema: { type: 'sd-customerrequesttype', custom: 'com.atlassian.servicedesk:vp-origin', customId: 10010 },
  clauseNames: ['cf[10010]', 'Customer Request Type', 'Request Type'],
  orderable: true,
  navigable: true,
  searchable: true,
};

/**
 * The field's value on an issue, as the platform API shows it: the request type (with its service
 * desk) and the request's current status; null for issues that are not requests.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-get
 */
export function requestTypeValue(site: SiteState, issue: IssueRecord): Record<string, unknown> | null {
  if (!issue.requestTypeId) return null;
  const project = findProject(site, issue.projectId);
  const desk = project && site.serviceDesks.find((candidate) => candidate.projectId === project.id);
  const type = desk?.requestTypes.find((candidate) => candidate.id === issue.requestTypeId);
  if (!desk || !type) return null;
  const base = `${site.baseUrl}/rest/servicedeskapi`;
  return {
    _links: { jiraRest: `${site.baseUrl}/rest/api/2/issue/${issue.id}`, web: `${site.baseUrl}/servicedesk/customer/portal/${desk.id}/${issue.key}`, self: `${base}/request/${issue.id}` },
    requestType: {
      _links: { self: `${base}/servicedesk/${desk.id}/requesttype/${type.id}` },
      id: type.id,
      name: type.name,
      description: type.description,
      helpText: type.helpText,
      issueTypeId: type.issueTypeId,
      serviceDeskId: desk.id,
      portalId: desk.id,
      groupIds: type.groupIds,
    },
    currentStatus: requestStatusView(site, issue),
  };
}
