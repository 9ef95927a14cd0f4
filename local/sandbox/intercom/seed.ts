import { completeAdmin, completeContact, completeConversation } from './shapes';
import type { IntercomState, SandboxAdmin, SandboxContact } from './state';

/**
 * The seeded workspace "Acme Support" (US region): three teammates (one without an inbox seat),
 * three customers, three tags, and six conversations covering every status bucket, with public
 * replies and private notes. Timestamps are fixed (January 2026) so tests can ask for "updated
 * since"; the snoozed one sleeps until 2031.
 */

const token = (uuid: string) => Buffer.from(`tok:${uuid}:1:0`).toString('base64');

export const SEED_APP = { type: 'app' as const, id_code: 'acmesup1', name: 'Acme Support', region: 'US' as const, timezone: 'Europe/London', created_at: 1735689600, secure: false, identity_verification: false };

export const SEED_ADMINS = {
  ada: { id: '991267001', name: 'Ada Lovelace', email: 'ada@acme-support.example', job_title: 'Support lead', has_inbox_seat: true },
  lee: { id: '991267002', name: 'Lee Viewer', email: 'lee@acme-support.example', job_title: 'Analyst', has_inbox_seat: false },
  sam: { id: '991267003', name: 'Sam Agent', email: 'sam@acme-support.example', job_title: 'Support engineer', has_inbox_seat: true },
};

/** Ada's token (full rights) and Lee's (works, but Lee has no inbox seat). */
export const SEED_TOKENS = { full: token('07f61c18_3a9e_4c42_b83c_345f812ca1de'), limited: token('5c2d9e77_1b40_4e8a_9f13_8a6e2d4c0b57') };

export const SEED_CONTACTS = {
  jane: { id: '6762f0f31bb69f9f21930001', role: 'user', email: 'jane.doe@customer.example', name: 'Jane Doe', external_id: 'cust-001' },
  omar: { id: '6762f0f31bb69f9f21930002', role: 'lead', email: 'omar@prospect.example', name: 'Omar Haddad' },
  priya: { id: '6762f0f31bb69f9f21930003', role: 'user', email: 'priya@customer.example', name: 'Priya Natarajan', external_id: 'cust-003' },
};

export const SEED_TAGS = [
  { type: 'tag' as const, id: '7001', name: 'billing' },
  { type: 'tag' as const, id: '7002', name: 'bug' },
  { type: 'tag' as const, id: '7003', name: 'vip' },
];

const T0 = 1767225600; // 2026-01-01T00:00:00Z
const DAY = 86400;
const HOUR = 3600;

