import { commentOnRequest } from '../jsm/comment-on-request';
import { raiseRequest } from '../jsm/raise-request';
import { getRequest, listRequests } from '../jsm/read-requests';
import { transitionByBucket } from '../jsm/transition-by-bucket';
import { createGatewayHandler } from './gateway-handler';

/**
 * What the gateway needs from the JSM service (src/jsm), as one value the handler receives. The
 * gateway only translates HTTP into these calls; JSM knowledge (customers, workflows, buckets)
 * stays in src/jsm, where the sync uses the same functions. Tests hand the handler another
 * service with the same signatures (gateway-handler.ts never imports the real one).
 */
export interface JsmService {
  raiseRequest: typeof raiseRequest;
  getRequest: typeof getRequest;
  listRequests: typeof listRequests;
  commentOnRequest: typeof commentOnRequest;
  transitionByBucket: typeof transitionByBucket;
}

/**
 * The web trigger function of manifest module `bot-gateway` (function `bot-gateway-handler`,
 * exported by src/index.ts): the gateway with the real JSM service.
 */
export const botGateway = createGatewayHandler({
  jsm: { raiseRequest, getRequest, listRequests, commentOnRequest, transitionByBucket },
});
