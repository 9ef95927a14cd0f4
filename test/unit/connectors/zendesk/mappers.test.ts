/** Zendesk JSON ↔ Deskbridge tickets and comments, against the recorded fixtures (one per operation). */
import {
  commentFromAudit,
  describeZendeskError,
  judgeCurrentUser,
  plainTextToHtml,
  toComment,
  toCommentInput,
  toNewTicketInput,
  toStatus,
  toTicket,
  toTicketPatchInput,
  ZENDESK_STATUSES,
} from '../../../../src/connectors/zendesk/mappers';
import addComment from '../../../fixtures/zendesk/add-comment.json';
import createTicket from '../../../fixtures/zendesk/create-ticket.json';
import errors from '../../../fixtures/zendesk/error-responses.json';
import exportPage from '../../../fixtures/zendesk/incremental-ticket-export-cursor.json';
import comments from '../../../fixtures/zendesk/list-ticket-comments.json';
import anonymous from '../../../fixtures/zendesk/show-current-user-anonymous.json';
import currentUser from '../../../fixtures/zendesk/show-current-user.json';
import showTicket from '../../../fixtures/zendesk/show-ticket.json';
import updateTicket from '../../../fixtures/zendesk/update-ticket.json';

const domain = 'deskbridge.zendesk.com';

describe('tickets', () => {
  test('a shown ticket: ids as strings, plain description as HTML, agent URL, nulls dropped', () => {
    expect(toTicket(showTicket.response.body.ticket as never, domain)).toEqual({
      id: '102',
      subject: 'Invoice shows the wrong VAT number',
      description: '<p>Our invoice INV-2025-0113 shows VAT number DE123 instead of DE999888777. Please correct it.</p>',
      status: { id: 'open', name: 'Open', bucket: 'in-progress' },
      priority: 'normal',
      requester: { id: '9000005' },
      tags: ['billing', 'invoice'],
      createdAt: '2025-03-03T10:00:00Z',
      updatedAt: '2025-03-03T13:30:00Z',
      url: 'https://deskbridge.zendesk.com/agent/tickets/102',
    });
  });

  test('an exported ticket without a priority has none; every system status lands in its bucket', () => {
    const tickets = exportPage.response.body.tickets.map((ticket) => toTicket(ticket as never, domain));
    const onHold = tickets.find((ticket) => ticket.id === '104')!;
    expect(onHold).not.toHaveProperty('priority');
    expect(Object.fromEntries(tickets.map((ticket) => [ticket.status.id, ticket.status.bucket]))).toEqual({
      deleted: 'in-progress',
      closed: 'resolved',
      solved: 'resolved',
      hold: 'in-progress',
      pending: 'waiting',
      open: 'in-progress',
      new: 'new',
    });
  });

  test('created and updated tickets map from the write answers', () => {
    const created = toTicket(createTicket.response.body.ticket as never, domain);
    expect(created).toMatchObject({ id: '108', subject: 'Printer on fire', status: { bucket: 'new' }, priority: 'urgent', tags: ['hardware', 'from_jira'] });
    const updated = toTicket(updateTicket.response.body.ticket as never, domain);
    expect(updated).toMatchObject({ id: '103', status: { id: 'open' }, priority: 'high', subject: 'Export to CSV times out for large reports' });
  });

  test('plain text becomes escaped HTML paragraphs', () => {
    expect(plainTextToHtml('a < b & c\nnext line\n\nsecond "para"')).toBe('<p>a &lt; b &amp; c<br>next line</p><p>second &quot;para&quot;</p>');
    expect(plainTextToHtml('')).toBe('');
  });
});

