import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadFreshdeskSeedFile, startFreshdeskSandbox } from '../../../../local/sandbox/freshdesk';
import { SeedFileError } from '../../../../local/sandbox/vendor/seed-file';
import { fd } from './sandbox-client';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-seed-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const minimal = {
  domain: 'globex.freshdesk.com',
  api_keys: { globexKey123: 7 },
  agents: [{ id: 7, ticket_scope: 1, role_ids: [43000000012], contact: { name: 'Gina Globex', email: 'gina@globex.example' }, favourite_colour: 'teal' }],
  contacts: [{ id: 70, name: 'Carl Customer', email: 'carl@customer.example' }],
  tickets: [{ id: 1, subject: 'Seeded', requester_id: 70, status: 3, description: '<p>From <b>seed</b></p>', sla_policy: 'gold' }],
  conversations: [{ id: 100, ticket_id: 1, body: '<p>note</p>', private: true }],
};

describe('sandbox Freshdesk seed file', () => {
  test('a vendor-shaped file seeds the account: unknown fields kept, optional ones defaulted', async () => {
    const file = write('good.json', JSON.stringify(minimal, null, 2));
    const sandbox = await startFreshdeskSandbox({ seedFile: file });
    try {
      const me = await fd(sandbox, 'GET', '/api/v2/agents/me', { key: 'globexKey123', host: 'globex.freshdesk.com' });
      expect(me.body).toMatchObject({ id: 7, favourite_colour: 'teal', type: 'support_agent' });
      const ticket = await fd(sandbox, 'GET', '/api/v2/tickets/1?include=requester', { key: 'globexKey123', host: 'globex.freshdesk.com' });
      expect(ticket.body).toMatchObject({ sla_policy: 'gold', description_text: 'From seed', priority: 1, tags: [], requester: { name: 'Carl Customer' } });
      expect((await fd(sandbox, 'GET', '/api/v2/ticket_fields?type=default_status', { key: 'globexKey123', host: 'globex.freshdesk.com' })).body[0].choices).toHaveProperty('6');
      expect((await fd(sandbox, 'GET', '/api/v2/agents/me', { host: 'acme.freshdesk.com' })).status).toBe(404);
      sandbox.state.tickets = [];
      sandbox.reset();
      expect(sandbox.state.tickets).toHaveLength(1);
    } finally {
      await sandbox.close();
    }
  });

  test.each([
    ['broken JSON', '{\n  "domain": "globex.freshdesk.com",\n  "agents": [,]\n}', /broken-JSON\.json:3: not valid JSON \(unexpected ",]"\)/],
    ['not an object', '[]', /:1: the file must hold one object/],
    ['a foreign domain', JSON.stringify({ ...minimal, domain: 'globex.example.com' }, null, 2), /:2: domain must be an account host/],
    ['a ticket without subject', JSON.stringify({ ...minimal, tickets: [minimal.tickets[0], { id: 2, requester_id: 70 }] }, null, 2), /:\d+: tickets\[1\] needs a "subject"/],
    ['an unknown requester', JSON.stringify({ ...minimal, tickets: [{ ...minimal.tickets[0], requester_id: 5 }] }, null, 2), /tickets\[0\]\.requester_id must be the id of a contact or an agent/],
    ['a key for nobody', JSON.stringify({ ...minimal, api_keys: { globexKey123: 7, topSecretKey: 8 } }, null, 2), /API key #2 must map to the id of one of the agents/],
    ['a repeated id', JSON.stringify({ ...minimal, agents: [minimal.agents[0], minimal.agents[0]] }, null, 2), /agents\[1\] repeats id 7/],
    ['an orphan conversation', JSON.stringify({ ...minimal, conversations: [{ id: 1, ticket_id: 9, body: 'x' }] }, null, 2), /conversations\[0\]\.ticket_id/],
  ])('%s is refused with file:line: reason', (name, text, reason) => {
    const file = write(`${name.replace(/ /g, '-')}.json`, text);
    let error: unknown;
    try {
      loadFreshdeskSeedFile(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SeedFileError);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message.startsWith(file)).toBe(true);
    expect((error as Error).message).not.toContain('topSecretKey');
  });

  test('the line points at the offending item', () => {
    const text = JSON.stringify({ ...minimal, tickets: [minimal.tickets[0], { id: 2, requester_id: 70 }] }, null, 2);
    const file = write('line.json', text);
    const line = text.split('\n').findIndex((row, index, rows) => row.includes('"id": 2') && rows[index - 1].trim() === '{') ;
    expect(() => loadFreshdeskSeedFile(file)).toThrow(`${file}:${line}: tickets[1] needs a "subject"`);
  });

  test('the README example seeds a working sandbox', async () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../../local/sandbox/freshdesk/README.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const sandbox = await startFreshdeskSandbox({ seedFile: write('readme.json', example!) });
    try {
      const state = sandbox.state;
      const key = Object.keys(state.api_keys)[0];
      expect((await fd(sandbox, 'GET', '/api/v2/tickets?updated_since=2000-01-01T00:00:00Z', { key, host: state.domain })).body.length).toBe(state.tickets.length);
    } finally {
      await sandbox.close();
    }
  });
});
