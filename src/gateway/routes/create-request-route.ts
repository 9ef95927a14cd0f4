import { certainlyNothingRaised, toGatewayError } from '../error-mapping';
import { header } from '../gateway-http';
import { createRequestBody, type CreateRequestBody } from '../gateway-payloads';
import { claimCreate, completeCreate, releaseCreate } from '../idempotency';
import type { JsmService } from '../bot-gateway';
import { readBody } from '../read-input';
import type { Route, RouteAnswer } from '../route';
import { requestInScope, requireDesk } from '../scope';

/**
 * POST /requests: raises a JSM request on behalf of a customer (by accountId, or by email: a
 * new customer is created and added to the desk by the JSM service). With an Idempotency-Key, a
 * repeated create answers 200 with the request the first one raised (header Idempotent-Replayed).
 */
export const createRequestRoute: Route = {
  method: 'POST',
  pattern: '/requests',
  operation: 'requests.create',
  needs: 'create',
  handle: async ({ request, caller, jsm, now }) => {
    const body = readBody(request, createRequestBody);
    requireDesk(caller, body.serviceDeskId);
    const idempotencyKey = header(request, 'idempotency-key');
    if (idempotencyKey === undefined) return created(await raise(jsm, body));
    const claim = await claimCreate(caller.id, idempotencyKey, body, now);
    if (claim.kind === 'replay') {
      const earlier = await requestInScope(jsm, caller, claim.requestKey);
      return { status: 200, body: earlier, headers: { 'Idempotent-Replayed': 'true' }, requestKey: earlier.key };
    }
    try {
      const view = await raise(jsm, body);
      await completeCreate(claim.storageKey, claim.fingerprint, view.key);
      return created(view);
    } catch (error) {
      const refusal = toGatewayError(error);
      if (certainlyNothingRaised(refusal)) await releaseCreate(claim.storageKey);
      throw refusal;
    }
  },
};

const raise = (jsm: JsmService, body: CreateRequestBody) =>
  jsm.raiseRequest({
    serviceDeskId: body.serviceDeskId,
    requestTypeId: body.requestTypeId,
    customer: body.customer,
    summary: body.summary,
    description: body.description,
  });

function created(view: { key: string }): RouteAnswer {
  return { status: 201, body: view, headers: { Location: `/requests/${encodeURIComponent(view.key)}` }, requestKey: view.key };
}
