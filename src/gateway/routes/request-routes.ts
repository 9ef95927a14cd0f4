import { GatewayError } from '../gateway-http';
import { commentBody, getRequestQuery, listRequestsQuery, REQUEST_KEY, transitionBody } from '../gateway-payloads';
import { readBody, readQuery } from '../read-input';
import type { Route } from '../route';
import { requestInScope, requireDesk } from '../scope';

/**
 * The routes on existing requests: read one, list (by customer, updated since), comment,
 * transition by bucket. Each finds the request's desk before it does anything else with it.
 */

function requestKeyOf(params: Record<string, string>): string {
  const key = params.key ?? '';
  if (!REQUEST_KEY.test(key)) throw new GatewayError(400, 'invalid', `"${key.slice(0, 40)}" is not a request key; use the key Jira shows, e.g. SUP-12.`);
  return key;
}

export const getRequestRoute: Route = {
  method: 'GET',
  pattern: '/requests/{key}',
  operation: 'requests.read',
  needs: 'read',
  handle: async ({ request, caller, params, jsm }) => {
    const key = requestKeyOf(params);
    const { comments } = readQuery(request, getRequestQuery);
    const view = await requestInScope(jsm, caller, key, comments === 'true');
    return { status: 200, body: view, requestKey: view.key };
  },
};

export const listRequestsRoute: Route = {
  method: 'GET',
  pattern: '/requests',
  operation: 'requests.list',
  needs: 'read',
  handle: async ({ request, caller, jsm }) => {
    const query = readQuery(request, listRequestsQuery);
    if (query.serviceDeskId !== undefined) requireDesk(caller, query.serviceDeskId);
    const serviceDeskIds = query.serviceDeskId !== undefined ? [query.serviceDeskId] : caller.key.serviceDeskIds;
    const page = await jsm.listRequests({
      serviceDeskIds,
      customerAccountId: query.customer,
      updatedSince: query.updatedSince,
      limit: query.limit,
      cursor: query.cursor,
    });
    // Belt and braces: whatever the service returns, only the key's desks go out.
    const requests = page.requests.filter((view) => serviceDeskIds.includes(String(view.serviceDeskId)));
    return { status: 200, body: page.nextCursor ? { requests, nextCursor: page.nextCursor } : { requests } };
  },
};

export const commentRoute: Route = {
  method: 'POST',
  pattern: '/requests/{key}/comments',
  operation: 'requests.comment',
  needs: 'comment',
  handle: async ({ request, caller, params, jsm }) => {
    const key = requestKeyOf(params);
    const body = readBody(request, commentBody);
    await requestInScope(jsm, caller, key);
    const { id } = await jsm.commentOnRequest(key, { body: body.body, public: body.public });
    return { status: 201, body: { id: String(id) }, requestKey: key };
  },
};

export const transitionRoute: Route = {
  method: 'POST',
  pattern: '/requests/{key}/transition',
  operation: 'requests.transition',
  needs: 'transition',
  handle: async ({ request, caller, params, jsm }) => {
    const key = requestKeyOf(params);
    const body = readBody(request, transitionBody);
    const current = await requestInScope(jsm, caller, key);
    const view = await jsm.transitionByBucket(key, body.bucket, { assigneeAccountId: body.assigneeAccountId, resolutionName: body.resolutionName }, current);
    return { status: 200, body: view, requestKey: view.key };
  },
};
