import type { HelpDeskSandboxOptions } from '../help-desks';
import { startVendorSandbox, type VendorRequest, type VendorSandbox } from '../vendor/vendor-sandbox';
import type { WebhookOutbox } from '../vendor/webhook-outbox';
import { admit, type RateWindows } from './access';
import { noInstancePage, noResource } from './errors';
import { seedServicenow } from './seed';
import { applySeedFile } from './seed-import';
import type { ServicenowState } from './state';
import { handleTableCall, type Handled } from './table-api';
import { incidentChanged, incidentChangeOf } from './webhook-emitter';

export { SERVICENOW_SANDBOX } from './seed';
export type { ServicenowState } from './state';

const TABLE_ROUTE = /^\/api\/now(?:\/v[12])?\/table\/([^/]+)(?:\/([^/]+))?\/?$/;

/**
 * A ServiceNow instance on loopback for the local runtime and the tests: the Table API on
 * incident, sys_user, sys_journal_field and sys_choice, Basic auth, table ACLs by role, the
 * base incident rules, a REST rate limit rule, and the platform's answer for a host with no
 * instance. See README.md.
 */
export async function startServicenowSandbox(options: HelpDeskSandboxOptions = {}): Promise<VendorSandbox<ServicenowState>> {
  // A bad seed file is reported now, at start, not on the first request.
  const seed = options.seedFile ? () => applySeedFile(seedServicenow(), options.seedFile!) : seedServicenow;
  seed();
  const windows: RateWindows = new Map();
  return startVendorSandbox<ServicenowState>({
    name: 'servicenow',
    statePath: options.statePath,
    contract: options.contract,
    seed,
    handle: (request, state, webhooks) => handleServicenow(request, state, windows, webhooks),
    pasteWebhooks: true,
  });
}

export function handleServicenow(request: VendorRequest, state: ServicenowState, windows: RateWindows, webhooks?: WebhookOutbox): Handled {
  const loopback = request.host === '127.0.0.1' || request.host === 'localhost' || request.host === '';
  if (!loopback && request.host !== state.instance) return { response: noInstancePage(request.host) };
  const access = admit(state, windows, request.headers);
  if (!access.ok) return { response: access.response };
  const route = TABLE_ROUTE.exec(request.path);
  const handled: Handled = !route
    ? { response: noResource() }
    : handleTableCall({ request, state, user: access.user, table: decodeURIComponent(route[1]), sysId: route[2] && decodeURIComponent(route[2]) });
  const change = route && handled.changed ? incidentChangeOf(request, decodeURIComponent(route[1]), route[2] && decodeURIComponent(route[2]), handled.response) : undefined;
  if (change) incidentChanged(state, change, webhooks);
  return { ...handled, response: { ...handled.response, headers: { ...access.headers, ...handled.response.headers } } };
}
