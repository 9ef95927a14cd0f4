/** The notifications editor: trigger values, new rules, and the preview rendered as it will be sent. */
import type { NotificationOptions } from '../../../src/notifications/notification-rules';
import { newRule, newRuleId, parseTrigger, previewOf, triggerOptions, triggerValue } from '../../../static/src/notifications/notification-draft';

const options: NotificationOptions = {
  jiraStatuses: [
    { id: '10020', name: 'To Do' },
    { id: '10021', name: 'Done' },
  ],
  ticketStatuses: [{ id: '4', name: 'Resolved' }],
};

test('each trigger is one select value, both ways', () => {
  for (const when of [{ kind: 'status', statusId: '10021' } as const, { kind: 'field', field: 'fixVersions' } as const, { kind: 'field', field: 'assignee' } as const]) {
    expect(parseTrigger(triggerValue(when))).toEqual(when);
  }
  expect(parseTrigger('field:labels')).toBeUndefined();
  expect(triggerOptions(options).map((option) => option.label)).toEqual(['The issue moves to To Do', 'The issue moves to Done', 'A fix version is added', 'The issue is assigned']);
});

test('a new rule gets a fresh id and starts from Done', () => {
  const first = newRule([], options);
  expect(first).toMatchObject({ id: 'rule-1', when: { kind: 'status', statusId: '10021' }, visibility: 'public' });
  expect(newRuleId([first, { ...first, id: 'rule-2' }])).toBe('rule-3');
});

test('the preview fills the placeholders with an example issue of the project', () => {
  const rule = { id: 'r', when: { kind: 'field', field: 'fixVersions' } as const, visibility: 'private' as const, template: '{issue.key} ships in {fixVersion}: {issue.url}' };
  expect(previewOf(rule, options, 'https://acme.atlassian.net/', 'ENG')).toBe('ENG-123 ships in 2.4.1: https://acme.atlassian.net/browse/ENG-123');
  expect(previewOf({ ...rule, when: { kind: 'status', statusId: '10021' }, template: 'Now {issue.status}' }, options, '', 'ENG')).toBe('Now Done');
});
