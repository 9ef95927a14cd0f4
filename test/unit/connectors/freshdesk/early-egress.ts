/**
 * Import this FIRST in a test file that uses test/support/connector-harness.ts.
 *
 * @forge/api binds `globalThis.fetch` once, when it is first loaded (getFetchAPI →
 * wrapWithRouteUnwrapper(fetch)), and the harness loads it (through the connector registry)
 * before its beforeAll installs egress, so the adapter's fetches would bypass the sandbox. This
 * installs egress before @forge/api loads, with routes filled once the harness's sandbox runs.
 * Remove it when the harness installs egress at load time (see the Freshdesk report).
 */
import path from 'node:path';
import { loadAppManifest } from '../../../../local/runtime/app-manifest';
import { installEgress, type EgressRoute } from '../../../../local/runtime/egress';

export const earlyEgressRoutes: EgressRoute[] = [];

installEgress(loadAppManifest(path.resolve(__dirname, '../../../..')).egress, earlyEgressRoutes);

/** Routes the connector's egress patterns to the harness's sandbox (call in a beforeAll after the harness's). */
export function routeEgressTo(patterns: string[], url: () => string): void {
  beforeAll(() => {
    earlyEgressRoutes.splice(0, earlyEgressRoutes.length, ...patterns.map((pattern) => ({ pattern, url: url() })));
  });
  afterAll(() => {
    earlyEgressRoutes.splice(0);
  });
}
