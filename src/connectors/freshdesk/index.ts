import type { Connector } from '../connector';
import { freshdeskAdapter } from './adapter';
import { freshdeskBackfill } from './freshdesk-backfill';
import { freshdeskWebhooks } from './freshdesk-webhooks';
import { freshdeskSpec } from './spec';

/** Freshdesk (API v2): https://developers.freshdesk.com/api/ */
export const freshdesk: Connector = { spec: freshdeskSpec, ...freshdeskAdapter, webhooks: freshdeskWebhooks, backfill: freshdeskBackfill };

export { freshdeskSpec } from './spec';
