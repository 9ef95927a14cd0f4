import { ConnectorError } from '../../../../src/connectors/http/connector-error';
import { htmlToJournal, htmlToPlainText, servicenowTextToHtml } from '../../../../src/connectors/servicenow/journal-html';
import {
  DEFAULT_STATES,
  fromServicenowDate,
  impactUrgencyFor,
  toComment,
  toIncidentInsert,
  toIncidentPatch,
  toJournalWrite,
  toServicenowDate,
  toStatus,
  toTicket,
} from '../../../../src/connectors/servicenow/mappers';
import { reasonOf, writeRefused } from '../../../../src/connectors/servicenow/responses';
import createIncident from '../../../fixtures/servicenow/create-incident.json';
import errorDataPolicy from '../../../fixtures/servicenow/error-data-policy.json';
import errorAclUpdate from '../../../fixtures/servicenow/error-acl-update.json';
import getIncident from '../../../fixtures/servicenow/get-incident.json';
import listIncidentStates from '../../../fixtures/servicenow/list-incident-states.json';
import listIncidents from '../../../fixtures/servicenow/list-incidents-updated-since.json';
import listJournal from '../../../fixtures/servicenow/list-journal-entries.json';
import tableIncident from '../../../fixtures/servicenow/table-incident.json';
import updateIncident from '../../../fixtures/servicenow/update-incident.json';

const DOMAIN = 'acme.service-now.com';

describe('ServiceNow mappers: incidents → tickets', () => {
  it('maps GET incident/{sys_id} (sysparm_display_value=all) to a ticket', () => {
    expect(toTicket(getIncident.result, DOMAIN)).toEqual({
      id: 'c92caba903a533c5aaf5a25635df2571',
      subject: 'Email not syncing on mobile',
      description: 'Outlook on my phone stopped syncing yesterday evening.',
      status: { id: '2', name: 'In Progress', bucket: 'in-progress' },
      priority: 'high',
      requester: { id: '3a393d4e27c3088c01735645515412f8', email: 'charlie.whitherspoon@acme.example.com', name: 'Charlie Whitherspoon' },
      tags: [],
      // The internal values are UTC; the display values (user time zone) are not used.
      createdAt: '2024-03-02T10:00:00.000Z',
      updatedAt: '2024-03-02T11:30:00.000Z',
      url: 'https://acme.service-now.com/incident.do?sys_id=c92caba903a533c5aaf5a25635df2571',
    });
  });

  it('maps the list of updated incidents in order, with each state in its bucket', () => {
    const tickets = listIncidents.result.map((record) => toTicket(record, DOMAIN));
    expect(tickets.map((ticket) => [ticket.subject, ticket.status.name, ticket.status.bucket])).toEqual([
      ['Laptop battery swelling', 'On Hold', 'waiting'],
      ['Password reset for SAP', 'Resolved', 'resolved'],
      ['Printer on 3rd floor jams', 'Closed', 'resolved'],
      ['VPN down (duplicate)', 'Canceled', 'resolved'],
    ]);
  });

  it('maps the answers of POST and PATCH the same way', () => {
    expect(toTicket(createIncident.result, DOMAIN)).toMatchObject({
      subject: 'Cannot open the expense tool',
      description: 'The expense tool shows error 500 since Monday.',
      status: { id: '1', name: 'New', bucket: 'new' },
      priority: 'high',
      requester: { email: 'fran.zanders@acme.example.com', name: 'Fran Zanders' },
    });
    expect(toTicket(updateIncident.result, DOMAIN)).toMatchObject({ status: { id: '2', bucket: 'in-progress' }, priority: 'critical' });
  });

  it('reads plain records too (sysparm_display_value=false, reference links)', () => {
    const ticket = toTicket(tableIncident.result[0], DOMAIN);
    expect(ticket).toMatchObject({ subject: 'Cannot connect to VPN from home', status: { id: '1', name: 'New', bucket: 'new' }, priority: 'moderate' });
    expect(ticket.requester).toEqual({ id: 'cb1fd6d6f70ca5ba0b140681ec759f74' });
    // Plain text keeps its line breaks as HTML.
    expect(ticket.description).toBe('Since this morning the VPN client fails with error 809.<br>I have restarted the laptop twice.');
  });

  it('splits tags and leaves out a missing priority and caller', () => {
    const ticket = toTicket({ sys_id: 'a'.repeat(32), state: '7', sys_tags: { display_value: 'vpn, remote', value: '' } }, DOMAIN);
    expect(ticket.tags).toEqual(['vpn', 'remote']);
    expect(ticket).not.toHaveProperty('priority');
    expect(ticket).not.toHaveProperty('requester');
  });
});

