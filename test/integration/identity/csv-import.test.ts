/**
 * The CSV import of manual links: every row checked first (accounts in bulk against Jira), all
 * rows or none, with the lines to fix.
 */
import { SEED_USERS } from '../../../local/sandbox/jira';
import type { CsvImportResult, IdentityLinkPage } from '../../../src/shared/identity';
import { invokeOk, invokeResolver, ROLES, useLocalDeskbridge } from '../../support/local-app';
import { entityRows, sandboxPost } from './support/identity-harness';

const calls: string[] = [];
const local = useLocalDeskbridge({ onProductRequest: ({ method, path }) => calls.push(`${method} ${path.split('?')[0]}`) });
const importCsv = (csv: string) => invokeOk<CsvImportResult>(local.deskbridge, ROLES.jiraAdmin, 'identity/links/import-csv', { csv });
const links = () => entityRows(local.deskbridge, 'identity-link');
const { admin, outsider, customerCasey, gdprClosed, app } = SEED_USERS;

test('a good file is imported whole: quoted fields, CRLF, a BOM and blank lines are fine', async () => {
  const csv = `\uFEFFtool,contactId,accountId\r\nzendesk,1001,${admin.accountId}\r\n\r\n"freshdesk","agent, ""north""",${outsider.accountId}\r\nintercom,5f1c,${customerCasey.accountId}\r\n`;
  expect(await importCsv(csv)).toEqual({ imported: 3 });
  const page = await invokeOk<IdentityLinkPage>(local.deskbridge, ROLES.jiraAdmin, 'identity/links/list', { tool: 'freshdesk' });
  expect(page.links).toEqual([{ tool: 'freshdesk', contactId: 'agent, "north"', accountId: outsider.accountId, source: 'manual', updatedAt: expect.any(String) }]);
});

test('one bad row and nothing is imported; every problem is named by its line', async () => {
  const before = local.deskbridge.runtime.kvs.snapshot();
  const csv = [
    'tool,contactId,accountId',
    `zendesk,2001,${admin.accountId}`, // 2: fine
    `jira,2002,${admin.accountId}`, // 3: unknown tool
    `zendesk,,${admin.accountId}`, // 4: no contact id
    `zendesk,2005,${gdprClosed.accountId}`, // 5: deactivated
    'zendesk,2006,5b10ac8d82e05b22cc7d0000', // 6: no such account
    `zendesk,2001,${outsider.accountId}`, // 7: same contact as line 2
    `zendesk,2008,${app.accountId}`, // 8: an app
    'zendesk,2009', // 9: a value missing
    'zendesk,2010,not an id', // 10: malformed
  ].join('\n');
  const result = await importCsv(csv);
  expect(result.imported).toBe(0);
  expect(result.errors!.map(({ line }) => line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
  expect(result.errors![4].reason).toContain('line 2');
  expect(local.deskbridge.runtime.kvs.snapshot()).toBe(before);
});

test('accounts are checked in bulk: 300 distinct accounts cost three Jira requests', async () => {
  await sandboxPost(local.deskbridge, '/__sandbox/users/generate', { count: 300 });
  const rows = Array.from({ length: 300 }, (_, i) => `servicenow,sys-${i},synthetic-${String(i + 1).padStart(6, '0')}`);
  calls.length = 0;
  expect(await importCsv(['tool,contactId,accountId', ...rows].join('\n'))).toEqual({ imported: 300 });
  expect(calls.filter((call) => call === 'GET /rest/api/3/user/bulk')).toHaveLength(3);
  expect(links().size).toBe(303);
});

test('limits: a wrong header, more than 5,000 rows, more than 1 MB', async () => {
  expect(await importCsv('contact,account\nzendesk,1,2')).toEqual({ imported: 0, errors: [{ line: 1, reason: expect.stringContaining('tool,contactId,accountId') }] });
  const tooMany = ['tool,contactId,accountId', ...Array.from({ length: 5_001 }, (_, i) => `zendesk,${i},${admin.accountId}`)].join('\n');
  expect(await importCsv(tooMany)).toEqual({ imported: 0, errors: [{ line: 5_002, reason: expect.stringContaining('5,000') }] });
  const tooBig = await invokeResolver(local.deskbridge, ROLES.jiraAdmin, 'identity/links/import-csv', { csv: `tool,contactId,accountId\n${'x'.repeat(1_000_001)}` });
  expect(tooBig).toEqual({ ok: false, error: { kind: 'invalid', message: expect.stringContaining('1 MB') } });
  expect(links().size).toBe(303);
});
