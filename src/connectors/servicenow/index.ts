import type { Connector } from '../connector';
import { createServicenowConnector } from './adapter';
import { servicenowWebhooks } from './servicenow-webhooks';

/** ServiceNow (Table API, incidents as tickets, journal entries as comments). */
export const servicenow: Connector = { ...createServicenowConnector(), webhooks: servicenowWebhooks };

export { createServicenowConnector } from './adapter';
export { servicenowSpec } from './spec';
