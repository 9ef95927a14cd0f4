import './support/ref-parser-stub';
import { routeEgress } from '../support/connector-harness';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createVendorContractRecorder } from '../../local/sandbox/contract/vendor-recorder';
import { SpecCheck } from '../../local/sandbox/contract/spec-check';
import type { ContractRecorder } from '../../local/sandbox/jira/contract';
import { INTERCOM_ROUTES, INTERCOM_SANDBOX, SEED_CONTACTS, startIntercomSandbox, type IntercomState } from '../../local/sandbox/intercom';
import type { VendorSandbox } from '../../local/sandbox/vendor/vendor-sandbox';
import { runInvocation } from '../../local/runtime/invocation-scope';
import { intercom } from '../../src/connectors/intercom';

/**
 * The Intercom adapter and the Intercom sandbox, held to Intercom's OpenAPI description (2.15):
 * every request the adapter sends and every answer the sandbox gives is validated, for every
 * operation the adapter uses, and the recorded fixtures are validated against the same schemas.
 */

const SPEC_FILE = 'intercom-2.15.api.intercom.io.yaml';
const specsDir = process.env.DESKBRIDGE_SPECS ?? path.resolve(__dirname, '../../../shared/specs');
const specPath = path.join(specsDir, SPEC_FILE);
const FIXTURES = path.resolve(__dirname, '../fixtures/intercom');

/**
 * Intercom's description writes OpenAPI 3.0 `nullable: true` next to a `$ref` or without a
 * `type` (e.g. `ai_agent`; `content_sources_list` even has `nullable: false`), which Ajv refuses to compile ("nullable cannot
 * be used without type"). The same meaning in a form Ajv takes: `anyOf: [schema, { type: null }]`.
 * The copy goes to the temp folder; the shared specs are never changed.
 */
function ajvReadySpec(file: string): string {
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!node || typeof node !== 'object') return node;
    const entries = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, rewrite(value)]));
    if (!('nullable' in entries) || 'type' in entries) return entries;
    const { nullable, ...schema } = entries;
    return nullable === true ? { anyOf: [schema, { type: 'null' }] } : schema;
  };
  const document = rewrite(parseYaml(fs.readFileSync(file, 'utf8'), { maxAliasCount: -1 }));
  const target = path.join(os.tmpdir(), `deskbridge-${path.basename(file, '.yaml')}.ajv-ready.json`);
  fs.writeFileSync(target, JSON.stringify(document));
  return target;
}

function describeWithIntercomSpec(name: string, body: () => void): void {
  if (fs.existsSync(specPath)) return describe(name, body);
  const line = '!'.repeat(78);
  process.stderr.write(`${line}\nCONTRACT TESTS SKIPPED: "${name}"\nThe Intercom OpenAPI description is not at ${specPath}.\nSet DESKBRIDGE_SPECS to the shared specs folder to run them.\n${line}\n`);
  describe.skip(name, body);
}

const credentials = { domain: INTERCOM_SANDBOX.domain, secret: INTERCOM_SANDBOX.secret };
const run = <T>(fn: () => Promise<T>) => runInvocation({ functionKey: 'resolver', moduleKey: 'contract', moduleType: 'test', timeoutMs: 25_000 }, fn);

