import type { Connector } from '../connector';
import { freshdeskAdapter } from './adapter';
import { freshdeskWebhooks } from './freshdesk-webhooks';
import { freshdeskSpec } from './spec';

/** Freshdesk (API v2): https://developers.freshdesk.com/api/ */
export const freshdesk: Connector = { spec: freshdeskSpec, ...freshdeskAdapter, webhooks: freshdeskWebhooks };

export { freshdeskSpec } from './spec';