export function defaultSeed(): IntercomState {
  const admins = Object.values(SEED_ADMINS).map(completeAdmin);
  const contacts = Object.values(SEED_CONTACTS).map((contact) => completeContact({ ...contact, created_at: T0 - 30 * DAY, updated_at: T0 - 30 * DAY }, SEED_APP.id_code, T0));
  const [ada, , sam] = admins;
  const [jane, omar, priya] = contacts;
  let partId = 5001;
  const part = (partType: string, who: SandboxAdmin | SandboxContact, at: number, body: string | null) => ({
    id: String(partId++),
    part_type: partType,
    body,
    created_at: at,
    author: 'role' in who ? { type: who.role, id: who.id, name: who.name, email: who.email } : { type: 'admin', id: who.id, name: who.name, email: who.email },
  });
  const tags = (...names: string[]) => ({ type: 'tag.list', tags: SEED_TAGS.filter((tag) => names.includes(tag.name)).map((tag) => ({ ...tag, applied_at: T0, applied_by: { type: 'admin', id: ada.id } })) });
  const conversation = (id: string, contact: SandboxContact, created: number, subject: string, body: string, rest: Record<string, unknown>) =>
    completeConversation(
      {
        id,
        created_at: created,
        title: subject,
        source: { type: 'conversation', id: `40391${id}`, delivered_as: 'customer_initiated', subject: '', body, author: { type: contact.role, id: contact.id, name: contact.name, email: contact.email } },
        contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: contact.id, external_id: contact.external_id ?? null }] },
        first_contact_reply: { created_at: created, type: 'conversation', url: null },
        ...rest,
      },
      created,
    );

  const c1 = T0 + 1 * DAY;
  const c2 = T0 + 2 * DAY;
  const c3 = T0 + 3 * DAY;
  const c4 = T0 + 4 * DAY;
  const c5 = T0 + 5 * DAY;
  const c6 = T0 + 6 * DAY;
  const conversations = [
    conversation('1001', jane, c1, 'Cannot log in after password reset', '<p>I reset my password and now the login page says my account is locked.</p>', {
      updated_at: c1 + 2 * HOUR,
      waiting_since: c1,
      tags: tags('bug'),
      statistics: { first_contact_reply_at: c1, last_contact_reply_at: c1 },
      conversation_parts: { conversation_parts: [part('note', sam, c1 + 2 * HOUR, '<p>Checking the SSO logs for this account.</p>')] },
    }),
    conversation('1002', priya, c2, 'Invoice charged twice', '<p>My card was charged twice for invoice <b>INV-2041</b>.</p>', {
      updated_at: c2 + 5 * HOUR,
      waiting_since: c2 + 5 * HOUR,
      admin_assignee_id: Number(ada.id),
      tags: tags('billing'),
      statistics: { first_contact_reply_at: c2, first_admin_reply_at: c2 + HOUR, last_admin_reply_at: c2 + HOUR, last_contact_reply_at: c2 + 5 * HOUR },
      conversation_parts: {
        conversation_parts: [
          part('comment', ada, c2 + HOUR, '<p>Sorry about that! I have asked finance to refund the duplicate charge.</p>'),
          part('note', ada, c2 + 2 * HOUR, '<p>Refund approved by finance, ref <code>RF-88</code>.</p>'),
          part('comment', priya, c2 + 5 * HOUR, '<p>Thanks, when will I see the money back?</p>'),
        ],
      },
    }),
    conversation('1003', omar, c3, 'How do I export my data?', '<p>Is there a way to export all our projects as CSV?</p>', {
      updated_at: c3 + 3 * HOUR,
      waiting_since: null,
      admin_assignee_id: Number(sam.id),
      statistics: { first_contact_reply_at: c3, first_admin_reply_at: c3 + 3 * HOUR, last_admin_reply_at: c3 + 3 * HOUR, last_contact_reply_at: c3 },
      conversation_parts: { conversation_parts: [part('comment', sam, c3 + 3 * HOUR, '<p>Yes: Settings → Export → <i>CSV</i>. Does that work for you?</p>')] },
    }),
    conversation('1004', jane, c4, 'Feature request: dark mode', '<p>Any plans for a dark theme?</p>', {
      updated_at: c4 + 4 * HOUR,
      state: 'snoozed',
      snoozed_until: 1924992000, // 2031-01-01
      waiting_since: null,
      statistics: { first_contact_reply_at: c4, first_admin_reply_at: c4 + 4 * HOUR, last_admin_reply_at: c4 + 4 * HOUR, last_contact_reply_at: c4 },
      conversation_parts: {
        conversation_parts: [
          part('comment', ada, c4 + 4 * HOUR, '<p>It is on our roadmap; I will let you know when it ships.</p>'),
          part('snoozed', ada, c4 + 4 * HOUR, null),
        ],
      },
    }),
    conversation('1005', priya, c5, 'Password reset email never arrived', '<p>I requested a reset link twice and got nothing.</p>', {
      updated_at: c5 + 6 * HOUR,
      state: 'closed',
      waiting_since: null,
      statistics: { first_contact_reply_at: c5, first_admin_reply_at: c5 + HOUR, last_admin_reply_at: c5 + HOUR, last_contact_reply_at: c5, first_close_at: c5 + 6 * HOUR, last_close_at: c5 + 6 * HOUR, last_closed_by_id: ada.id },
      conversation_parts: {
        conversation_parts: [
          part('comment', ada, c5 + HOUR, '<p>I have resent it; please check your spam folder.</p>'),
          part('close', ada, c5 + 6 * HOUR, '<p>Closing this one: the email arrived.</p>'),
        ],
      },
    }),
    conversation('1006', jane, c6, 'Urgent: API returning 500s', '<p>Our integration gets <code>500</code> from <b>/v2/orders</b> since this morning.</p>', {
      updated_at: c6 + 9 * HOUR,
      priority: 'priority',
      waiting_since: c6 + 9 * HOUR,
      tags: tags('bug', 'vip'),
      statistics: { first_contact_reply_at: c6, first_admin_reply_at: c6 + HOUR, last_admin_reply_at: c6 + HOUR, last_contact_reply_at: c6 + 9 * HOUR, first_close_at: c6 + 4 * HOUR, last_close_at: c6 + 4 * HOUR, count_reopens: 1 },
      conversation_parts: {
        conversation_parts: [
          part('comment', ada, c6 + HOUR, '<p>We found the cause and deployed a fix.</p>'),
          part('close', ada, c6 + 4 * HOUR, null),
          part('comment', jane, c6 + 9 * HOUR, '<p>It is happening again!</p>'),
        ],
      },
    }),
  ];
  return {
    format: 'intercom-sandbox/1',
    app: { ...SEED_APP },
    admins,
    access_tokens: [
      { token: SEED_TOKENS.full, admin_id: SEED_ADMINS.ada.id },
      { token: SEED_TOKENS.limited, admin_id: SEED_ADMINS.lee.id },
    ],
    contacts,
    tags: SEED_TAGS.map((tag) => ({ ...tag })),
    conversations,
    next_id: 10000,
    rate_limit: { limit: 1667, window_seconds: 10 },
  };
}
