import path from 'node:path';
import { loadAppManifest } from '../../../../local/runtime/app-manifest';
import { matchesEgress } from '../../../../local/runtime/egress';
import { normalizeDomain } from '../../../../src/connectors/domain';
import { servicenowSpec } from '../../../../src/connectors/servicenow/spec';
import { checkedSysId, decodeCursor, encodeCursor, nextCursor, queryValue, tablePath } from '../../../../src/connectors/servicenow/table-query';

const repoRoot = path.resolve(__dirname, '../../../..');

describe('ServiceNow spec', () => {
  it('declares exactly the manifest egress entries for ServiceNow hosts', () => {
    const egress = loadAppManifest(repoRoot).egress;
    expect(egress.filter((entry) => matchesEgress('acme.service-now.com', entry))).toEqual(servicenowSpec.egress);
    expect(servicenowSpec.egress).toEqual(['*.service-now.com']);
  });

  it('asks for instance, user name and password, and only the password is secret', () => {
    expect(servicenowSpec.fields.map((field) => [field.key, field.secret, field.required])).toEqual([
      ['domain', false, true],
      ['username', false, true],
      ['secret', true, true],
    ]);
    expect(servicenowSpec.auth).toBe('basic-username-password');
    expect(servicenowSpec.docsUrl).toMatch(/^https:\/\/docs\.servicenow\.com\//);
  });

  it('has messages that say what to fix', () => {
    const { messages } = servicenowSpec;
    expect(messages.auth).toMatch(/401.*User Administration/);
    expect(messages.noAccount('nosuch.service-now.com')).toContain('nosuch.service-now.com');
    expect(messages.permission('Insufficient rights to query records')).toMatch(/Insufficient rights.*itil role/);
    expect(messages.rateLimited(42)).toContain('try again in 42 s');
    expect(messages.unavailable).toMatch(/try again/);
  });
});

describe('ServiceNow instance addresses', () => {
  it.each([
    ['acme', 'acme.service-now.com'],
    ['acme.service-now.com', 'acme.service-now.com'],
    ['  https://ACME.Service-Now.com/ ', 'acme.service-now.com'],
    ['dev301473.service-now.com', 'dev301473.service-now.com'],
    ['acme-test', 'acme-test.service-now.com'],
  ])('accepts %j as %s', (typed, host) => {
    expect(normalizeDomain(servicenowSpec, typed)).toBe(host);
  });

  it.each([
    'http://169.254.169.254',
    '169.254.169.254',
    'evil.com/.service-now.com',
    'acme.service-now.com.evil.com',
    'acme.service-now.com:8443',
    'user@acme.service-now.com',
    '[::1]',
    '::ffff:169.254.169.254',
    'http://acme.service-now.com',
    'acme.servicenow.com',
    'a.b.service-now.com',
    '-acme.service-now.com',
    '',
  ])('refuses %j (kind invalid) before any request', (typed) => {
    expect(() => normalizeDomain(servicenowSpec, typed)).toThrow(expect.objectContaining({ kind: 'invalid', message: expect.stringMatching(/^domain: .*acme\.service-now\.com/) }));
  });
});

describe('ServiceNow Table API paths and cursors', () => {
  it('encodes query parameters and escapes carets in query values', () => {
    expect(tablePath('incident', { sysparm_query: `email=${queryValue('a^b@x.com')}`, sysparm_limit: 1, sysparm_offset: undefined }, 'f'.repeat(32))).toBe(
      `/api/now/table/incident/${'f'.repeat(32)}?sysparm_query=email%3Da%5E%5Eb%40x.com&sysparm_limit=1`,
    );
  });

  it('refuses an id that is not a sys_id before it reaches a path', () => {
    expect(() => checkedSysId('../sys_user')).toThrow(expect.objectContaining({ kind: 'invalid' }));
    expect(checkedSysId('0ee81b1cc22a997deeda69aa9a0883d0')).toBe('0ee81b1cc22a997deeda69aa9a0883d0');
  });

  it('anchors the next page on the last timestamp seen', () => {
    const start = { t: '2024-03-01 00:00:00', o: 0 };
    expect(nextCursor(start, ['2024-03-01 10:00:00'], 2)).toBeUndefined();
    expect(nextCursor(start, ['2024-03-01 10:00:00', '2024-03-02 10:00:00'], 2)).toEqual({ t: '2024-03-02 10:00:00', o: 1 });
    expect(nextCursor(start, ['2024-03-02 10:00:00', '2024-03-02 10:00:00'], 2)).toEqual({ t: '2024-03-02 10:00:00', o: 2 });
    // A whole page on the anchor's own second: skip further into it.
    expect(nextCursor({ t: '2024-03-02 10:00:00', o: 2 }, ['2024-03-02 10:00:00', '2024-03-02 10:00:00'], 2)).toEqual({ t: '2024-03-02 10:00:00', o: 4 });
  });

  it('round-trips its cursor and refuses one it did not make', () => {
    const cursor = { t: '2024-03-02 10:00:00', o: 3 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    for (const bad of ['nonsense', encodeCursor({ t: "2024'; DROP", o: 1 }), encodeCursor({ t: '2024-03-02 10:00:00', o: -1 })]) {
      expect(() => decodeCursor(bad)).toThrow(expect.objectContaining({ kind: 'invalid' }));
    }
  });
});
