import { route } from '@forge/api';
import { createIssueBody } from './issue-request-body';
import { describeRefusal, JiraRequestError } from './jira-error';
import { AS_APP, requestJira } from './jira-request';
import type { CreateIssueInput } from './jira-types';

export interface BulkCreateResult {
  /** `index` is the input's position. */
  created: { index: number; id: string; key: string }[];
  failed: { index: number; status: number; message: string }[];
}

interface CreatedIssues {
  issues?: { id: string; key: string }[];
  errors?: { status?: number; failedElementNumber?: number; elementErrors?: { errorMessages?: string[]; errors?: Record<string, string> } }[];
}

/** Jira's limit per request. */
export const BULK_CREATE_LIMIT = 50;

/**
 * Creates up to 50 issues in one call (backfill), each succeeding or failing on its own. Jira
 * answers 400 when every element failed, with the same body: both are read, never thrown.
 * Created issues come back in input order, skipping the failed positions.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-bulk-post
 */
export async function bulkCreateIssues(inputs: CreateIssueInput[]): Promise<BulkCreateResult> {
  if (inputs.length === 0) return { created: [], failed: [] };
  if (inputs.length > BULK_CREATE_LIMIT) throw new RangeError(`bulkCreateIssues takes at most ${BULK_CREATE_LIMIT} issues; got ${inputs.length}.`);
  const { status, body } = await requestJira<CreatedIssues>(route`/rest/api/3/issue/bulk`, {
    as: AS_APP,
    method: 'POST',
    body: { issueUpdates: inputs.map(createIssueBody) },
    expect: [400],
  });
  if (status === 400 && !Array.isArray(body?.errors)) throw new JiraRequestError('invalid', 'Jira rejected POST /rest/api/3/issue/bulk (400) as a whole.', 400);
  const failed = (body?.errors ?? []).map((error) => ({
    index: error.failedElementNumber ?? -1,
    status: error.status ?? 400,
    message: describeRefusal(error.elementErrors?.errorMessages ?? [], error.elementErrors?.errors ?? {}) || 'Jira refused this issue.',
  }));
  const failedIndexes = new Set(failed.map((failure) => failure.index));
  const positions = inputs.map((_, index) => index).filter((index) => !failedIndexes.has(index));
  const created = (body?.issues ?? []).map((issue, order) => ({ index: positions[order], id: String(issue.id), key: issue.key }));
  return { created, failed };
}
