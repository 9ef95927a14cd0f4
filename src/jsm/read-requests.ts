import { kvs } from '@forge/kvs';
import { getCustomerRequest } from '../jira/get-customer-request';
import { getIssue } from '../jira/get-issue';
import type { JiraIssue } from '../jira/jira-types';
import { listFields } from '../jira/list-fields';
import { listRequestComments } from '../jira/list-request-comments';
import { listServiceDesks } from '../jira/list-service-desks';
import { searchIssues } from '../jira/search-issues';
import { UserFacingError } from '../shared/errors';
import { KEY } from '../storage/keys';
import { loadDeskBuckets, type DeskBuckets } from './bucket-map-store';
import type { RequestView } from './jsm-types';
import { noSuchRequest, onRequest, toRequestView } from './request-view';

const toIso = (date: string) => (date ? new Date(date).toISOString() : '');

/**
 * One request: JSM's request (desk, request type, customer) and the platform issue (status id,
 * assignee, last update) read side by side, plus the public comments when asked for.
 */
export async function getRequest(key: string, opts: { withComments?: boolean } = {}): Promise<RequestView> {
  const [request, issue, comments] = await onRequest(key, () =>
    Promise.all([getCustomerRequest(key), getIssue(key, { fields: ['status', 'assignee', 'updated'] }), opts.withComments ? listRequestComments(key) : undefined]),
  );
  if (!request) throw noSuchRequest(key);
  const buckets = await loadDeskBuckets(String(request.serviceDeskId));
  return toRequestView(request, buckets, { status: issue.status, assigneeAccountId: issue.assigneeAccountId, updated: issue.updated }, comments);
}

export interface RequestQuery {
  serviceDeskIds: string[];
  customerAccountId?: string;
  updatedSince?: string;
  limit?: number;
  cursor?: string;
}

const MAX_LIMIT = 100;
const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;

/**
 * Requests of some desks, newest activity first: all of them, or one customer's, optionally only
 * those updated since an instant. JSM's own request list answers for the caller only (as the app:
 * requests the app itself reported), so this searches the platform with JQL (`reporter = …`) and
 * reads each request's type and desk from JSM's Request Type field in the same search. JQL
 * compares dates to the minute: the search asks a minute more and the exact instant is applied here.
 */
export async function listRequests(q: RequestQuery): Promise<{ requests: RequestView[]; nextCursor?: string }> {
  const limit = q.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new UserFacingError('invalid', `limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  if (q.serviceDeskIds.length === 0) throw new UserFacingError('invalid', 'Name at least one service desk to list requests from.');
  if (q.customerAccountId !== undefined && !ACCOUNT_ID.test(q.customerAccountId)) throw new UserFacingError('invalid', 'customerAccountId is not an Atlassian accountId.');
  const since = q.updatedSince === undefined ? undefined : Date.parse(q.updatedSince);
  if (since !== undefined && Number.isNaN(since)) throw new UserFacingError('invalid', `updatedSince "${q.updatedSince}" is not an ISO 8601 date-time, e.g. 2026-01-31T09:00:00Z.`);

  const wanted = new Set(q.serviceDeskIds.map(String));
  const desks = (await listServiceDesks()).filter((desk) => wanted.has(desk.id));
  const missing = [...wanted].filter((id) => !desks.some((desk) => desk.id === id));
  if (missing.length > 0) throw new UserFacingError('not-found', `Deskbridge cannot access service desk ${missing.join(', ')}: check the id, and that the app is an agent of its project.`);

  const fieldId = await requestTypeFieldId();
  const clauses = [`project in (${desks.map((desk) => desk.projectId).join(', ')})`];
  if (q.customerAccountId) clauses.push(`reporter = "${q.customerAccountId}"`);
  if (since !== undefined) clauses.push(`updated >= "-${Math.max(1, Math.ceil((Date.now() - since) / 60_000) + 1)}m"`);
  const page = await searchIssues(`${clauses.join(' AND ')} ORDER BY updated DESC`, { fields: [fieldId], maxResults: limit, nextPageToken: q.cursor });

  const buckets = new Map(await Promise.all(desks.map(async (desk) => [desk.id, await loadDeskBuckets(desk.id)] as const)));
  const requests = page.issues
    .filter((issue) => since === undefined || Date.parse(issue.updated) >= since)
    .flatMap((issue) => {
      const type = readRequestType(issue.fields[fieldId]);
      return type && wanted.has(type.serviceDeskId) ? [issueToView(issue, type, buckets.get(type.serviceDeskId)!)] : [];
    });
  return { requests, ...(page.nextPageToken ? { nextCursor: page.nextPageToken } : {}) };
}

function issueToView(issue: JiraIssue, type: { requestTypeId: string; serviceDeskId: string }, buckets: DeskBuckets): RequestView {
  return {
    id: issue.id,
    key: issue.key,
    serviceDeskId: type.serviceDeskId,
    requestTypeId: type.requestTypeId,
    summary: issue.summary,
    status: { id: issue.status.id, name: issue.status.name, categoryKey: issue.status.categoryKey, bucket: buckets.bucketOf(issue.status) },
    reporterAccountId: issue.reporterAccountId ?? '',
    ...(issue.assigneeAccountId ? { assigneeAccountId: issue.assigneeAccountId } : {}),
    createdAt: toIso(issue.created),
    updatedAt: toIso(issue.updated),
  };
}

/** JSM's Request Type field is a custom field of this type on every site with JSM. */
const REQUEST_TYPE_CUSTOM_TYPE = 'com.atlassian.servicedesk:vp-origin';

/**
 * The site's Request Type field id (customfield_10010 on most sites, but not all): what lets one
 * JQL search return each request's request type and desk. Looked up in GET /field once and kept;
 * a custom field's id never changes.
 */
async function requestTypeFieldId(): Promise<string> {
  const stored = await kvs.get<string>(KEY.requestTypeField);
  if (stored) return stored;
  const field = (await listFields()).find((candidate) => candidate.customType === REQUEST_TYPE_CUSTOM_TYPE);
  if (!field) throw new UserFacingError('unavailable', 'This Jira site has no Request Type field: Jira Service Management is not installed, so there are no requests to list.');
  await kvs.set(KEY.requestTypeField, field.id);
  return field.id;
}

/** The request type and desk in a Request Type field's value; undefined for issues that are not requests. */
function readRequestType(value: unknown): { requestTypeId: string; serviceDeskId: string } | undefined {
  const type = (value as { requestType?: { id?: unknown; serviceDeskId?: unknown } } | null)?.requestType;
  if (!type?.id || !type.serviceDeskId) return undefined;
  return { requestTypeId: String(type.id), serviceDeskId: String(type.serviceDeskId) };
}
