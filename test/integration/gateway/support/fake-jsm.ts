import type { Bucket, RequestView } from '../../../../src/jsm/jsm-types';
import type { JsmService } from '../../../../src/gateway/bot-gateway';
import { UserFacingError } from '../../../../src/shared/errors';

/**
 * An in-memory JSM service with the gateway's signatures: for the gateway's own behaviour
 * (routing, scope, idempotency) without depending on how the real service talks to Jira.
 */
export function fakeJsm(options: { raiseDelayMs?: number } = {}) {
  const requests = new Map<string, RequestView>();
  const comments: { key: string; body: string; public: boolean }[] = [];
  let next = 1;
  const find = (key: string) => {
    const found = requests.get(key);
    if (!found) throw new UserFacingError('not-found', `Jira found nothing at GET /rest/servicedeskapi/request/${key} (404).`);
    return found;
  };
  const service: JsmService = {
    raiseRequest: async ({ serviceDeskId, requestTypeId, customer, summary }) => {
      if (options.raiseDelayMs) await new Promise((resolve) => setTimeout(resolve, options.raiseDelayMs));
      const at = new Date().toISOString();
      const view: RequestView = {
        id: String(10000 + next),
        key: `${serviceDeskId === '1' ? 'SUP' : `D${serviceDeskId}`}-${next++}`,
        serviceDeskId,
        requestTypeId,
        summary,
        status: { name: 'Waiting for support', bucket: 'new' },
        reporterAccountId: customer.accountId ?? `qm:fake:${customer.email}`,
        createdAt: at,
        updatedAt: at,
      };
      requests.set(view.key, view);
      return view;
    },
    getRequest: async (key, { withComments } = {}) => {
      const view = find(key);
      return withComments ? { ...view, comments: [] } : view;
    },
    listRequests: async ({ serviceDeskIds, customerAccountId }) => ({
      requests: [...requests.values()].filter((view) => serviceDeskIds.includes(view.serviceDeskId) && (!customerAccountId || view.reporterAccountId === customerAccountId)),
    }),
    commentOnRequest: async (key, comment) => {
      find(key);
      comments.push({ key, ...comment });
      return { id: String(comments.length) };
    },
    transitionByBucket: async (key, bucket: Bucket, { assigneeAccountId } = {}) => {
      const view = { ...find(key), status: { name: bucket, bucket }, ...(assigneeAccountId ? { assigneeAccountId } : {}) };
      requests.set(key, view);
      return view;
    },
  };
  return { service, requests, comments, add: (view: RequestView) => requests.set(view.key, view) };
}
