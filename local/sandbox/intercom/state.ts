/**
 * The sandbox Intercom workspace as plain JSON (saved to the state file as is). Every object is
 * kept in the shape Intercom's REST API 2.15 returns it, including fields the sandbox does not
 * know: a seed file's extra fields come back in the answers.
 */

type Open = Record<string, unknown>;

export type Region = 'US' | 'EU' | 'AU';

export interface SandboxApp extends Open {
  type: 'app';
  id_code: string;
  name: string;
  region: Region;
  timezone: string;
  created_at: number;
}

/** An admin (teammate), as `GET /admins` lists it. */
export interface SandboxAdmin extends Open {
  type: 'admin';
  id: string;
  name: string;
  email: string;
  has_inbox_seat: boolean;
}

/** Sandbox-only: which access token acts for which admin (Intercom shows this in the Developer Hub). */
export interface SandboxToken {
  token: string;
  admin_id: string;
}

export interface SandboxContact extends Open {
  type: 'contact';
  id: string;
  role: string;
  email: string | null;
  name: string | null;
  created_at: number;
  updated_at: number;
}

export interface SandboxTag extends Open {
  type: 'tag';
  id: string;
  name: string;
}

export interface SandboxAuthor extends Open {
  type: string;
  id: string;
  name?: string | null;
  email?: string;
}

export interface SandboxPart extends Open {
  type: 'conversation_part';
  id: string;
  part_type: string;
  body: string | null;
  created_at: number;
  updated_at: number;
  author: SandboxAuthor;
}

export interface SandboxConversation extends Open {
  type: 'conversation';
  id: string;
  title: string | null;
  created_at: number;
  updated_at: number;
  waiting_since: number | null;
  snoozed_until: number | null;
  open: boolean;
  state: 'open' | 'closed' | 'snoozed';
  priority: 'priority' | 'not_priority';
  admin_assignee_id: number | null;
  team_assignee_id: number | null;
  tags: { type: 'tag.list'; tags: (SandboxTag & { applied_at?: number | null; applied_by?: Open | null })[] };
  source: Open & { author?: SandboxAuthor; body?: string };
  contacts: { type: 'contact.list'; contacts: { type: 'contact'; id: string; external_id: string | null }[] };
  statistics: Open & {
    first_admin_reply_at?: number | null;
    last_admin_reply_at?: number | null;
    last_contact_reply_at?: number | null;
    first_close_at?: number | null;
    last_close_at?: number | null;
    count_reopens?: number;
  };
  conversation_parts: { type: 'conversation_part.list'; conversation_parts: SandboxPart[]; total_count: number };
}

export interface IntercomState {
  format: 'intercom-sandbox/1';
  app: SandboxApp;
  admins: SandboxAdmin[];
  access_tokens: SandboxToken[];
  contacts: SandboxContact[];
  tags: SandboxTag[];
  conversations: SandboxConversation[];
  /** The next numeric id (conversations, parts, messages, tags). */
  next_id: number;
  /** Intercom counts requests per app in 10-second windows; lower `limit` to see 429s. */
  rate_limit: { limit: number; window_seconds: number };
  /** The current window's count (kept in the state so a reset starts a fresh window). */
  rate_window?: { started_at: number; used: number };
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

export function nextId(state: IntercomState): string {
  const id = state.next_id;
  state.next_id += 1;
  return String(id);
}

/** Intercom contact ids are 24 hex digits. */
export function nextContactId(state: IntercomState): string {
  return `6762f0f31bb69f9f${nextId(state).padStart(8, '0').slice(-8)}`;
}

/** The API host of each region; api.intercom.io also routes any token to its workspace's region. */
export const REGION_HOSTS: Record<Region, string> = { US: 'api.intercom.io', EU: 'api.eu.intercom.io', AU: 'api.au.intercom.io' };
