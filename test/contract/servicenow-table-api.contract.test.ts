import './support/ref-parser-stub';
import { credentials, useServicenowSandbox } from '../unit/connectors/servicenow/support/harness';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContractRecorder } from '../../local/sandbox/jira/contract';
import { createVendorContractRecorder } from '../../local/sandbox/contract/vendor-recorder';
import type { HelpDeskSandboxOptions } from '../../local/sandbox/help-desks';

/**
 * The ServiceNow connector's requests, and the sandbox's answers, against the Table API
 * description a ServiceNow instance exports (/api/now/doc/oas_3, in the shared specs folder). Its
 * schemas are all `{}`: this checks routes, methods, parameters and statuses.
 *
 * The exported file needs three additions before it can judge anything (derivedSpec below):
 * 1. operationIds: it has none, and openapi-backend (hence the shared recorder) routes and
 *    validates by operationId only. Named `<method> <path>`; this changes no rule.
 * 2. sysparm_offset on GET /api/now/table/{tableName}: the REST API Explorer export leaves it out,
 *    but the Table API documentation defines it as the way to page (with sysparm_limit).
 * 3. the statuses the documentation lists beyond 200: 201 for POST; 400, 401, 403, 404, 429, 500
 *    ("REST API HTTP response codes", "Inbound REST API rate limiting"), with no schema.
 */

const SPEC_FILE = 'servicenow-table-api.oas3.json';
const specsDir = process.env.DESKBRIDGE_SPECS ?? path.resolve(__dirname, '../../../shared/specs');
const specPath = path.join(specsDir, SPEC_FILE);
const TABLE_API_DOCS = 'https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html';

type Json = Record<string, any>;

