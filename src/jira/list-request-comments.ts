import { route } from '@forge/api';
import type { RequestCommentDto } from './customer-request-dto';
import { AS_APP, requestJira } from './jira-request';

const PAGE_SIZE = 100;
/** A request with more comments than this is read up to here: bots and the sync want the recent conversation. */
const MAX_COMMENTS = 500;

/**
 * A request's comments, oldest first: public ones only (what the customer sees) unless
 * `includeInternal`. JSM filters with `public` and `internal`, both true by default.
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-comment-get
 */
export async function listRequestComments(issueIdOrKey: string, includeInternal = false): Promise<RequestCommentDto[]> {
  const comments: RequestCommentDto[] = [];
  for (let start = 0; start < MAX_COMMENTS; start += PAGE_SIZE) {
    const { body } = await requestJira<{ values?: RequestCommentDto[]; isLastPage?: boolean }>(
      route`/rest/servicedeskapi/request/${issueIdOrKey}/comment?public=true&internal=${String(includeInternal)}&start=${start}&limit=${PAGE_SIZE}`,
      { as: AS_APP },
    );
    comments.push(...(body.values ?? []));
    if (body.isLastPage !== false || (body.values ?? []).length === 0) break;
  }
  return comments;
}
