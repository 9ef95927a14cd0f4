import { connectFormErrors, refusalTitle, toCreatePayload } from '../../../static/src/connections/connect-form-model';
import type { ConnectorSpecView, FieldSpec } from '../../../src/shared/connections';

const field = (key: FieldSpec['key'], extra: Partial<FieldSpec> = {}): FieldSpec => ({ key, label: key, secret: key === 'secret', required: true, help: '', ...extra });
const spec = (tool: ConnectorSpecView['tool'], fields: FieldSpec[]): ConnectorSpecView => ({ tool, displayName: tool, docsUrl: 'https://example.com', domainExample: 'acme.example.com', fields });

const freshdesk = spec('freshdesk', [field('domain'), field('secret')]);
const zendesk = spec('zendesk', [field('domain'), field('username'), field('secret')]);
const intercom = spec('intercom', [field('domain', { options: [{ value: 'api.intercom.io', label: 'United States' }] }), field('secret')]);

describe('toCreatePayload', () => {
  it('sends only the fields of the connector, as typed', () => {
    expect(toCreatePayload(freshdesk, { domain: ' acme ', secret: 'k', name: '', username: 'ignored' })).toEqual({ tool: 'freshdesk', name: '', domain: ' acme ', secret: 'k' });
    expect(toCreatePayload(zendesk, { domain: 'acme', username: 'a@b.c', secret: 't', name: 'Z' })).toEqual({ tool: 'zendesk', name: 'Z', domain: 'acme', username: 'a@b.c', secret: 't' });
  });

  it('sends a select answer as its value, and empty strings for untouched fields', () => {
    expect(toCreatePayload(intercom, { domain: { value: 'api.intercom.io', label: 'United States' } })).toEqual({ tool: 'intercom', name: '', domain: 'api.intercom.io', secret: '' });
    expect(toCreatePayload(zendesk, {})).toMatchObject({ domain: '', username: '', secret: '' });
  });
});

describe('connectFormErrors', () => {
  it('puts invalid parts under the fields of this connector and the rest above the button', () => {
    const errors = connectFormErrors(freshdesk, { kind: 'invalid', message: 'domain: Not a Freshdesk address.; username: Enter the agent email.' });
    expect(errors.fields).toEqual({ domain: 'Not a Freshdesk address.' });
    expect(errors.form).toEqual({ kind: 'invalid', message: 'username: Enter the agent email.' });
  });

  it("keeps a help desk's refusal whole, for the form", () => {
    const refusal = { kind: 'auth' as const, message: 'The API key was rejected by Freshdesk (401).' };
    expect(connectFormErrors(freshdesk, refusal)).toEqual({ fields: {}, form: refusal });
    expect(connectFormErrors(freshdesk, null)).toEqual({ fields: {} });
  });
});

describe('refusalTitle', () => {
  it('says what did not happen instead of blaming Jira', () => {
    const auth = { kind: 'auth' as const, message: 'x' };
    expect(refusalTitle(auth, 'connect', 'Freshdesk')).toBe("Couldn't connect to Freshdesk");
    expect(refusalTitle(auth, 'reconnect', 'Zendesk')).toBe("Couldn't reconnect to Zendesk");
    expect(refusalTitle(auth, 'rotate', 'Zendesk')).toBe('The key was not replaced');
  });

  it('keeps the usual title for invalid input, and none without an error', () => {
    expect(refusalTitle({ kind: 'invalid', message: 'x' }, 'connect', 'Freshdesk')).toBeUndefined();
    expect(refusalTitle(null, 'connect', 'Freshdesk')).toBeUndefined();
  });
});
