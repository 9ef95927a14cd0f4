import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServicenowSandbox, SERVICENOW_SANDBOX } from '../../../../local/sandbox/servicenow';
import { SeedFileError } from '../../../../local/sandbox/vendor/seed-file';

/** Seeding the sandbox from a JSON file of Table API records (local/sandbox/servicenow/README.md). */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sn-seed-'));
const INCIDENT = '0123456789abcdef0123456789abcdef';

function seedFile(name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

async function call(url: string, pathAndQuery: string, user: string, password: string) {
  const response = await fetch(`${url}${pathAndQuery}`, {
    headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`, 'x-forwarded-host': 'acme.service-now.com' },
  });
  return { status: response.status, body: await response.json() };
}

it('seeds from Table API records: unknown fields kept, missing optional ones defaulted, seeded users kept', async () => {
  const file = seedFile('good.json', {
    sys_user: [{ user_name: 'jane.doe', name: 'Jane Doe', email: 'jane@acme.example.com', roles: 'itil', user_password: 's3cret', u_badge: '42' }],
    incident: {
      result: [
        { sys_id: INCIDENT, number: 'INC0020001', short_description: 'Printer offline', state: 2, caller_id: { link: 'https://acme.service-now.com/api/now/table/sys_user/x', value: 'x' }, u_vendor_ref: 'V-7' },
        { short_description: 'No number, no sys_id' },
      ],
    },
    sys_journal_field: [{ element_id: INCIDENT, element: 'work_notes', value: 'Checked the cable.', sys_created_by: 'jane.doe', sys_created_on: '2024-05-01 10:00:00' }],
  });
  const sandbox = await startServicenowSandbox({ seedFile: file });
  try {
    const incidents = await call(sandbox.url, '/api/now/table/incident?sysparm_query=ORDERBYnumber&sysparm_fields=number,short_description,state,priority,u_vendor_ref', 'jane.doe', 's3cret');
    expect(incidents.status).toBe(200);
    expect(incidents.body.result).toEqual([
      { number: 'INC0020001', short_description: 'Printer offline', state: '2', priority: '5', u_vendor_ref: 'V-7' },
      { number: 'INC0020002', short_description: 'No number, no sys_id', state: '1', priority: '5', u_vendor_ref: '' },
    ]);
    const journal = await call(sandbox.url, `/api/now/table/sys_journal_field?sysparm_query=element_id%3D${INCIDENT}&sysparm_fields=element,value`, 'jane.doe', 's3cret');
    expect(journal.body.result).toEqual([{ element: 'work_notes', value: 'Checked the cable.' }]);
    const jane = await call(sandbox.url, '/api/now/table/sys_user?sysparm_query=user_name%3Djane.doe&sysparm_fields=u_badge,active', 'jane.doe', 's3cret');
    expect(jane.body.result).toEqual([{ u_badge: '42', active: 'true' }]);
    // The seeded credentials still work, and a reset re-applies the file.
    expect((await call(sandbox.url, '/api/now/table/incident?sysparm_limit=1', SERVICENOW_SANDBOX.username, SERVICENOW_SANDBOX.secret)).status).toBe(200);
    sandbox.state.tables.incident = [];
    sandbox.reset();
    expect(sandbox.state.tables.incident).toHaveLength(2);
  } finally {
    await sandbox.close();
  }
});

it.each([
  ['not JSON', '{\n  "incident": [\n    { "short_description": "x", }\n  ]\n}', /bad\.json:3: not valid JSON/],
  ['not an object', '[1, 2]', /bad\.json:1: the file must be a JSON object keyed by table name/],
  ['an unknown table', '{\n  "sys_user": [],\n  "problem": []\n}', /bad\.json:3: unknown table "problem"/],
  ['a table that is not an array', '{\n  "incident": { "records": [] }\n}', /bad\.json:2: incident must be an array/],
  ['a bad sys_id', '{\n  "incident": [\n    { "sys_id": "INC-1", "short_description": "x" }\n  ]\n}', /bad\.json:3: incident\[0\]\.sys_id "INC-1" is not a sys_id/],
  ['an array value', '{\n  "incident": [\n    { "number": "INC0000001",\n      "watch_list": ["a", "b"] }\n  ]\n}', /bad\.json:3: incident\[0\]\.watch_list must be a string/],
  ['a bad date', '{\n  "sys_user": [\n    { "user_name": "x", "sys_created_on": "01/02/2024" }\n  ]\n}', /bad\.json:3: sys_user\[0\]\.sys_created_on "01\/02\/2024" is not a date-time/],
  ['a user without user_name', '{\n  "sys_user": [\n    { "name": "Nobody" }\n  ]\n}', /sys_user\[0\] has no user_name/],
  ['a journal entry of a missing incident', `{\n  "sys_journal_field": [\n    { "element_id": "${'a'.repeat(32)}", "element": "comments", "value": "x" }\n  ]\n}`, /bad\.json:3: .*no incident of the seed/],
  ['a journal entry that is neither comments nor work_notes', `{\n  "sys_journal_field": [\n    { "sys_id": "${'b'.repeat(32)}", "element_id": "x", "element": "close_notes", "value": "x" }\n  ]\n}`, /element must be comments or work_notes/],
])('refuses a file with %s, saying where', async (_what, content, message) => {
  const file = seedFile('bad.json', content);
  const failure = startServicenowSandbox({ seedFile: file });
  await expect(failure).rejects.toBeInstanceOf(SeedFileError);
  await expect(failure).rejects.toThrow(message);
});
