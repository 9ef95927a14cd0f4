/**
 * Import this FIRST in a test file that runs the Intercom adapter against a sandbox.
 *
 * @forge/api captures `globalThis.fetch` once, when it is first loaded (`getFetchAPI()` wraps the
 * fetch it finds then), and test/support/connector-harness.ts loads it through the connector
 * registry before its `beforeAll` installs egress: the adapter's requests would go to the real
 * api.intercom.io. This installs the manifest's egress rules at load time, with a route table
 * filled once the sandbox runs. It can go when the harness installs egress before the registry.
 */
import path from 'node:path';
import { loadAppManifest } from '../../../../../local/runtime/app-manifest';
import { installEgress, type EgressRoute } from '../../../../../local/runtime/egress';

const routes: EgressRoute[] = [];
installEgress(loadAppManifest(path.resolve(__dirname, '../../../../..')).egress, routes);

/** Sends Intercom's egress hosts to the sandbox at `url()` for this test file. */
export function routeIntercomEgress(patterns: string[], url: () => string): void {
  beforeAll(() => {
    routes.splice(0, routes.length, ...patterns.map((pattern) => ({ pattern, url: url() })));
  });
  afterAll(() => {
    routes.splice(0);
  });
}
