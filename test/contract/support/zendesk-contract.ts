import './ref-parser-stub';
import fs from 'node:fs';
import path from 'node:path';
import type { ContractRecorder } from '../../../local/sandbox/jira/contract';
import { createVendorContractRecorder } from '../../../local/sandbox/contract/vendor-recorder';
import type { VendorSandbox } from '../../../local/sandbox/vendor/vendor-sandbox';
import { startZendeskSandbox, ZENDESK_SANDBOX, type ZendeskSandboxState } from '../../../local/sandbox/zendesk';
import { loadAppManifest } from '../../../local/runtime/app-manifest';
import { installEgress } from '../../../local/runtime/egress';
import { runInvocation } from '../../../local/runtime/invocation-scope';
import type { ConnectionCredentials } from '../../../src/connectors/connector';
import { zendesk } from '../../../src/connectors/zendesk';

/**
 * What the Zendesk contract tests share: Zendesk's OpenAPI description (zendesk-support-oas.yaml,
 * beside the other vendor specs), the sandbox admin, and a recorder that routes every request the
 * adapter sends and every answer the sandbox gives to its operation and validates both.
 */
const specsDir = process.env.DESKBRIDGE_SPECS ?? path.resolve(__dirname, '../../../../shared/specs');
const specPath = path.join(specsDir, 'zendesk-support-oas.yaml');

export const ZENDESK_ADMIN: ConnectionCredentials = { domain: ZENDESK_SANDBOX.domain, username: ZENDESK_SANDBOX.username, secret: ZENDESK_SANDBOX.secret };

/** Runs connector code as a resolver invocation would (egress applies inside one). */
export const runAsResolver = <T>(fn: () => Promise<T>) => runInvocation({ functionKey: 'resolver', moduleKey: 'test', moduleType: 'test', timeoutMs: 25_000 }, fn);

/** `describe` when the description is there; otherwise skipped with a banner, never passed. */
export function describeWithZendeskSpec(name: string, body: () => void): void {
  if (fs.existsSync(specPath)) return describe(name, body);
  const line = '!'.repeat(78);
  process.stderr.write(`${line}\nCONTRACT TESTS SKIPPED: "${name}"\nZendesk's OpenAPI description is not at ${specPath}.\nSet DESKBRIDGE_SPECS to the shared specs folder to run them.\n${line}\n`);
  describe.skip(name, body);
}

/**
 * Inside a describe: the recorder and the sandbox it watches, with the adapter's fetches going
 * through the manifest's egress rules to that sandbox (as the connector harness does). The
 * sandbox is reset before each test, and each test must leave the recorder empty.
 */
export function useZendeskContract(): { recorder: ContractRecorder; sandbox: VendorSandbox<ZendeskSandboxState> } {
  const contract = {} as { recorder: ContractRecorder; sandbox: VendorSandbox<ZendeskSandboxState> };
  let uninstallEgress: (() => void) | undefined;
  // Ajv warns, per compiled schema, about formats it does not know: Zendesk's non-standard
  // "datetime" (response validator), and "email"/"date-time" in openapi-backend's request
  // validator, which has no ajv-formats. Ignoring them is what both do; only those warnings are dropped.
  const warn = console.warn;
  beforeAll(async () => {
    jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (typeof args[0] === 'string' && /^unknown format "[\w-]+" ignored in schema/.test(args[0])) return;
      warn(...args);
    });
    contract.recorder = await createVendorContractRecorder('zendesk', specPath);
    contract.sandbox = await startZendeskSandbox({ contract: contract.recorder });
    uninstallEgress = installEgress(loadAppManifest(path.resolve(__dirname, '../../..')).egress, zendesk.spec.egress.map((pattern) => ({ pattern, url: contract.sandbox.url })));
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    uninstallEgress?.();
    await contract.sandbox?.close();
  });
  beforeEach(() => contract.sandbox.reset());
  afterEach(() => expect(contract.recorder.take()).toEqual([]));
  return contract;
}
