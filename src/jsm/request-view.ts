import { isoDate, textField, type CustomerRequestDto, type RequestCommentDto } from '../jira/customer-request-dto';
import { UserFacingError } from '../shared/errors';
import type { DeskBuckets } from './bucket-map-store';
import type { RequestComment, RequestView } from './jsm-types';

/** What the platform's issue adds to JSM's request: the status id, the assignee, the last change. */
export interface IssueFacts {
  status?: { id: string; name: string; categoryKey?: string };
  assigneeAccountId?: string;
  updated?: string;
}

/**
 * A request as Deskbridge hands it on, from JSM's request (desk, request type, customer, status
 * name) and, where read, the platform issue (status id, assignee, updated). The bucket comes from
 * the desk's bucket map: by status id where known, else by name.
 */
export function toRequestView(request: CustomerRequestDto, buckets: DeskBuckets, issue: IssueFacts = {}, comments?: RequestCommentDto[]): RequestView {
  const createdAt = isoDate(request.createdDate);
  const status = issue.status ?? {
    name: request.currentStatus?.status ?? '',
    categoryKey: request.currentStatus?.statusCategory?.toLowerCase(),
  };
  return {
    id: String(request.issueId),
    key: request.issueKey,
    serviceDeskId: String(request.serviceDeskId),
    requestTypeId: String(request.requestTypeId),
    summary: textField(request, 'summary'),
    status: { ...('id' in status && status.id ? { id: status.id } : {}), name: status.name, ...(status.categoryKey ? { categoryKey: status.categoryKey } : {}), bucket: buckets.bucketOf(status) },
    reporterAccountId: request.reporter?.accountId ?? '',
    ...(issue.assigneeAccountId ? { assigneeAccountId: issue.assigneeAccountId } : {}),
    createdAt,
    updatedAt: issue.updated ? new Date(issue.updated).toISOString() : isoDate(request.currentStatus?.statusDate) || createdAt,
    ...(comments ? { comments: comments.filter((comment) => comment.public).map(toRequestComment) } : {}),
  };
}

export function toRequestComment(comment: RequestCommentDto): RequestComment {
  return {
    id: String(comment.id),
    body: comment.body,
    public: comment.public,
    ...(comment.author?.accountId ? { authorAccountId: comment.author.accountId } : {}),
    createdAt: isoDate(comment.created),
  };
}

/** The error for a key that names no request (no issue, or an issue outside any service desk). */
export const noSuchRequest = (key: string) =>
  new UserFacingError('not-found', `There is no JSM request ${key}: check the key, and that its project is a service desk Deskbridge can access.`);

/** Runs a JSM call on one request, answering a 404 with `noSuchRequest`. */
export async function onRequest<T>(key: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof UserFacingError && error.kind === 'not-found') throw noSuchRequest(key);
    throw error;
  }
}
