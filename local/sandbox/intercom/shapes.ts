import type { IntercomState, SandboxAdmin, SandboxAuthor, SandboxContact, SandboxConversation, SandboxPart } from './state';

/**
 * Vendor shapes: objects completed with the defaults Intercom returns (so a seed file may leave
 * optional fields out), and the views the API answers (a listed conversation has no parts; `/me`
 * nests the app). Unknown fields are always kept.
 * https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/conversations/conversation
 */

type Open = Record<string, unknown>;

export function completeAdmin(raw: Open): SandboxAdmin {
  return {
    type: 'admin',
    job_title: '',
    away_mode_enabled: false,
    away_mode_reassign: false,
    has_inbox_seat: true,
    team_ids: [],
    avatar: null,
    ...raw,
    id: String(raw.id),
    name: String(raw.name ?? `Admin ${raw.id}`),
    email: String(raw.email ?? `admin${raw.id}@example.com`),
  } as SandboxAdmin;
}

const DEVICE_FIELDS = ['android', 'ios'].flatMap((os) => ['app_name', 'app_version', 'device', 'os_version', 'sdk_version', 'last_seen_at'].map((field) => `${os}_${field}`));

export function completeContact(raw: Open, workspaceId: string, now: number): SandboxContact {
  const email = typeof raw.email === 'string' ? raw.email : null;
  return {
    type: 'contact',
    external_id: null,
    workspace_id: workspaceId,
    role: 'user',
    email_domain: email?.split('@')[1] ?? '',
    phone: null,
    name: null,
    owner_id: null,
    has_hard_bounced: false,
    marked_email_as_spam: false,
    unsubscribed_from_emails: false,
    created_at: now,
    updated_at: now,
    signed_up_at: null,
    last_seen_at: null,
    last_replied_at: null,
    last_contacted_at: null,
    last_email_opened_at: null,
    last_email_clicked_at: null,
    language_override: null,
    browser: null,
    browser_version: null,
    browser_language: null,
    os: null,
    ...Object.fromEntries(DEVICE_FIELDS.map((field) => [field, null])),
    avatar: null,
    custom_attributes: {},
    // Intercom's own example has relative paths here; the schema says `format: uri`, so absolute ones.
    tags: { type: 'list', data: [], url: `https://api.intercom.io/contacts/${raw.id}/tags`, total_count: 0, has_more: false },
    notes: { type: 'list', data: [], url: `https://api.intercom.io/contacts/${raw.id}/notes`, total_count: 0, has_more: false },
    companies: { type: 'list', data: [], url: `https://api.intercom.io/contacts/${raw.id}/companies`, total_count: 0, has_more: false },
    location: { type: 'location', country: null, region: null, city: null, country_code: null, continent_code: null },
    social_profiles: { type: 'list', data: [] },
    opted_out_subscription_types: { type: 'list', data: [], url: `https://api.intercom.io/contacts/${raw.id}/subscriptions`, total_count: 0, has_more: false },
    opted_in_subscription_types: { type: 'list', data: [], url: `https://api.intercom.io/contacts/${raw.id}/subscriptions`, total_count: 0, has_more: false },
    utm_campaign: null,
    utm_content: null,
    utm_medium: null,
    utm_source: null,
    utm_term: null,
    referrer: null,
    ...raw,
    id: String(raw.id),
    email,
  } as SandboxContact;
}

export function completePart(raw: Open, now: number): SandboxPart {
  const created = typeof raw.created_at === 'number' ? raw.created_at : now;
  return {
    type: 'conversation_part',
    body: null,
    updated_at: created,
    notified_at: created,
    attachments: [],
    external_id: null,
    redacted: false,
    tags: [],
    app_package_code: null,
    ...raw,
    id: String(raw.id),
    part_type: String(raw.part_type ?? 'comment'),
    created_at: created,
    author: (raw.author as SandboxAuthor | undefined) ?? { type: 'bot', id: '0', name: 'Operator' },
  } as SandboxPart;
}

export function completeConversation(raw: Open, now: number): SandboxConversation {
  const state = (raw.state as SandboxConversation['state'] | undefined) ?? (raw.open === false ? 'closed' : 'open');
  const created = typeof raw.created_at === 'number' ? raw.created_at : now;
  const parts = ((raw.conversation_parts as Open | undefined)?.conversation_parts as Open[] | undefined) ?? [];
  const source = (raw.source as Open | undefined) ?? {};
  return {
    type: 'conversation',
    title: null,
    waiting_since: null,
    snoozed_until: null,
    read: false,
    priority: 'not_priority',
    admin_assignee_id: null,
    team_assignee_id: null,
    custom_attributes: {},
    topics: {},
    first_contact_reply: null,
    sla_applied: null,
    conversation_rating: null,
    teammates: null,
    ticket: null,
    ai_agent: null,
    ai_agent_participated: false,
    linked_objects: { type: 'list', total_count: 0, has_more: false, data: [] },
    ...raw,
    id: String(raw.id),
    created_at: created,
    updated_at: typeof raw.updated_at === 'number' ? raw.updated_at : created,
    state,
    open: state !== 'closed',
    tags: { type: 'tag.list', tags: ((raw.tags as Open | undefined)?.tags as SandboxConversation['tags']['tags'] | undefined) ?? [] },
    source: { type: 'conversation', id: String(source.id ?? raw.id), delivered_as: 'customer_initiated', subject: '', body: '', attachments: [], url: null, redacted: false, ...source },
    contacts: { type: 'contact.list', contacts: ((raw.contacts as Open | undefined)?.contacts as SandboxConversation['contacts']['contacts'] | undefined) ?? [] },
    statistics: { type: 'conversation_statistics', count_reopens: 0, count_assignments: 0, ...((raw.statistics as Open | null | undefined) ?? {}) },
    conversation_parts: { type: 'conversation_part.list', conversation_parts: parts.map((part) => completePart(part, created)), total_count: parts.length },
  } as SandboxConversation;
}

/** Intercom returns at most the 500 most recent parts of a conversation. */
const PART_LIMIT = 500;

export function conversationView(conversation: SandboxConversation): SandboxConversation {
  const parts = conversation.conversation_parts.conversation_parts.slice(-PART_LIMIT);
  return { ...conversation, conversation_parts: { type: 'conversation_part.list', conversation_parts: parts, total_count: parts.length } };
}

/** Listed and searched conversations come without their parts. */
export function conversationListItem(conversation: SandboxConversation): Open {
  const { conversation_parts: _parts, ...item } = conversation;
  return item;
}

export function meView(admin: SandboxAdmin, state: IntercomState): Open {
  const { avatar, team_ids: _teams, job_title: _job, away_mode_enabled: _away, away_mode_reassign: _reassign, ...rest } = admin;
  return { ...rest, email_verified: true, avatar: { type: 'avatar', image_url: typeof avatar === 'string' ? avatar : null }, app: state.app };
}

export function authorOf(who: SandboxAdmin | SandboxContact): SandboxAuthor {
  return who.type === 'admin'
    ? { type: 'admin', id: who.id, name: who.name, email: who.email }
    : { type: who.role === 'lead' ? 'lead' : 'user', id: who.id, name: who.name, ...(who.email ? { email: who.email } : {}) };
}

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Plain text as Intercom stores a message: paragraphs of escaped text. */
export const textToHtml = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
