import type { Connector } from '../connector';
import { zendeskConnector } from './adapter';
import { zendeskBackfill } from './zendesk-backfill';
import { zendeskWebhooks } from './zendesk-webhooks';

/** Zendesk Support: spec, adapter and mappers live beside this file. */
export const zendesk: Connector = { ...zendeskConnector, webhooks: zendeskWebhooks, backfill: zendeskBackfill };

export { zendeskSpec } from './spec';
