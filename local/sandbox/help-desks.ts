import type { ConnectorTool } from '../../src/connectors/connector';
import type { VendorSandbox } from './vendor/vendor-sandbox';
import { startFreshdeskSandbox } from './freshdesk';
import { startIntercomSandbox } from './intercom';
import { startServicenowSandbox } from './servicenow';
import { startZendeskSandbox } from './zendesk';

export interface HelpDeskSandboxOptions {
  /** Where the sandbox keeps its state between runs; in memory when absent. */
  statePath?: string;
  /** A JSON file of objects in the vendor's own API shape to seed from (see the README). */
  seedFile?: string;
  /** Checks every exchange against the vendor's OpenAPI description (contract tests). */
  contract?: import('./jira/contract').ContractRecorder;
}

/** One sandbox per connector, started by the local runtime and reached through the egress routing. */
export const HELP_DESK_SANDBOXES: Record<ConnectorTool, (options: HelpDeskSandboxOptions) => Promise<VendorSandbox<unknown>>> = {
  freshdesk: startFreshdeskSandbox,
  zendesk: startZendeskSandbox,
  intercom: startIntercomSandbox,
  servicenow: startServicenowSandbox,
};
