import type { Connector } from '../connector';
import { intercomConnector } from './adapter';
import { intercomBackfill } from './intercom-backfill';
import { intercomWebhooks } from './intercom-webhooks';

/** Intercom (REST API 2.15): conversations as tickets. See adapter.ts for why conversations. */
export const intercom: Connector = { ...intercomConnector, webhooks: intercomWebhooks, backfill: intercomBackfill };

export { intercomSpec, INTERCOM_API_VERSION, INTERCOM_REGIONS } from './spec';
