import { csvFileProblem, sizeText } from '../../../static/src/identity/csv-file';
import { accounts, cycleText, emailMatchingText, ERASED_LABELS, LINK_TOOLS, mappedText, progressText, SYNC_STATE_LOOK } from '../../../static/src/identity/identity-format';

describe('identity wording', () => {
  it('offers the connector tools, not JSM, for contacts', () => expect(LINK_TOOLS).toEqual(['freshdesk', 'zendesk', 'intercom', 'servicenow']));

  it('labels every sync state', () => {
    expect(Object.fromEntries(Object.entries(SYNC_STATE_LOOK).map(([state, look]) => [state, look.label]))).toEqual({ never: 'Never', running: 'Running', done: 'Done', failed: 'Failed' });
  });

  it('counts accounts and mapped contacts', () => {
    expect(accounts(1, 'en')).toBe('1 account');
    expect(progressText({ processed: 12_345 }, 'en')).toBe('12,345 accounts read so far');
    expect(mappedText({ byEmail: 2, manual: 1_000 }, 'en')).toBe('1,002 (2 by email, 1,000 manual)');
  });

  it('explains that most sites give no emails, and matching then relies on the map', () => {
    expect(emailMatchingText({ users: 0, withEmail: 0 })).toMatch(/after the first complete sync/);
    expect(emailMatchingText({ users: 50, withEmail: 0 })).toMatch(/as on most sites: .* only through the identity map/);
    expect(emailMatchingText({ users: 50, withEmail: 3 })).toMatch(/relies on the identity map/);
    expect(emailMatchingText({ users: 3, withEmail: 3 })).toMatch(/matched by exact email/);
  });

  it('words the cycle and lists every erasure count once', () => {
    expect(cycleText(7, 'en')).toBe('Every 7 days');
    expect(cycleText(1, 'en')).toBe('Every day');
    expect(ERASED_LABELS.map(({ key }) => key).sort()).toEqual(
      ['closedAccounts', 'connectionsReassigned', 'directoryUsers', 'identityLinks', 'integrationsReassigned', 'logActorsReplaced'].sort(),
    );
  });
});

describe('csv files', () => {
  it('refuses a file over 1 MB or empty, before reading it', () => {
    expect(csvFileProblem({ name: 'big.csv', size: 1_000_001 })).toBe('"big.csv" is larger than 1 MB; split it and import the parts one after another.');
    expect(csvFileProblem({ name: 'empty.csv', size: 0 })).toBe('"empty.csv" is empty.');
    expect(csvFileProblem({ name: 'ok.csv', size: 1_000_000 })).toBeUndefined();
  });

  it('sizes for people', () => {
    expect(sizeText(640)).toBe('640 bytes');
    expect(sizeText(12_400)).toBe('12 KB');
    expect(sizeText(1_000_000)).toBe('1.0 MB');
  });
});