describe('ServiceNow mappers: journal entries → comments', () => {
  it('maps comments as public and work notes as private, keeping [code] HTML as HTML', () => {
    expect(listJournal.result.map(toComment)).toEqual([
      {
        id: '3c572e5cb47f6824ade2a15d340f9c8d',
        ticketId: 'c92caba903a533c5aaf5a25635df2571',
        body: '<p>Hi Charlie,</p><p>Please <b>remove and re-add</b> the account, then tell us if it syncs.</p>',
        public: true,
        authorId: 'beth.anglin',
        createdAt: '2024-03-02T11:00:00.000Z',
      },
      {
        id: 'a699dfa5887c6b6ec9a463596b6fe902',
        ticketId: 'c92caba903a533c5aaf5a25635df2571',
        body: 'Exchange ActiveSync shows the device quarantined.<br>Released it.',
        public: false,
        authorId: 'beth.anglin',
        createdAt: '2024-03-02T11:30:00.000Z',
      },
    ]);
  });

  it('writes a public reply to comments and a private note to work_notes, as [code] HTML', () => {
    expect(toJournalWrite({ body: '<p>Hi</p>', public: true })).toEqual({ element: 'comments', body: { comments: '[code]<p>Hi</p>[/code]' } });
    expect(toJournalWrite({ body: '<p>Note</p>', public: false })).toEqual({ element: 'work_notes', body: { work_notes: '[code]<p>Note</p>[/code]' } });
  });
});

describe('ServiceNow mappers: states', () => {
  it('maps the instance state choices to the four buckets', () => {
    expect(listIncidentStates.result.map((choice) => toStatus(choice.value, choice.label))).toEqual(DEFAULT_STATES);
  });

  it('puts a custom state in progress and names it by its value when it has no label', () => {
    expect(toStatus('10', 'Awaiting Vendor')).toEqual({ id: '10', name: 'Awaiting Vendor', bucket: 'in-progress' });
    expect(toStatus('3', '')).toEqual({ id: '3', name: 'On Hold', bucket: 'waiting' });
  });
});

describe('ServiceNow mappers: writes', () => {
  it('builds an insert: subject, description as plain text, impact and urgency for the priority', () => {
    expect(toIncidentInsert({ subject: 'S', description: '<p>One &amp; two</p><p>Three<br>four</p>', priority: 'urgent' }, 'b'.repeat(32))).toEqual({
      short_description: 'S',
      description: 'One & two\nThree\nfour',
      caller_id: 'b'.repeat(32),
      impact: '1',
      urgency: '1',
    });
    expect(toIncidentInsert({ subject: 'S', description: '' })).toEqual({ short_description: 'S', description: '' });
  });

  it('maps priority words of other help desks to ServiceNow priorities', () => {
    expect(['critical', 'urgent', 'High', 'medium', 'normal', 'moderate', 'low', 'planning', '4', 'unknown'].map(impactUrgencyFor)).toEqual([
      { impact: '1', urgency: '1' },
      { impact: '1', urgency: '1' },
      { impact: '1', urgency: '2' },
      { impact: '2', urgency: '2' },
      { impact: '2', urgency: '2' },
      { impact: '2', urgency: '2' },
      { impact: '2', urgency: '3' },
      { impact: '3', urgency: '3' },
      { impact: '2', urgency: '3' },
      undefined,
    ]);
  });

  it('adds what the base data policies require when resolving, closing or holding', () => {
    expect(toIncidentPatch({ statusId: '6' })).toEqual({ state: '6', close_code: 'Solution provided', close_notes: 'Resolved from Jira through Deskbridge.' });
    expect(toIncidentPatch({ statusId: '7' })).toMatchObject({ state: '7', close_code: 'Solution provided' });
    expect(toIncidentPatch({ statusId: '3' })).toEqual({ state: '3', hold_reason: '1' });
    expect(toIncidentPatch({ subject: 'New', priority: 'low' })).toEqual({ short_description: 'New', impact: '2', urgency: '3' });
    expect(toIncidentPatch({})).toEqual({});
  });

  it('tells a data policy refusal (invalid) from an ACL refusal (forbidden)', () => {
    const policy = writeRefused(errorDataPolicy);
    expect(policy).toBeInstanceOf(ConnectorError);
    expect(policy.kind).toBe('invalid');
    expect(policy.message).toContain('Resolution code, Resolution notes');
    const acl = writeRefused(errorAclUpdate);
    expect(acl.kind).toBe('forbidden');
    expect(acl.message).toContain('itil');
    expect(reasonOf('<html>')).toBe('no reason given');
  });
});

describe('ServiceNow text and HTML', () => {
  it('escapes plain text and keeps [code] parts as HTML', () => {
    expect(servicenowTextToHtml('a < b & c\nnext [code]<i>x</i>[/code] "end"')).toBe('a &lt; b &amp; c<br>next <i>x</i> &quot;end&quot;');
    expect(servicenowTextToHtml('')).toBe('');
  });

  it('turns HTML into the plain text of a description field', () => {
    expect(htmlToPlainText('<ul><li>one</li><li>two</li></ul><p>&lt;tag&gt; &#39;q&#39; &#x41;&nbsp;</p>')).toBe("- one\n- two\n<tag> 'q' A");
    expect(htmlToJournal('<p>x</p>')).toBe('[code]<p>x</p>[/code]');
  });

  it('converts dates between the Table API form (UTC) and ISO', () => {
    expect(fromServicenowDate('2024-03-02 11:30:00')).toBe('2024-03-02T11:30:00.000Z');
    expect(toServicenowDate(new Date('2024-03-02T11:30:00.987Z'))).toBe('2024-03-02 11:30:00');
  });
});
