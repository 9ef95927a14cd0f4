import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { credentials, useServicenowSandbox } from './support/harness';
import { startServicenowSandbox } from '../../../../local/sandbox/servicenow';
import errorDataPolicy from '../../../fixtures/servicenow/error-data-policy.json';
import errorInsufficientRights from '../../../fixtures/servicenow/error-insufficient-rights.json';
import errorNoRecord from '../../../fixtures/servicenow/error-no-record.json';
import errorUnauthenticated from '../../../fixtures/servicenow/error-unauthenticated.json';
import getIncident from '../../../fixtures/servicenow/get-incident.json';
import listIncidentStates from '../../../fixtures/servicenow/list-incident-states.json';
import listIncidents from '../../../fixtures/servicenow/list-incidents-updated-since.json';
import listJournal from '../../../fixtures/servicenow/list-journal-entries.json';
import verifyGetUser from '../../../fixtures/servicenow/verify-get-user.json';

/** The sandbox instance as a Table API client sees it (direct calls, no connector). */
const harness = useServicenowSandbox();
const { call } = harness;
const limited = credentials('limited');
const INC2 = 'c92caba903a533c5aaf5a25635df2571';
const READ = 'sysparm_display_value=all&sysparm_exclude_reference_link=true&sysparm_fields=sys_id,number,short_description,description,state,priority,caller_id,caller_id.email,sys_tags,sys_created_on,sys_updated_on';

beforeEach(() => harness.sandbox.reset());

describe('answers the recorded fixtures for the seeded records', () => {
  it.each([
    ['verify-get-user', '/api/now/table/sys_user?sysparm_query=user_name%3Ddeskbridge.integration&sysparm_fields=sys_id,user_name,name&sysparm_limit=1', verifyGetUser],
    ['get-incident', `/api/now/table/incident/${INC2}?${READ}`, getIncident],
    ['list-incidents-updated-since', `/api/now/table/incident?sysparm_query=sys_updated_on%3E%3D2024-03-03%2000%3A00%3A00%5EORDERBYsys_updated_on%5EORDERBYsys_id&${READ}&sysparm_limit=100`, listIncidents],
    ['list-journal-entries', `/api/now/table/sys_journal_field?sysparm_query=name%3Dincident%5Eelement_id%3D${INC2}%5EelementINcomments%2Cwork_notes%5EORDERBYsys_created_on&sysparm_fields=sys_id,element,element_id,value,sys_created_on,sys_created_by`, listJournal],
    ['list-incident-states', '/api/now/table/sys_choice?sysparm_query=name%3Dincident%5Eelement%3Dstate%5Einactive%3Dfalse%5Elanguage%3Den%5EORDERBYsequence&sysparm_fields=value,label', listIncidentStates],
  ])('%s', async (_name, url, fixture) => {
    const answer = await call('GET', url);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(fixture);
  });
});

