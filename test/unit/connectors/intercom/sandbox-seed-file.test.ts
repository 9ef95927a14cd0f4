import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startIntercomSandbox } from '../../../../local/sandbox/intercom';
import { SeedFileError } from '../../../../local/sandbox/vendor/seed-file';
import { callSandbox } from './support/sandbox-client';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'intercom-seed-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

/** A workspace in the EU, objects as Intercom's API returns them, optional fields left out, one unknown field. */
const GOOD = `{
  "app": { "id_code": "eucorp01", "name": "EU Corp", "region": "EU" },
  "admins": [
    { "type": "admin", "id": "42", "name": "Mia Agent", "email": "mia@eucorp.example", "has_inbox_seat": true }
  ],
  "access_tokens": [{ "token": "eu-token-1", "admin_id": "42" }],
  "contacts": [
    { "type": "contact", "id": "65a000000000000000000001", "role": "user", "email": "kim@buyer.example", "name": "Kim" }
  ],
  "tags": [{ "type": "tag", "id": "9", "name": "returns" }],
  "conversations": [
    {
      "type": "conversation",
      "id": "77",
      "created_at": 1767225600,
      "source": { "body": "<p>Where is my parcel?</p>", "author": { "type": "user", "id": "65a000000000000000000001" } },
      "contacts": { "contacts": [{ "type": "contact", "id": "65a000000000000000000001" }] },
      "x_internal_ref": "CRM-1",
      "conversation_parts": { "conversation_parts": [
        { "id": "1", "part_type": "note", "body": "<p>Carrier delay</p>", "created_at": 1767229200, "author": { "type": "admin", "id": "42" } }
      ] }
    }
  ]
}
`;

describe('seeding the Intercom sandbox from a file of Intercom-shaped objects', () => {
  test('sections given replace the built-in ones; unknown fields are kept, missing optional ones filled in', async () => {
    const sandbox = await startIntercomSandbox({ seedFile: write('good.json', GOOD) });
    try {
      const call = (urlPath: string, host = 'api.eu.intercom.io') => callSandbox(sandbox.url, 'GET', urlPath, { token: 'eu-token-1', host });
      expect((await call('/me')).body).toMatchObject({ id: '42', name: 'Mia Agent', app: { id_code: 'eucorp01', region: 'EU' } });
      const conversation = (await call('/conversations/77')).body;
      expect(conversation).toMatchObject({ id: '77', x_internal_ref: 'CRM-1', state: 'open', open: true, title: null, updated_at: 1767225600, tags: { tags: [] } });
      expect(conversation.conversation_parts.conversation_parts[0]).toMatchObject({ id: '1', part_type: 'note', type: 'conversation_part', redacted: false });
      expect((await call('/me', 'api.au.intercom.io')).status).toBe(401);
      // Sections left out keep nothing of the built-in workspace's conversations, and new ids do not collide.
      expect((await call('/conversations/1001')).status).toBe(404);
      const created = await callSandbox(sandbox.url, 'POST', '/tags', { token: 'eu-token-1', body: { name: 'new-tag' } });
      expect(Number(created.body.id)).toBeGreaterThan(77);
    } finally {
      await sandbox.close();
    }
  });

  test('a file that is not JSON is refused with its line', async () => {
    const file = write('syntax.json', '{\n  "admins": [\n    { "id": "1", }\n  ]\n}\n');
    await expect(startIntercomSandbox({ seedFile: file })).rejects.toThrow(SeedFileError);
    await expect(startIntercomSandbox({ seedFile: file })).rejects.toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: not valid JSON`));
  });

  test.each([
    ['a conversation id that is not a number', GOOD.replace('"id": "77"', '"id": "abc"'), 14, /conversations\[0\]\.id must be digits/],
    ['a state Intercom does not have', GOOD.replace('"x_internal_ref"', '"state": "pending", "x_internal_ref"'), 18, /state must be open, closed or snoozed/],
    ['a timestamp that is not Unix seconds', GOOD.replace('"created_at": 1767225600', '"created_at": "2026-01-01"'), 15, /created_at must be a Unix time/],
    ['a token for an admin that does not exist', GOOD.replace('"admin_id": "42" }]', '"admin_id": "43" }]'), 6, /access_tokens\[0\]\.admin_id "43" is not an admin/],
    ['a section that is not a list', GOOD.replace('"tags": [{ "type": "tag", "id": "9", "name": "returns" }]', '"tags": { "id": "9" }'), 10, /tags must be an array/],
    ['a section the sandbox does not know', GOOD.replace('"tags":', '"labels":'), 10, /unknown section "labels"/],
    ['a part without an id', GOOD.replace('{ "id": "1", "part_type"', '{ "part_type"'), 19, /conversation_parts\[0\] has no id/],
    ['an admin twice', GOOD.replace('"has_inbox_seat": true }', '"has_inbox_seat": true },\n    { "id": "42", "name": "Again" }'), 5, /id 42 appears twice/],
  ])('%s is refused with file:line: reason', async (_, text, line, reason) => {
    const file = write('bad.json', text);
    const error = await startIntercomSandbox({ seedFile: file }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SeedFileError);
    expect((error as Error).message).toMatch(new RegExp(`:${line}: `));
    expect((error as Error).message).toMatch(reason);
  });
});
