import type { LocalDeskbridge } from '../../local/local-deskbridge';
import { FRESHDESK_SANDBOX } from '../../local/sandbox/freshdesk';
import { SEED_PROJECTS, SEED_USERS } from '../../local/sandbox/jira';
import type { SyncConfig } from '../../src/shared/sync-config';
import { invokeOk, ROLES } from './local-app';

/** Freshdesk's seeded statuses (ids as its API gives them) and where they map in ENG's and SUP's workflows. */
export const FRESHDESK_STATUS = { open: '2', pending: '3', resolved: '4', closed: '5' } as const;
export const ENG_STATUS = { todo: '10020', inProgress: '3', done: '10021' } as const;

/** A complete, valid sync config for Freshdesk ↔ ENG (a software project): everything both ways. */
export function engConfig(overrides: Partial<SyncConfig> = {}): SyncConfig {
  return {
    enabled: false,
    direction: 'both',
    issueTypeId: '10101',
    linking: { ticketsCreateIssues: true, ticketFilter: { statusIds: [], tags: [], priorities: [] }, issuesCreateTickets: false, issueJql: '' },
    fields: {
      summary: 'both',
      description: 'both',
      priority: { direction: 'both', valueMap: { low: 'Low', medium: 'Medium', high: 'High', urgent: 'Highest' } },
      labels: 'both',
      requester: 'to-jira',
      custom: [],
    },
    statuses: {
      direction: 'both',
      toJira: { [FRESHDESK_STATUS.open]: ENG_STATUS.todo, [FRESHDESK_STATUS.pending]: ENG_STATUS.inProgress, [FRESHDESK_STATUS.resolved]: ENG_STATUS.done },
      toHelpdesk: { [ENG_STATUS.todo]: FRESHDESK_STATUS.open, [ENG_STATUS.inProgress]: FRESHDESK_STATUS.pending, [ENG_STATUS.done]: FRESHDESK_STATUS.resolved },
    },
    comments: { publicReplies: 'both', privateNotes: 'both', jiraCommentsOut: true, restrictedRole: 'Administrators' },
    ...overrides,
  };
}

export const SUP_STATUS = { new: '10010', inProgress: '3', waiting: '10011', resolved: '5', closed: '6', reopened: '4' } as const;

/** Freshdesk ↔ SUP (a JSM service desk): private notes become internal comments. */
export function supConfig(overrides: Partial<SyncConfig> = {}): SyncConfig {
  return engConfig({
    issueTypeId: '10100',
    requestTypeId: '10',
    statuses: {
      direction: 'both',
      // No transition leads back to New in the JSM workflow: a ticket opened again reopens the request.
      toJira: { [FRESHDESK_STATUS.open]: SUP_STATUS.reopened, [FRESHDESK_STATUS.pending]: SUP_STATUS.inProgress, [FRESHDESK_STATUS.resolved]: SUP_STATUS.resolved },
      toHelpdesk: {
        [SUP_STATUS.new]: FRESHDESK_STATUS.open,
        [SUP_STATUS.inProgress]: FRESHDESK_STATUS.pending,
        [SUP_STATUS.resolved]: FRESHDESK_STATUS.resolved,
        [SUP_STATUS.closed]: FRESHDESK_STATUS.closed,
        [SUP_STATUS.reopened]: FRESHDESK_STATUS.open,
      },
    },
    comments: { publicReplies: 'both', privateNotes: 'both', jiraCommentsOut: true, restrictedRole: '' },
    ...overrides,
  });
}

/**
 * Fresh site: empty KVS, reset sandboxes, a Freshdesk connection and an ENG integration whose
 * sync config is saved and enabled through the resolvers (the real path), and the Freshdesk
 * sandbox's webhook pointed at the integration with the secret header, as an admin would paste it.
 */
export async function setUpFreshdeskSync(deskbridge: LocalDeskbridge, config: SyncConfig = engConfig(), options: { webhooks?: boolean; project?: 'ENG' | 'SUP' } = {}) {
  deskbridge.runtime.kvs.clear();
  await fetch(`${deskbridge.jiraUrl}/__sandbox/reset`, { method: 'POST' });
  deskbridge.helpDesks.freshdesk.reset();
  const admin = ROLES.jiraAdmin;
  const connection = await invokeOk(deskbridge, admin, 'connections/create', { tool: 'freshdesk', name: 'Acme', domain: FRESHDESK_SANDBOX.domain, secret: FRESHDESK_SANDBOX.secret });
  const integration = await invokeOk(deskbridge, admin, 'integrations/create', { name: 'Acme ↔ ENG', tool: 'freshdesk', projectId: SEED_PROJECTS[options.project ?? 'ENG'].id, connectionId: connection.id });
  await invokeOk(deskbridge, admin, 'sync-config/save', { integrationId: integration.id, config });
  await invokeOk(deskbridge, admin, 'sync-config/enable', { integrationId: integration.id });
  if (options.webhooks !== false) {
    const setup = await invokeOk(deskbridge, admin, 'sync-webhook/regenerate-secret', { integrationId: integration.id });
    const headers = Object.fromEntries(setup.instructions.headers.map((header: { name: string; value: string }) => [header.name, header.value]));
    await freshdeskControl(deskbridge, '/__sandbox/webhooks', { url: setup.url, headers, payloadTemplate: setup.instructions.payloadTemplate });
  }
  return { integrationId: integration.id as string, connectionId: connection.id as string };
}

