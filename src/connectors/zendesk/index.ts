import type { Connector } from '../connector';
import { zendeskConnector } from './adapter';

/** Zendesk Support: spec, adapter and mappers live beside this file. */
export const zendesk: Connector = zendeskConnector;

export { zendeskSpec } from './spec';
