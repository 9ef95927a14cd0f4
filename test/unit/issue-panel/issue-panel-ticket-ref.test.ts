/** What an agent can paste in the panel to link a ticket: an id, or the help desk's own URL of it. */
import { checkSameAccount, parseTicketRef } from '../../../src/issue-panel/ticket-ref';

test.each([
  ['42', { ticketId: '42' }],
  ['#42', { ticketId: '42' }],
  ['https://acme.freshdesk.com/a/tickets/42', { ticketId: '42', host: 'acme.freshdesk.com' }],
  ['https://acme.freshdesk.com/helpdesk/tickets/42?x=1', { ticketId: '42', host: 'acme.freshdesk.com' }],
  ['https://deskbridge.zendesk.com/agent/tickets/1001', { ticketId: '1001', host: 'deskbridge.zendesk.com' }],
  ['https://app.intercom.com/a/inbox/abc123/inbox/conversation/215', { ticketId: '215', host: 'app.intercom.com' }],
  ['https://acme.service-now.com/incident.do?sys_id=0123456789abcdef0123456789abcdef', { ticketId: '0123456789abcdef0123456789abcdef', host: 'acme.service-now.com' }],
  [
    'https://acme.service-now.com/nav_to.do?uri=incident.do%3Fsys_id%3D0123456789abcdef0123456789abcdef',
    { ticketId: '0123456789abcdef0123456789abcdef', host: 'acme.service-now.com' },
  ],
])('%s', (input, expected) => {
  expect(parseTicketRef(input)).toEqual(expected);
});

test('text that is neither an id nor a ticket URL is refused with what to enter', () => {
  expect(() => parseTicketRef('the printer one')).toThrow(/ticket id/);
  expect(() => parseTicketRef('https://acme.freshdesk.com/a/dashboard')).toThrow(/can't find a ticket id/);
  expect(() => parseTicketRef('javascript:alert(1)')).toThrow();
});

test('a URL on another account is refused; an id or the same host passes', () => {
  const url = 'https://acme.freshdesk.com/a/tickets/42';
  expect(() => checkSameAccount({ ticketId: '42', host: 'other.freshdesk.com' }, url, 'Freshdesk')).toThrow(/connected to acme.freshdesk.com/);
  expect(() => checkSameAccount({ ticketId: '42', host: 'acme.freshdesk.com' }, url, 'Freshdesk')).not.toThrow();
  expect(() => checkSameAccount({ ticketId: '42' }, url, 'Freshdesk')).not.toThrow();
});