describeWithIntercomSpec('Intercom adapter ↔ sandbox ↔ Intercom REST API 2.15', () => {
  let recorder: ContractRecorder;
  let sandbox: VendorSandbox<IntercomState>;
  let readySpec: string;
  let loadMs = 0;

  // openapi-backend warns once per schema about formats its Ajv does not know ("uri"): noise, not findings.
  const warn = console.warn;
  beforeAll(() => {
    console.warn = (...args: unknown[]) => (typeof args[0] === 'string' && args[0].startsWith('unknown format') ? undefined : warn(...args));
  });
  afterAll(() => {
    console.warn = warn;
  });

  beforeAll(async () => {
    const started = Date.now();
    readySpec = ajvReadySpec(specPath);
    recorder = await createVendorContractRecorder('intercom', readySpec);
    loadMs = Date.now() - started;
    sandbox = await startIntercomSandbox({ contract: recorder });
  });
  routeEgress(intercom.spec.egress, () => sandbox.url);
  afterAll(async () => {
    await sandbox?.close();
  });
  afterEach(() => expect(recorder.take()).toEqual([]));

  /** A direct call to the sandbox, as a client of api.intercom.io would make it. */
  const call = async (method: string, url: string, token: string | null, body?: unknown) => {
    const response = await fetch(`${sandbox.url}${url}`, {
      method,
      headers: {
        'x-forwarded-host': 'api.intercom.io',
        accept: 'application/json',
        'intercom-version': '2.15',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };

  test('the spec loads quickly enough for a test run', () => {
    expect(loadMs).toBeLessThan(10_000);
  });

  test('verify: GET /me', async () => {
    await expect(run(() => intercom.verify(credentials))).resolves.toMatchObject({ agentName: 'Ada Lovelace' });
  });

  test('getTicket and listComments: GET /conversations/{id}', async () => {
    const ticket = await run(() => intercom.getTicket(credentials, '1002'));
    expect(ticket.subject).toBe('Invoice charged twice');
    const comments = await run(() => intercom.listComments(credentials, '1002'));
    expect(comments.map((comment) => comment.public)).toEqual([true, false, true]);
  });

  test('listTicketsUpdatedSince: POST /conversations/search, every page', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await run(() => intercom.listTicketsUpdatedSince(credentials, new Date('2026-01-01T00:00:00Z'), cursor));
      seen.push(...page.tickets.map((ticket) => ticket.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expect.arrayContaining(['1001', '1002', '1003', '1004', '1005', '1006']));
    // Small pages, straight to the sandbox: the cursor paging itself is in the spec's shape.
    const first = await call('POST', '/conversations/search', INTERCOM_SANDBOX.secret, { query: { field: 'updated_at', operator: '>', value: 0 }, pagination: { per_page: 4 } });
    expect(first.body.pages.next.starting_after).toEqual(expect.any(String));
    const second = await call('POST', '/conversations/search', INTERCOM_SANDBOX.secret, {
      query: { operator: 'AND', value: [{ field: 'updated_at', operator: '>', value: 0 }, { field: 'state', operator: '!=', value: 'snoozed' }] },
      pagination: { per_page: 4, starting_after: first.body.pages.next.starting_after },
    });
    expect(second.status).toBe(200);
  });

  test('createTicket for a new and a known requester: contacts search/create, conversations create, tags, update', async () => {
    const created = await run(() =>
      intercom.createTicket(credentials, { subject: 'Broken export', description: '<p>The export <b>fails</b>.</p>', requesterEmail: 'new.person@customer.example', tags: ['bug', 'jira'] }),
    );
    expect(created).toMatchObject({ subject: 'Broken export', tags: ['bug', 'jira'] });
    const again = await run(() => intercom.createTicket(credentials, { subject: 'Second one', description: 'Plain text', requesterEmail: SEED_CONTACTS.jane.email }));
    expect(again.requester?.id).toBe(SEED_CONTACTS.jane.id);
  });

  test('updateTicket: PUT /conversations/{id}, tags attach/detach, POST /conversations/{id}/parts for each state', async () => {
    await run(() => intercom.updateTicket(credentials, '1003', { subject: 'Export to CSV', tags: ['billing'] }));
    await run(() => intercom.updateTicket(credentials, '1003', { tags: [] }));
    for (const statusId of ['closed', 'open', 'snoozed']) {
      const ticket = await run(() => intercom.updateTicket(credentials, '1003', { statusId }));
      expect(ticket.status.id).toBe(statusId);
    }
  });

  test('addComment: POST /conversations/{id}/reply, public reply and private note', async () => {
    await expect(run(() => intercom.addComment(credentials, '1001', { body: '<p>Looking into it.</p>', public: true }))).resolves.toMatchObject({ public: true });
    await expect(run(() => intercom.addComment(credentials, '1001', { body: '<p>Escalated to Jira.</p>', public: false }))).resolves.toMatchObject({ public: false });
  });

  test('error answers the spec documents: 401, 404 and 403, in the error.list shape', async () => {
    expect(await call('GET', '/conversations/1001', 'not-a-token')).toMatchObject({ status: 401, body: { type: 'error.list', errors: [{ code: 'unauthorized' }] } });
    expect(await call('GET', '/conversations/999999', INTERCOM_SANDBOX.secret)).toMatchObject({ status: 404, body: { errors: [{ code: 'not_found' }] } });
    const seatless = await call('POST', '/conversations/1001/reply', INTERCOM_SANDBOX.limitedSecret, { message_type: 'note', type: 'admin', admin_id: INTERCOM_SANDBOX.limitedAdminId, body: 'hi' });
    expect(seatless).toMatchObject({ status: 403, body: { errors: [{ code: 'action_forbidden' }] } });
    expect(await call('POST', '/conversations', INTERCOM_SANDBOX.secret, { from: { type: 'user', id: '000000000000000000000000' }, body: 'Hello' })).toMatchObject({ status: 404 });
  });

  test('every route the sandbox serves was exercised against the spec', () => {
    expect([...recorder.exercised].sort()).toEqual(expect.arrayContaining(INTERCOM_ROUTES.map((route) => route.operationId)));
  });

  test('each recorded fixture conforms to the response schema of its operation', async () => {
    const spec = await SpecCheck.load('intercom-fixtures', readySpec);
    const operations: Record<string, [string, string]> = {
      'identify-admin.json': ['GET', '/me'],
      'retrieve-conversation.json': ['GET', '/conversations/1'],
      'search-conversations.json': ['POST', '/conversations/search'],
      'create-conversation.json': ['POST', '/conversations'],
      'update-conversation.json': ['PUT', '/conversations/1'],
      'reply-conversation.json': ['POST', '/conversations/1/reply'],
      'manage-conversation.json': ['POST', '/conversations/1/parts'],
      'search-contacts.json': ['POST', '/contacts/search'],
      'create-contact.json': ['POST', '/contacts'],
      'create-tag.json': ['POST', '/tags'],
      'attach-tag-to-conversation.json': ['POST', '/conversations/1/tags'],
      'detach-tag-from-conversation.json': ['DELETE', '/conversations/1/tags/2'],
    };
    expect(fs.readdirSync(FIXTURES).filter((file) => file !== 'errors.json').sort()).toEqual(Object.keys(operations).sort());
    for (const [file, [method, url]] of Object.entries(operations)) {
      const operation = spec.match({ method, url, headers: {}, rawBody: '' });
      expect(operation).toBeDefined();
      expect({ file, errors: spec.validateResponse(operation!, 200, 'application/json', fs.readFileSync(path.join(FIXTURES, file), 'utf8')) }).toEqual({ file, errors: [] });
    }
    const errors = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'errors.json'), 'utf8'));
    const retrieve = spec.match({ method: 'GET', url: '/conversations/1', headers: {}, rawBody: '' })!;
    for (const key of ['unauthorized', 'forbidden', 'notFound']) {
      expect(spec.validateResponse(retrieve, errors[key].status, 'application/json', JSON.stringify(errors[key].body))).toEqual([]);
    }
  });
});
