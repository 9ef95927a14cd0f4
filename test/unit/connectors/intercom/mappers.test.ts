import { rateLimitWait } from '../../../../src/connectors/intercom/intercom-request';
import { conversationUrl, htmlToText, INTERCOM_STATUSES, statusOf, subjectOf, toComments, toTicket, toVerifiedAccount } from '../../../../src/connectors/intercom/mappers';
import type { IntercomConversation, IntercomConversationList, IntercomMe } from '../../../../src/connectors/intercom/vendor-types';
import identifyAdmin from '../../../fixtures/intercom/identify-admin.json';
import manageConversation from '../../../fixtures/intercom/manage-conversation.json';
import replyConversation from '../../../fixtures/intercom/reply-conversation.json';
import retrieveConversation from '../../../fixtures/intercom/retrieve-conversation.json';
import searchConversations from '../../../fixtures/intercom/search-conversations.json';
import updateConversation from '../../../fixtures/intercom/update-conversation.json';

const as = <T>(fixture: unknown) => fixture as T;
const workspace = { appIdCode: 'this_is_an_id1_that_should_be_at_least_40', region: 'US' };
const base: IntercomConversation = { id: '1', created_at: 1767225600, updated_at: 1767225600, state: 'open' };

describe('toTicket', () => {
  test('a retrieved conversation: title, HTML source, status, priority, requester, tags, times, inbox link', () => {
    expect(toTicket(as<IntercomConversation>(retrieveConversation), workspace)).toEqual({
      id: '503',
      subject: 'Order arrived damaged',
      description: '<p>My order <b>#4411</b> arrived damaged.</p>',
      status: { id: 'open', name: 'Open, waiting for a teammate', bucket: 'in-progress' },
      priority: 'high',
      requester: { id: '6762f1261bb69f9f2193bba7', email: 'joe@bloggs.com', name: 'Joe Bloggs' },
      tags: ['Test tag'],
      createdAt: '2024-12-18T15:58:31.000Z',
      updatedAt: '2024-12-18T15:58:31.000Z',
      url: 'https://app.intercom.com/a/inbox/this_is_an_id1_that_should_be_at_least_40/inbox/conversation/503',
    });
  });

  test('searched conversations (no parts): an untitled one is named by its first message; an admin-started one has only the contact id', () => {
    const [closed, snoozed] = as<IntercomConversationList>(searchConversations).conversations.map((conversation) => toTicket(conversation, workspace));
    expect(closed).toMatchObject({ id: '515', subject: 'this is the message body', status: { id: 'closed', bucket: 'resolved' }, priority: 'normal', requester: { id: '6762f14a1bb69f9f2193bbb3' } });
    expect(closed.requester).toEqual({ id: '6762f14a1bb69f9f2193bbb3' });
    expect(snoozed).toMatchObject({ id: '516', subject: 'Snoozed until Monday', status: { id: 'snoozed', bucket: 'waiting' } });
  });

  test('an updated conversation carries the title the update set', () => {
    expect(toTicket(as<IntercomConversation>(updateConversation), workspace).subject).toBe('new conversation title');
  });

  test('a managed (closed) conversation is resolved', () => {
    expect(toTicket(as<IntercomConversation>(manageConversation), workspace).status).toEqual({ id: 'closed', name: 'Closed', bucket: 'resolved' });
  });
});

describe('statusOf: state and waiting_since to the four buckets', () => {
  test.each([
    ['closed', { state: 'closed' }, 'closed', 'resolved'],
    ['snoozed', { state: 'snoozed', snoozed_until: 1767312000 }, 'snoozed', 'waiting'],
    ['open, a teammate replied last (waiting_since null)', { waiting_since: null }, 'open', 'waiting'],
    ['open, never answered', { waiting_since: 1767225600, statistics: { first_admin_reply_at: null } }, 'open', 'new'],
    ['open, reopened after a close and not answered since', { waiting_since: 1767229200, statistics: { first_admin_reply_at: 1767225700, last_admin_reply_at: 1767225700, last_close_at: 1767226000 } }, 'open', 'new'],
    ['open, customer waiting after an answer', { waiting_since: 1767229200, statistics: { first_admin_reply_at: 1767225700, last_admin_reply_at: 1767225700 } }, 'open', 'in-progress'],
    ['open, customer waiting, no statistics', { waiting_since: 1767229200, statistics: null }, 'open', 'in-progress'],
  ] as const)('%s', (_, fields, id, bucket) => {
    expect(statusOf({ ...base, ...(fields as Partial<IntercomConversation>) })).toMatchObject({ id, bucket });
  });

  test('every status a ticket can show is one updateTicket accepts', () => {
    expect(INTERCOM_STATUSES.map((status) => status.id)).toEqual(['open', 'snoozed', 'closed']);
    expect(new Set(INTERCOM_STATUSES.map((status) => status.bucket))).toEqual(new Set(['in-progress', 'waiting', 'resolved']));
  });
});

