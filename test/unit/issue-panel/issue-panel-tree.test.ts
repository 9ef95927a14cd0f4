/**
 * The issue panel's UI Kit tree, rendered through a captured bridge as Jira would receive it:
 * one state per test (no links, one link, several tools, a stuck link, a help desk down), with
 * the panel's resolver answered from fixtures. Handlers in the tree are called as Jira calls them.
 */
import type { IssuePanelView, PanelTicket } from '../../../src/issue-panel/panel-view';
import { changeEvent, panelContext, renderIssuePanel, textOf, typesOf } from '../../support/issue-panel-render';

const issue = { id: '10042', key: 'ENG-7' };

const ticket = (overrides: Partial<PanelTicket> = {}): PanelTicket => ({
  integrationId: '6f1c9a52-4a5e-4a0e-9d1e-2b7c1c0e8f11',
  integrationName: 'Acme ↔ ENG',
  tool: 'freshdesk',
  toolName: 'Freshdesk',
  ticketId: '42',
  ticketUrl: 'https://acme.freshdesk.com/a/tickets/42',
  subject: 'Printer on fire',
  status: { name: 'Open', bucket: 'new' },
  requester: 'Casey Customer',
  updatedAt: '2030-01-05T14:03:00.000Z',
  fields: [{ label: 'Priority', value: 'high' }],
  sync: { state: 'ok', lastSyncedAt: '2030-01-05T14:04:00.000Z' },
  freshness: 'live',
  canAct: true,
  ...overrides,
});

const view = (tickets: PanelTicket[], targets: IssuePanelView['targets'] = []): IssuePanelView => ({ issue, tickets, targets });

function serve(answer: IssuePanelView) {
  const calls: { key: string; payload: Record<string, unknown> }[] = [];
  const invoke = async (key: string, payload: Record<string, unknown>) => {
    calls.push({ key, payload });
    if (key === 'issue-panel/load') return { ok: true, data: answer };
    return { ok: true, data: { commentId: '9' } };
  };
  return { calls, panel: renderIssuePanel(panelContext(issue), invoke) };
}

test('no links: says so, and offers linking when an integration allows it', async () => {
  const { panel, calls } = serve(view([], [{ integrationId: 'i1', integrationName: 'Acme ↔ ENG', tool: 'freshdesk', toolName: 'Freshdesk', linked: false }]));
  expect(textOf(await panel.waitFor('panel-empty'))).toBe('No help-desk ticket is linked to this issue.');
  expect(calls).toEqual([{ key: 'issue-panel/load', payload: { issue: issue.id } }]);
  panel.find('panel-link').props.onClick();
  await panel.waitFor('link-form');
  expect(textOf(panel.find('link-form-create'))).toBe('Create a Freshdesk ticket');
});

test('one link: icon, linked id, status, requester, last update, chosen fields and sync state', async () => {
  const { panel } = serve(view([ticket()]));
  const card = await panel.waitFor('ticket-42');
  expect(typesOf(card)).toEqual(expect.arrayContaining(['Image', 'Link', 'Lozenge', 'Button']));
  const link = panel.findAll((node) => node.type === 'Link')[0];
  expect(link.props).toMatchObject({ href: 'https://acme.freshdesk.com/a/tickets/42', openNewTab: true });
  expect(textOf(link)).toBe('#42');
  expect(panel.findAll((node) => node.type === 'Image')[0].props).toMatchObject({ alt: 'Freshdesk', src: expect.stringMatching(/^data:image\/svg\+xml/) });
  expect(panel.find('ticket-status-42').props.appearance).toBe('new');
  expect(textOf(panel.find('ticket-status-42'))).toBe('Open');
  expect(textOf(panel.find('ticket-sync-42'))).toBe('In sync');
  expect(textOf(panel.find('ticket-meta-42'))).toBe('Requester: Casey Customer · Updated 2030-01-05 14:03 UTC · Acme ↔ ENG');
  expect(textOf(panel.find('ticket-field-42'))).toBe('Priority: high');
  expect(panel.find('panel-degraded')).toBeUndefined();
});

test('several tools: one card each, in the order the server gives', async () => {
  const { panel } = serve(
    view([
      ticket(),
      ticket({ tool: 'zendesk', toolName: 'Zendesk', ticketId: '1001', ticketUrl: 'https://deskbridge.zendesk.com/agent/tickets/1001', status: { name: 'Pending', bucket: 'waiting' }, fields: [] }),
      ticket({ tool: 'intercom', toolName: 'Intercom', ticketId: '77', ticketUrl: 'https://app.intercom.com/a/inbox/x/inbox/conversation/77', status: { name: 'Closed', bucket: 'resolved' } }),
    ]),
  );
  await panel.waitFor('ticket-77');
  const cards = panel.findAll((node) => /^ticket-\d+$/.test(String(node.props.testId)));
  expect(cards.map((card) => card.props.testId)).toEqual(['ticket-42', 'ticket-1001', 'ticket-77']);
  expect(panel.findAll((node) => node.type === 'Image').map((image) => image.props.alt)).toEqual(['Freshdesk', 'Zendesk', 'Intercom']);
  expect(['42', '1001', '77'].map((id) => panel.find(`ticket-status-${id}`).props.appearance)).toEqual(['new', 'moved', 'success']);
});

