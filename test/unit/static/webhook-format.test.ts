import type { WebhookSetupView } from '../../../src/shared/sync-links';
import { headerLine, isCodeStep, revealedSecret, webhookOffers, webhookStatus } from '../../../static/src/webhook-setup/webhook-format';

const PLACEHOLDER = '<the secret Deskbridge shows once when you generate it>';
const view = (overrides: Partial<WebhookSetupView>): WebhookSetupView => ({
  url: 'https://example.invalid/x1/helpdesk-webhook/abc',
  scheme: 'secret-header',
  registered: false,
  hasSecret: false,
  instructions: { steps: ['Paste it.'], url: 'https://example.invalid/x1/helpdesk-webhook/abc', method: 'POST', headers: [{ name: 'X-Deskbridge-Secret', value: PLACEHOLDER }], payloadTemplate: '{}' },
  ...overrides,
});

describe('what the Webhook view offers, by tool', () => {
  it('Freshdesk and ServiceNow: generate a secret header, nothing to register', () => {
    for (const tool of ['freshdesk', 'servicenow'] as const) {
      expect(webhookOffers(tool, view({}))).toEqual({ setUp: false, generateSecret: true, signingSecret: undefined });
    }
  });

  it('Intercom: paste the app client secret', () => {
    const offers = webhookOffers('intercom', view({ scheme: 'vendor-signature' }));
    expect(offers).toMatchObject({ setUp: false, generateSecret: false, signingSecret: { label: 'Intercom app client secret' } });
  });

  it('Zendesk: set it up by API; the signing secret field only until it is registered', () => {
    expect(webhookOffers('zendesk', view({ scheme: 'vendor-signature' }))).toMatchObject({ setUp: true, generateSecret: false, signingSecret: { label: 'Zendesk webhook signing secret' } });
    expect(webhookOffers('zendesk', view({ scheme: 'vendor-signature', registered: true, instructions: undefined }))).toEqual({ setUp: false, generateSecret: false, signingSecret: undefined });
  });
});

describe('what the Webhook view says', () => {
  it('a registered webhook needs nothing pasted', () => {
    expect(webhookStatus('zendesk', view({ scheme: 'vendor-signature', registered: true, hasSecret: true }))).toMatchObject({ state: 'registered', appearance: 'success', title: 'Registered in Zendesk' });
  });

  it('a secret-header tool without a secret asks for one first, and says the poll still runs', () => {
    const status = webhookStatus('freshdesk', view({}));
    expect(status).toMatchObject({ state: 'needs-secret', appearance: 'warning' });
    expect(status.text).toContain('five-minute poll');
  });

  it('with a secret set: paste it; a lost secret means a new one', () => {
    const status = webhookStatus('freshdesk', view({ hasSecret: true }));
    expect(status).toMatchObject({ state: 'paste', title: 'Paste the webhook into Freshdesk' });
    expect(status.text).toContain('cannot show it again');
  });

  it('Intercom without its signing secret refuses every notification until it is pasted', () => {
    expect(webhookStatus('intercom', view({ scheme: 'vendor-signature' })).text).toContain('refuses every notification');
    expect(webhookStatus('intercom', view({ scheme: 'vendor-signature', hasSecret: true })).state).toBe('paste');
  });
});

describe('pieces of the instructions', () => {
  it('shows a header as it is pasted', () => expect(headerLine({ name: 'X-Deskbridge-Secret', value: 's3cr3t' })).toBe('X-Deskbridge-Secret: s3cr3t'));

  it('shows a script over several lines as code', () => {
    expect(isCodeStep('(function () {\n  run();\n})();')).toBe(true);
    expect(isCodeStep('Open Admin → Automations.')).toBe(false);
  });

  it('finds the generated secret only in an answer that carries it, never the placeholder', () => {
    expect(revealedSecret(null)).toBeUndefined();
    expect(revealedSecret(view({}))).toBeUndefined();
    const generated = view({ instructions: { ...view({}).instructions!, headers: [{ name: 'X-Deskbridge-Secret', value: 'abc123' }] } });
    expect(revealedSecret(generated)).toEqual({ name: 'X-Deskbridge-Secret', value: 'abc123' });
  });
});
