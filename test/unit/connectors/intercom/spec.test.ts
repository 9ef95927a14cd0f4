import fs from 'node:fs';
import path from 'node:path';
import { loadAppManifest } from '../../../../local/runtime/app-manifest';
import { normalizeDomain } from '../../../../src/connectors/domain';
import { intercom } from '../../../../src/connectors/intercom';
import { INTERCOM_API_VERSION } from '../../../../src/connectors/intercom/spec';

const spec = intercom.spec;
const repo = path.resolve(__dirname, '../../../..');

describe('the Intercom connection form', () => {
  test('a region choice of the three API hosts, and a secret access token; no username', () => {
    expect(spec.fields.map(({ key, secret, required }) => ({ key, secret, required }))).toEqual([
      { key: 'domain', secret: false, required: true },
      { key: 'secret', secret: true, required: true },
    ]);
    expect(spec.fields[0].options?.map((option) => option.value)).toEqual(['api.intercom.io', 'api.eu.intercom.io', 'api.au.intercom.io']);
    expect(spec.fields[0].options?.every((option) => option.label.length > 0)).toBe(true);
    expect(spec).toMatchObject({ tool: 'intercom', displayName: 'Intercom', auth: 'bearer' });
    expect(spec.docsUrl).toMatch(/^https:\/\/developers\.intercom\.com\//);
  });

  test('egress is exactly what manifest.yml declares for Intercom', () => {
    const declared = loadAppManifest(repo).egress.filter((entry) => entry.includes('intercom'));
    expect([...spec.egress].sort()).toEqual([...declared].sort());
  });

  test('every request asks for the API version of the spec file the contract tests use', () => {
    expect(spec.headers).toEqual({ 'Intercom-Version': INTERCOM_API_VERSION });
    const specFile = path.join(process.env.DESKBRIDGE_SPECS ?? path.resolve(repo, '../shared/specs'), `intercom-${INTERCOM_API_VERSION}.api.intercom.io.yaml`);
    if (!fs.existsSync(specFile)) return; // the contract tests say loudly that they were skipped
    // The info block is at the top; parsing the whole 25,000-line file would take seconds.
    const head = fs.readFileSync(specFile, 'utf8').slice(0, 400);
    expect(/^\s+version: '([\d.]+)'/m.exec(head)?.[1]).toBe(INTERCOM_API_VERSION);
  });

  test('messages say what to fix', () => {
    expect(spec.messages.auth).toMatch(/401.*Developer Hub/s);
    expect(spec.messages.noAccount('api.eu.intercom.io')).toContain('api.eu.intercom.io');
    expect(spec.messages.noAccount('api.eu.intercom.io')).toMatch(/region/);
    expect(spec.messages.permission('Lee has no inbox seat')).toContain('Lee has no inbox seat');
    expect(spec.messages.rateLimited(42)).toContain('42 s');
    expect(spec.messages.unavailable).toMatch(/retry/i);
  });
});

describe('normalizeDomain for Intercom', () => {
  test.each([
    ['api.intercom.io', 'api.intercom.io'],
    ['https://api.eu.intercom.io/', 'api.eu.intercom.io'],
    ['  API.AU.INTERCOM.IO ', 'api.au.intercom.io'],
  ])('accepts %j as %s', (typed, host) => {
    expect(normalizeDomain(spec, typed)).toBe(host);
  });

  test.each([
    'http://169.254.169.254',
    '169.254.169.254',
    'evil.com/.intercom.io',
    'acme.intercom.io.evil.com',
    'api.intercom.io.evil.com',
    'acme.intercom.io:8443',
    'api.intercom.io:8443',
    'user@acme.intercom.io',
    'evil.com@api.intercom.io',
    '[::1]',
    'http://[fe80::1]/',
    '::ffff:169.254.169.254',
    'acme.intercom.io',
    'app.intercom.io',
    'api.us.intercom.io',
    'widget.intercom.io',
    'intercom.io',
    'eu',
    'http://api.intercom.io',
    '',
  ])('refuses %j (kind invalid)', (typed) => {
    expect(() => normalizeDomain(spec, typed)).toThrow(expect.objectContaining({ kind: 'invalid' }));
  });
});