test('stuck link: the reason and a Retry that calls the retry resolver; without the right, the reason why not', async () => {
  const stuck = ticket({ sync: { state: 'stuck', reason: 'ENG-7 cannot move to Done: its workflow has no transition to it.', lastSyncedAt: '2030-01-05T14:04:00.000Z' } });
  const { panel, calls } = serve(view([stuck, ticket({ ticketId: '43', canAct: false, refusal: 'Only the integration’s owner can change it.' })]));
  const message = await panel.waitFor('ticket-stuck-42');
  expect(message.props.appearance).toBe('warning');
  expect(textOf(message)).toContain('its workflow has no transition');
  expect(textOf(panel.find('ticket-sync-42'))).toBe('Stuck');
  await panel.find('ticket-retry-42').props.onClick();
  expect(calls.find((call) => call.key === 'issue-panel/retry')?.payload).toEqual({ integrationId: stuck.integrationId, ticketId: '42', issue: issue.id });
  expect(panel.find('ticket-reply-43')).toBeUndefined();
  expect(textOf(panel.find('ticket-refusal-43'))).toBe('Only the integration’s owner can change it.');
});

test('help desk down: last known data, marked as such, and a notice naming the help desk', async () => {
  const down = ticket({ freshness: 'last-known', unavailable: 'Freshdesk is not answering. Try again shortly.', status: { name: 'Pending' }, requester: undefined, subject: undefined, fields: [] });
  const { panel } = serve(view([down]));
  const notice = await panel.waitFor('panel-degraded');
  expect(textOf(notice)).toContain("Freshdesk can't be reached right now");
  expect(panel.find('ticket-status-42').props.appearance).toBe('default');
  expect(textOf(panel.find('ticket-meta-42'))).toBe('Last synced 2030-01-05 14:04 UTC · Acme ↔ ENG');
  expect(textOf(panel.find('ticket-unavailable-42'))).toContain('Freshdesk is not answering');
  expect(panel.find('ticket-reply-42')).toBeDefined();
});

test('reply: picks public or private, sends the text, and reloads with a message', async () => {
  const { panel, calls } = serve(view([ticket()]));
  (await panel.waitFor('ticket-note-42')).props.onClick();
  const form = await panel.waitFor('reply-form-42');
  expect(typesOf(form)).toEqual(expect.arrayContaining(['RadioGroup', 'TextArea', 'Button']));
  expect(panel.find('reply-visibility-42').props.value).toBe('private');
  panel.find('reply-text-42').props.onChange(changeEvent('Customer is on the legacy plan.'));
  await panel.waitFor('reply-send-42');
  await panel.find('reply-send-42').props.onClick();
  await panel.waitFor('panel-message');
  expect(calls.find((call) => call.key === 'issue-panel/reply')?.payload).toEqual({
    integrationId: ticket().integrationId,
    ticketId: '42',
    issue: issue.id,
    text: 'Customer is on the legacy plan.',
    visibility: 'private',
  });
  expect(textOf(panel.find('panel-message'))).toBe('Note added to Freshdesk ticket 42.');
});

test('a refused load shows the server’s message', async () => {
  const panel = renderIssuePanel(panelContext(issue), async () => ({ ok: false, error: { kind: 'forbidden', message: "You can't browse ENG-7's project." } }));
  expect(textOf(await panel.waitFor('panel-error'))).toContain("You can't browse ENG-7's project.");
});

test('linking a ticket linked elsewhere asks first, and moves it only on the second, confirmed call', async () => {
  const target = { integrationId: 'i1', integrationName: 'Acme ↔ ENG', tool: 'freshdesk', toolName: 'Freshdesk', linked: false };
  const links: Record<string, unknown>[] = [];
  const panel = renderIssuePanel(panelContext(issue), async (key, payload) => {
    if (key === 'issue-panel/load') return { ok: true, data: view([], [target]) };
    links.push(payload);
    return payload.moveFromOtherIssue
      ? { ok: true, data: { status: 'linked', ticketId: '42' } }
      : { ok: true, data: { status: 'confirm', message: 'Ticket 42 is linked to ENG-3. Link it here instead?' } };
  });
  (await panel.waitFor('panel-link')).props.onClick();
  (await panel.waitFor('link-form-ticket')).props.onChange(changeEvent('https://acme.freshdesk.com/a/tickets/42'));
  await new Promise((resolve) => setTimeout(resolve, 20));
  await panel.find('link-form-link').props.onClick();
  expect(textOf(await panel.waitFor('link-form-question'))).toContain('linked to ENG-3');
  await panel.find('link-form-move').props.onClick();
  expect(textOf(await panel.waitFor('panel-message'))).toBe('Linked Freshdesk ticket 42.');
  expect(links).toEqual([
    { integrationId: 'i1', issue: issue.id, ticket: 'https://acme.freshdesk.com/a/tickets/42' },
    { integrationId: 'i1', issue: issue.id, ticket: 'https://acme.freshdesk.com/a/tickets/42', moveFromOtherIssue: true },
  ]);
});
