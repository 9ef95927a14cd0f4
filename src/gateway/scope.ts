import type { RequestView } from '../jsm/jsm-types';
import type { CallingKey } from './authenticate';
import { GatewayError } from './gateway-http';
import type { GatewayOperation } from './gateway-types';
import type { JsmService } from './bot-gateway';

/**
 * What a key may touch: the operations and service desks its Jira admin chose. Checked before
 * anything is written; for routes that name a request, the request's desk is read first, so a
 * key for one desk can neither read nor change another desk's requests by guessing keys.
 */

const VERBS: Record<GatewayOperation, string> = {
  create: 'create requests',
  read: 'read requests',
  comment: 'comment on requests',
  transition: 'transition requests',
};

export function requireOperation({ key }: CallingKey, operation: GatewayOperation): void {
  if (key.operations.includes(operation)) return;
  throw new GatewayError(
    403,
    'forbidden',
    `This key may not ${VERBS[operation]} (it may: ${key.operations.join(', ')}). Ask your Jira admin for a key that allows "${operation}".`,
  );
}

export function requireDesk({ key }: CallingKey, serviceDeskId: string): void {
  if (key.serviceDeskIds.includes(serviceDeskId)) return;
  throw new GatewayError(
    403,
    'forbidden',
    `This key may not reach service desk ${serviceDeskId} (it may reach: ${key.serviceDeskIds.join(', ')}). GET /service-desks lists them.`,
  );
}

/** The request a route names, once it is known to be in one of the key's desks. */
export async function requestInScope(jsm: JsmService, caller: CallingKey, requestKey: string, withComments = false): Promise<RequestView> {
  const request = await jsm.getRequest(requestKey, { withComments });
  if (!caller.key.serviceDeskIds.includes(String(request.serviceDeskId))) {
    throw new GatewayError(403, 'forbidden', `${requestKey} is in a service desk this key may not reach. GET /service-desks lists the ones it may.`);
  }
  return request;
}
