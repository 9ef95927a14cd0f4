/**
 * The notification rules' pure parts, shared by the consumer and the editor's preview: which
 * changelog items fire which rule, and how templates render and are checked.
 */
import { matchingRules, renderTemplate, unknownPlaceholders, type NotificationSettings } from '../../../src/notifications/notification-rules';

const settings: NotificationSettings = {
  enabled: true,
  rules: [
    { id: 'done', when: { kind: 'status', statusId: '10021' }, visibility: 'public', template: '{issue.key} is {issue.status}' },
    { id: 'waiting', when: { kind: 'status', statusId: '10011' }, visibility: 'public', template: 'We need you: {issue.url}' },
    { id: 'release', when: { kind: 'field', field: 'fixVersions' }, visibility: 'private', template: 'In {fixVersion}' },
    { id: 'owner', when: { kind: 'field', field: 'assignee' }, visibility: 'private', template: '{issue.key} has an owner' },
  ],
};

const status = (to: string) => ({ field: 'status', fieldId: 'status', from: '3', fromString: 'In Progress', to, toString: 'Done' });

test('a transition fires the rule of the status it moves into, and only that one', () => {
  expect(matchingRules(settings, [status('10021')]).map(({ rule }) => rule.id)).toEqual(['done']);
  expect(matchingRules(settings, [status('3')])).toEqual([]);
});

test('a fix version added fires; taken off does not; an assignee set fires, removed does not', () => {
  const added = { field: 'Fix Version', fieldId: 'fixVersions', from: null, fromString: null, to: '10000', toString: '2.4.1' };
  const removed = { ...added, from: '10000', fromString: '2.4.1', to: null, toString: null };
  expect(matchingRules(settings, [added])).toEqual([{ rule: settings.rules[2], item: added }]);
  expect(matchingRules(settings, [removed])).toEqual([]);
  expect(matchingRules(settings, [{ field: 'assignee', fieldId: 'assignee', from: null, to: 'acc-1', toString: 'Someone' }]).map(({ rule }) => rule.id)).toEqual(['owner']);
  expect(matchingRules(settings, [{ field: 'assignee', fieldId: 'assignee', from: 'acc-1', to: null, toString: null }])).toEqual([]);
});

test('one change can fire several rules; switched off, none', () => {
  const items = [status('10021'), { field: 'Fix Version', fieldId: 'fixVersions', to: '10000', toString: '2.4.1' }];
  expect(matchingRules(settings, items).map(({ rule }) => rule.id)).toEqual(['done', 'release']);
  expect(matchingRules({ ...settings, enabled: false }, items)).toEqual([]);
});

test('templates fill known placeholders, say (none) for a missing value, and leave other braces alone', () => {
  expect(renderTemplate('{issue.key} is {issue.status}: {issue.url}', { 'issue.key': 'ENG-7', 'issue.status': 'Done', 'issue.url': 'https://x/browse/ENG-7' })).toBe(
    'ENG-7 is Done: https://x/browse/ENG-7',
  );
  expect(renderTemplate('In {fixVersion}', {})).toBe('In (none)');
  expect(renderTemplate('Use {curly} braces', {})).toBe('Use {curly} braces');
  expect(unknownPlaceholders('{issue.key} {issue.keys} {fixversion} {fixVersion}')).toEqual(['issue.keys', 'fixversion']);
});
