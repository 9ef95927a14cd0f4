import {
  actionLabel,
  connectionActions,
  inSentence,
  relativeTime,
  secretLabelOf,
  secretSummary,
  STATUS_LOOK,
  usedByText,
  verifiedText,
} from '../../../static/src/connections/connection-format';
import type { ConnectorSpecView } from '../../../src/shared/connections';

const NOW = Date.parse('2025-06-03T12:00:00Z');
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();

describe('STATUS_LOOK', () => {
  it('shows Connected green, Disconnected grey and Error red', () => {
    expect(STATUS_LOOK.connected).toEqual({ label: 'Connected', appearance: 'success' });
    expect(STATUS_LOOK.disconnected).toEqual({ label: 'Disconnected', appearance: 'default' });
    expect(STATUS_LOOK.error).toEqual({ label: 'Error', appearance: 'removed' });
  });
});

describe('relativeTime', () => {
  it.each([
    [10, 'just now'],
    [50, '1 minute ago'],
    [5 * 60, '5 minutes ago'],
    [3 * 3600 + 59 * 60, '3 hours ago'],
    [86_400 + 3600, 'yesterday'],
    [3 * 86_400, '3 days ago'],
  ])('%i s ago reads "%s"', (seconds, text) => expect(relativeTime(ago(seconds), NOW, 'en')).toBe(text));

  it('leaves a week or more to a date, and a broken time to the caller', () => {
    expect(relativeTime(ago(7 * 86_400), NOW, 'en')).toBeUndefined();
    expect(relativeTime('not a time', NOW, 'en')).toBeUndefined();
  });

  it('treats a moment slightly in the future (clock skew) as just now', () => {
    expect(relativeTime(new Date(NOW + 5000).toISOString(), NOW, 'en')).toBe('just now');
  });

  it('falls back to the day for older checks', () => {
    expect(verifiedText('2025-05-01T09:00:00Z', NOW, 'en-GB')).toBe('1 May 2025');
  });
});

describe('the key cell', () => {
  it('says a key is set and since when, never more', () => {
    expect(secretSummary('API key', '3 Jun 2025')).toBe('API key •••• set on 3 Jun 2025');
    expect(secretSummary('API key', undefined)).toBe('No API key stored');
    expect(secretSummary('Access token', undefined)).toBe('No access token stored');
  });

  it("names the secret as the connector does, with 'API key' when the spec is not loaded", () => {
    const spec = { fields: [{ key: 'secret', label: 'Password', secret: true, required: true, help: '' }] } as unknown as ConnectorSpecView;
    expect(secretLabelOf(spec)).toBe('Password');
    expect(secretLabelOf(undefined)).toBe('API key');
  });

  it('keeps acronyms inside a sentence', () => {
    expect(inSentence('API token')).toBe('API token');
    expect(inSentence('Password')).toBe('password');
  });
});

describe('row actions', () => {
  it('offers every action on a connection that has a key', () => {
    for (const status of ['connected', 'error'] as const) {
      expect(connectionActions({ status })).toEqual(['verify', 'rotate', 'rename', 'disconnect', 'delete']);
    }
    expect(actionLabel('rotate', { status: 'connected' })).toBe('Rotate key');
  });

  it('offers to reconnect a disconnected connection instead of re-verifying or disconnecting it', () => {
    expect(connectionActions({ status: 'disconnected' })).toEqual(['rotate', 'rename', 'delete']);
    expect(actionLabel('rotate', { status: 'disconnected' })).toBe('Reconnect');
  });

  it('lists the integrations using a connection by name', () => {
    expect(usedByText({ usedBy: [] })).toBe('Not used yet');
    expect(usedByText({ usedBy: [{ id: '1', name: 'Acme → SUP' }, { id: '2', name: 'VIP' }] })).toBe('Acme → SUP, VIP');
  });
});