describe('comments', () => {
  test('listed comments keep Zendesk HTML as HTML, public and private alike', () => {
    const mapped = comments.response.body.comments.map((comment) => toComment(comment as never, '102'));
    expect(mapped.map((comment) => [comment.id, comment.public, comment.authorId])).toEqual([
      ['7002', true, '9000005'],
      ['7003', false, '9000002'],
      ['7004', true, '9000002'],
    ]);
    expect(mapped[2].body).toBe('<div class="zd-comment" dir="auto"><p dir="auto">Thanks Priya, we are reissuing the invoice with the <strong>correct</strong> VAT number.</p></div>');
    expect(mapped[0]).toMatchObject({ ticketId: '102', createdAt: '2025-03-03T10:00:00Z' });
  });

  test('a comment without html_body is escaped from its plain body', () => {
    expect(toComment({ id: 1, body: '<b>not html</b>', public: true }, '9').body).toBe('<p>&lt;b&gt;not html&lt;/b&gt;</p>');
  });

  test('the comment an update added comes from its audit', () => {
    expect(commentFromAudit(addComment.response.body.audit as never)).toEqual({
      id: '7015',
      ticketId: '102',
      body: '<div class="zd-comment" dir="auto"><p>Jira issue <a href="https://acme.atlassian.net/browse/FIN-12">FIN-12</a> tracks the fix.</p></div>',
      public: false,
      authorId: '9000001',
      createdAt: '2025-03-05T09:30:00Z',
    });
    expect(commentFromAudit(updateTicket.response.body.audit as never)).toBeUndefined();
  });
});

describe('requests', () => {
  test('a new ticket is the recorded Create Ticket body', () => {
    const input = toNewTicketInput({
      subject: 'Printer on fire',
      description: '<p>The printer on floor 2 is <strong>smoking</strong>.</p>',
      requesterEmail: 'dana@customer.example',
      priority: 'Urgent',
      tags: ['hardware', 'from jira'],
    });
    expect({ ticket: input }).toEqual(createTicket.request.body);
  });

  test('a patch is the recorded Update Ticket body; description is left out (Zendesk cannot edit it)', () => {
    expect({ ticket: toTicketPatchInput({ statusId: 'open', priority: 'high', subject: 'Export to CSV times out for large reports', description: 'ignored' }) }).toEqual(
      updateTicket.request.body,
    );
    expect(toTicketPatchInput({ priority: 'medium' })).toEqual({ priority: 'normal' });
  });

  test('a comment is an update carrying html_body and public', () => {
    const body = addComment.request.body.ticket.comment;
    expect({ ticket: toCommentInput({ body: body.html_body, public: false }) }).toEqual(addComment.request.body);
  });

  test('an unknown status or priority is refused before any call, with the allowed values', () => {
    expect(() => toTicketPatchInput({ statusId: 'resolved' })).toThrow(expect.objectContaining({ kind: 'invalid', message: expect.stringContaining('new, open, pending, hold, solved, closed') }));
    expect(() => toNewTicketInput({ subject: 's', description: 'd', priority: 'p1' })).toThrow(expect.objectContaining({ kind: 'invalid' }));
  });
});

describe('statuses and users', () => {
  test('six system statuses, four buckets, unknown ones kept', () => {
    expect(ZENDESK_STATUSES.map((status) => `${status.id}:${status.bucket}`)).toEqual(['new:new', 'open:in-progress', 'pending:waiting', 'hold:in-progress', 'solved:resolved', 'closed:resolved']);
    expect(toStatus('escalated')).toEqual({ id: 'escalated', name: 'escalated', bucket: 'in-progress' });
  });

  test('users/me: an admin passes, the anonymous user is a credentials problem, an end user a permission one', () => {
    expect(judgeCurrentUser(currentUser.response.body.user as never, domain)).toEqual({ ok: true, account: { account: domain, agentName: 'Ada Admin' } });
    expect(judgeCurrentUser(anonymous.response.body.user as never, domain)).toEqual({ ok: false, reason: 'anonymous' });
    expect(judgeCurrentUser({ id: 5, name: 'Erin', role: 'end-user' }, domain)).toEqual({ ok: false, reason: 'role', detail: expect.stringContaining('customer (end user)') });
  });

  test("a 422's details name what was refused", () => {
    expect(describeZendeskError(errors['422'].body)).toBe('Status: closed prevents ticket update');
    expect(describeZendeskError(errors['403'].body)).toMatch(/^You do not have access/);
    expect(describeZendeskError(undefined)).toBe('no reason given');
  });
});
