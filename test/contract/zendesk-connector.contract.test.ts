/**
 * The Zendesk connector and its sandbox against Zendesk's own OpenAPI description
 * (zendesk-support-oas.yaml): every request the adapter sends and every answer the sandbox gives
 * is routed to its operation and validated. After each test the recorder must be empty, except
 * for the three places where Zendesk's API and its description disagree, which are asserted
 * exactly (so a new violation still fails).
 */
import './support/ref-parser-stub';
import fs from 'node:fs';
import path from 'node:path';
import type { ContractRecorder, ContractViolation } from '../../local/sandbox/jira/contract';
import { createVendorContractRecorder } from '../../local/sandbox/contract/vendor-recorder';
import type { VendorSandbox } from '../../local/sandbox/vendor/vendor-sandbox';
import { startZendeskSandbox, ZENDESK_SANDBOX, type ZendeskSandboxState } from '../../local/sandbox/zendesk';
import { loadAppManifest } from '../../local/runtime/app-manifest';
import { installEgress } from '../../local/runtime/egress';
import { runInvocation } from '../../local/runtime/invocation-scope';
import type { ConnectionCredentials } from '../../src/connectors/connector';
import { zendesk } from '../../src/connectors/zendesk';

const SPEC_FILE = 'zendesk-support-oas.yaml';
const specsDir = process.env.DESKBRIDGE_SPECS ?? path.resolve(__dirname, '../../../shared/specs');
const specPath = path.join(specsDir, SPEC_FILE);
const admin: ConnectionCredentials = { domain: ZENDESK_SANDBOX.domain, username: ZENDESK_SANDBOX.username, secret: ZENDESK_SANDBOX.secret };
const run = <T>(fn: () => Promise<T>) => runInvocation({ functionKey: 'resolver', moduleKey: 'test', moduleType: 'test', timeoutMs: 25_000 }, fn);

/** The operations the adapter uses: each must be exercised by this file. */
const ADAPTER_OPERATIONS = ['ShowCurrentUser', 'ShowTicket', 'IncrementalTicketExportCursor', 'CreateTicket', 'UpdateTicket', 'ListTicketComments'];

function describeWithZendeskSpec(name: string, body: () => void): void {
  if (fs.existsSync(specPath)) return describe(name, body);
  const line = '!'.repeat(78);
  process.stderr.write(`${line}\nCONTRACT TESTS SKIPPED: "${name}"\nZendesk's OpenAPI description is not at ${specPath}.\nSet DESKBRIDGE_SPECS to the shared specs folder to run them.\n${line}\n`);
  describe.skip(name, body);
}

