/**
 * Zendesk webhook registration against Zendesk's OpenAPI description (zendesk-support-oas.yaml):
 * the trigger calls the connector makes and the sandbox's answers are validated like every other
 * exchange. The Webhooks API (POST/DELETE /api/v2/webhooks, GET …/signing_secret) is published as
 * its own reference and is not in this description, so those exchanges are asserted exactly as
 * "no operation": a new violation, or a webhook call the connector stops making, still fails.
 */
import './support/ref-parser-stub';
import fs from 'node:fs';
import path from 'node:path';
import { SPECS_DIR } from './support/specs-dir';
import { createVendorContractRecorder } from '../../local/sandbox/contract/vendor-recorder';
import type { ContractRecorder } from '../../local/sandbox/jira/contract';
import { loadAppManifest } from '../../local/runtime/app-manifest';
import { installEgress } from '../../local/runtime/egress';
import { runInvocation } from '../../local/runtime/invocation-scope';
import type { VendorSandbox } from '../../local/sandbox/vendor/vendor-sandbox';
import { startZendeskSandbox, ZENDESK_SANDBOX, type ZendeskSandboxState } from '../../local/sandbox/zendesk';
import type { ConnectionCredentials } from '../../src/connectors/connector';
import { zendesk } from '../../src/connectors/zendesk';

/** The vendor descriptions' folder, found as every contract test finds it (support/specs-dir.ts). */
const specPath = path.join(SPECS_DIR ?? '', 'zendesk-support-oas.yaml');
const admin: ConnectionCredentials = { domain: ZENDESK_SANDBOX.domain, username: ZENDESK_SANDBOX.username, secret: ZENDESK_SANDBOX.secret };
const run = <T>(fn: () => Promise<T>) => runInvocation({ functionKey: 'resolver', moduleKey: 'test', moduleType: 'test', timeoutMs: 25_000 }, fn);
const noOperation = (method: string, url: string) => ({ operationId: null, where: 'request', errors: [`the zendesk spec has no operation for ${method} ${url}`] });

function describeWithZendeskSpec(name: string, body: () => void): void {
  if (SPECS_DIR && fs.existsSync(specPath)) return describe(name, body);
  const line = '!'.repeat(78);
  process.stderr.write(`${line}\nCONTRACT TESTS SKIPPED: "${name}"\nZendesk's OpenAPI description was not found.\nSet DESKBRIDGE_SPECS to the shared specs folder to run them.\n${line}\n`);
  describe.skip(name, body);
}

describeWithZendeskSpec('Zendesk webhook registration ↔ zendesk-support-oas.yaml', () => {
  let recorder: ContractRecorder;
  let sandbox: VendorSandbox<ZendeskSandboxState>;
  let uninstallEgress: () => void;
  const warn = console.warn;
  beforeAll(() => {
    // Ajv's warnings about Zendesk's non-standard formats, as in zendesk-connector.contract.test.ts.
    jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (typeof args[0] === 'string' && /^unknown format "[\w-]+" ignored in schema/.test(args[0])) return;
      warn(...args);
    });
  });
  afterAll(() => jest.restoreAllMocks());
  beforeAll(async () => {
    recorder = await createVendorContractRecorder('zendesk', specPath);
    sandbox = await startZendeskSandbox({ contract: recorder });
    uninstallEgress = installEgress(loadAppManifest(path.resolve(__dirname, '../..')).egress, zendesk.spec.egress.map((pattern) => ({ pattern, url: sandbox.url })));
  });
  afterAll(async () => {
    uninstallEgress?.();
    await sandbox?.close();
  });
  beforeEach(() => sandbox.reset());
  afterEach(() => expect(recorder.take()).toEqual([]));

  const take = () => recorder.take().map(({ operationId, where, errors }) => ({ operationId, where, errors }));

  test('register: CreateTrigger (twice) conforms; its two Webhooks API calls are the only exchanges outside the description', async () => {
    const { webhookId } = await run(() => zendesk.webhooks!.register!(admin, { url: 'https://deskbridge.example/x1/webhook' }));
    expect(take()).toEqual([noOperation('POST', '/api/v2/webhooks'), noOperation('GET', `/api/v2/webhooks/${webhookId}/signing_secret`)]);
    expect(recorder.exercised.has('CreateTrigger')).toBe(true);
  });

  test('unregister: ListTriggers and DeleteTrigger conform; DELETE /api/v2/webhooks/{id} is outside the description', async () => {
    const { webhookId } = await run(() => zendesk.webhooks!.register!(admin, { url: 'https://deskbridge.example/x1/webhook' }));
    recorder.take();
    await run(() => zendesk.webhooks!.unregister!(admin, webhookId));
    expect(take()).toEqual([noOperation('DELETE', `/api/v2/webhooks/${webhookId}`)]);
    for (const operation of ['ListTriggers', 'DeleteTrigger']) expect(recorder.exercised.has(operation)).toBe(true);
  });

  test('a ticket change in an account with Deskbridge’s triggers is still answered as described', async () => {
    await run(() => zendesk.webhooks!.register!(admin, { url: 'http://127.0.0.1:9/unreachable' }));
    recorder.take();
    await run(() => zendesk.updateTicket(admin, '101', { priority: 'high' }));
    await sandbox.webhooks.settled();
  });
});