function derivedSpec(raw: Json): { spec: Json; added: string[] } {
  const spec = structuredClone(raw);
  const added: string[] = [];
  const documented = ['400', '401', '403', '404', '429', '500'];
  for (const [route, item] of Object.entries<Json>(spec.paths)) {
    for (const [method, operation] of Object.entries<Json>(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      if (!operation.operationId) {
        operation.operationId = `${method} ${route}`;
        added.push(`operationId ${operation.operationId}`);
      }
      const statuses = [...documented, ...(method === 'post' ? ['201'] : [])].filter((status) => !(status in operation.responses));
      for (const status of statuses) operation.responses[status] = { description: `documented at ${TABLE_API_DOCS}`, content: { 'application/json': {} } };
      if (statuses.length) added.push(`${method} ${route}: ${statuses.join(', ')}`);
      const names = (operation.parameters ?? []).map((parameter: Json) => parameter.name);
      if (method === 'get' && !route.includes('{sys_id}') && !names.includes('sysparm_offset')) {
        operation.parameters.push({ name: 'sysparm_offset', in: 'query', required: false, description: `Starting record index (${TABLE_API_DOCS})`, schema: {} });
        added.push(`${method} ${route}: sysparm_offset`);
      }
    }
  }
  return { spec, added };
}

function describeWithServicenowSpec(name: string, body: () => void): void {
  if (fs.existsSync(specPath)) return describe(name, body);
  const line = '!'.repeat(78);
  process.stderr.write(`${line}\nCONTRACT TESTS SKIPPED: "${name}"\nThe ServiceNow Table API description is not at ${specPath}.\nSet DESKBRIDGE_SPECS to the shared specs folder to run them.\n${line}\n`);
  describe.skip(name, body);
}

describeWithServicenowSpec('ServiceNow connector and sandbox against the Table API description', () => {
  const options: HelpDeskSandboxOptions = {};
  let recorder: ContractRecorder;
  beforeAll(async () => {
    const { spec } = derivedSpec(JSON.parse(fs.readFileSync(specPath, 'utf8')));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sn-contract-')), SPEC_FILE);
    fs.writeFileSync(file, JSON.stringify(spec));
    recorder = await createVendorContractRecorder('servicenow', file);
    options.contract = recorder;
  });
  const harness = useServicenowSandbox(options);
  const { run } = harness;
  const agent = credentials();
  const INC2 = 'c92caba903a533c5aaf5a25635df2571';
  const connector = () => harness.connector;

  beforeEach(() => harness.sandbox.reset());
  afterEach(() => expect(recorder.take()).toEqual([]));

  it('needs only the three documented additions to the exported description', () => {
    const { added } = derivedSpec(JSON.parse(fs.readFileSync(specPath, 'utf8')));
    expect(added.filter((entry) => entry.startsWith('operationId'))).toHaveLength(6);
    expect(added).toContain('get /api/now/table/{tableName}: sysparm_offset');
    expect(added).toContain('post /api/now/table/{tableName}: 400, 401, 403, 404, 429, 500, 201');
  });

  it('verify', async () => {
    await run(() => connector().verify(agent));
  });

  it('getTicket, listComments, listStatuses', async () => {
    await run(() => connector().getTicket(agent, INC2));
    await run(() => connector().listComments(agent, INC2));
    await run(() => connector().listStatuses(agent));
  });

  it('listTicketsUpdatedSince, over several pages (sysparm_offset)', async () => {
    const paged = harness.withPageSize(2);
    let cursor: string | undefined;
    let pages = 0;
    do {
      cursor = (await run(() => paged.listTicketsUpdatedSince(agent, new Date('2024-01-01T00:00:00Z'), cursor))).nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThan(2);
  });

  it('createTicket (with the caller lookup), updateTicket, addComment', async () => {
    const ticket = await run(() => connector().createTicket(agent, { subject: 'S', description: '<p>D</p>', requesterEmail: 'abel.tuter@acme.example.com', priority: 'high' }));
    await run(() => connector().updateTicket(agent, ticket.id, { statusId: '6' }));
    await run(() => connector().addComment(agent, ticket.id, { body: '<p>Hi</p>', public: true }));
    await run(() => connector().addComment(agent, ticket.id, { body: 'Note', public: false }));
  });

  it('the failures the connector handles: 401, 403, 404, 429, and an unknown instance', async () => {
    await expect(run(() => connector().verify(credentials('agent', { secret: 'wrong' })))).rejects.toMatchObject({ kind: 'auth' });
    await expect(run(() => connector().verify(credentials('limited')))).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(run(() => connector().getTicket(agent, 'f'.repeat(32)))).rejects.toMatchObject({ kind: 'not-found' });
    await expect(run(() => connector().verify(credentials('agent', { domain: 'nosuch.service-now.com' })))).rejects.toMatchObject({ kind: 'not-found' });
    harness.sandbox.state.rateLimit.requestsPerHour = 0;
    await expect(run(() => connector().getTicket(agent, INC2))).rejects.toMatchObject({ kind: 'rate-limited' });
  });

  it('the sandbox routes beyond what the connector calls: PUT, other parameters, errors', async () => {
    expect((await harness.call('PUT', `/api/now/table/incident/${INC2}?sysparm_display_value=true&sysparm_fields=state`, undefined, { state: '2' })).status).toBe(200);
    expect((await harness.call('GET', '/api/now/table/sys_user?sysparm_view=desktop&sysparm_query_no_domain=false&sysparm_limit=1')).status).toBe(200);
    expect((await harness.call('GET', '/api/now/table/incidents')).status).toBe(400);
    expect((await harness.call('PATCH', `/api/now/table/incident/${INC2}`, undefined, { state: '6' })).status).toBe(403);
  });

  it('has teeth: a parameter or a path the description does not have is a violation', async () => {
    await harness.call('GET', '/api/now/table/incident?sysparm_bogus=1');
    await harness.call('GET', '/api/now/v2/table/incident');
    expect(recorder.take().map(({ operationId, where }) => ({ operationId, where }))).toEqual([
      { operationId: 'get /api/now/table/{tableName}', where: 'request' },
      { operationId: null, where: 'request' },
    ]);
  });

  it('exercised every operation the connector uses', () => {
    expect([...recorder.exercised].sort()).toEqual(
      ['get /api/now/table/{tableName}', 'get /api/now/table/{tableName}/{sys_id}', 'patch /api/now/table/{tableName}/{sys_id}', 'post /api/now/table/{tableName}', 'put /api/now/table/{tableName}/{sys_id}'].sort(),
    );
  });
});
