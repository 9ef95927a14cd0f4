import fs from 'node:fs';
import path from 'node:path';
import { loadAppManifest } from '../../../../local/runtime/app-manifest';
import { normalizeDomain } from '../../../../src/connectors/domain';
import { freshdeskSpec as spec } from '../../../../src/connectors/freshdesk/spec';

describe('Freshdesk spec', () => {
  test.each([
    ['acme', 'acme.freshdesk.com'],
    ['acme.freshdesk.com', 'acme.freshdesk.com'],
    ['  https://Acme-Support.freshdesk.com/ ', 'acme-support.freshdesk.com'],
  ])('"%s" is the account %s', (typed, host) => {
    expect(normalizeDomain(spec, typed)).toBe(host);
  });

  test.each([
    'http://169.254.169.254',
    '169.254.169.254',
    'evil.com/.freshdesk.com',
    'acme.freshdesk.com.evil.com',
    'acme.freshdesk.com:8443',
    'user@acme.freshdesk.com',
    '[::1]',
    '::ffff:169.254.169.254',
    'http://acme.freshdesk.com',
    'freshdesk.com',
    'a.b.freshdesk.com',
    'acme.freshservice.com',
    '-acme.freshdesk.com',
    '',
  ])('"%s" is refused as invalid', (typed) => {
    expect(() => normalizeDomain(spec, typed)).toThrow(expect.objectContaining({ kind: 'invalid' }));
  });

  test("the egress entries are exactly the manifest's Freshdesk entries", () => {
    const declared = loadAppManifest(path.resolve(__dirname, '../../../..')).egress.filter((entry) => entry.includes('freshdesk'));
    expect(spec.egress).toEqual(declared);
  });

  test('only the API key is secret; the form asks for the domain and the key', () => {
    expect(spec.fields.map((field) => [field.key, field.secret, field.required])).toEqual([
      ['domain', false, true],
      ['secret', true, true],
    ]);
    expect(spec.auth).toBe('basic-key-as-username');
  });

  test('messages say what to fix', () => {
    expect(spec.messages.auth).toBe('The API key was rejected by Freshdesk (401). Copy it again from Profile settings → View API key, and check that its agent is still active.');
    expect(spec.messages.noAccount('acme.freshdesk.com')).toMatch(/^No Freshdesk account at acme\.freshdesk\.com\./);
    expect(spec.messages.rateLimited(42)).toMatch(/^Freshdesk is rate limiting this key; try again in 42 s\./);
    expect(spec.messages.permission('You are not authorized to perform this action.')).toMatch(/^The key works but its agent lacks admin permissions: You are not authorized to perform this action\. In Freshdesk/);
  });
});
