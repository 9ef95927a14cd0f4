import { runInvocation } from '../../local/runtime/invocation-scope';
import { routeEgress } from '../support/connector-harness';
import { FRESHDESK_ROUTES, FRESHDESK_SANDBOX, startFreshdeskSandbox, type FreshdeskSandbox } from '../../local/sandbox/freshdesk';
import type { ContractExchange, ContractRecorder } from '../../local/sandbox/jira/contract';
import { freshdesk } from '../../src/connectors/freshdesk';
import { toComment, toTicket } from '../../src/connectors/freshdesk/mappers';
import { toStatuses } from '../../src/connectors/freshdesk/statuses';
import { fixture, fixtureNames, shapeDiff, type FreshdeskFixture } from '../unit/connectors/freshdesk/fixtures';
import { fd, useFreshdeskSandbox } from '../unit/connectors/freshdesk/sandbox-client';

/**
 * Freshdesk publishes no OpenAPI description, so this is the sandbox's contract test: every
 * recorded fixture (one per operation, in the documented shape) is replayed against a freshly
 * seeded sandbox, and the answer must have the fixture's status, headers and shape; the
 * seeded reads must even equal the fixtures. Together they must reach every sandbox route.
 */
describe('sandbox Freshdesk answers in the documented shapes', () => {
  const holder = useFreshdeskSandbox();
  const exercised = new Set<string>();
  const keyFor = (name: string) => (name === 'error-invalid-credentials' ? 'not-a-real-key' : name === 'error-access-denied' ? FRESHDESK_SANDBOX.limitedSecret : FRESHDESK_SANDBOX.secret);
  const route = (recorded: FreshdeskFixture) =>
    FRESHDESK_ROUTES.find((candidate) => candidate.method === recorded.request.method && new RegExp(`^${candidate.path.replace(/:\w+/g, '[^/]+')}$`).test(recorded.request.path.split('?')[0]));

  beforeEach(() => holder.sandbox.reset());

  const replayable = fixtureNames().filter((name) => name !== 'error-rate-limited');
  test.each(replayable)('%s', async (name) => {
    const recorded = fixture(name);
    const answer = await fd(holder.sandbox, recorded.request.method, recorded.request.path, { key: keyFor(name), body: recorded.request.body });
    expect(answer.status).toBe(recorded.response.status);
    for (const header of Object.keys(recorded.response.headers)) {
      if (header === 'content-type' && recorded.response.body === undefined) continue;
      expect([header, answer.headers.get(header) !== null]).toEqual([header, true]);
    }
    expect(shapeDiff(recorded.response.body, answer.body)).toEqual([]);
    if (recorded.response.body === undefined) expect(answer.body).toBeUndefined();
    const seededRead = recorded.request.method === 'GET' || name.startsWith('error-');
    if (seededRead) expect(answer.body).toEqual(recorded.response.body);
    const served = route(recorded);
    if (served) exercised.add(`${served.method} ${served.path}`);
  });

  test('the rate-limited answer has the documented headers and shape', async () => {
    const recorded = fixture('error-rate-limited');
    holder.sandbox.state.rate_limit_per_minute = 2;
    await fd(holder.sandbox, 'GET', recorded.request.path);
    const answer = await fd(holder.sandbox, 'GET', recorded.request.path);
    expect(answer.status).toBe(429);
    for (const header of Object.keys(recorded.response.headers)) expect([header, answer.headers.get(header) !== null]).toEqual([header, true]);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(shapeDiff(recorded.response.body, answer.body)).toEqual([]);
  });

  test('the fixtures reached every route the sandbox serves (runs last)', () => {
    expect(FRESHDESK_ROUTES.map((candidate) => `${candidate.method} ${candidate.path}`).filter((key) => !exercised.has(key))).toEqual([]);
  });
});

/**
 * The other half of the contract: the adapter sends exactly the recorded requests (method, path
 * with query, body) and reads the recorded answers into the same results as the mappers do.
 */
describe('the Freshdesk adapter sends the recorded requests', () => {
  const exchanges: ContractExchange[] = [];
  const recorder: ContractRecorder = { record: (exchange) => void exchanges.push(exchange), violations: [], exercised: new Set(), take: () => [] };
  let sandbox: FreshdeskSandbox;
  const credentials = { domain: FRESHDESK_SANDBOX.domain, secret: FRESHDESK_SANDBOX.secret };
  const run = <T>(fn: () => Promise<T>) => runInvocation({ functionKey: 'resolver', moduleKey: 'test', moduleType: 'test', timeoutMs: 25_000 }, fn);
  /** The requests one adapter call made, as `METHOD path?query` plus the JSON body. */
  const sent = async (fn: () => Promise<unknown>) => {
    exchanges.length = 0;
    const result = await run(fn);
    return { result: result as any, requests: exchanges.map((exchange) => ({ method: exchange.method, path: exchange.url, ...(exchange.requestBody ? { body: JSON.parse(exchange.requestBody) } : {}) })) };
  };
  const request = (name: string) => fixture(name).request;

  beforeAll(async () => {
    sandbox = await startFreshdeskSandbox({ contract: recorder });
  });
  routeEgress(freshdesk.spec.egress, () => sandbox.url);
  afterAll(async () => {
    await sandbox.close();
  });
  beforeEach(() => sandbox.reset());

  test('verify: view me, then list roles', async () => {
    const { requests } = await sent(() => freshdesk.verify(credentials));
    expect(requests).toEqual([request('view-me'), request('list-roles')]);
  });

  test('getTicket, listTicketsUpdatedSince, listComments, listStatuses', async () => {
    const viewed = await sent(() => freshdesk.getTicket(credentials, '1'));
    expect(viewed).toEqual({ requests: [request('view-ticket')], result: toTicket(fixture('view-ticket').response.body, FRESHDESK_SANDBOX.domain) });
    const listed = await sent(() => freshdesk.listTicketsUpdatedSince(credentials, new Date('2025-11-01T00:00:00Z')));
    const statuses = toStatuses(fixture('list-ticket-fields').response.body);
    expect(listed.requests).toEqual([request('list-tickets'), request('list-ticket-fields')]);
    expect(listed.result).toEqual({ tickets: fixture('list-tickets').response.body.map((raw: any) => toTicket(raw, FRESHDESK_SANDBOX.domain, statuses)) });
    const comments = await sent(() => freshdesk.listComments(credentials, '1'));
    expect(comments).toEqual({ requests: [request('list-conversations')], result: fixture('list-conversations').response.body.map(toComment) });
    const listedStatuses = await sent(() => freshdesk.listStatuses(credentials));
    expect(listedStatuses).toEqual({ requests: [request('list-ticket-fields')], result: statuses });
  });

  test('createTicket, updateTicket, addComment (reply and note)', async () => {
    const created = request('create-ticket') as { body: any };
    expect((await sent(() => freshdesk.createTicket(credentials, { subject: created.body.subject, description: created.body.description, requesterEmail: created.body.email, priority: 'high', tags: ['deskbridge'] }))).requests).toEqual([request('create-ticket')]);
    expect((await sent(() => freshdesk.updateTicket(credentials, '2', { statusId: '4', priority: 'high' }))).requests).toEqual([request('update-ticket')]);
    const reply = fixture('create-reply').response.body;
    expect((await sent(() => freshdesk.addComment(credentials, '1', { body: reply.body, public: true }))).requests).toEqual([request('create-reply')]);
    const note = fixture('create-note').response.body;
    expect((await sent(() => freshdesk.addComment(credentials, '1', { body: note.body, public: false }))).requests).toEqual([request('create-note')]);
  });
});