describe('toComments', () => {
  test('replies are public, notes private, workflow events left out; HTML kept', () => {
    expect(toComments(as<IntercomConversation>(retrieveConversation))).toEqual([
      { id: '1', ticketId: '503', body: '<p>Okay!</p>', public: true, authorId: '274', createdAt: '2022-09-19T14:20:23.000Z' },
      { id: '5', ticketId: '503', body: '<p>Customer is a <i>VIP</i>: refund without questions.</p>', public: false, authorId: '274', createdAt: '2022-09-19T14:20:40.000Z' },
      { id: '6', ticketId: '503', body: '<p>Any news on the refund?</p>', public: true, authorId: '6762f1261bb69f9f2193bba7', createdAt: '2022-09-19T14:21:00.000Z' },
    ]);
  });

  test('an admin note from a reply answer, and a closing message from a manage answer', () => {
    const [note] = toComments(as<IntercomConversation>(replyConversation));
    expect(note).toMatchObject({ id: '133', public: false, authorId: '991267696' });
    expect(note.body).toContain('<h2>An Unordered HTML List</h2>');
    expect(toComments(as<IntercomConversation>(manageConversation))).toEqual([expect.objectContaining({ id: '136', body: '<p>Goodbye :)</p>', public: true })]);
  });

  test('a customer reply that reopened a conversation (part_type open, with a body) is a public comment; a bare open is not', () => {
    const parts = [
      { id: '1', part_type: 'open', body: '<p>Still broken</p>', created_at: 1767225600, author: { type: 'user', id: 'c1' } },
      { id: '2', part_type: 'open', body: null, created_at: 1767225601, author: { type: 'admin', id: 'a1' } },
      { id: '3', part_type: 'snoozed', body: null, created_at: 1767225602, author: { type: 'admin', id: 'a1' } },
    ];
    expect(toComments({ ...base, conversation_parts: { conversation_parts: parts } }).map((comment) => [comment.id, comment.public])).toEqual([['1', true]]);
  });
});

describe('small translations', () => {
  test('the verified account names the workspace, its id and the host; the agent by name', () => {
    expect(toVerifiedAccount(as<IntercomMe>(identifyAdmin), 'api.intercom.io')).toEqual({
      account: 'MyApp 1 (this_is_an_id1_that_should_be_at_least_40, api.intercom.io)',
      agentName: 'Ciaran1 Lee',
    });
  });

  test('inbox links follow the workspace region', () => {
    expect(conversationUrl({ appIdCode: 'abc', region: 'EU' }, '7')).toBe('https://app.eu.intercom.com/a/inbox/abc/inbox/conversation/7');
    expect(conversationUrl({ appIdCode: 'abc', region: 'AU' }, '7')).toBe('https://app.au.intercom.com/a/inbox/abc/inbox/conversation/7');
    expect(conversationUrl({ appIdCode: 'abc' }, '7')).toBe('https://app.intercom.com/a/inbox/abc/inbox/conversation/7');
  });

  test('HTML to the plain text a new conversation takes', () => {
    expect(htmlToText('<p>Tom &amp; Jerry &lt;3</p><p>line<br>break</p>')).toBe('Tom & Jerry <3\nline\nbreak');
  });

  test('a subject from the title, else the email subject, else the start of the first message', () => {
    expect(subjectOf({ ...base, title: null, source: { subject: '<b>Re: refund</b>', body: '<p>x</p>' } })).toBe('Re: refund');
    expect(subjectOf({ ...base, source: { subject: '', body: `<p>${'word '.repeat(30)}</p>` } })).toMatch(/^word word .*…$/);
    expect(subjectOf({ ...base })).toBe('Conversation 1');
  });

  test('how long to wait after a 429: Retry-After, else until X-RateLimit-Reset, at least a second', () => {
    const now = 1_767_225_600_000;
    expect(rateLimitWait('42', '1767225700', now)).toBe(42);
    expect(rateLimitWait(null, '1767225607', now)).toBe(7);
    expect(rateLimitWait(null, '1767225500', now)).toBe(1);
    expect(rateLimitWait(null, null, now)).toBe(10);
  });
});