describe('auth and access', () => {
  it('answers 401 in the Table API error shape without, or with wrong, credentials', async () => {
    for (const auth of [null, { username: 'deskbridge.integration', secret: 'wrong' }, { username: 'beth.anglin', secret: '' }]) {
      const answer = await call('GET', '/api/now/table/incident', auth);
      expect(answer).toMatchObject({ status: 401, body: errorUnauthenticated });
    }
  });

  it('refuses an inactive or locked-out user', async () => {
    const user = harness.sandbox.state.tables.sys_user.find((row) => row.user_name === 'deskbridge.integration')!;
    user.locked_out = 'true';
    expect((await call('GET', '/api/now/table/sys_user')).status).toBe(401);
    user.locked_out = 'false';
    user.active = 'false';
    expect((await call('GET', '/api/now/table/sys_user')).status).toBe(401);
  });

  it('refuses incidents and journals to a user without itil, but lets them read sys_user', async () => {
    expect(await call('GET', '/api/now/table/incident?sysparm_query=active%3Dtrue', limited)).toMatchObject({ status: 403, body: errorInsufficientRights });
    expect((await call('GET', `/api/now/table/incident/${INC2}`, limited)).status).toBe(403);
    expect((await call('GET', '/api/now/table/sys_journal_field', limited)).status).toBe(403);
    expect(await call('POST', '/api/now/table/incident', limited, { short_description: 'x' })).toMatchObject({ status: 403, body: { error: { detail: 'ACL Exception Insert Failed due to security constraints' } } });
    expect(await call('PATCH', `/api/now/table/incident/${INC2}`, limited, { comments: 'x' })).toMatchObject({ status: 403, body: { error: { detail: 'ACL Exception Update Failed due to security constraints' } } });
    expect((await call('GET', '/api/now/table/sys_user?sysparm_limit=1', limited)).status).toBe(200);
  });

  it('answers a host with no instance with the platform HTML page, before any auth', async () => {
    const answer = await fetch(`${harness.sandbox.url}/api/now/table/incident`, { headers: { 'x-forwarded-host': 'nosuch.service-now.com' } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await answer.text()).toContain('Your instance is hibernating');
  });

  it('counts requests against the rate limit rule and answers 429 with Retry-After over it', async () => {
    const ok = await call('GET', '/api/now/table/sys_user?sysparm_limit=1');
    expect(ok.headers.get('x-ratelimit-limit')).toBe('10000');
    expect(ok.headers.get('x-ratelimit-rule')).toBe(harness.sandbox.state.rateLimit.sys_id);
    expect(Number(ok.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    harness.sandbox.state.rateLimit.requestsPerHour = 0;
    const refused = await call('GET', '/api/now/table/sys_user?sysparm_limit=1');
    expect(refused).toMatchObject({ status: 429, body: { error: { message: 'Rate limit exceeded', detail: 'Rate limit of 0 requests per hour for Table API exceeded' }, status: 'failure' } });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('the Table API', () => {
  it('pages with sysparm_limit/sysparm_offset, and says so in Link and X-Total-Count', async () => {
    const answer = await call('GET', '/api/now/table/incident?sysparm_fields=number&sysparm_query=ORDERBYnumber&sysparm_limit=2&sysparm_offset=2');
    expect(answer.body.result).toEqual([{ number: 'INC0010003' }, { number: 'INC0010004' }]);
    expect(answer.headers.get('x-total-count')).toBe('6');
    const link = answer.headers.get('link')!;
    for (const [rel, offset] of [['first', 0], ['prev', 0], ['next', 4], ['last', 4]]) expect(link).toMatch(new RegExp(`sysparm_offset=${offset}[^>]*>;rel="${rel}"`));
    expect(link).toContain('https://acme.service-now.com/api/now/table/incident?');
  });

  it('returns internal values with reference links by default, display values on request', async () => {
    const plain = await call('GET', `/api/now/table/incident/${INC2}?sysparm_fields=state,caller_id,sys_updated_on`);
    expect(plain.body.result).toEqual({
      state: '2',
      caller_id: { link: 'https://acme.service-now.com/api/now/table/sys_user/3a393d4e27c3088c01735645515412f8', value: '3a393d4e27c3088c01735645515412f8' },
      sys_updated_on: '2024-03-02 11:30:00',
    });
    const display = await call('GET', `/api/now/table/incident/${INC2}?sysparm_fields=state,caller_id,sys_updated_on&sysparm_display_value=true`);
    // Dates are shown in the user's time zone (system default America/Los_Angeles).
    expect(display.body.result).toEqual({ state: 'In Progress', caller_id: 'Charlie Whitherspoon', sys_updated_on: '2024-03-02 03:30:00' });
  });

  it('understands ^OR, ^NQ, IN, LIKE and dot-walking in sysparm_query', async () => {
    const numbers = async (query: string) => (await call('GET', `/api/now/table/incident?sysparm_fields=number&sysparm_query=${encodeURIComponent(query)}`)).body.result.map((row: { number: string }) => row.number);
    expect(await numbers('state=1^ORstate=2^ORDERBYDESCnumber')).toEqual(['INC0010002', 'INC0010001']);
    expect(await numbers('stateIN6,7^NQshort_descriptionLIKEvpn^ORDERBYnumber')).toEqual(['INC0010001', 'INC0010004', 'INC0010005', 'INC0010006']);
    expect(await numbers('caller_id.email=abel.tuter@acme.example.com')).toEqual(['INC0010001', 'INC0010004']);
    expect(await numbers('bogus part^state=8')).toEqual(['INC0010006']);
  });

  it('creates incidents with the platform fields and rules, 201 with Location', async () => {
    const answer = await call('POST', '/api/now/table/incident?sysparm_fields=sys_id,number,priority,state,active,sys_created_by,u_custom', undefined, {
      short_description: 'New',
      impact: 2,
      urgency: '3',
      number: 'INC9999999',
      sys_created_by: 'someone.else',
      u_custom: 'kept',
      comments: 'First words',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.result).toMatchObject({ number: 'INC0010007', priority: '4', state: '1', active: 'true', sys_created_by: 'deskbridge.integration', u_custom: 'kept' });
    expect(answer.headers.get('location')).toBe(`https://acme.service-now.com/api/now/table/incident/${answer.body.result.sys_id}`);
    expect(harness.sandbox.state.tables.sys_journal_field.at(-1)).toMatchObject({ element: 'comments', element_id: answer.body.result.sys_id, value: 'First words' });
  });

  it('enforces the base data policies on resolve and hold', async () => {
    expect(await call('PATCH', `/api/now/table/incident/${INC2}`, undefined, { state: '6' })).toMatchObject({ status: 403, body: errorDataPolicy });
    expect((await call('PATCH', `/api/now/table/incident/${INC2}`, undefined, { state: '3' })).body.error.detail).toContain('On hold reason');
    const resolved = await call('PUT', `/api/now/table/incident/${INC2}?sysparm_fields=state,active,resolved_at`, undefined, { state: '6', close_code: 'Solution provided', close_notes: 'Done' });
    expect(resolved.body.result).toMatchObject({ state: '6', active: 'false', resolved_at: expect.stringMatching(/^\d{4}-/) });
  });

  it('answers 404, 400 and 405 in the Table API error shape', async () => {
    expect(await call('GET', `/api/now/table/incident/${'0'.repeat(32)}`)).toMatchObject({ status: 404, body: errorNoRecord });
    expect(await call('PATCH', `/api/now/table/incident/${'0'.repeat(32)}`, undefined, {})).toMatchObject({ status: 404 });
    expect(await call('GET', '/api/now/table/incidents')).toMatchObject({ status: 400, body: { error: { message: 'Invalid table incidents', detail: null }, status: 'failure' } });
    expect(await call('GET', '/api/now/stats/incident')).toMatchObject({ status: 400, body: { error: { message: 'Requested URI does not represent any resource' } } });
    expect((await call('DELETE', `/api/now/table/incident/${INC2}`)).status).toBe(405);
  });
});

it('keeps its state across a restart when it has a statePath', async () => {
  const statePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sn-sandbox-')), 'servicenow.json');
  const first = await startServicenowSandbox({ statePath });
  first.state.tables.incident[0].short_description = 'Changed before the restart';
  await first.close();
  const second = await startServicenowSandbox({ statePath });
  try {
    expect(second.state.tables.incident[0].short_description).toBe('Changed before the restart');
    second.reset();
    expect(second.state.tables.incident[0].short_description).toBe('Cannot connect to VPN from home');
  } finally {
    await second.close();
  }
});
