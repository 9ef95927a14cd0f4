import type { Connector, ConnectorTool } from './connector';
import { freshdesk } from './freshdesk';
import { intercom } from './intercom';
import { servicenow } from './servicenow';
import { zendesk } from './zendesk';

/** Every connector Deskbridge has. Adding one = one folder, one line here, its egress in manifest.yml. */
export const CONNECTORS: Record<ConnectorTool, Connector> = { freshdesk, zendesk, intercom, servicenow };

export const CONNECTOR_TOOLS = Object.keys(CONNECTORS) as ConnectorTool[];

export const connectorFor = (tool: ConnectorTool): Connector => CONNECTORS[tool];