describeWithZendeskSpec('Zendesk connector ↔ zendesk-support-oas.yaml', () => {
  let recorder: ContractRecorder;
  let sandbox: VendorSandbox<ZendeskSandboxState>;
  let uninstallEgress: () => void;
  // Ajv warns, per compiled schema, about formats it does not know: Zendesk's non-standard
  // "datetime" (response validator), and "email"/"date-time" in openapi-backend's request
  // validator, which has no ajv-formats. Ignoring them is what both do; only those warnings are dropped.
  const warn = console.warn;
  beforeAll(() => {
    jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (typeof args[0] === 'string' && /^unknown format "[\w-]+" ignored in schema/.test(args[0])) return;
      warn(...args);
    });
  });
  afterAll(() => jest.restoreAllMocks());
  beforeAll(async () => {
    recorder = await createVendorContractRecorder('zendesk', specPath);
    sandbox = await startZendeskSandbox({ contract: recorder });
    // The adapter's fetches, through the manifest's egress rules, to this sandbox (as the connector harness does).
    uninstallEgress = installEgress(loadAppManifest(path.resolve(__dirname, '../..')).egress, zendesk.spec.egress.map((pattern) => ({ pattern, url: sandbox.url })));
  });
  afterAll(async () => {
    uninstallEgress?.();
    await sandbox?.close();
  });
  beforeEach(() => sandbox.reset());
  afterEach(() => expect(recorder.take()).toEqual([]));

  /** Takes the violations and checks they are exactly these: operation, where, and the errors. */
  const expectViolations = (expected: Pick<ContractViolation, 'operationId' | 'where' | 'errors'>[]) =>
    expect(recorder.take().map(({ operationId, where, errors }) => ({ operationId, where, errors }))).toEqual(expected);

  test('verify: GET /api/v2/users/me', async () => {
    await run(() => zendesk.verify(admin));
  });

  test('getTicket: GET /api/v2/tickets/{ticket_id}', async () => {
    await run(() => zendesk.getTicket(admin, '102'));
  });

  test('listTicketsUpdatedSince: GET /api/v2/incremental/tickets/cursor?start_time=', async () => {
    const page = await run(() => zendesk.listTicketsUpdatedSince(admin, new Date('2025-02-01T00:00:00Z')));
    expect(page.tickets).toHaveLength(6);
  });

  test('createTicket: POST /api/v2/tickets, with a new requester', async () => {
    await run(() => zendesk.createTicket(admin, { subject: 'Contract', description: '<p>body</p>', requesterEmail: 'contract@customer.example', priority: 'low', tags: ['a b'] }));
  });

  test('updateTicket: PUT /api/v2/tickets/{ticket_id}', async () => {
    await run(() => zendesk.updateTicket(admin, '101', { statusId: 'open', priority: 'urgent', subject: 'Renamed', tags: ['x'] }));
  });

  test('listComments: GET /api/v2/tickets/{ticket_id}/comments', async () => {
    await run(() => zendesk.listComments(admin, '105'));
  });

  test('addComment: PUT /api/v2/tickets/{ticket_id} with a public reply and a private note', async () => {
    await run(() => zendesk.addComment(admin, '102', { body: '<p>reply</p>', public: true }));
    await run(() => zendesk.addComment(admin, '102', { body: '<p>note</p>', public: false }));
  });

  describe("where Zendesk's API and its description disagree (asserted exactly)", () => {
    test("the next export page is asked for with the cursor alone, as Zendesk's after_url does; the description marks start_time required", async () => {
      sandbox.state.accounts[ZENDESK_SANDBOX.domain].limits.exportPageSize = 4;
      const first = await run(() => zendesk.listTicketsUpdatedSince(admin, new Date('2025-02-01T00:00:00Z')));
      await run(() => zendesk.listTicketsUpdatedSince(admin, new Date('2025-02-01T00:00:00Z'), first.nextCursor));
      expectViolations([{ operationId: 'IncrementalTicketExportCursor', where: 'request', errors: ["/query must have required property 'start_time'"] }]);
    });

    test('exports include deleted tickets with status "deleted", which the description\'s status enum lacks', async () => {
      await run(() => zendesk.listTicketsUpdatedSince(admin, new Date(0)));
      const [violation, ...more] = recorder.take();
      expect(more).toEqual([]);
      expect(violation).toMatchObject({ operationId: 'IncrementalTicketExportCursor', where: 'response' });
      expect(violation.errors).toContain('/tickets/0/status must be equal to one of the allowed values: ["new","open","pending","hold","solved","closed"]');
    });

    test('users/me for nobody is the anonymous user with id null, which the description types as an integer', async () => {
      await expect(run(() => zendesk.verify({ ...admin, username: 'nobody@nowhere.example' }))).rejects.toMatchObject({ kind: 'auth' });
      const [violation, ...more] = recorder.take();
      expect(more).toEqual([]);
      expect(violation).toMatchObject({ operationId: 'ShowCurrentUser', where: 'response' });
      expect(violation.errors).toContain('/user/id must be integer');
    });

    test('the description documents no error statuses: a 401 is reported, which shows the checker is live', async () => {
      await expect(run(() => zendesk.verify({ ...admin, secret: 'zdWrongToken00000000000000000000000000000' }))).rejects.toMatchObject({ kind: 'auth' });
      expectViolations([{ operationId: 'ShowCurrentUser', where: 'response', errors: ['status 401 is not documented for ShowCurrentUser (documented: 200)'] }]);
    });
  });

  afterAll(() => {
    // Runs after the tests above (afterAll hooks run in reverse order of declaration: this one first).
    expect(ADAPTER_OPERATIONS.filter((operation) => !recorder.exercised.has(operation))).toEqual([]);
  });
});
