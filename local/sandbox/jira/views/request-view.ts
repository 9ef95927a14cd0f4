import { STATUS_CATEGORIES } from '../seed/seed-workflows';
import { findProject, findUser } from '../state/lookups';
import type { AdfDocument, CommentRecord, IssueRecord, ServiceDeskRecord, SiteState, UserRecord } from '../state/site-state';
import { avatarUrls, emailVisibleTo } from './user-view';

/**
 * JSM's shapes for requests: CustomerRequestDTO (a request is an issue seen through its desk and
 * request type), CommentDTO and UserDTO. JSM names a status but gives no status id.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/
 */

const base = (site: SiteState) => `${site.baseUrl}/rest/servicedeskapi`;

export function jsmUserView(site: SiteState, accountId: string, caller: UserRecord): Record<string, unknown> {
  const user = findUser(site, accountId);
  const jiraRest = `${site.baseUrl}/rest/api/2/user?accountId=${encodeURIComponent(accountId)}`;
  return {
    accountId,
    ...(user?.emailAddress && emailVisibleTo(caller, user) ? { emailAddress: user.emailAddress } : {}),
    displayName: user?.displayName ?? 'Former user',
    active: user?.active ?? false,
    timeZone: user?.timeZone ?? 'Etc/UTC',
    _links: { jiraRest, avatarUrls: avatarUrls(accountId), self: jiraRest },
  };
}

export function requestStatusView(site: SiteState, issue: IssueRecord): Record<string, unknown> {
  const status = findProject(site, issue.projectId)?.statuses.find((candidate) => candidate.id === issue.statusId);
  return {
    status: status?.name ?? issue.statusId,
    statusCategory: status ? STATUS_CATEGORIES[status.category].key.toUpperCase() : 'UNDEFINED',
    statusDate: jsmDate(issue.updated),
  };
}

export function customerRequestView(site: SiteState, desk: ServiceDeskRecord, issue: IssueRecord, caller: UserRecord, expand: Set<string>): Record<string, unknown> {
  const requestType = desk.requestTypes.find((type) => type.id === issue.requestTypeId);
  return {
    _expands: ['participant', 'status', 'sla', 'requestType', 'serviceDesk', 'attachment', 'action', 'comment'],
    issueId: issue.id,
    issueKey: issue.key,
    requestTypeId: issue.requestTypeId,
    ...(expand.has('requestType') && requestType ? { requestType: { id: requestType.id, name: requestType.name, description: requestType.description, helpText: requestType.helpText, issueTypeId: requestType.issueTypeId, serviceDeskId: desk.id, groupIds: requestType.groupIds } } : {}),
    serviceDeskId: desk.id,
    createdDate: jsmDate(issue.created),
    reporter: jsmUserView(site, issue.reporterAccountId, caller),
    requestFieldValues: [
      { fieldId: 'summary', label: 'Summary', value: issue.summary },
      { fieldId: 'description', label: 'Description', value: adfToText(issue.description), renderedValue: { html: `<p>${escapeHtml(adfToText(issue.description))}</p>` } },
    ],
    currentStatus: requestStatusView(site, issue),
    ...(expand.has('participant') ? { participants: { size: 0, start: 0, limit: 50, isLastPage: true, values: [], _links: { base: base(site), context: '' } } } : {}),
    _links: {
      jiraRest: `${site.baseUrl}/rest/api/2/issue/${issue.id}`,
      web: `${site.baseUrl}/servicedesk/customer/portal/${desk.id}/${issue.key}`,
      self: `${base(site)}/request/${issue.id}`,
    },
  };
}

export function requestCommentView(site: SiteState, issue: IssueRecord, comment: CommentRecord, caller: UserRecord): Record<string, unknown> {
  return {
    _expands: ['attachment', 'renderedBody'],
    id: comment.id,
    body: adfToText(comment.body),
    public: !comment.internal,
    author: jsmUserView(site, comment.authorAccountId, caller),
    created: jsmDate(comment.created),
    _links: { self: `${base(site)}/request/${issue.id}/comment/${comment.id}` },
  };
}

/**
 * JSM's request endpoints speak plain text (summary, description and comment bodies are strings);
 * the issue store keeps Atlassian Document Format, as the platform API does. These convert one
 * paragraph per line, which round-trips what JSM's text endpoints can carry.
 */

export function textToAdf(text: string): AdfDocument {
  return {
    type: 'doc',
    version: 1,
    content: text.split('\n').map((line) => ({ type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] })),
  };
}

export function adfToText(document: AdfDocument | null | undefined): string {
  if (!document) return '';
  const inline = (node: unknown): string => {
    if (!node || typeof node !== 'object') return '';
    const { type, text, content } = node as { type?: string; text?: unknown; content?: unknown };
    if (typeof text === 'string') return text;
    if (type === 'hardBreak') return '\n';
    return Array.isArray(content) ? content.map(inline).join('') : '';
  };
  return (document.content ?? []).map(inline).join('\n');
}

/** JSM's DateDTO for an ISO 8601 instant. */
export function jsmDate(iso: string): Record<string, unknown> {
  const date = new Date(iso);
  return {
    iso8601: iso.replace(/\.\d{3}Z$/, '+0000').replace(/Z$/, '+0000'),
    jira: iso.replace(/Z$/, '+0000'),
    friendly: date.toUTCString(),
    epochMillis: date.getTime(),
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
