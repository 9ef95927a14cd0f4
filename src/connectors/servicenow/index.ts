import type { Connector } from '../connector';
import { createServicenowConnector } from './adapter';

/** ServiceNow (Table API, incidents as tickets, journal entries as comments). */
export const servicenow: Connector = createServicenowConnector();

export { createServicenowConnector } from './adapter';
export { servicenowSpec } from './spec';
