import { forbidden, notFound } from '../http-error';
import { canViewProject } from '../permissions/evaluate';
import { ok, type RouteContext, type RouteResult } from '../route';
import { findProject, findServiceDesk, projectOfDesk } from '../state/lookups';
import type { RequestTypeRecord, ServiceDeskRecord, SiteState, UserRecord } from '../state/site-state';
import { jsmPage, readWindow } from '../views/paging';

/** JSM service desks and their request types (`/rest/servicedeskapi`). */

const base = (site: SiteState) => `${site.baseUrl}/rest/servicedeskapi`;

/** Agents see a desk through its project; customers see the desks they may raise requests in. */
function canAccessDesk(site: SiteState, caller: UserRecord, desk: ServiceDeskRecord): boolean {
  return canViewProject(site, caller, projectOfDesk(site, desk)) || desk.customerIds.includes(caller.accountId);
}

/**
 * The service desks the caller can access.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-get
 */
export function getServiceDesks({ site, caller, query }: RouteContext): RouteResult {
  const window = readWindow(query, ['start', 'limit'], 50, 100);
  const desks = site.serviceDesks.filter((desk) => canAccessDesk(site, caller, desk)).map((desk) => serviceDeskView(site, desk));
  return ok(jsmPage(desks, window, base(site), (start, limit) => `${base(site)}/servicedesk?start=${start}&limit=${limit}`));
}

/**
 * One service desk, by id or by its project's id or key.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-get
 */
export function getServiceDeskById({ site, caller, params }: RouteContext): RouteResult {
  const project = findServiceDesk(site, params.serviceDeskId) ? undefined : findProject(site, params.serviceDeskId);
  const desk = findServiceDesk(site, params.serviceDeskId) ?? (project && site.serviceDesks.find((candidate) => candidate.projectId === project.id));
  if (!desk) throw notFound(`The service desk with id '${params.serviceDeskId}' does not exist.`);
  if (!canAccessDesk(site, caller, desk)) throw forbidden(`You do not have permission to access service desk '${desk.id}'.`);
  return ok(serviceDeskView(site, desk));
}

/**
 * The request types of one service desk, optionally searched by name or narrowed to a group.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-requesttype-get
 */
export function getRequestTypes({ site, caller, params, query }: RouteContext): RouteResult {
  const desk = findServiceDesk(site, params.serviceDeskId);
  if (!desk) throw notFound(`The service desk with id '${params.serviceDeskId}' does not exist.`);
  if (!canAccessDesk(site, caller, desk)) throw forbidden(`You do not have permission to access service desk '${desk.id}'.`);
  const window = readWindow(query, ['start', 'limit'], 50, 100);
  const search = (query.get('searchQuery') ?? '').toLowerCase();
  const groupId = query.get('groupId');
  const types = desk.requestTypes
    .filter((type) => !search || type.name.toLowerCase().includes(search))
    .filter((type) => !groupId || type.groupIds.includes(groupId))
    .map((type) => requestTypeView(site, desk, type));
  const link = (start: number, limit: number) => `${base(site)}/servicedesk/${desk.id}/requesttype?start=${start}&limit=${limit}`;
  return ok(jsmPage(types, window, base(site), link));
}

function serviceDeskView(site: SiteState, desk: ServiceDeskRecord): Record<string, unknown> {
  const project = projectOfDesk(site, desk);
  return {
    id: desk.id,
    projectId: project.id,
    projectName: project.name,
    projectKey: project.key,
    _links: { self: `${base(site)}/servicedesk/${desk.id}` },
  };
}

function requestTypeView(site: SiteState, desk: ServiceDeskRecord, type: RequestTypeRecord): Record<string, unknown> {
  const icon = (size: string) => `${site.baseUrl}/rest/api/2/universal_avatar/view/type/SD_REQTYPE/avatar/${type.id}?size=${size}`;
  return {
    _expands: [],
    id: type.id,
    _links: { self: `${base(site)}/servicedesk/${desk.id}/requesttype/${type.id}` },
    name: type.name,
    description: type.description,
    helpText: type.helpText,
    issueTypeId: type.issueTypeId,
    serviceDeskId: desk.id,
    portalId: desk.id,
    groupIds: type.groupIds,
    restrictionStatus: 'OPEN',
    icon: {
      id: type.id,
      _links: { iconUrls: { '48x48': icon('large'), '24x24': icon('small'), '16x16': icon('xsmall'), '32x32': icon('medium') } },
    },
  };
}
