import type { Connector } from '../connector';
import { zendeskConnector } from './adapter';
import { zendeskWebhooks } from './zendesk-webhooks';

/** Zendesk Support: spec, adapter and mappers live beside this file. */
export const zendesk: Connector = { ...zendeskConnector, webhooks: zendeskWebhooks };

export { zendeskSpec } from './spec';
