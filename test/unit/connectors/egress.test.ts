/** The manifest lets app code reach exactly the connectors' hosts: nothing missing, nothing more. */
import { loadAppManifest } from '../../../local/runtime/app-manifest';
import { CONNECTORS } from '../../../src/connectors/registry';
import { repoRoot } from '../../support/local-app';

test("manifest.yml's egress is the union of the connectors' egress", () => {
  const fromConnectors = Object.values(CONNECTORS).flatMap(({ spec }) => spec.egress);
  expect([...loadAppManifest(repoRoot).egress].sort()).toEqual([...fromConnectors].sort());
});
