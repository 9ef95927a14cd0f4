import { emptyLinksText, linkFormErrors, safeTicketUrl, stateFilter, SYNC_STATE_LOOK, ticketLabel } from '../../../static/src/sync-links/sync-link-format';

describe('the Links view wording', () => {
  it('shows each sync state as a lozenge of its own colour', () => {
    expect(Object.fromEntries(Object.entries(SYNC_STATE_LOOK).map(([state, look]) => [state, [look.label, look.appearance]]))).toEqual({
      ok: ['OK', 'success'],
      pending: ['Pending', 'inprogress'],
      stuck: ['Stuck', 'removed'],
    });
  });

  it('links a ticket only to a web address', () => {
    expect(safeTicketUrl('https://acme.freshdesk.com/a/tickets/7')).toBe('https://acme.freshdesk.com/a/tickets/7');
    expect(safeTicketUrl('http://127.0.0.1:8080/a/tickets/7')).toBe('http://127.0.0.1:8080/a/tickets/7');
    expect(safeTicketUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeTicketUrl('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safeTicketUrl('not a url')).toBeUndefined();
    expect(safeTicketUrl('')).toBeUndefined();
  });

  it('numbers tickets with # and shows other ids as they are', () => {
    expect(ticketLabel('42')).toBe('#42');
    expect(ticketLabel('9d385017c611228701d22104cc95c371')).toBe('9d385017c611228701d22104cc95c371');
  });

  it('asks the server for stuck links only when filtered', () => {
    expect(stateFilter(true)).toBe('stuck');
    expect(stateFilter(false)).toBeUndefined();
  });

  it('says why the table is empty, and how to link only to those who may', () => {
    expect(emptyLinksText(true, true).header).toBe('Nothing is stuck');
    expect(emptyLinksText(false, true).description).toContain('"Link a ticket" below');
    expect(emptyLinksText(false, false).description).not.toContain('"Link a ticket"');
  });
});

describe('a refused "Link a ticket" goes under the field it is about', () => {
  const typed = { ticketId: '99', issueKey: 'eng-999' };

  it('keeps the payload problems the server names by field', () => {
    const error = { kind: 'invalid' as const, message: 'ticketId: Enter the ticket id.; issueKey: Enter an issue key like ENG-12.' };
    expect(linkFormErrors(error, typed)).toEqual({ fields: { ticketId: 'Enter the ticket id.', issueKey: 'Enter an issue key like ENG-12.' } });
  });

  it('puts an issue Jira does not know under the issue key', () => {
    const error = { kind: 'not-found' as const, message: 'Jira found nothing at GET /rest/api/3/issue/ENG-999 (404).' };
    expect(linkFormErrors(error, typed)).toEqual({ fields: { issueKey: error.message } });
  });

  it('does not mistake a longer key for the one typed', () => {
    const error = { kind: 'not-found' as const, message: 'Jira found nothing at GET /rest/api/3/issue/ENG-9990 (404).' };
    expect(linkFormErrors(error, typed).form).toEqual(error);
  });

  it('puts a missing or already linked ticket under the ticket id', () => {
    const missing = { kind: 'not-found' as const, message: 'Ticket 99 does not exist in acme.freshdesk.com, or it was deleted.' };
    expect(linkFormErrors(missing, typed)).toEqual({ fields: { ticketId: missing.message } });
    const linked = { kind: 'invalid' as const, message: 'Ticket 99 is already linked in this integration; unlink it first.' };
    expect(linkFormErrors(linked, typed)).toEqual({ fields: { ticketId: linked.message } });
  });

  it('puts an issue already linked to a ticket under the issue key', () => {
    const error = { kind: 'invalid' as const, message: 'ENG-999 is already linked to a ticket in this integration; unlink it first.' };
    expect(linkFormErrors(error, typed)).toEqual({ fields: { issueKey: error.message } });
  });

  it('leaves other refusals above the button', () => {
    const forbidden = { kind: 'forbidden' as const, message: 'Only the owner can change this integration.' };
    expect(linkFormErrors(forbidden, typed)).toEqual({ fields: {}, form: forbidden });
    const notSyncing = { kind: 'invalid' as const, message: 'This integration is not syncing: save its sync settings and enable it first.' };
    expect(linkFormErrors(notSyncing, typed)).toEqual({ fields: {}, form: notSyncing });
  });
});
