import { webTrigger } from '@forge/api';
import { z } from 'zod';
import { readAudit } from '../../gateway/audit-log';
import { describeDesks } from '../../gateway/service-desks';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, MAX_RATE_LIMIT_PER_MINUTE, type AuditPage, type GatewayInfo } from '../../gateway/gateway-types';
import { MAX_BODY_BYTES } from '../../gateway/read-input';
import { defineResolver } from '../define-resolver';
import { keyId } from './key-payloads';

/** The manifest's webtrigger module key of the gateway. */
const GATEWAY_TRIGGER = 'bot-gateway';

/**
 * What the admin page needs around the keys: the URL bots call (Forge makes it per installation),
 * the desks a key may be given, and the limits the gateway enforces.
 */
export const gatewayInfo = defineResolver({
  key: 'gateway/info',
  payload: z.object({}).strict(),
  access: { action: 'gateway.manage' },
  handle: async (): Promise<GatewayInfo> => {
    const [url, serviceDesks] = await Promise.all([triggerUrl(), describeDesks()]);
    return {
      ...url,
      serviceDesks,
      maxBodyBytes: MAX_BODY_BYTES,
      defaultRateLimitPerMinute: DEFAULT_RATE_LIMIT_PER_MINUTE,
      maxRateLimitPerMinute: MAX_RATE_LIMIT_PER_MINUTE,
    };
  },
});

async function triggerUrl(): Promise<Pick<GatewayInfo, 'url' | 'urlProblem'>> {
  try {
    return { url: await webTrigger.getUrl(GATEWAY_TRIGGER) };
  } catch (error) {
    console.error('The gateway URL could not be read', error instanceof Error ? error.name : typeof error);
    return { url: null, urlProblem: 'Forge did not give the gateway URL just now. Reload the page to try again.' };
  }
}

/** One key's audit trail, newest first: what each call did, never what it carried. */
export const listGatewayAudit = defineResolver({
  key: 'gateway/audit/list',
  payload: z.object({ keyId, cursor: z.string().max(2000).optional() }).strict(),
  access: { action: 'gateway.manage' },
  handle: ({ keyId: id, cursor }): Promise<AuditPage> => readAudit(id, cursor),
});
