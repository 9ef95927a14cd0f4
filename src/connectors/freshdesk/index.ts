import type { Connector } from '../connector';
import { freshdeskAdapter } from './adapter';
import { freshdeskSpec } from './spec';

/** Freshdesk (API v2): https://developers.freshdesk.com/api/ */
export const freshdesk: Connector = { spec: freshdeskSpec, ...freshdeskAdapter };

export { freshdeskSpec } from './spec';