async function freshdeskControl(deskbridge: LocalDeskbridge, path: string, body: unknown) {
  const response = await fetch(`${deskbridge.helpDesks.freshdesk.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok && response.status !== 204) throw new Error(`Freshdesk sandbox ${path}: ${response.status} ${await response.text()}`);
}

/** Waits until every webhook, product event and queued change has been handled, including what they caused. */
export async function settle(deskbridge: LocalDeskbridge): Promise<void> {
  for (let round = 0; round < 50; round++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const before = Object.values(deskbridge.helpDesks).reduce((sum, helpDesk) => sum + helpDesk.webhooks.deliveries.length, 0);
    await Promise.all(Object.values(deskbridge.helpDesks).map((helpDesk) => helpDesk.webhooks.settled()));
    await deskbridge.runtime.settle();
    await new Promise((resolve) => setTimeout(resolve, 25));
    const after = Object.values(deskbridge.helpDesks).reduce((sum, helpDesk) => sum + helpDesk.webhooks.deliveries.length, 0);
    if (before === after && deskbridge.runtime.queue.idle()) return;
  }
  throw new Error('The sync did not settle: changes keep coming.');
}

/** A help-desk agent working in the Freshdesk sandbox through its API. */
export function freshdeskAgent(deskbridge: LocalDeskbridge) {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${deskbridge.helpDesks.freshdesk.url}${path}`, {
      method,
      headers: {
        'x-forwarded-host': FRESHDESK_SANDBOX.domain,
        authorization: `Basic ${Buffer.from(`${FRESHDESK_SANDBOX.secret}:X`).toString('base64')}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`Freshdesk ${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  };
  return {
    createTicket: (ticket: { subject: string; description: string; priority?: number; tags?: string[] }) =>
      call('POST', '/api/v2/tickets', { email: 'casey@customer.example', status: 2, priority: 1, ...ticket }),
    reply: (ticketId: number, body: string) => call('POST', `/api/v2/tickets/${ticketId}/reply`, { body }),
    note: (ticketId: number, body: string) => call('POST', `/api/v2/tickets/${ticketId}/notes`, { body, private: true }),
    update: (ticketId: number, patch: Record<string, unknown>) => call('PUT', `/api/v2/tickets/${ticketId}`, patch),
    ticket: (ticketId: number) => call('GET', `/api/v2/tickets/${ticketId}`),
    conversations: (ticketId: number): Promise<{ id: number; body: string; body_text?: string; private: boolean }[]> =>
      call('GET', `/api/v2/tickets/${ticketId}/conversations?per_page=100`),
  };
}

/** A person working in the sandbox Jira (the Jira admin), through the REST API with their own credentials. */
export function jiraUser(deskbridge: LocalDeskbridge, accountId: string = SEED_USERS.admin.accountId) {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${deskbridge.jiraUrl}${path}`, {
      method,
      headers: { authorization: `Basic ${Buffer.from(`${accountId}:forge-local`).toString('base64')}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`Jira ${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  };
  const doc = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
  return {
    search: async (jql: string) => (await call('POST', '/rest/api/3/search/jql', { jql, fields: ['summary', 'status', 'labels', 'description'], properties: ['deskbridge'], maxResults: 100 })).issues,
    issue: (idOrKey: string) => call('GET', `/rest/api/3/issue/${idOrKey}?properties=deskbridge`),
    comments: async (idOrKey: string) => (await call('GET', `/rest/api/3/issue/${idOrKey}/comment?expand=properties&maxResults=100`)).comments,
    comment: (idOrKey: string, text: string, options: { internal?: boolean; role?: string } = {}) =>
      call('POST', `/rest/api/3/issue/${idOrKey}/comment`, {
        body: doc(text),
        ...(options.internal ? { properties: [{ key: 'sd.public.comment', value: { internal: true } }] } : {}),
        ...(options.role ? { visibility: { type: 'role', value: options.role } } : {}),
      }),
    edit: (idOrKey: string, fields: Record<string, unknown>) => call('PUT', `/rest/api/3/issue/${idOrKey}`, { fields }),
    transition: (idOrKey: string, transitionId: string) => call('POST', `/rest/api/3/issue/${idOrKey}/transitions`, { transition: { id: transitionId } }),
    move: (idOrKey: string, projectKey: string) =>
      fetch(`${deskbridge.jiraUrl}/__sandbox/issues/${idOrKey}/move`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ projectKey }) }),
  };
}
