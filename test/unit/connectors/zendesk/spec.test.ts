/** The declarative part: form fields, the hosts credentials may go to, the messages people read. */
import { loadAppManifest } from '../../../../local/runtime/app-manifest';
import { matchesEgress } from '../../../../local/runtime/egress';
import { normalizeDomain } from '../../../../src/connectors/domain';
import { zendesk } from '../../../../src/connectors/zendesk';
import { repoRoot } from '../../../support/local-app';

const spec = zendesk.spec;

test('the form asks for the address, the agent email and the API token; only the token is secret', () => {
  expect(spec.fields.map((field) => [field.key, field.secret, field.required])).toEqual([
    ['domain', false, true],
    ['username', false, true],
    ['secret', true, true],
  ]);
  expect(spec.auth).toBe('basic-email-token');
  expect(spec.docsUrl).toMatch(/^https:\/\/developer\.zendesk\.com\//);
});

test("egress is exactly the manifest's Zendesk entry, and covers every host the domain pattern accepts", () => {
  const manifest = loadAppManifest(repoRoot);
  expect(spec.egress).toEqual(manifest.egress.filter((entry) => entry.includes('zendesk')));
  expect(matchesEgress(normalizeDomain(spec, 'acme'), spec.egress[0])).toBe(true);
});

test.each([
  ['acme', 'acme.zendesk.com'],
  ['ACME.zendesk.com', 'acme.zendesk.com'],
  ['https://acme-support.zendesk.com/', 'acme-support.zendesk.com'],
  ['  d3v.zendesk.com ', 'd3v.zendesk.com'],
])('"%s" is the account %s', (typed, host) => {
  expect(normalizeDomain(spec, typed)).toBe(host);
});

test.each([
  'http://169.254.169.254',
  '169.254.169.254',
  'evil.com/.zendesk.com',
  'acme.zendesk.com.evil.com',
  'acme.zendesk.com:8443',
  'user@acme.zendesk.com',
  '[::1]',
  '[fd00:ec2::254]',
  'http://acme.zendesk.com',
  'a.b.zendesk.com',
  '-acme.zendesk.com',
  'zendesk.com',
  'acme.zendesk.co',
  'support.acme.com',
])('"%s" is refused before any request (kind invalid)', (typed) => {
  expect(() => normalizeDomain(spec, typed)).toThrow(expect.objectContaining({ kind: 'invalid', message: expect.stringContaining('acme.zendesk.com') }));
});

test('messages say what to fix', () => {
  expect(spec.messages.auth).toMatch(/401.*token/);
  expect(spec.messages.noAccount('nope.zendesk.com')).toBe('No Zendesk account at nope.zendesk.com. Check the subdomain: it is the part before .zendesk.com in the address you sign in at.');
  expect(spec.messages.permission('Erin is a customer')).toContain('needs: Erin is a customer. Use the email of a Zendesk admin');
  expect(spec.messages.permission('You do not have access to this page.')).toContain('this page. Use');
  expect(spec.messages.rateLimited(42)).toBe('Zendesk is rate limiting this account; try again in 42 s.');
  expect(spec.messages.unavailable).toMatch(/try again/i);
});
