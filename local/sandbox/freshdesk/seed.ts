import type { FdAgent, FdConversation, FdTicket, FdTicketField, FdRole } from '../../../src/connectors/freshdesk/freshdesk-types';
import listConversations from '../../../test/fixtures/freshdesk/list-conversations.json';
import listRoles from '../../../test/fixtures/freshdesk/list-roles.json';
import listTicketFields from '../../../test/fixtures/freshdesk/list-ticket-fields.json';
import listTickets from '../../../test/fixtures/freshdesk/list-tickets.json';
import viewMe from '../../../test/fixtures/freshdesk/view-me.json';
import type { FdContact, FreshdeskState } from './state';

/**
 * The seeded account: acme.freshdesk.com with an administrator (full rights), an agent without
 * admin rights, three customers and six tickets in every status bucket, built from the recorded
 * fixtures in test/fixtures/freshdesk so the sandbox and the mapper tests agree on the shapes.
 */
export const FRESHDESK_SANDBOX = {
  domain: 'acme.freshdesk.com',
  /** Freshdesk has no user name: the API key is the Basic user. */
  username: undefined as string | undefined,
  /** Alex Admin: Administrator role, Global ticket access. */
  secret: 'fdSandboxAdminKey001',
  /** Lee Limited: Agent role (no admin rights), Global ticket access. */
  limitedSecret: 'fdSandboxAgentKey002',
  adminAgentId: 43000000101,
  limitedAgentId: 43000000102,
} as const;

/** The default status field and roles, also used when a seed file leaves them out. */
export const defaultTicketFields = (): FdTicketField[] => structuredClone(listTicketFields.response.body) as FdTicketField[];
export const defaultRoles = (): FdRole[] => structuredClone(listRoles.response.body) as FdRole[];

export function seedFreshdesk(): FreshdeskState {
  const admin = structuredClone(viewMe.response.body) as FdAgent;
  const agentRole = defaultRoles().find((role) => role.name === 'Agent')!;
  const limited: FdAgent = {
    ...structuredClone(admin),
    id: FRESHDESK_SANDBOX.limitedAgentId,
    role_ids: [agentRole.id],
    signature: '<div>Lee Limited<br>Acme Support</div>',
    contact: { ...admin.contact, name: 'Lee Limited', email: 'lee.limited@acme.example', job_title: 'Support agent', last_login_at: '2025-11-17T08:10:00Z' },
    focus_mode: false,
  };
  const listed = structuredClone(listTickets.response.body) as (FdTicket & { requester: FdContact })[];
  const contacts = new Map<number, FdContact>();
  for (const { requester } of listed) contacts.set(requester.id, requester);
  const tickets = listed.map(({ requester: _requester, ...ticket }) => ({ ...ticket, attachments: [] }) as FdTicket).sort((a, b) => a.id - b.id);
  return {
    domain: FRESHDESK_SANDBOX.domain,
    api_keys: { [FRESHDESK_SANDBOX.secret]: admin.id, [FRESHDESK_SANDBOX.limitedSecret]: limited.id },
    rate_limit_per_minute: 400,
    agents: [admin, limited],
    contacts: [...contacts.values()],
    roles: defaultRoles(),
    ticket_fields: defaultTicketFields(),
    tickets,
    conversations: [...(structuredClone(listConversations.response.body) as FdConversation[]), ...moreConversations()],
  };
}

/** Replies and notes on tickets 2, 3 and 5 (ticket 1's come from the conversations fixture). */
function moreConversations(): FdConversation[] {
  const entry = (id: number, ticketId: number, body: string, text: string, publicReply: boolean, userId: number, at: string): FdConversation => ({
    body,
    body_text: text,
    id,
    incoming: false,
    private: !publicReply,
    user_id: userId,
    support_email: publicReply ? 'support@acme.freshdesk.com' : null,
    source: publicReply ? 0 : 2,
    ticket_id: ticketId,
    to_emails: [],
    from_email: publicReply ? 'support@acme.freshdesk.com' : null,
    cc_emails: [],
    bcc_emails: [],
    attachments: [],
    created_at: at,
    updated_at: at,
    last_edited_at: null,
    last_edited_user_id: null,
  });
  const { adminAgentId: admin, limitedAgentId: limited } = FRESHDESK_SANDBOX;
  return [
    { ...entry(43000000504, 2, '<div>Could you try a private browser window and tell us what you see?</div>', 'Could you try a private browser window and tell us what you see?', true, admin, '2025-11-17T10:01:05Z'), to_emails: ['jordan@buyer.example'] },
    entry(43000000505, 2, '<div>Probably the SSO cookie again, see SUP-12.</div>', 'Probably the SSO cookie again, see SUP-12.', false, admin, '2025-11-17T10:02:00Z'),
    entry(43000000506, 3, '<div>Finance corrected the invoice; credit note sent.</div>', 'Finance corrected the invoice; credit note sent.', false, limited, '2025-11-17T11:30:00Z'),
    { ...entry(43000000507, 5, '<div>Thanks, we can reproduce it. Could you send us one file that shows it?</div>', 'Thanks, we can reproduce it. Could you send us one file that shows it?', true, admin, '2025-11-17T13:45:00Z'), to_emails: ['jordan@buyer.example'] },
  ];
}
