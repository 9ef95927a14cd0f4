import { decodeCursor, encodeCursor, hasNextPage } from '../../../../src/connectors/freshdesk/cursor';
import { toComment, toCommentRequest, toCreateBody, toPriority, toTicket, toUpdateBody, validationReason } from '../../../../src/connectors/freshdesk/mappers';
import { statusBucket, toStatus, toStatuses } from '../../../../src/connectors/freshdesk/statuses';
import { fixture } from './fixtures';

const DOMAIN = 'acme.freshdesk.com';
const statuses = toStatuses(fixture('list-ticket-fields').response.body);

describe('Freshdesk mappers (against the recorded fixtures)', () => {
  test('a viewed ticket keeps its HTML, names its requester and links to the agent portal', () => {
    const ticket = toTicket(fixture('view-ticket').response.body, DOMAIN);
    expect(ticket).toEqual({
      id: '1',
      subject: 'Printer on the third floor is on fire',
      description: '<div>The printer on the <b>third floor</b> is smoking again.<br>Please send someone.</div>',
      status: { id: '2', name: 'Open', bucket: 'new' },
      priority: 'urgent',
      requester: { id: '43000000201', email: 'casey@customer.example', name: 'Casey Customer' },
      tags: ['hardware', 'urgent-fix'],
      createdAt: '2025-11-17T08:02:11Z',
      updatedAt: '2025-11-17T09:15:40Z',
      url: 'https://acme.freshdesk.com/a/tickets/1',
    });
  });

  test('listed tickets map one to one; custom statuses take their names from the status field', () => {
    const tickets = fixture('list-tickets').response.body.map((raw: any) => toTicket(raw, DOMAIN, statuses));
    expect(tickets.map((ticket: any) => [ticket.id, ticket.status.name, ticket.status.bucket])).toEqual([
      ['1', 'Open', 'new'],
      ['2', 'Pending', 'waiting'],
      ['3', 'Resolved', 'resolved'],
      ['4', 'Closed', 'resolved'],
      ['5', 'Waiting on Customer', 'waiting'],
      ['6', 'Waiting on Third Party', 'in-progress'],
    ]);
    expect(tickets[4].description).toContain('<code>Zoë</code>');
  });

  test('created and updated tickets (no embedded requester) keep the requester id', () => {
    expect(toTicket(fixture('create-ticket').response.body, DOMAIN)).toMatchObject({ id: '7', requester: { id: '43000000201' }, tags: ['deskbridge'], priority: 'high' });
    expect(toTicket(fixture('update-ticket').response.body, DOMAIN).status).toEqual({ id: '4', name: 'Resolved', bucket: 'resolved' });
  });

  test('a custom status unknown to the caller is named by id, and still gets a bucket', () => {
    expect(toTicket({ ...fixture('view-ticket').response.body, status: 12 }, DOMAIN).status).toEqual({ id: '12', name: 'Status 12', bucket: 'in-progress' });
  });

  test('conversations: replies are public, notes private unless marked otherwise; HTML kept', () => {
    const comments = fixture('list-conversations').response.body.map(toComment);
    expect(comments.map((comment: any) => [comment.id, comment.public, comment.authorId])).toEqual([
      ['43000000501', true, '43000000201'],
      ['43000000502', true, '43000000101'],
      ['43000000503', false, '43000000101'],
    ]);
    expect(comments[2].body).toBe('<div>Facilities confirmed: fuser unit failed. <b>Do not</b> promise a replacement date yet.</div>');
    expect(toComment(fixture('create-reply').response.body)).toEqual({
      id: '43000000510',
      ticketId: '1',
      body: '<div>The technician replaced the fuser. You can plug it back in.</div>',
      public: true,
      authorId: '43000000101',
      createdAt: '2025-11-17T15:10:00Z',
    });
    expect(toComment(fixture('create-note').response.body)).toMatchObject({ id: '43000000511', public: false });
  });

  test('the status field gives every status with its bucket, the four defaults always included', () => {
    expect(statuses).toEqual([
      { id: '2', name: 'Open', bucket: 'new' },
      { id: '3', name: 'Pending', bucket: 'waiting' },
      { id: '4', name: 'Resolved', bucket: 'resolved' },
      { id: '5', name: 'Closed', bucket: 'resolved' },
      { id: '6', name: 'Waiting on Customer', bucket: 'waiting' },
      { id: '7', name: 'Waiting on Third Party', bucket: 'in-progress' },
    ]);
    expect(toStatuses([]).map((status) => status.id)).toEqual(['2', '3', '4', '5']);
  });

  test.each([
    [8, 'In Progress', 'in-progress'],
    [9, 'Awaiting customer response', 'waiting'],
    [10, 'On hold for requester', 'waiting'],
    [11, 'Solved – no reply needed', 'resolved'],
    [12, 'Reopened', 'new'],
    [13, 'Escalated to engineering', 'in-progress'],
  ] as const)('custom status %i "%s" → %s', (id, name, bucket) => {
    expect(statusBucket(id, name)).toBe(bucket);
  });

  test('default statuses keep their meaning whatever an account renames them to', () => {
    expect(toStatus(3, 'Awaiting parts')).toEqual({ id: '3', name: 'Awaiting parts', bucket: 'waiting' });
  });

  test('priorities: words and numbers in, unknown ones refused', () => {
    expect(['low', 'Medium', 'normal', 'HIGH', 'urgent', '3'].map(toPriority)).toEqual([1, 2, 2, 3, 4, 3]);
    expect(toPriority('critical')).toBeUndefined();
    expect(toPriority('7')).toBeUndefined();
  });

  test('request bodies are the documented ones', () => {
    expect(toCreateBody({ subject: 'S', description: '<p>D</p>', requesterEmail: 'casey@customer.example', priority: 'high', tags: ['deskbridge'] }, 3)).toEqual({
      subject: 'S',
      description: '<p>D</p>',
      email: 'casey@customer.example',
      status: 2,
      priority: 3,
      source: 2,
      tags: ['deskbridge'],
    });
    expect(toCreateBody({ subject: 'S', description: 'D' }, undefined, 43000000101)).toMatchObject({ requester_id: 43000000101, priority: 1 });
    expect(Object.keys(fixture('create-ticket').request.body as object).sort()).toEqual(
      Object.keys(toCreateBody({ subject: 'S', description: 'D', requesterEmail: 'a@b.example', tags: [] }, 3)).sort(),
    );
    expect(toUpdateBody({ statusId: '4', priority: 'high' }, 3, 4)).toEqual(fixture('update-ticket').request.body);
    expect(toUpdateBody({}, undefined, undefined)).toEqual({});
    expect(toCommentRequest('1', { body: '<div>x</div>', public: true })).toEqual({ path: '/api/v2/tickets/1/reply', body: { body: '<div>x</div>' } });
    expect(toCommentRequest('1', { body: '<div>x</div>', public: false })).toEqual({ path: '/api/v2/tickets/1/notes', body: { body: '<div>x</div>', private: true } });
  });

  test("validation errors become field: message lines from Freshdesk's error body", () => {
    expect(validationReason(fixture('error-validation').response.body)).toBe(
      "requester_id: Please fill at least 1 of requester_id, phone, email, twitter_id, facebook_id, unique_external_id fields; priority: It should be one of these values: '1,2,3,4'",
    );
    expect(validationReason(undefined)).toBe('no reason given');
  });

  test('cursors round-trip, and a foreign cursor is refused as invalid', () => {
    expect(decodeCursor(encodeCursor({ since: '2025-11-01T00:00:00Z', page: 7 }))).toEqual({ since: '2025-11-01T00:00:00Z', page: 7 });
    expect(() => decodeCursor('not-a-cursor')).toThrow(expect.objectContaining({ kind: 'invalid' }));
    expect(() => decodeCursor(encodeCursor({ since: '2025-11-01T00:00:00Z', page: 301 }))).toThrow(expect.objectContaining({ kind: 'invalid' }));
    expect(hasNextPage('<https://acme.freshdesk.com/api/v2/tickets?page=2>; rel="next"')).toBe(true);
    expect(hasNextPage(null)).toBe(false);
  });
});
